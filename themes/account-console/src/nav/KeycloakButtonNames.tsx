import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/**
 * Names the icon-only buttons Keycloak's own parts of the console draw without an accessible name
 * (WCAG 4.1.2, axe "button-name"), taking no prop for one (keycloak-ui-shared and keycloak-account-ui 26.7):
 * - the masthead's narrow-screen menu button;
 * - on *Signing in*, below 992 px, each "Set up …" action becomes a kebab menu; it is named as the
 *   "Set up …" link it stands in for, which sits beside it, hidden at that width.
 * React leaves an attribute it does not manage alone, and the observer puts it back if a page draws
 * the button anew.
 */
export function KeycloakButtonNames() {
  const { t } = useTranslation();
  useEffect(() => {
    const menuLabel = t("tinAccessAccountMenu");
    const setName = (button: Element, name: string | null | undefined) => {
      if (name && button.getAttribute("aria-label") !== name) {
        button.setAttribute("aria-label", name);
      }
    };
    const name = () => {
      document.querySelectorAll('[data-testid="options-kebab-toggle"]').forEach((toggle) => setName(toggle, menuLabel));
      document.querySelectorAll('[data-testid$="/create"]').forEach((setUp) =>
        setUp.parentElement
          ?.querySelectorAll(".pf-v5-c-menu-toggle.pf-m-plain")
          .forEach((toggle) => setName(toggle, setUp.textContent?.trim())),
      );
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [t]);
  return null;
}
