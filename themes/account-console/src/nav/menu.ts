import type { Feature } from "@keycloak/keycloak-account-ui";
import { managedTins, type Access } from "../access/Access";
import { requestingServices } from "../billing/grants";

/** Who may see a menu entry: a Keycloak feature flag, or a TIN Access right. */
export type Visibility = (features: Feature, access: Access) => boolean;

export type MenuLink = { label: string; path: string; isVisible?: Visibility };
export type MenuGroup = { label: string; children: MenuLink[]; isVisible?: Visibility };
export type MenuItem = MenuLink | MenuGroup;

const feature =
  (name: keyof Feature): Visibility =>
  (features) =>
    features[name];

const tinManager: Visibility = (_, access) => managedTins(access).length > 0;
const clientRequester: Visibility = (_, access) => requestingServices(access).length > 0;
const reviewer: Visibility = (_, access) => access.reviewer;
const helpDesk: Visibility = (_, access) => access.helpDesk;

/** Keycloak's own entries (as in keycloak.v3's content.json) followed by the TIN Access pages. */
export const MENU: MenuItem[] = [
  { label: "personalInfo", path: "" },
  {
    label: "accountSecurity",
    children: [
      { label: "tinAccessSecurityImage", path: "tin-access/security" },
      { label: "signingIn", path: "account-security/signing-in" },
      { label: "deviceActivity", path: "account-security/device-activity" },
      { label: "linkedAccounts", path: "account-security/linked-accounts", isVisible: feature("isLinkedAccountsEnabled") },
    ],
  },
  { label: "applications", path: "applications", isVisible: feature("isViewApplicationsEnabled") },
  { label: "groups", path: "groups", isVisible: feature("isViewGroupsEnabled") },
  { label: "organizations", path: "organizations", isVisible: feature("isViewOrganizationsEnabled") },
  { label: "resources", path: "resources", isVisible: feature("isMyResourcesEnabled") },
  {
    label: "tinAccessMenu",
    children: [
      { label: "tinAccessMyTins", path: "tin-access/tins" },
      { label: "tinAccessMyRequests", path: "tin-access/my-requests" },
      { label: "tinAccessUsers", path: "tin-access/users", isVisible: tinManager },
      { label: "tinAccessJoinRequests", path: "tin-access/access-requests", isVisible: tinManager },
      { label: "tinAccessAccessReview", path: "tin-access/access-review", isVisible: tinManager },
      { label: "tinAccessClients", path: "tin-access/clients", isVisible: clientRequester },
      { label: "tinAccessClientGrants", path: "tin-access/client-grants", isVisible: tinManager },
      { label: "tinAccessReviewQueue", path: "tin-access/review", isVisible: reviewer },
      { label: "tinAccessNotListed", path: "tin-access/not-listed", isVisible: reviewer },
      { label: "tinAccessWebSupportGrants", path: "tin-access/web-support/client-grants", isVisible: reviewer },
      { label: "tinAccessHelpDesk", path: "tin-access/help-desk", isVisible: helpDesk },
    ],
  },
];

/** The entries this person sees; a group with nothing visible left is dropped. */
export function visibleMenu(menu: MenuItem[], features: Feature, access: Access): MenuItem[] {
  return menu
    .filter((item) => !item.isVisible || item.isVisible(features, access))
    .map((item) => ("children" in item ? { ...item, children: visibleMenu(item.children, features, access) as MenuLink[] } : item))
    .filter((item) => !("children" in item) || item.children.length > 0);
}
