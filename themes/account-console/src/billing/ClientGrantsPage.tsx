import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Button } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { managedTins } from "../access/Access";
import { useAccess } from "../access/AccessContext";
import { tinPath } from "../api/TinAccessApi";
import type { ClientGrant, Page as ApiPage } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { EntitlementLabels } from "../shared/EntitlementChecks";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime } from "../shared/format";
import { NotAllowed } from "../shared/NotAllowed";
import { Page } from "../shared/Page";
import { ListPagination, usePaging } from "../shared/Paging";
import { StatusLabel } from "../shared/StatusLabel";
import { TinPicker } from "../shared/TinPicker";
import { TinText } from "../shared/TinText";
import { useLoader } from "../shared/useLoader";
import { useSelectedTin } from "../shared/useSelectedTin";
import { GrantDecisionModal, type GrantDecision } from "./GrantDecisionModal";
import { grantActions } from "./grants";
import { GrantStatusToolbar, type GrantFilter } from "./GrantStatusFilter";

/**
 * the provider's side: billing services asking to act for one of the admin's TINs. Only the
 * TIN's admin answers: approve with the portal functions the service may use, deny with a note, or
 * revoke an approved service at any time. The request e-mail links here (?provider= picks the TIN).
 */
export function ClientGrantsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const tins = managedTins(access);
  const [tin, selectTin] = useSelectedTin(tins);
  if (!tin) {
    return <NotAllowed title={t("tinAccessClientGrants")} audience="admin" />;
  }
  return (
    <Page title={t("tinAccessClientGrants")} description={t("tinAccessClientGrantsDescription")}>
      {tins.length > 1 && <TinPicker tins={tins} value={tin} onChange={selectTin} />}
      <GrantList key={tin} tin={tin} entitlements={access.entitlements} />
    </Page>
  );
}

function GrantList({ tin, entitlements }: { tin: string; entitlements: string[] }) {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const api = useTinAccessApi();
  const [status, setStatus] = useState<GrantFilter>("pending");
  const paging = usePaging();
  const [decision, setDecision] = useState<{ grant: ClientGrant; kind: GrantDecision }>();
  const grants = useLoader(
    (signal) =>
      api.get<ApiPage<ClientGrant>>(tinPath(tin, "/client-grants"), { status, first: paging.first, max: paging.perPage }, signal),
    [api, tin, status, paging.first, paging.perPage],
  );

  return (
    <>
      <GrantStatusToolbar id="client-grant-status" value={status} onChange={setStatus} paging={paging} />
      {grants.error !== undefined && <ErrorAlert error={grants.error} />}
      <Table aria-label={t("tinAccessClientGrants")} data-testid="client-grants" variant="compact">
        <Thead>
          <Tr>
            <Th>{t("tinAccessBillingService")}</Th>
            <Th>{t("tinAccessRequested")}</Th>
            <Th>{t("tinAccessStatus")}</Th>
            <Th>{t("tinAccessEntitlements")}</Th>
            <Th screenReaderText={t("tinAccessActions")} />
          </Tr>
        </Thead>
        <Tbody>
          {grants.data?.items.map((grant) => {
            const service = grant.serviceName ?? grant.service ?? "—";
            return (
              <Tr key={grant.id} data-testid={`grant-${grant.id}`}>
                <Td dataLabel={t("tinAccessBillingService")}>
                  <div>{grant.serviceName ?? "—"}</div>
                  {grant.service && (
                    <div className="pf-v5-u-color-200">
                      <TinText tin={grant.service} />
                    </div>
                  )}
                </Td>
                <Td dataLabel={t("tinAccessRequested")}>{formatDateTime(grant.requestedAt, environment.locale)}</Td>
                <Td dataLabel={t("tinAccessStatus")}>
                  <StatusLabel status={grant.status} />
                  {grant.note && <div className="pf-v5-u-color-200">{grant.note}</div>}
                </Td>
                <Td dataLabel={t("tinAccessEntitlements")}>
                  <EntitlementLabels names={grant.entitlements} />
                </Td>
                <Td isActionCell>
                  <span className="tin-access-actions">
                    {grantActions(grant.status).map((kind) => (
                      <Button
                        key={kind}
                        size="sm"
                        variant={kind === "approve" ? "primary" : "secondary"}
                        isDanger={kind !== "approve"}
                        data-testid={`${kind}-grant`}
                        aria-label={t(`tinAccessGrant-${kind}Of`, { service })}
                        onClick={() => setDecision({ grant, kind })}
                      >
                        {t(`tinAccessGrant-${kind}`)}
                      </Button>
                    ))}
                  </span>
                </Td>
              </Tr>
            );
          })}
          {grants.data && grants.data.items.length === 0 && (
            <Tr>
              <Td colSpan={5}>{t("tinAccessNoClientGrants")}</Td>
            </Tr>
          )}
        </Tbody>
      </Table>
      <ListPagination paging={paging} total={grants.data?.total} />
      {decision && (
        <GrantDecisionModal
          tin={tin}
          grant={decision.grant}
          kind={decision.kind}
          entitlements={entitlements}
          onClose={(changed) => {
            setDecision(undefined);
            if (changed) {
              grants.reload();
            }
          }}
        />
      )}
    </>
  );
}
