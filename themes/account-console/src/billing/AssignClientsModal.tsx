import { Checkbox, Form, FormGroup, Spinner } from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TinAccessApi } from "../api/TinAccessApi";
import type { Assignments, ClientGrant, Member, Page as ApiPage } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { ConfirmModal } from "../shared/ConfirmModal";
import { EntitlementChecks } from "../shared/EntitlementChecks";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatTin, fullName } from "../shared/format";
import { useLoader } from "../shared/useLoader";
import { setClientEntitlements, toggleClient, withinGrants } from "./grants";

type Props = { service: string; member: Member; onClose: () => void };

type ClientRequests = { allowed: boolean };

/** The clients one user of the service acts for, each with entitlements within what the client granted. */
export function AssignClientsModal({ service, member, onClose }: Props) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const base = `/billing-services/${encodeURIComponent(service)}`;
  const memberPath = `${base}/members/${encodeURIComponent(member.id)}`;
  // The admin always requests clients; the API refuses to set it on them.
  const canBeRequester = member.role !== "admin";
  const loaded = useLoader(
    (signal) =>
      Promise.all([
        approvedGrants(api, base, signal),
        api.get<Assignments>(`${memberPath}/clients`, undefined, signal),
        canBeRequester ? api.get<ClientRequests>(`${memberPath}/client-requests`, undefined, signal) : Promise.resolve(undefined),
      ]),
    [api, memberPath, canBeRequester],
  );
  const grants = loaded.data?.[0] ?? [];
  const [assignments, setAssignments] = useState<Assignments>({});
  const [requester, setRequester] = useState(false);
  useEffect(() => {
    if (loaded.data) {
      setAssignments(withinGrants(loaded.data[1], loaded.data[0]));
      setRequester(loaded.data[2]?.allowed ?? false);
    }
  }, [loaded.data]);
  const name = fullName(member) || member.email;

  const save = async () => {
    await api.put(`${memberPath}/clients`, withinGrants(assignments, grants));
    if (canBeRequester && requester !== (loaded.data?.[2]?.allowed ?? false)) {
      await api.put(`${memberPath}/client-requests`, { allowed: requester });
    }
  };

  return (
    <ConfirmModal
      title={t("tinAccessAssignClientsOf", { name })}
      confirmLabel={t("save")}
      confirmDisabled={!loaded.data}
      onConfirm={save}
      onClose={onClose}
    >
      {loaded.error !== undefined && <ErrorAlert error={loaded.error} />}
      {loaded.loading && <Spinner size="md" aria-label={t("tinAccessLoading")} />}
      {loaded.data && grants.length === 0 && <p data-testid="no-approved-clients">{t("tinAccessNoApprovedClients")}</p>}
      <Form onSubmit={(event) => event.preventDefault()}>
        {canBeRequester && loaded.data && (
          <Checkbox
            id="may-request-clients"
            data-testid="may-request-clients"
            label={t("tinAccessMayRequestClients")}
            description={t("tinAccessMayRequestClientsHelp")}
            isChecked={requester}
            onChange={(_, checked) => setRequester(checked)}
          />
        )}
        {grants.map((grant) => {
          const client = grant.clientName ?? formatTin(grant.client);
          const given = assignments[grant.id] !== undefined;
          return (
            <FormGroup key={grant.id} role="group" fieldId={`assign-group-${grant.id}`} label={client} isStack>
              <Checkbox
                id={`assign-${grant.id}`}
                data-testid={`assign-client-${grant.client}`}
                label={t("tinAccessActsFor", { client })}
                isChecked={given}
                onChange={(_, checked) => setAssignments(toggleClient(assignments, grant, checked))}
              />
              {given && (
                <EntitlementChecks
                  id={`assign-${grant.id}`}
                  available={grant.entitlements}
                  selected={assignments[grant.id]}
                  onChange={(selected) => setAssignments(setClientEntitlements(assignments, grant, selected))}
                />
              )}
            </FormGroup>
          );
        })}
      </Form>
    </ConfirmModal>
  );
}

/**
 * Every approved grant of the service, page by page: saving replaces all of a user's clients, so a
 * client left out of the list would be taken away.
 */
async function approvedGrants(api: TinAccessApi, base: string, signal: AbortSignal): Promise<ClientGrant[]> {
  const grants: ClientGrant[] = [];
  for (;;) {
    const page = await api.get<ApiPage<ClientGrant>>(`${base}/client-grants`, { status: "approved", first: grants.length, max: 100 }, signal);
    grants.push(...page.items);
    if (page.items.length === 0 || grants.length >= page.total) {
      return grants;
    }
  }
}
