import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Button, FormSelect, FormSelectOption, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccess } from "../access/AccessContext";
import type { NotListedRequest, Page as ApiPage } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, formatTin, fullName } from "../shared/format";
import { NotAllowed } from "../shared/NotAllowed";
import { Page } from "../shared/Page";
import { ListPagination, usePaging } from "../shared/Paging";
import { StatusLabel } from "../shared/StatusLabel";
import { useLoader } from "../shared/useLoader";
import { CloseNotListedModal } from "./CloseNotListedModal";

type Status = "open" | "closed" | "all";

/** Reviewers: "my provider is not listed" requests, oldest first; close one once the person was contacted. */
export function NotListedPage() {
  const { t } = useTranslation();
  const { reviewer } = useAccess();
  if (!reviewer) {
    return <NotAllowed title={t("tinAccessNotListed")} audience="reviewer" />;
  }
  return (
    <Page title={t("tinAccessNotListed")} description={t("tinAccessNotListedDescription")}>
      <NotListedList />
    </Page>
  );
}

function NotListedList() {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const api = useTinAccessApi();
  const [status, setStatus] = useState<Status>("open");
  const [closing, setClosing] = useState<NotListedRequest>();
  const paging = usePaging();
  const requests = useLoader(
    (signal) =>
      api.get<ApiPage<NotListedRequest>>("/not-listed-requests", { status, first: paging.first, max: paging.perPage }, signal),
    [api, status, paging.first, paging.perPage],
  );

  return (
    <>
      <Toolbar className="tin-access-toolbar">
        <ToolbarContent>
          <ToolbarItem>
            <FormSelect
              id="not-listed-status"
              aria-label={t("tinAccessStatus")}
              value={status}
              onChange={(_, value) => {
                setStatus(value as Status);
                paging.setPage(1);
              }}
            >
              {(["open", "closed", "all"] as const).map((option) => (
                <FormSelectOption key={option} value={option} label={t(`tinAccessNotListedFilter-${option}`)} />
              ))}
            </FormSelect>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {requests.error !== undefined && <ErrorAlert error={requests.error} />}
      <Table aria-label={t("tinAccessNotListed")} data-testid="not-listed" variant="compact">
        <Thead>
          <Tr>
            <Th>{t("tinAccessReference")}</Th>
            <Th>{t("tinAccessReceived")}</Th>
            <Th>{t("tinAccessRequester")}</Th>
            <Th>{t("tinAccessOrganization")}</Th>
            <Th>{t("tinAccessNotListedMessage")}</Th>
            <Th>{t("tinAccessStatus")}</Th>
            <Th screenReaderText={t("tinAccessActions")} />
          </Tr>
        </Thead>
        <Tbody>
          {requests.data?.items.map((request) => (
            <Tr key={request.id} data-testid={`not-listed-${request.reference}`}>
              <Td dataLabel={t("tinAccessReference")}>{request.reference}</Td>
              <Td dataLabel={t("tinAccessReceived")}>{formatDateTime(request.receivedAt, environment.locale)}</Td>
              <Td dataLabel={t("tinAccessRequester")}>
                {fullName(request)}
                <div className="pf-v5-u-color-200">{request.email}</div>
                <div className="pf-v5-u-color-200">{request.phone}</div>
              </Td>
              <Td dataLabel={t("tinAccessOrganization")}>
                {request.organization}
                {request.tin && <div className="pf-v5-u-color-200">{t("tinAccessNotListedTin", { tin: formatTin(request.tin) })}</div>}
                {request.npi && <div className="pf-v5-u-color-200">{t("tinAccessNotListedNpi", { npi: request.npi })}</div>}
                {request.program && (
                  <div className="pf-v5-u-color-200">
                    {t(`tinAccessProgram-${request.program}`, { defaultValue: request.program })}
                    {request.state ? ` (${request.state})` : ""}
                  </div>
                )}
              </Td>
              <Td dataLabel={t("tinAccessNotListedMessage")}>{request.message}</Td>
              <Td dataLabel={t("tinAccessStatus")}>
                <StatusLabel status={request.status} />
                {request.closed && (
                  <div className="pf-v5-u-color-200" data-testid="closed-by">
                    {t(`tinAccessNotListedOutcome-${request.closed.outcome}`)}:{" "}
                    {t("tinAccessNotListedClosedBy", {
                      by: request.closed.by,
                      at: formatDateTime(request.closed.at, environment.locale),
                    })}
                    <div>{request.closed.note}</div>
                  </div>
                )}
              </Td>
              <Td dataLabel={t("tinAccessActions")}>
                {request.status === "open" && (
                  <Button variant="secondary" data-testid="close-request" aria-label={t("tinAccessCloseRequestOf", { reference: request.reference })}
                    onClick={() => setClosing(request)}>
                    {t("tinAccessCloseRequest")}
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
          {requests.data && requests.data.items.length === 0 && (
            <Tr>
              <Td colSpan={7}>{t("tinAccessNoNotListed")}</Td>
            </Tr>
          )}
        </Tbody>
      </Table>
      <ListPagination paging={paging} total={requests.data?.total} />
      {closing && (
        <CloseNotListedModal
          reference={closing.reference}
          onCloseRequest={(outcome, note) => api.post(`/not-listed-requests/${encodeURIComponent(closing.id)}/close`, { outcome, note })}
          onClose={(changed) => {
            setClosing(undefined);
            if (changed) {
              requests.reload();
            }
          }}
        />
      )}
    </>
  );
}
