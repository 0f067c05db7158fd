import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Nav, NavExpandable, NavItem, NavList, PageSidebar, PageSidebarBody } from "@patternfly/react-core";
import type { PropsWithChildren } from "react";
import { useTranslation } from "react-i18next";
import { matchPath, useLocation } from "react-router-dom";
import { useAccess } from "../access/AccessContext";
import { consolePath } from "../environment";
import { useConsoleLink } from "../shared/useConsoleLink";
import { visibleMenu, MENU, type MenuItem } from "./menu";

/**
 * Keycloak's side menu, rebuilt so that entries can also depend on the person's TIN rights
 * (Keycloak's own PageNav only knows feature flags). Links are real anchors: Tab and Enter work.
 */
export function PortalNav() {
  const { environment } = useEnvironment<AccountEnvironment>();
  const access = useAccess();
  const items = visibleMenu(MENU, environment.features, access);
  return (
    <PageSidebar>
      <PageSidebarBody>
        <Nav aria-label="Account">
          <NavList>
            {items.map((item) => (
              <Entry key={item.label} item={item} />
            ))}
          </NavList>
        </Nav>
      </PageSidebarBody>
    </PageSidebar>
  );
}

function Entry({ item }: { item: MenuItem }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const active = isActive(item, pathname);
  if ("children" in item) {
    return (
      <NavExpandable data-testid={item.label} title={t(item.label)} isActive={active} isExpanded={active || item.label === "tinAccessMenu"}>
        {item.children.map((child) => (
          <Entry key={child.label} item={child} />
        ))}
      </NavExpandable>
    );
  }
  return (
    <Link path={item.path} isActive={active}>
      {t(item.label)}
    </Link>
  );
}

function Link({ path, isActive, children }: PropsWithChildren<{ path: string; isActive: boolean }>) {
  // Keycloak's own menu keeps the query (referrer_uri, referrer) when moving between pages.
  const link = useConsoleLink(path + location.search);
  return (
    <NavItem data-testid={path || "personal-info"} to={link.href} isActive={isActive} onClick={link.onClick}>
      {children}
    </NavItem>
  );
}

function isActive(item: MenuItem, pathname: string): boolean {
  if ("children" in item) {
    return item.children.some((child) => isActive(child, pathname));
  }
  return !!matchPath({ path: consolePath + item.path, end: item.path === "" }, pathname);
}
