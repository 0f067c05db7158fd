import { useEnvironment } from "@keycloak/keycloak-account-ui";
import { useMemo } from "react";
import { TinAccessApi } from "./TinAccessApi";

export function useTinAccessApi(): TinAccessApi {
  const { environment, keycloak } = useEnvironment();
  return useMemo(
    () => new TinAccessApi(environment.serverBaseUrl, environment.realm, keycloak),
    [environment.serverBaseUrl, environment.realm, keycloak],
  );
}
