import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Button, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { managedTins } from "../access/Access";
import { useAccess } from "../access/AccessContext";
import { tinPath } from "../api/TinAccessApi";
import type { JoinRequest, Page as ApiPage } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ErrorAlert } from "../shared/ErrorAlert";
import { daysLeft, formatDateTime, fullName } from "../shared/format";
import { NotAllowed } from "../shared/NotAllowed";
import { StatusLabel } from "../shared/StatusLabel";
import { TinPicker } from "../shared/TinPicker";
import { DecisionFilter, type Decided } from "../shared/DecisionFilter";
import { ListPagination, usePaging } from "../shared/Paging";
import { useLoader } from "../shared/useLoader";
import { useSelectedTin } from "../shared/useSelectedTin";
import { JoinDecisionModal } from "./JoinDecisionModal";
import { Page } from "../shared/Page";

type Decision = { request: JoinRequest; approve: boolean };

/** TIN admins: people who asked to join the provider, to approve (with entitlements) or deny before the deadline. */
export function AccessRequestsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const tins = managedTins(access);
  const [tin, selectTin] = useSelectedTin(tins);
  if (!tin) {
    return <NotAllowed title={t("tinAccessJoinRequests")} audience="admin" />;
  }
  return (
    <Page title={t("tinAccessJoinRequests")} description={t("tinAccessJoinRequestsDescription")}>
      {tins.length > 1 && <TinPicker tins={tins} value={tin} onChange={selectTin} />}
      <JoinRequestList key={tin} tin={tin} entitlements={access.entitlements} />
    </Page>
  );
}

function JoinRequestList({ tin, entitlements }: { tin: string; entitlements: string[] }) {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const api = useTinAccessApi();
  const [status, setStatus] = useState<Decided>("pending");
  const paging = usePaging();
  const [decision, setDecision] = useState<Decision>();
  const requests = useLoader(
    (signal) =>
      api.get<ApiPage<JoinRequest>>(tinPath(tin, "/join-requests"), { status, first: paging.first, max: paging.perPage }, signal),
    [api, tin, status, paging.first, paging.perPage],
  );
  const now = Date.now();

  return (
    <>
      <Toolbar className="tin-access-toolbar">
        <ToolbarContent>
          <ToolbarItem>
            <DecisionFilter
              id="join-status"
              value={status}
              onChange={(value) => {
                setStatus(value);
                paging.setPage(1);
              }}
            />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {requests.error !== undefined && <ErrorAlert error={requests.error} />}
      <Table aria-label={t("tinAccessJoinRequests")} data-testid="join-requests" variant="compact">
        <Thead>
          <Tr>
            <Th>{t("tinAccessName")}</Th>
            <Th>{t("tinAccessContact")}</Th>
            <Th>{t("tinAccessJoinReason")}</Th>
            <Th>{t("tinAccessReceived")}</Th>
            <Th>{t("tinAccessDeadline")}</Th>
            <Th>{t("tinAccessStatus")}</Th>
            <Th screenReaderText={t("tinAccessActions")} />
          </Tr>
        </Thead>
        <Tbody>
          {requests.data?.items.map((request) => (
            <Tr key={request.id} data-testid={`join-${request.email}`}>
              <Td dataLabel={t("tinAccessName")}>
                {fullName(request)}
                {request.title && <div className="pf-v5-u-color-200">{request.title}</div>}
              </Td>
              <Td dataLabel={t("tinAccessContact")}>
                <div>{request.email}</div>
                {request.phone && <div>{request.phone + (request.phoneExt ? ` x${request.phoneExt}` : "")}</div>}
              </Td>
              <Td dataLabel={t("tinAccessJoinReason")}>
                {request.reason ?? "—"}
                {request.program && (
                  <div className="pf-v5-u-color-200" data-testid="join-program">
                    {t(`tinAccessProgram-${request.program}`)}
                    {request.state ? ` (${request.state})` : ""}
                  </div>
                )}
              </Td>
              <Td dataLabel={t("tinAccessReceived")}>{formatDateTime(request.receivedAt, environment.locale)}</Td>
              <Td dataLabel={t("tinAccessDeadline")}>
                {request.status === "pending"
                  ? t("tinAccessDeadlineIn", { date: formatDateTime(request.deadline, environment.locale), count: daysLeft(request.deadline, now) })
                  : formatDateTime(request.decidedAt, environment.locale)}
              </Td>
              <Td dataLabel={t("tinAccessStatus")}>
                <StatusLabel status={request.status} />
                {request.note && <div className="pf-v5-u-color-200">{request.note}</div>}
              </Td>
              <Td isActionCell>
                {request.status === "pending" && (
                  <span className="tin-access-entitlements">
                    <Button size="sm" data-testid="approve-join" onClick={() => setDecision({ request, approve: true })}>
                      {t("tinAccessApprove")}
                    </Button>
                    <Button size="sm" variant="secondary" isDanger data-testid="deny-join" onClick={() => setDecision({ request, approve: false })}>
                      {t("tinAccessDeny")}
                    </Button>
                  </span>
                )}
              </Td>
            </Tr>
          ))}
          {requests.data && requests.data.items.length === 0 && (
            <Tr>
              <Td colSpan={7}>{t("tinAccessNoJoinRequests")}</Td>
            </Tr>
          )}
        </Tbody>
      </Table>
      <ListPagination paging={paging} total={requests.data?.total} />
      {decision && (
        <JoinDecisionModal
          tin={tin}
          request={decision.request}
          approve={decision.approve}
          entitlements={entitlements}
          onClose={(changed) => {
            setDecision(undefined);
            if (changed) {
              requests.reload();
            }
          }}
        />
      )}
    </>
  );
}
