import { Alert, Button, EmptyState, EmptyStateBody, EmptyStateHeader, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { administeredTins } from "../access/Access";
import { useAccess } from "../access/AccessContext";
import type { MyRequest, TinAskAnswer } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, formatTin } from "../shared/format";
import { Page } from "../shared/Page";
import { TinText } from "../shared/TinText";
import { StatusLabel } from "../shared/StatusLabel";
import { useLoader } from "../shared/useLoader";
import { AddTinModal } from "./AddTinModal";

/**
 * The plan's "check the status of your request": every request the person made, to administer a
 * TIN or to join a provider, each TIN's status with the reason and note of a decision; a pending
 * request can be withdrawn. An active admin asks for another TIN here too.
 */
export function MyRequestsPage() {
  const { t, i18n } = useTranslation();
  const api = useTinAccessApi();
  const access = useAccess();
  const requests = useLoader((signal) => api.get<MyRequest[]>("/requests", undefined, signal), []);
  const [withdrawing, setWithdrawing] = useState<MyRequest>();
  const [asking, setAsking] = useState(false);
  const [answer, setAnswer] = useState<TinAskAnswer>();

  return (
    <Page title={t("tinAccessMyRequests")} description={t("tinAccessMyRequestsDescription")}>
      {administeredTins(access).length > 0 && (
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <Button data-testid="add-tin" onClick={() => setAsking(true)}>
                {t("tinAccessAddTin")}
              </Button>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      )}
      {answer && (
        <Alert variant="success" isInline title={t("tinAccessAddTinSent", { reference: answer.reference })} data-testid="add-tin-answer">
          {answer.tins.map((line) => (
            <p key={line.tin}>
              {formatTin(line.tin)}: {t(`tinAccessOutcome-${line.outcome}`)}
            </p>
          ))}
        </Alert>
      )}
      {requests.error !== undefined && <ErrorAlert error={requests.error} />}
      {requests.data && requests.data.length === 0 && (
        <EmptyState>
          <EmptyStateHeader titleText={t("tinAccessNoRequests")} headingLevel="h2" />
          <EmptyStateBody>{t("tinAccessNoRequestsBody")}</EmptyStateBody>
        </EmptyState>
      )}
      {requests.data && requests.data.length > 0 && (
        <Table aria-label={t("tinAccessMyRequests")} data-testid="my-requests" variant="compact">
          <Thead>
            <Tr>
              <Th>{t("tinAccessReference")}</Th>
              <Th>{t("tinAccessRequestKind")}</Th>
              <Th>{t("tinAccessReceived")}</Th>
              <Th>{t("tinAccessTins")}</Th>
              <Th screenReaderText={t("tinAccessWithdraw")} />
            </Tr>
          </Thead>
          <Tbody>
            {requests.data.map((request) => (
              <Tr key={request.id} data-testid={`request-${request.reference}`}>
                <Td dataLabel={t("tinAccessReference")}>{request.reference}</Td>
                <Td dataLabel={t("tinAccessRequestKind")}>
                  {request.kind === "join" ? t("tinAccessRequestKind-join", { provider: request.provider ?? "" }) : t("tinAccessRequestKind-admin")}
                </Td>
                <Td dataLabel={t("tinAccessReceived")}>{formatDateTime(request.receivedAt, i18n.language)}</Td>
                <Td dataLabel={t("tinAccessTins")}>
                  <ul className="tin-access-lines">
                    {request.tins.map((line) => (
                      <li key={line.tin} data-testid={`line-${line.tin}`}>
                        <TinText tin={line.tin} /> <StatusLabel status={line.status} />
                        {line.reason && line.status === "denied" && <span> {t(`tinAccessReason-${line.reason}`, { defaultValue: line.reason })}</span>}
                        {line.note && <span> — {line.note}</span>}
                        {line.status === "pending" && request.deadline && (
                          <span> {t("tinAccessDecideBy", { date: formatDateTime(request.deadline, i18n.language) })}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                </Td>
                <Td dataLabel={t("tinAccessWithdraw")}>
                  {request.tins.some((line) => line.status === "pending") && (
                    <Button
                      variant="secondary"
                      size="sm"
                      data-testid="withdraw"
                      aria-label={t("tinAccessWithdrawOf", { reference: request.reference })}
                      onClick={() => setWithdrawing(request)}
                    >
                      {t("tinAccessWithdraw")}
                    </Button>
                  )}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {withdrawing && (
        <ConfirmModal
          title={t("tinAccessWithdrawOf", { reference: withdrawing.reference })}
          confirmLabel={t("tinAccessWithdraw")}
          danger
          onConfirm={() => api.post(`/requests/${encodeURIComponent(withdrawing.id)}/withdraw`)}
          onClose={(done) => {
            setWithdrawing(undefined);
            if (done) {
              requests.reload();
            }
          }}
        >
          <p>{t("tinAccessWithdrawBody")}</p>
        </ConfirmModal>
      )}
      {asking && (
        <AddTinModal
          onClose={(sent) => {
            setAsking(false);
            if (sent) {
              setAnswer(sent);
              requests.reload();
              access.reload();
            }
          }}
        />
      )}
    </Page>
  );
}
