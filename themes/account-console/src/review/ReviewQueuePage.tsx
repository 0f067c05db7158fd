import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { SearchInput, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccess } from "../access/AccessContext";
import type { AdminRequest, Page as ApiPage } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, fullName } from "../shared/format";
import { NotAllowed } from "../shared/NotAllowed";
import { StatusLabel } from "../shared/StatusLabel";
import { ConsoleLink } from "../shared/ConsoleLink";
import { DecisionFilter, type Decided } from "../shared/DecisionFilter";
import { ListPagination, usePaging } from "../shared/Paging";
import { useLoader } from "../shared/useLoader";
import { Page } from "../shared/Page";
import { TinText } from "../shared/TinText";

/** Reviewers: admin requests, oldest first, filtered by status and TIN. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { reviewer } = useAccess();
  if (!reviewer) {
    return <NotAllowed title={t("tinAccessReviewQueue")} audience="reviewer" />;
  }
  return (
    <Page title={t("tinAccessReviewQueue")} description={t("tinAccessReviewQueueDescription")}>
      <ReviewQueue />
    </Page>
  );
}

function ReviewQueue() {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const api = useTinAccessApi();
  const [status, setStatus] = useState<Decided>("pending");
  const [tinText, setTinText] = useState("");
  const [tin, setTin] = useState("");
  const paging = usePaging();
  const requests = useLoader(
    (signal) => api.get<ApiPage<AdminRequest>>("/admin-requests", { status, tin, first: paging.first, max: paging.perPage }, signal),
    [api, status, tin, paging.first, paging.perPage],
  );

  return (
    <>
      <Toolbar className="tin-access-toolbar">
        <ToolbarContent>
          <ToolbarItem>
            <DecisionFilter
              id="review-status"
              value={status}
              onChange={(value) => {
                setStatus(value);
                paging.setPage(1);
              }}
            />
          </ToolbarItem>
          <ToolbarItem>
            <SearchInput
              aria-label={t("tinAccessFilterByTin")}
              placeholder={t("tinAccessFilterByTin")}
              value={tinText}
              onChange={(_, value) => setTinText(value)}
              onSearch={(_, value) => {
                setTin(value.replace(/\D/g, ""));
                paging.setPage(1);
              }}
              onClear={() => {
                setTinText("");
                setTin("");
                paging.setPage(1);
              }}
            />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {requests.error !== undefined && <ErrorAlert error={requests.error} />}
      <Table aria-label={t("tinAccessReviewQueue")} data-testid="review-queue" variant="compact">
        <Thead>
          <Tr>
            <Th>{t("tinAccessReference")}</Th>
            <Th>{t("tinAccessReceived")}</Th>
            <Th>{t("tinAccessRequester")}</Th>
            <Th>{t("tinAccessOrganization")}</Th>
            <Th>{t("tinAccessTins")}</Th>
            <Th>{t("tinAccessStatus")}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {requests.data?.items.map((request) => (
            <Tr key={request.id} data-testid={`request-${request.reference}`}>
              <Td dataLabel={t("tinAccessReference")}>
                <ConsoleLink to={`tin-access/review/${encodeURIComponent(request.id)}`} isInline data-testid="open-request">
                  {request.reference}
                </ConsoleLink>
              </Td>
              <Td dataLabel={t("tinAccessReceived")}>{formatDateTime(request.receivedAt, environment.locale)}</Td>
              <Td dataLabel={t("tinAccessRequester")}>
                {fullName(request.contact)}
                <div className="pf-v5-u-color-200">{request.contact.email}</div>
              </Td>
              <Td dataLabel={t("tinAccessOrganization")}>{request.contact.organization}</Td>
              <Td dataLabel={t("tinAccessTins")}>
                {request.tins.map((line) => (
                  <div key={line.tin}>
                    <TinText tin={line.tin} /> <StatusLabel status={line.status} />
                  </div>
                ))}
              </Td>
              <Td dataLabel={t("tinAccessStatus")}>
                <StatusLabel status={request.status} />
              </Td>
            </Tr>
          ))}
          {requests.data && requests.data.items.length === 0 && (
            <Tr>
              <Td colSpan={6}>{t("tinAccessNoAdminRequests")}</Td>
            </Tr>
          )}
        </Tbody>
      </Table>
      <ListPagination paging={paging} total={requests.data?.total} />
    </>
  );
}
