import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/**
 * Names the masthead's narrow-screen menu button. Keycloak's header (keycloak-ui-shared 26.7)
 * draws it as an icon with no accessible name (WCAG 4.1.2, axe "button-name"), and takes no prop
 * for one; React leaves an attribute it does not manage alone, and the observer puts it back if
 * the header draws the button anew.
 */
export function MastheadLabels() {
  const { t } = useTranslation();
  useEffect(() => {
    const label = t("tinAccessAccountMenu");
    const name = () =>
      document.querySelectorAll('[data-testid="options-kebab-toggle"]').forEach((toggle) => {
        if (toggle.getAttribute("aria-label") !== label) {
          toggle.setAttribute("aria-label", label);
        }
      });
    name();
    const observer = new MutationObserver(name);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [t]);
  return null;
}
