import type { Feature } from "@keycloak/keycloak-account-ui";
import { describe, expect, it } from "vitest";
import type { Access } from "../access/Access";
import type { MyTin } from "../api/types";
import { MENU, visibleMenu, type MenuItem } from "./menu";

const features = {
  isLinkedAccountsEnabled: false,
  isViewApplicationsEnabled: true,
  isViewGroupsEnabled: false,
  isViewOrganizationsEnabled: false,
  isMyResourcesEnabled: false,
} as Feature;

const tin = (role: MyTin["role"], status: MyTin["status"] = "active"): MyTin => ({
  tin: "123456789",
  providerId: "provider-1",
  name: "Lake Clinic",
  role,
  status,
  entitlements: [],
});

function paths(items: MenuItem[]): string[] {
  return items.flatMap((item) => ("children" in item ? paths(item.children) : [item.path]));
}

describe("visibleMenu", () => {
  it("shows a plain user their Tax IDs but no admin or reviewer page", () => {
    const access: Access = { tins: [tin("user")], reviewer: false, helpDesk: false, entitlements: [] };
    const shown = paths(visibleMenu(MENU, features, access));
    expect(shown).toContain("tin-access/tins");
    expect(shown).not.toContain("tin-access/users");
    expect(shown).not.toContain("tin-access/access-requests");
    expect(shown).not.toContain("tin-access/access-review");
    expect(shown).not.toContain("tin-access/review");
    expect(shown).not.toContain("tin-access/not-listed");
    expect(shown).not.toContain("tin-access/help-desk");
  });

  it("shows the help desk its page, and a reviewer who is not on the help desk none", () => {
    const agent = paths(visibleMenu(MENU, features, { tins: [], reviewer: false, helpDesk: true, entitlements: [] }));
    expect(agent).toContain("tin-access/help-desk");
    expect(agent).not.toContain("tin-access/review");
    const reviewer = paths(visibleMenu(MENU, features, { tins: [], reviewer: true, helpDesk: false, entitlements: [] }));
    expect(reviewer).not.toContain("tin-access/help-desk");
    // The plan's staff start access reviews; only the managers of a Tax ID answer one.
    expect(reviewer).not.toContain("tin-access/access-review");
  });

  it("shows a TIN admin the Users, Access requests and Access review pages", () => {
    const shown = paths(visibleMenu(MENU, features, { tins: [tin("admin")], reviewer: false, helpDesk: false, entitlements: [] }));
    expect(shown).toEqual(expect.arrayContaining(["tin-access/users", "tin-access/access-requests", "tin-access/access-review"]));
    expect(shown).not.toContain("tin-access/review");
  });

  it("shows a backup admin who agreed the pages of the TIN's people, and nothing to one only asked", () => {
    const agreed = paths(visibleMenu(MENU, features, { tins: [tin("backup-admin")], reviewer: false, helpDesk: false, entitlements: [] }));
    expect(agreed).toEqual(
      expect.arrayContaining(["tin-access/users", "tin-access/access-requests", "tin-access/access-review", "tin-access/client-grants"]),
    );
    const asked = paths(
      visibleMenu(MENU, features, { tins: [{ ...tin("user"), backupAdmin: "nominated" }], reviewer: false, helpDesk: false, entitlements: [] }),
    );
    expect(asked).not.toContain("tin-access/users");
    expect(asked).not.toContain("tin-access/access-review");
  });

  it("shows every TIN admin the billing services' requests, and Clients only to a billing service's admin and the users it lets request clients", () => {
    const provider = paths(visibleMenu(MENU, features, { tins: [tin("admin")], reviewer: false, helpDesk: false, entitlements: [] }));
    expect(provider).toContain("tin-access/client-grants");
    expect(provider).not.toContain("tin-access/clients");
    const service = paths(
      visibleMenu(MENU, features, { tins: [{ ...tin("admin"), billingService: true, requestsClients: true }], reviewer: false, helpDesk: false, entitlements: [] }),
    );
    expect(service).toContain("tin-access/clients");
    const clerk = paths(visibleMenu(MENU, features, { tins: [{ ...tin("user"), billingService: true }], reviewer: false, helpDesk: false, entitlements: [] }));
    expect(clerk).not.toContain("tin-access/clients");
    expect(clerk).not.toContain("tin-access/client-grants");
    const requester = paths(
      visibleMenu(MENU, features, { tins: [{ ...tin("user"), billingService: true, requestsClients: true }], reviewer: false, helpDesk: false, entitlements: [] }),
    );
    expect(requester).toContain("tin-access/clients");
    expect(requester).not.toContain("tin-access/client-grants");
  });

  it("hides the admin pages from an admin whose membership is suspended", () => {
    const shown = paths(visibleMenu(MENU, features, { tins: [tin("admin", "suspended")], reviewer: false, helpDesk: false, entitlements: [] }));
    expect(shown).not.toContain("tin-access/users");
    expect(shown).not.toContain("tin-access/access-review");
  });

  it("hides the admin pages from someone approved as admin who has not accepted yet", () => {
    const shown = paths(visibleMenu(MENU, features, { tins: [tin("admin", "invited")], reviewer: false, helpDesk: false, entitlements: [] }));
    expect(shown).toContain("tin-access/tins");
    expect(shown).not.toContain("tin-access/users");
    expect(shown).not.toContain("tin-access/access-review");
  });

  it("shows a reviewer the review queue, the not-listed requests and the billing services' requests", () => {
    expect(paths(visibleMenu(MENU, features, { tins: [], reviewer: true, helpDesk: false, entitlements: [] }))).toEqual(
      expect.arrayContaining(["tin-access/review", "tin-access/not-listed", "tin-access/web-support/client-grants"]),
    );
    expect(paths(visibleMenu(MENU, features, { tins: [tin("admin")], reviewer: false, helpDesk: false, entitlements: [] }))).not.toContain(
      "tin-access/web-support/client-grants",
    );
  });

  it("follows Keycloak's feature flags for Keycloak's own pages", () => {
    const shown = paths(visibleMenu(MENU, features, { tins: [], reviewer: false, helpDesk: false, entitlements: [] }));
    expect(shown).toContain("applications");
    expect(shown).not.toContain("groups");
    expect(shown).not.toContain("account-security/linked-accounts");
  });
});
