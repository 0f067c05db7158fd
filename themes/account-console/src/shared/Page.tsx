import { Page as KeycloakPage } from "@keycloak/keycloak-account-ui";
import { useEffect, type ComponentProps } from "react";
import { useTranslation } from "react-i18next";

/**
 * Keycloak's account page frame with a document title that names the page: the console's one
 * title, "Account Management", told a screen-reader user or a tab strip nothing (WCAG 2.4.2).
 */
export function Page(props: ComponentProps<typeof KeycloakPage>) {
  const { t } = useTranslation();
  const { title } = props;
  useEffect(() => {
    const before = document.title;
    document.title = t("tinAccessDocumentTitle", { page: title });
    return () => {
      document.title = before;
    };
  }, [t, title]);
  return <KeycloakPage {...props} />;
}
