import { Alert, Button, EmptyState, EmptyStateBody, EmptyStateHeader } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccess } from "../access/AccessContext";
import type { MyTin } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { EntitlementLabels } from "../shared/EntitlementChecks";
import { ConfirmModal } from "../shared/ConfirmModal";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatTin } from "../shared/format";
import { StatusLabel } from "../shared/StatusLabel";
import { Page } from "../shared/Page";
import { TinText } from "../shared/TinText";
import { HelpDeskAsks } from "../helpdesk/HelpDeskAsks";
import { AccessReviewAlerts } from "../accessreview/AccessReviewAlerts";
import { SuccessionModal } from "./SuccessionModal";

/**
 * Every signed-in person: the TINs they belong to, their role and what they may do there, and the
 * invitations waiting for their answer. Nothing of an invitation reaches their tokens until they
 * accept it here, signed in. A billing service's user also finds the clients they act for through
 * the service, as their token carries them ("via" the service). Someone the admin named a backup admin
 * agrees or declines here, steps down here, and takes the admin role here when the admin is gone.
 * Above the list, what waits for them: the help desk's asks and, for a TIN's managers, open access reviews.
 */
export function MyTinsPage() {
  const { t } = useTranslation();
  const { tins, reload } = useAccess();
  const api = useTinAccessApi();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<string>();

  const [dialog, setDialog] = useState<{ kind: "step-down" | "succeed"; tin: MyTin }>();
  const [asked, setAsked] = useState<string>();

  /** Answers an invitation, or being named a backup admin: the same buttons, another part of the API. */
  const answer = async (tin: MyTin, decision: "accept" | "decline", about: "invitations" | "backup-admin" = "invitations") => {
    setError(undefined);
    setBusy(tin.providerId);
    try {
      await api.post(`/tins/${about}/${encodeURIComponent(tin.providerId)}/${decision}`);
      reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Page title={t("tinAccessMyTins")} description={t("tinAccessMyTinsDescription")}>
      {error !== undefined && <ErrorAlert error={error} />}
      <HelpDeskAsks />
      <AccessReviewAlerts />
      {asked !== undefined && (
        <Alert variant="success" isInline title={t("tinAccessAddTinSent", { reference: asked })} data-testid="succession-asked">
          {t("tinAccessTakeAdminRoleAsked")}
        </Alert>
      )}
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
              <Th screenReaderText={t("tinAccessInvitationAnswer")} />
            </Tr>
          </Thead>
          <Tbody>
            {tins.map((tin) => (
              <Tr key={tin.providerId} data-testid={`tin-${tin.tin}`}>
                <Td dataLabel={t("tinAccessProvider")}>{tin.name ?? "—"}</Td>
                <Td dataLabel={t("tinAccessTin")}>
                  <TinText tin={tin.tin} />
                </Td>
                <Td dataLabel={t("tinAccessRole")}>{t(`tinAccessRole-${tin.role}`)}</Td>
                <Td dataLabel={t("tinAccessStatus")}>
                  <StatusLabel status={tin.status} />
                </Td>
                <Td dataLabel={t("tinAccessEntitlements")}>
                  <EntitlementLabels names={tin.entitlements} all={tin.role === "admin" && tin.entitlements.length === 0} />
                </Td>
                <Td dataLabel={t("tinAccessInvitationAnswer")}>
                  {tin.status === "active" && tin.backupAdmin === "nominated" && (
                    <span className="tin-access-actions" data-testid="backup-admin-question">
                      <span className="pf-v5-u-mr-sm">{t("tinAccessBackupAdminQuestion")}</span>
                      <Button variant="primary" size="sm" data-testid="agree-backup-admin" isDisabled={busy !== undefined}
                        aria-label={t("tinAccessAgreeBackupAdminOf", { provider: tin.name ?? formatTin(tin.tin) })}
                        onClick={() => answer(tin, "accept", "backup-admin")}>
                        {t("tinAccessAgreeBackupAdmin")}
                      </Button>
                      <Button variant="secondary" size="sm" data-testid="decline-backup-admin" isDisabled={busy !== undefined}
                        aria-label={t("tinAccessDeclineBackupAdminOf", { provider: tin.name ?? formatTin(tin.tin) })}
                        onClick={() => answer(tin, "decline", "backup-admin")}>
                        {t("tinAccessDeclineInvitation")}
                      </Button>
                    </span>
                  )}
                  {tin.role === "backup-admin" && (
                    <span className="tin-access-actions">
                      <Button variant="secondary" size="sm" data-testid="take-admin-role" isDisabled={busy !== undefined}
                        aria-label={t("tinAccessTakeAdminRoleOf", { provider: tin.name ?? formatTin(tin.tin) })}
                        onClick={() => setDialog({ kind: "succeed", tin })}>
                        {t("tinAccessTakeAdminRole")}
                      </Button>
                      <Button variant="link" size="sm" data-testid="step-down" isDisabled={busy !== undefined}
                        aria-label={t("tinAccessStepDownOf", { provider: tin.name ?? formatTin(tin.tin) })}
                        onClick={() => setDialog({ kind: "step-down", tin })}>
                        {t("tinAccessStepDown")}
                      </Button>
                    </span>
                  )}
                  {tin.status === "invited" && (
                    <span className="tin-access-actions">
                      <Button
                        variant="primary"
                        size="sm"
                        data-testid="accept-invitation"
                        isDisabled={busy !== undefined}
                        aria-label={t("tinAccessAcceptInvitationOf", { provider: tin.name ?? formatTin(tin.tin) })}
                        onClick={() => answer(tin, "accept")}
                      >
                        {t("tinAccessAcceptInvitation")}
                      </Button>
                      <Button
                        variant="secondary"
                        size="sm"
                        data-testid="decline-invitation"
                        isDisabled={busy !== undefined}
                        aria-label={t("tinAccessDeclineInvitationOf", { provider: tin.name ?? formatTin(tin.tin) })}
                        onClick={() => answer(tin, "decline")}
                      >
                        {t("tinAccessDeclineInvitation")}
                      </Button>
                    </span>
                  )}
                </Td>
              </Tr>
            ))}
            {tins.flatMap((service) =>
              (service.clients ?? []).map((client) => (
                <Tr key={`${service.providerId}-${client.tin}`} data-testid="via-client">
                  <Td dataLabel={t("tinAccessProvider")}>
                    {client.name ?? "—"}
                    <div className="pf-v5-u-color-200" data-testid="via-service">
                      {t("tinAccessThroughService", { service: service.name ?? formatTin(service.tin) })}
                    </div>
                  </Td>
                  <Td dataLabel={t("tinAccessTin")}>
                    <TinText tin={client.tin} />
                  </Td>
                  <Td dataLabel={t("tinAccessRole")}>{t("tinAccessRole-user")}</Td>
                  <Td dataLabel={t("tinAccessStatus")}>
                    <StatusLabel status="active" />
                  </Td>
                  <Td dataLabel={t("tinAccessEntitlements")}>
                    <EntitlementLabels names={client.entitlements} />
                  </Td>
                  <Td />
                </Tr>
              )),
            )}
          </Tbody>
        </Table>
      )}
      {dialog?.kind === "step-down" && (
        <ConfirmModal title={t("tinAccessStepDown")} confirmLabel={t("tinAccessStepDown")} danger
          onConfirm={() => api.post(`/tins/backup-admin/${encodeURIComponent(dialog.tin.providerId)}/decline`)}
          onClose={(done) => {
            setDialog(undefined);
            if (done) {
              reload();
            }
          }}>
          {t("tinAccessStepDownConfirm", { provider: dialog.tin.name ?? formatTin(dialog.tin.tin) })}
        </ConfirmModal>
      )}
      {dialog?.kind === "succeed" && (
        <SuccessionModal tin={dialog.tin} onClose={(done, reference) => {
          setDialog(undefined);
          setAsked(reference);
          if (done) {
            reload();
          }
        }} />
      )}
    </Page>
  );
}
