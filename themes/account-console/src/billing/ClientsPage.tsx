import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Button, PageSection, Title } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccess } from "../access/AccessContext";
import { tinPath } from "../api/TinAccessApi";
import type { ClientGrant, Member, Page as ApiPage } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { EntitlementLabels } from "../shared/EntitlementChecks";
import { ErrorAlert } from "../shared/ErrorAlert";
import { formatDateTime, fullName } from "../shared/format";
import { NotAllowed } from "../shared/NotAllowed";
import { Page } from "../shared/Page";
import { ListPagination, usePaging } from "../shared/Paging";
import { StatusLabel } from "../shared/StatusLabel";
import { TinPicker } from "../shared/TinPicker";
import { useLoader } from "../shared/useLoader";
import { useSelectedTin } from "../shared/useSelectedTin";
import { AssignClientsModal } from "./AssignClientsModal";
import { ClientText } from "./ClientText";
import { administeredServices, requestingServices } from "./grants";
import { GrantStatusToolbar, type GrantFilter } from "./GrantStatusFilter";
import { RequestClientForm } from "./RequestClientForm";

/**
 * the billing service's side: ask providers for access and follow each request (its admin,
 * and the users the admin lets); the admin also gives the approved clients to the service's own users
 * within what each client granted, and chooses who may request clients.
 */
export function ClientsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const services = requestingServices(access);
  const [service, selectService] = useSelectedTin(services);
  const administered = administeredServices(access).some((mine) => mine.tin === service);
  const [generation, setGeneration] = useState(0);
  if (!service) {
    return <NotAllowed title={t("tinAccessClients")} audience="service" />;
  }
  return (
    <Page title={t("tinAccessClients")} description={t("tinAccessClientsDescription")}>
      {services.length > 1 && <TinPicker tins={services} value={service} onChange={selectService} />}
      <PageSection variant="light" padding={{ default: "noPadding" }} aria-labelledby="request-client-title" className="pf-v5-u-mb-lg">
        <Title headingLevel="h2" size="lg" id="request-client-title" className="pf-v5-u-mb-sm">
          {t("tinAccessRequestClientTitle")}
        </Title>
        <RequestClientForm key={service} service={service} onSent={() => setGeneration((n) => n + 1)} />
      </PageSection>
      <ServiceGrants key={`grants-${service}`} service={service} generation={generation} />
      {administered && <ServiceMembers key={`members-${service}`} service={service} generation={generation} />}
    </Page>
  );
}

function ServiceGrants({ service, generation }: { service: string; generation: number }) {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const api = useTinAccessApi();
  const [status, setStatus] = useState<GrantFilter>("all");
  const paging = usePaging();
  const grants = useLoader(
    (signal) =>
      api.get<ApiPage<ClientGrant>>(
        `/billing-services/${encodeURIComponent(service)}/client-grants`,
        { status, first: paging.first, max: paging.perPage },
        signal,
      ),
    [api, service, status, paging.first, paging.perPage, generation],
  );
  return (
    <PageSection variant="light" padding={{ default: "noPadding" }} aria-labelledby="client-grants-title" className="pf-v5-u-mb-lg">
      <Title headingLevel="h2" size="lg" id="client-grants-title">
        {t("tinAccessClientRequests")}
      </Title>
      <GrantStatusToolbar id="client-grant-status" value={status} onChange={setStatus} paging={paging} />
      {grants.error !== undefined && <ErrorAlert error={grants.error} />}
      <Table aria-labelledby="client-grants-title" data-testid="client-grants" variant="compact">
        <Thead>
          <Tr>
            <Th>{t("tinAccessClient")}</Th>
            <Th>{t("tinAccessRequested")}</Th>
            <Th>{t("tinAccessStatus")}</Th>
            <Th>{t("tinAccessEntitlements")}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {grants.data?.items.map((grant) => (
            <Tr key={grant.id} data-testid={`grant-${grant.id}`}>
              <Td dataLabel={t("tinAccessClient")}>
                {grant.clientName && <div>{grant.clientName}</div>}
                <ClientText client={grant.client} />
              </Td>
              <Td dataLabel={t("tinAccessRequested")}>{formatDateTime(grant.requestedAt, environment.locale)}</Td>
              <Td dataLabel={t("tinAccessStatus")}>
                <StatusLabel status={grant.status} />
                {grant.decidedAt !== null && <div className="pf-v5-u-color-200">{formatDateTime(grant.decidedAt, environment.locale)}</div>}
                {grant.note && (
                  <div className="pf-v5-u-color-200" data-testid="grant-note">
                    {t("tinAccessProviderNote", { note: grant.note })}
                  </div>
                )}
              </Td>
              <Td dataLabel={t("tinAccessEntitlements")}>
                <EntitlementLabels names={grant.entitlements} />
              </Td>
            </Tr>
          ))}
          {grants.data && grants.data.items.length === 0 && (
            <Tr>
              <Td colSpan={4}>{t("tinAccessNoClientRequests")}</Td>
            </Tr>
          )}
        </Tbody>
      </Table>
      <ListPagination paging={paging} total={grants.data?.total} />
    </PageSection>
  );
}

/** The service's users, each to be given clients (the Users page's own list, from the same endpoint). */
function ServiceMembers({ service, generation }: { service: string; generation: number }) {
  const { t } = useTranslation();
  const api = useTinAccessApi();
  const paging = usePaging();
  const [assigning, setAssigning] = useState<Member>();
  const members = useLoader(
    (signal) => api.get<ApiPage<Member>>(tinPath(service, "/members"), { first: paging.first, max: paging.perPage }, signal),
    [api, service, paging.first, paging.perPage, generation],
  );
  return (
    <PageSection variant="light" padding={{ default: "noPadding" }} aria-labelledby="service-members-title">
      <Title headingLevel="h2" size="lg" id="service-members-title">
        {t("tinAccessAssignClientsTitle")}
      </Title>
      <p className="pf-v5-u-mb-sm">{t("tinAccessAssignClientsHelp")}</p>
      {members.error !== undefined && <ErrorAlert error={members.error} />}
      <Table aria-labelledby="service-members-title" data-testid="service-members" variant="compact">
        <Thead>
          <Tr>
            <Th>{t("tinAccessName")}</Th>
            <Th>{t("email")}</Th>
            <Th>{t("tinAccessStatus")}</Th>
            <Th screenReaderText={t("tinAccessActions")} />
          </Tr>
        </Thead>
        <Tbody>
          {members.data?.items.map((member) => (
            <Tr key={member.id} data-testid={`service-member-${member.email}`}>
              <Td dataLabel={t("tinAccessName")}>{fullName(member) || "—"}</Td>
              <Td dataLabel={t("email")}>{member.email}</Td>
              <Td dataLabel={t("tinAccessStatus")}>
                <StatusLabel status={member.status} />
              </Td>
              <Td isActionCell>
                <Button
                  size="sm"
                  variant="secondary"
                  data-testid="assign-clients"
                  aria-label={t("tinAccessAssignClientsOf", { name: fullName(member) || member.email })}
                  onClick={() => setAssigning(member)}
                >
                  {t("tinAccessAssignClients")}
                </Button>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      <ListPagination paging={paging} total={members.data?.total} />
      {assigning && <AssignClientsModal service={service} member={assigning} onClose={() => setAssigning(undefined)} />}
    </PageSection>
  );
}
