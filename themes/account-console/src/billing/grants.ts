import { administeredTins, type Access } from "../access/Access";
import { ApiError } from "../api/ApiError";
import type { Assignments, ClientGrant, GrantStatus, MyTin } from "../api/types";

/** The billing services' TINs the person administers: where clients are given to the service's users. */
export function administeredServices(access: Access): MyTin[] {
  return administeredTins(access).filter((tin) => tin.billingService === true);
}

/** The billing services the person asks providers for access for: its admin, or a user the admin lets. */
export function requestingServices(access: Access): MyTin[] {
  return access.tins.filter((tin) => tin.billingService === true && tin.status === "active" && tin.requestsClients === true);
}

export type ClientKind = "tin" | "npi";

/** The API's body for asking a client: {"tin"} or {"npi"}, as typed (the API validates and strips). */
export function clientRequestBody(kind: ClientKind, value: string): { tin: string } | { npi: string } {
  return kind === "tin" ? { tin: value.trim() } : { npi: value.trim() };
}

/** Refusals that concern what was typed in the client field; others go to the form-wide alert. */
const FIELD_ERRORS = ["invalid_tin", "invalid_npi", "invalid_client", "own_tin", "already_requested", "already_granted"];

/** The API's refusal of a client request, when it belongs under the client field. */
export function clientFieldError(error: unknown): ApiError | undefined {
  return error instanceof ApiError && FIELD_ERRORS.includes(error.code) ? error : undefined;
}

/** What the client's admin may still do with a request: answer a pending one, revoke an approved one. */
export function grantActions(status: GrantStatus): ("approve" | "deny" | "revoke")[] {
  switch (status) {
    case "pending":
      return ["approve", "deny"];
    case "approved":
      return ["revoke"];
    default:
      return [];
  }
}

/** Gives (or takes away) a client; a client given starts with every entitlement its grant allows. */
export function toggleClient(assignments: Assignments, grant: ClientGrant, on: boolean): Assignments {
  const next = { ...assignments };
  if (on) {
    next[grant.id] = next[grant.id] ?? [...grant.entitlements];
  } else {
    delete next[grant.id];
  }
  return next;
}

/** Sets a given client's entitlements, never beyond what the client granted. */
export function setClientEntitlements(assignments: Assignments, grant: ClientGrant, entitlements: string[]): Assignments {
  return { ...assignments, [grant.id]: entitlements.filter((name) => grant.entitlements.includes(name)) };
}

/**
 * The assignments the API accepts: approved grants only (a grant revoked since keeps no client),
 * each within what its client granted.
 */
export function withinGrants(assignments: Assignments, grants: ClientGrant[]): Assignments {
  const result: Assignments = {};
  for (const grant of grants) {
    if (grant.status === "approved" && assignments[grant.id]) {
      result[grant.id] = assignments[grant.id].filter((name) => grant.entitlements.includes(name));
    }
  }
  return result;
}

/** Web support may send an unanswered request to the provider again, once. */
export function mayResend(grant: Pick<ClientGrant, "status" | "resent">): boolean {
  return grant.status === "pending" && !grant.resent;
}
