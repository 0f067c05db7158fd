import { Header } from "@keycloak/keycloak-account-ui";
import { Page, Spinner } from "@patternfly/react-core";
import { Suspense } from "react";
import { Outlet } from "react-router-dom";
import { AccessProvider } from "./access/AccessContext";
import { MastheadLabels } from "./nav/MastheadLabels";
import { PortalNav } from "./nav/PortalNav";

/** Keycloak's masthead and page frame, with our navigation. */
export function PortalRoot() {
  return (
    <AccessProvider>
      <MastheadLabels />
      <Page header={<Header />} sidebar={<PortalNav />} isManagedSidebar>
        <Suspense fallback={<Spinner aria-label="Loading" />}>
          <Outlet />
        </Suspense>
      </Page>
    </AccessProvider>
  );
}
