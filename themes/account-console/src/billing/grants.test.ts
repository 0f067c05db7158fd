import { describe, expect, it } from "vitest";
import type { Access } from "../access/Access";
import { ApiError } from "../api/ApiError";
import type { ClientGrant, MyTin } from "../api/types";
import { administeredServices, clientFieldError, mayResend, requestingServices, clientRequestBody, grantActions, setClientEntitlements, toggleClient, withinGrants } from "./grants";

const grant = (id: string, status: ClientGrant["status"], entitlements: string[]): ClientGrant => ({
  id,
  client: "987654321",
  clientName: "Lake Clinic",
  service: "123456789",
  serviceName: null,
  status,
  entitlements,
  requestedAt: 0,
  decidedAt: null,
  note: null,
  resent: false,
});

const tin = (change: Partial<MyTin>): MyTin => ({
  tin: "123456789",
  providerId: "p",
  name: "Northside Billing",
  role: "admin",
  status: "active",
  entitlements: [],
  ...change,
});

describe("administeredServices", () => {
  it("keeps the billing services the person is the active admin of", () => {
    const access: Access = {
      tins: [tin({ billingService: true }), tin({ tin: "2", billingService: false }), tin({ tin: "3", billingService: true, role: "user" }),
        tin({ tin: "4", billingService: true, status: "invited" })],
      reviewer: false,
      helpDesk: false,
      entitlements: [],
    };
    expect(administeredServices(access).map((mine) => mine.tin)).toEqual(["123456789"]);
  });
});

describe("requestingServices", () => {
  it("keeps the active billing-service memberships that may request clients, admin or not", () => {
    const access: Access = {
      tins: [tin({ billingService: true, requestsClients: true }), tin({ tin: "2", billingService: true, role: "user", requestsClients: true }),
        tin({ tin: "3", billingService: true, role: "user" }), tin({ tin: "4", billingService: true, requestsClients: true, status: "suspended" }),
        tin({ tin: "5", requestsClients: true })],
      reviewer: false,
      helpDesk: false,
      entitlements: [],
    };
    expect(requestingServices(access).map((mine) => mine.tin)).toEqual(["123456789", "2"]);
  });
});

describe("clientRequestBody", () => {
  it("sends what was typed, trimmed, under the field chosen", () => {
    expect(clientRequestBody("tin", " 98-7654321 ")).toEqual({ tin: "98-7654321" });
    expect(clientRequestBody("npi", "1234567893")).toEqual({ npi: "1234567893" });
  });
});

describe("clientFieldError", () => {
  it("puts refusals of the typed client under its field", () => {
    for (const code of ["invalid_tin", "invalid_npi", "invalid_client", "own_tin", "already_requested", "already_granted"]) {
      expect(clientFieldError(new ApiError(400, code, "no"))?.code).toBe(code);
    }
  });

  it("leaves other refusals to the form-wide alert", () => {
    expect(clientFieldError(new ApiError(403, "forbidden", "no"))).toBeUndefined();
    expect(clientFieldError(new Error("network down"))).toBeUndefined();
  });
});

describe("grantActions", () => {
  it("answers a pending request, revokes an approved one, and leaves the rest alone", () => {
    expect(grantActions("pending")).toEqual(["approve", "deny"]);
    expect(grantActions("approved")).toEqual(["revoke"]);
    expect(grantActions("denied")).toEqual([]);
    expect(grantActions("expired")).toEqual([]);
    expect(grantActions("revoked")).toEqual([]);
  });
});

describe("assignments", () => {
  const claims = grant("g1", "approved", ["claims", "eligibility"]);

  it("gives a client with everything its grant allows, and takes it away", () => {
    const given = toggleClient({}, claims, true);
    expect(given).toEqual({ g1: ["claims", "eligibility"] });
    expect(toggleClient(given, claims, false)).toEqual({});
  });

  it("keeps a client's entitlements when it is ticked again", () => {
    expect(toggleClient({ g1: ["claims"] }, claims, true)).toEqual({ g1: ["claims"] });
  });

  it("never sets an entitlement the client did not grant", () => {
    expect(setClientEntitlements({}, claims, ["claims", "remittance"])).toEqual({ g1: ["claims"] });
  });

  it("sends approved grants only, each within the grant", () => {
    const revoked = grant("g2", "revoked", ["claims"]);
    expect(withinGrants({ g1: ["claims", "remittance"], g2: ["claims"], g3: [] }, [claims, revoked])).toEqual({ g1: ["claims"] });
  });
});

describe("mayResend", () => {
  it("offers web support one resend of an unanswered request, and nothing else", () => {
    expect(mayResend({ status: "pending", resent: false })).toBe(true);
    expect(mayResend({ status: "pending", resent: true })).toBe(false);
    for (const status of ["approved", "denied", "expired", "revoked"] as const) {
      expect(mayResend({ status, resent: false })).toBe(false);
    }
  });
});
