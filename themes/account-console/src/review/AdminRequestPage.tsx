import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Spinner,
  Title,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useParams } from "react-router-dom";
import { useAccess } from "../access/AccessContext";
import type { AdminRequest, RequestLine } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ConsoleLink } from "../shared/ConsoleLink";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, formatTin, fullName } from "../shared/format";
import { NotAllowed } from "../shared/NotAllowed";
import { StatusLabel } from "../shared/StatusLabel";
import { useLoader } from "../shared/useLoader";
import { DenyLineModal } from "./DenyLineModal";
import { Page } from "../shared/Page";
import { TinText } from "../shared/TinText";

type Dialog = { kind: "approve" | "replace" | "deny"; line: RequestLine } | { kind: "resend" };

/** One admin request in full: contact details and each TIN, approved or denied one at a time. */
export function AdminRequestPage() {
  const { t } = useTranslation();
  const { reviewer } = useAccess();
  if (!reviewer) {
    return <NotAllowed title={t("tinAccessReviewQueue")} audience="reviewer" />;
  }
  return <AdminRequestDetail />;
}

function AdminRequestDetail() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { environment } = useEnvironment<AccountEnvironment>();
  const api = useTinAccessApi();
  const [dialog, setDialog] = useState<Dialog>();
  const [notice, setNotice] = useState<string>();
  const request = useLoader((signal) => api.get<AdminRequest>(`/admin-requests/${encodeURIComponent(id)}`, undefined, signal), [api, id]);
  const base = `/admin-requests/${encodeURIComponent(id)}`;

  const closed = (message: string) => (changed: boolean) => {
    setDialog(undefined);
    if (changed) {
      setNotice(message);
      request.reload();
    }
  };

  const data = request.data;
  return (
    <Page title={data ? t("tinAccessRequestTitle", { reference: data.reference }) : t("tinAccessReviewQueue")} description="">
      <ConsoleLink to="tin-access/review" isInline data-testid="back-to-queue">
        {t("tinAccessBackToQueue")}
      </ConsoleLink>
      {request.error !== undefined && <ErrorAlert error={request.error} />}
      {!data && request.loading && <Spinner aria-label="Loading" />}
      {notice && <Alert variant="success" isInline title={notice} data-testid="decision-notice" />}
      {data && (
        <>
          <DescriptionList isHorizontal isCompact className="pf-v5-u-my-md" data-testid="request-contact">
            <Item term={t("tinAccessReceived")} value={formatDateTime(data.receivedAt, environment.locale)} />
            <Item term={t("tinAccessRequester")} value={fullName(data.contact)} />
            <Item term={t("tinAccessJobTitle")} value={data.contact.jobTitle} />
            <Item term={t("tinAccessOrganization")} value={data.contact.organization} />
            <Item term={t("email")} value={data.contact.email} />
            <Item term={t("tinAccessPhone")} value={data.contact.phone} />
            <Item term={t("tinAccessRegisters")} value={registers(t, data)} />
          </DescriptionList>
          <Title headingLevel="h2" size="lg">
            {t("tinAccessTins")}
          </Title>
          <Table aria-label={t("tinAccessTins")} data-testid="request-lines" variant="compact">
            <Thead>
              <Tr>
                <Th>{t("tinAccessTin")}</Th>
                <Th>{t("tinAccessStatus")}</Th>
                <Th>{t("tinAccessDecision")}</Th>
                <Th screenReaderText={t("tinAccessActions")} />
              </Tr>
            </Thead>
            <Tbody>
              {data.tins.map((line) => (
                <Tr key={line.tin} data-testid={`line-${line.tin}`}>
                  <Td dataLabel={t("tinAccessTin")}>
                    <TinText tin={line.tin} />
                  </Td>
                  <Td dataLabel={t("tinAccessStatus")}>
                    <StatusLabel status={line.status} />
                  </Td>
                  <Td dataLabel={t("tinAccessDecision")}>
                    {line.reason && <div>{t(`tinAccessReason-${line.reason}`, { defaultValue: line.reason })}</div>}
                    {line.note && <div className="pf-v5-u-color-200">{line.note}</div>}
                    {line.decidedAt && <div className="pf-v5-u-color-200">{formatDateTime(line.decidedAt, environment.locale)}</div>}
                    {line.adminLeftReason && (
                      <div data-testid="admin-left">
                        <strong>{t("tinAccessAdminLeft")}</strong> {line.adminLeftReason}
                      </div>
                    )}
                  </Td>
                  <Td isActionCell>
                    {line.status === "pending" && (
                      <span className="tin-access-entitlements">
                        <Button size="sm" data-testid="approve-line" aria-label={t("tinAccessApproveOf", { tin: formatTin(line.tin) })}
                          onClick={() => setDialog({ kind: "approve", line })}>
                          {t("tinAccessApprove")}
                        </Button>
                        {line.adminLeftReason && (
                          <Button size="sm" variant="secondary" data-testid="replace-admin" aria-label={t("tinAccessReplaceAdminFor", { tin: formatTin(line.tin) })}
                            onClick={() => setDialog({ kind: "replace", line })}>
                            {t("tinAccessReplaceAdmin")}
                          </Button>
                        )}
                        <Button size="sm" variant="secondary" isDanger data-testid="deny-line" aria-label={t("tinAccessDenyOf", { tin: formatTin(line.tin) })}
                          onClick={() => setDialog({ kind: "deny", line })}>
                          {t("tinAccessDeny")}
                        </Button>
                      </span>
                    )}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
          {data.tins.some((line) => line.status === "approved") && (
            <Button variant="secondary" className="pf-v5-u-mt-md" data-testid="resend-activation" onClick={() => setDialog({ kind: "resend" })}>
              {t("tinAccessResendActivation")}
            </Button>
          )}
        </>
      )}
      {dialog?.kind === "approve" && (
        <ConfirmModal
          title={t("tinAccessApproveTin", { tin: formatTin(dialog.line.tin) })}
          confirmLabel={t("tinAccessApprove")}
          onConfirm={() => api.post(`${base}/tins/${dialog.line.tin}/approve`)}
          onClose={closed(t("tinAccessApproved", { tin: formatTin(dialog.line.tin) }))}
        >
          {t("tinAccessApproveTinConfirm", { email: data?.contact.email })}
        </ConfirmModal>
      )}
      {dialog?.kind === "replace" && (
        <ConfirmModal
          title={t("tinAccessReplaceAdminOf", { tin: formatTin(dialog.line.tin) })}
          confirmLabel={t("tinAccessReplaceAdmin")}
          onConfirm={() => api.post(`${base}/tins/${dialog.line.tin}/approve`, { replaceAdmin: true })}
          onClose={closed(t("tinAccessApproved", { tin: formatTin(dialog.line.tin) }))}
        >
          {t("tinAccessReplaceAdminConfirm", { email: data?.contact.email })}
        </ConfirmModal>
      )}
      {dialog?.kind === "deny" && (
        <DenyLineModal
          tin={dialog.line.tin}
          onDeny={(reason, note) => api.post(`${base}/tins/${dialog.line.tin}/deny`, { reason, note })}
          onClose={closed(t("tinAccessDenied", { tin: formatTin(dialog.line.tin) }))}
        />
      )}
      {dialog?.kind === "resend" && (
        <ConfirmModal
          title={t("tinAccessResendActivation")}
          confirmLabel={t("tinAccessResendActivation")}
          onConfirm={() => api.post(`${base}/resend-activation`)}
          onClose={closed(t("tinAccessActivationResent"))}
        >
          {t("tinAccessResendActivationConfirm", { email: data?.contact.email })}
        </ConfirmModal>
      )}
    </Page>
  );
}

function Item({ term, value }: { term: string; value: string | null | undefined }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{value || "—"}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}

/** What the request registers: a provider, a billing service or an insurance agency with its NPN. */
function registers(t: TFunction, request: AdminRequest): string {
  if (request.agencyNpn) {
    return t("tinAccessRegistersAgency", { npn: request.agencyNpn });
  }
  return request.billingService ? t("tinAccessRegistersBillingService") : t("tinAccessRegistersProvider");
}
