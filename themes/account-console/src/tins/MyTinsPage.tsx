import { Page } from "@keycloak/keycloak-account-ui";
import { EmptyState, EmptyStateBody, EmptyStateHeader, Label } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import { useAccess } from "../access/AccessContext";
import { entitlementLabel } from "../shared/EntitlementChecks";
import { formatTin } from "../shared/format";
import { StatusLabel } from "../shared/StatusLabel";

/** Every signed-in person: the TINs they belong to, their role and what they may do there. */
export function MyTinsPage() {
  const { t } = useTranslation();
  const { tins } = useAccess();
  return (
    <Page title={t("tinAccessMyTins")} description={t("tinAccessMyTinsDescription")}>
      {tins.length === 0 ? (
        <EmptyState>
          <EmptyStateHeader titleText={t("tinAccessNoTins")} headingLevel="h2" />
          <EmptyStateBody>{t("tinAccessNoTinsBody")}</EmptyStateBody>
        </EmptyState>
      ) : (
        <Table aria-label={t("tinAccessMyTins")} data-testid="my-tins" variant="compact">
          <Thead>
            <Tr>
              <Th>{t("tinAccessProvider")}</Th>
              <Th>{t("tinAccessTin")}</Th>
              <Th>{t("tinAccessRole")}</Th>
              <Th>{t("tinAccessStatus")}</Th>
              <Th>{t("tinAccessEntitlements")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {tins.map((tin) => (
              <Tr key={tin.tin} data-testid={`tin-${tin.tin}`}>
                <Td dataLabel={t("tinAccessProvider")}>{tin.name ?? "—"}</Td>
                <Td dataLabel={t("tinAccessTin")}>{formatTin(tin.tin)}</Td>
                <Td dataLabel={t("tinAccessRole")}>{t(`tinAccessRole-${tin.role}`)}</Td>
                <Td dataLabel={t("tinAccessStatus")}>
                  <StatusLabel status={tin.status} />
                </Td>
                <Td dataLabel={t("tinAccessEntitlements")}>
                  <span className="tin-access-entitlements">
                    {tin.role === "admin" && tin.entitlements.length === 0 ? (
                      <Label>{t("tinAccessAllEntitlements")}</Label>
                    ) : (
                      tin.entitlements.map((name) => <Label key={name}>{entitlementLabel(t, name)}</Label>)
                    )}
                  </span>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </Page>
  );
}
