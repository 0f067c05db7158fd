import { Header } from "@keycloak/keycloak-account-ui";
import { Page, SkipToContent, Spinner } from "@patternfly/react-core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router-dom";
import { AccessProvider } from "./access/AccessContext";
import { KeycloakButtonNames } from "./nav/KeycloakButtonNames";
import { PortalNav } from "./nav/PortalNav";

/** The main region's id, the skip link's target. */
const MAIN = "tin-access-main";

/** Keycloak's masthead and page frame, with our navigation; a skip link goes past both to the page (WCAG 2.4.1). */
export function PortalRoot() {
  const { t } = useTranslation();
  return (
    <AccessProvider>
      <KeycloakButtonNames />
      <Page header={<Header />} sidebar={<PortalNav />} isManagedSidebar mainContainerId={MAIN}
        skipToContent={<SkipToContent href={`#${MAIN}`}>{t("tinAccessSkipToContent")}</SkipToContent>}>
        <Suspense fallback={<Spinner aria-label="Loading" />}>
          <Outlet />
        </Suspense>
      </Page>
    </AccessProvider>
  );
}
