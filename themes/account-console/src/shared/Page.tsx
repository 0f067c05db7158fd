import { Page as KeycloakPage } from "@keycloak/keycloak-account-ui";
import { useEffect, type ComponentProps } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router-dom";

/**
 * Keycloak's account page frame with a document title that names the page: the console's one
 * title, "Account Management", told a screen-reader user or a tab strip nothing (WCAG 2.4.2).
 * Moving to another page within the console (a link, not the first load) puts focus on its
 * heading when nothing else took it, as loading a page would start a screen reader there.
 */
export function Page(props: ComponentProps<typeof KeycloakPage>) {
  const { t } = useTranslation();
  const { title } = props;
  const location = useLocation();
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (location.key !== "default" && lost) {
      const heading = document.querySelector<HTMLElement>("main h1");
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
  }, [location.key]);
  useEffect(() => {
    const before = document.title;
    document.title = t("tinAccessDocumentTitle", { page: title });
    return () => {
      document.title = before;
    };
  }, [t, title]);
  return <KeycloakPage {...props} />;
}
