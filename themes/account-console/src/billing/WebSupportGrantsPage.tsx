import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Button, Label } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccess } from "../access/AccessContext";
import type { ClientGrant, Page as ApiPage } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, formatTin } from "../shared/format";
import { NotAllowed } from "../shared/NotAllowed";
import { Page } from "../shared/Page";
import { ListPagination, usePaging } from "../shared/Paging";
import { StatusLabel } from "../shared/StatusLabel";
import { useLoader } from "../shared/useLoader";
import { ClientText } from "./ClientText";
import { mayResend } from "./grants";
import { GrantStatusToolbar, type GrantFilter } from "./GrantStatusFilter";

/**
 * Reviewers as "web support": every billing service's requests to client providers, oldest
 * first, so a request the provider has not answered can be sent to the provider's admin again, once.
 */
export function WebSupportGrantsPage() {
  const { t } = useTranslation();
  const { reviewer } = useAccess();
  if (!reviewer) {
    return <NotAllowed title={t("tinAccessWebSupportGrants")} audience="reviewer" />;
  }
  return (
    <Page title={t("tinAccessWebSupportGrants")} description={t("tinAccessWebSupportGrantsDescription")}>
      <WebSupportGrantList />
    </Page>
  );
}

function WebSupportGrantList() {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const api = useTinAccessApi();
  const [status, setStatus] = useState<GrantFilter>("pending");
  const [resending, setResending] = useState<ClientGrant>();
  const paging = usePaging();
  const grants = useLoader(
    (signal) => api.get<ApiPage<ClientGrant>>("/client-grants", { status, first: paging.first, max: paging.perPage }, signal),
    [api, status, paging.first, paging.perPage],
  );

  return (
    <>
      <GrantStatusToolbar id="web-support-grant-status" value={status} onChange={setStatus} paging={paging} />
      {grants.error !== undefined && <ErrorAlert error={grants.error} />}
      <Table aria-label={t("tinAccessWebSupportGrants")} data-testid="web-support-grants" variant="compact">
        <Thead>
          <Tr>
            <Th>{t("tinAccessBillingService")}</Th>
            <Th>{t("tinAccessClient")}</Th>
            <Th>{t("tinAccessRequested")}</Th>
            <Th>{t("tinAccessStatus")}</Th>
            <Th screenReaderText={t("tinAccessActions")} />
          </Tr>
        </Thead>
        <Tbody>
          {grants.data?.items.map((grant) => (
            <Tr key={grant.id} data-testid={`web-support-grant-${grant.id}`}>
              <Td dataLabel={t("tinAccessBillingService")}>
                {grant.serviceName && <div>{grant.serviceName}</div>}
                {grant.service && <div className="pf-v5-u-color-200">{formatTin(grant.service)}</div>}
              </Td>
              <Td dataLabel={t("tinAccessClient")}>
                {grant.clientName && <div>{grant.clientName}</div>}
                <ClientText client={grant.client} />
              </Td>
              <Td dataLabel={t("tinAccessRequested")}>{formatDateTime(grant.requestedAt, environment.locale)}</Td>
              <Td dataLabel={t("tinAccessStatus")}>
                <StatusLabel status={grant.status} />
                {grant.resent && (
                  <Label isCompact className="pf-v5-u-ml-sm">
                    {t("tinAccessResent")}
                  </Label>
                )}
              </Td>
              <Td isActionCell>
                {mayResend(grant) && (
                  <Button
                    size="sm"
                    variant="secondary"
                    data-testid="resend-grant"
                    aria-label={t("tinAccessResendGrantOf", { service: grant.serviceName ?? grant.service ?? "" })}
                    onClick={() => setResending(grant)}
                  >
                    {t("tinAccessResendGrant")}
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
          {grants.data && grants.data.items.length === 0 && (
            <Tr>
              <Td colSpan={5}>{t("tinAccessNoClientRequests")}</Td>
            </Tr>
          )}
        </Tbody>
      </Table>
      <ListPagination paging={paging} total={grants.data?.total} />
      {resending && (
        <ConfirmModal
          title={t("tinAccessResendGrant")}
          confirmLabel={t("tinAccessResendGrant")}
          onConfirm={() => api.post(`/client-grants/${encodeURIComponent(resending.id)}/resend`)}
          onClose={(done) => {
            setResending(undefined);
            if (done) {
              grants.reload();
            }
          }}
        >
          {t("tinAccessResendGrantConfirm")}
        </ConfirmModal>
      )}
    </>
  );
}
