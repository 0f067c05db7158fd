import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { getInjectedEnvironment } from "@keycloak/keycloak-ui-shared";

/** What Keycloak's index.ftl writes into the page: realm, URLs, locale and feature flags. */
export const environment = getInjectedEnvironment<AccountEnvironment>();

/** The console's own path, e.g. /realms/provider-portal/account/ (every route hangs below it). */
export const consolePath = decodeURIComponent(new URL(environment.baseUrl).pathname);
