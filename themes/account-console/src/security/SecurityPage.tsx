import { useEnvironment } from "@keycloak/keycloak-account-ui";
import { Button, Card, CardBody, CardFooter, CardTitle, Stack } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { ConsoleLink } from "../shared/ConsoleLink";
import { Page } from "../shared/Page";

/** Keycloak's required action that lets a person pick another image (InitiatedActionSupport.SUPPORTED). */
export const SECURITY_IMAGE_ACTION = "security-image";

/**
 * The security image is changed on the sign-in pages (an application-initiated action, so the
 * person re-proves who they are); MFA methods and recovery codes stay on Keycloak's own page.
 */
export function SecurityPage() {
  const { t } = useTranslation();
  const { keycloak } = useEnvironment();
  return (
    <Page title={t("tinAccessSecurity")} description={t("tinAccessSecurityDescription")}>
      <Stack hasGutter>
        <Card>
          <CardTitle component="h2">{t("tinAccessSecurityImage")}</CardTitle>
          <CardBody>{t("tinAccessSecurityImageBody")}</CardBody>
          <CardFooter>
            <Button data-testid="change-security-image" onClick={() => keycloak.login({ action: SECURITY_IMAGE_ACTION })}>
              {t("tinAccessChangeSecurityImage")}
            </Button>
          </CardFooter>
        </Card>
        <Card>
          <CardTitle component="h2">{t("tinAccessTwoStep")}</CardTitle>
          <CardBody>{t("tinAccessTwoStepBody")}</CardBody>
          <CardFooter>
            <ConsoleLink to="account-security/signing-in" variant="secondary" data-testid="manage-mfa">
              {t("tinAccessManageMfa")}
            </ConsoleLink>
          </CardFooter>
        </Card>
      </Stack>
    </Page>
  );
}
