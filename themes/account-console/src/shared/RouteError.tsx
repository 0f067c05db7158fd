import { ErrorPage } from "@keycloak/keycloak-ui-shared";
import { useRouteError } from "react-router-dom";

/** Keycloak's "something went wrong" dialog, given the error the router caught. */
export function RouteError() {
  return <ErrorPage error={useRouteError()} />;
}
