import { Page, useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Button, FormSelect, FormSelectOption, Pagination, SearchInput, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useHref, useLinkClickHandler } from "react-router-dom";
import { useAccess } from "../access/AccessContext";
import type { AdminRequest, Page as ApiPage } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { consolePath } from "../environment";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, formatTin, fullName } from "../shared/format";
import { NotAllowed } from "../shared/NotAllowed";
import { StatusLabel } from "../shared/StatusLabel";
import { useLoader } from "../shared/useLoader";

/** Reviewers: admin requests, oldest first, filtered by status and TIN. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { reviewer } = useAccess();
  if (!reviewer) {
    return <NotAllowed title={t("tinAccessReviewQueue")} />;
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
  const [status, setStatus] = useState("pending");
  const [tinText, setTinText] = useState("");
  const [tin, setTin] = useState("");
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(20);
  const requests = useLoader(
    (signal) => api.get<ApiPage<AdminRequest>>("/admin-requests", { status, tin, first: (page - 1) * perPage, max: perPage }, signal),
    [api, status, tin, page, perPage],
  );

  return (
    <>
      <Toolbar className="tin-access-toolbar">
        <ToolbarContent>
          <ToolbarItem>
            <FormSelect
              id="review-status"
              aria-label={t("tinAccessStatus")}
              value={status}
              onChange={(_, value) => {
                setStatus(value);
                setPage(1);
              }}
            >
              {["pending", "decided", "all"].map((value) => (
                <FormSelectOption key={value} value={value} label={t(`tinAccessFilter-${value}`)} />
              ))}
            </FormSelect>
          </ToolbarItem>
          <ToolbarItem>
            <SearchInput
              aria-label={t("tinAccessFilterByTin")}
              placeholder={t("tinAccessFilterByTin")}
              value={tinText}
              onChange={(_, value) => setTinText(value)}
              onSearch={(_, value) => {
                setTin(value.replace(/\D/g, ""));
                setPage(1);
              }}
              onClear={() => {
                setTinText("");
                setTin("");
                setPage(1);
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
                <RequestLink id={request.id}>{request.reference}</RequestLink>
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
                    {formatTin(line.tin)} <StatusLabel status={line.status} />
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
      <Pagination
        itemCount={requests.data?.total ?? 0}
        page={page}
        perPage={perPage}
        onSetPage={(_, value) => setPage(value)}
        onPerPageSelect={(_, value) => {
          setPerPage(value);
          setPage(1);
        }}
        titles={{ paginationAriaLabel: t("tinAccessPaging") }}
      />
    </>
  );
}

function RequestLink({ id, children }: { id: string; children: string }) {
  const target = `${consolePath}tin-access/review/${encodeURIComponent(id)}`;
  const href = useHref(target);
  const open = useLinkClickHandler(target);
  return (
    <Button component="a" variant="link" isInline href={href} onClick={(event) => open(event as never)} data-testid="open-request">
      {children}
    </Button>
  );
}
