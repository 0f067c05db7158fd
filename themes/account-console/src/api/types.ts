/** The shapes of the TIN Access REST API (providers/ rest, members, join, review packages). */

export type Page<T> = { total: number; items: T[] };

export type PublicConfig = {
  realm: string;
  entitlements: string[];
  tinDisclosure: string;
};

export type MyTin = {
  tin: string;
  /** The provider's id: what accepting or declining an invitation names. */
  providerId: string;
  name: string | null;
  /** "backup-admin" once the person agreed to be one of the TIN's backup admins. */
  role: "admin" | "backup-admin" | "user";
  status: "invited" | "active" | "suspended";
  entitlements: string[];
  /** The provider's Type 2 NPIs; listed for its admin only. */
  npis?: string[];
  /** This TIN is a billing service's (a third party that acts for client providers). */
  billingService?: boolean;
  /** On a billing service's TIN: the clients the person acts for through it (the token's "via" entries). */
  clients?: ViaClient[];
  /** On a billing service's TIN: the person may ask providers for access for it (its admin, or a user the admin lets). */
  requestsClients?: boolean;
  /** This TIN is an insurance agency's, whose users are agents added with their own NPN. */
  agency?: boolean;
  /** The TIN's admin named the person a backup admin: "nominated" until they agree, then "confirmed". */
  backupAdmin?: BackupAdminState | null;
};

export type BackupAdminState = "nominated" | "confirmed";

/** A client provider someone acts for through a billing service; its TIN masked. */
export type ViaClient = { tin: string; name: string | null; entitlements: string[] };

export const GRANT_STATUSES = ["pending", "approved", "denied", "expired", "revoked"] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

/**
 * A billing service's request to act for a client provider (billing/ClientGrant). To the service:
 * {@code client} as it typed it (TIN or NPI), {@code clientName} once the provider approved. To the
 * client's admin: {@code serviceName} and the service's masked TIN in {@code service}.
 */
export type ClientGrant = {
  id: string;
  client: string;
  clientName: string | null;
  service: string | null;
  serviceName: string | null;
  status: GrantStatus;
  entitlements: string[];
  requestedAt: number;
  decidedAt: number | null;
  note: string | null;
  resent: boolean;
};

/** A service user's clients: grant id to the entitlements they have there. */
export type Assignments = Record<string, string[]>;

export type MemberStatus = "invited" | "active" | "suspended";

export type Member = {
  id: string;
  username: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  role: "admin" | "backup-admin" | "user";
  entitlements: string[];
  /** The provider's NPIs the member is limited to; empty: the whole Tax ID. */
  npis?: string[];
  status: MemberStatus;
  /** An agency's agent: their own NPN. */
  npn?: string | null;
  /** Named a backup admin by the TIN's admin: "nominated" until they agree, then "confirmed". */
  backupAdmin?: BackupAdminState | null;
};

export type NewMember = {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string;
  entitlements: string[];
  /** Required when the TIN is an agency's: the agent's own NPN. */
  npn?: string;
};

export type JoinRequest = {
  id: string;
  reference: string;
  receivedAt: number;
  deadline: number;
  status: "pending" | "approved" | "denied" | "expired";
  firstName: string;
  lastName: string;
  title: string | null;
  email: string;
  phone: string | null;
  phoneExt: string | null;
  reason: string | null;
  note: string | null;
  decidedAt: number | null;
  /** Medicaid, medicare or both, and the Medicaid state. */
  program?: "medicaid" | "medicare" | "both" | null;
  state?: string | null;
};

export type RequestLine = {
  tin: string;
  status: "pending" | "approved" | "denied";
  reason: string | null;
  note: string | null;
  decidedAt: number | null;
  decidedBy: string | null;
  verificationState?: string | null;
  /** The requester's word that the TIN's admin has left. */
  adminLeftReason?: string | null;
};

export type AdminRequest = {
  id: string;
  reference: string;
  receivedAt: number;
  status: "pending" | "decided";
  contact: {
    firstName: string;
    lastName: string;
    email: string;
    phone: string;
    organization: string;
    jobTitle: string;
  };
  tins: RequestLine[];
  /** The requester registers a billing service, under its own Tax ID. */
  billingService: boolean;
  /** The requester registers an insurance agency with this NPN; null for any other provider. */
  agencyNpn: string | null;
};

export const DENIAL_REASONS = ["ADMIN_EXISTS", "TIN_NOT_ENROLLED", "THIRD_PARTY", "OTHER"] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];

/** One TIN of the caller's own request: whole for an admin request (they typed it), masked for a join request. */
export type MyRequestLine = {
  tin: string;
  status: "pending" | "approved" | "denied" | "expired" | "withdrawn";
  reason: string | null;
  note: string | null;
  decidedAt: number | null;
  verification: "payment" | "mail" | "review";
  verificationState: string | null;
};

/** The caller's own request (GET /requests). */
export type MyRequest = {
  id: string;
  kind: "admin" | "join";
  reference: string;
  receivedAt: number;
  status: "pending" | "decided";
  provider: string | null;
  deadline: number | null;
  tins: MyRequestLine[];
};

/** How a TIN asked for from the console is proved: the request page's choices and fields. */
export type TinAsk = {
  tin: string;
  proof: "check" | "notice" | "mail" | "review";
  checkIdType?: "vendor" | "npi";
  vendorNumber?: string;
  checkNpi?: string;
  checkNumber?: string;
  noticeNpi?: string;
  noticeNumber?: string;
  npis?: string;
};

export type TinAskAnswer = { reference: string; tins: { tin: string; outcome: string }[] };

/** The plan's "My provider is not listed": a person to contact; reviewers close it once they have. */
export type NotListedRequest = {
  id: string;
  reference: string;
  receivedAt: number;
  status: "open" | "closed";
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  organization: string;
  tin: string | null;
  npi: string | null;
  program: "medicaid" | "medicare" | "both" | null;
  state: string | null;
  message: string;
  closed: { outcome: NotListedOutcome; note: string; by: string; at: number } | null;
};

export const NOT_LISTED_OUTCOMES = ["contacted", "closed"] as const;
export type NotListedOutcome = (typeof NOT_LISTED_OUTCOMES)[number];

// No code by e-mail: a mailbox alone never replaces a second factor.
export const HELP_DESK_METHODS = ["phone", "admin", "letter"] as const;
export type HelpDeskMethod = (typeof HELP_DESK_METHODS)[number];
export type HelpDeskCheckStatus = "open" | "verified" | "scheduled" | "done" | "failed" | "stopped";

/** A help-desk check: how the caller is verified and what came of the reset (never the code). */
export type HelpDeskCheck = {
  id: string;
  userId: string;
  method: HelpDeskMethod;
  tin?: string | null;
  status: HelpDeskCheckStatus;
  sentTo?: string | null;
  triesLeft: number;
  openedAt: number;
  verifiedAt?: number | null;
  dueAt?: number | null;
};

/** The person on the phone as the help desk finds them, with the ways to verify the caller. */
export type HelpDeskPerson = {
  id: string;
  username: string;
  firstName?: string | null;
  lastName?: string | null;
  enabled: boolean;
  coolingOff: boolean;
  email?: string | null;
  phone?: string | null;
  tins: { tin: string; provider: string; role: "admin" | "backup-admin" | "user"; adminCanConfirm: boolean }[];
  checks: HelpDeskCheck[];
};

/** What the help desk asks of a signed-in person: confirm a caller is their user, or stop a reset. */
export type HelpDeskAsk = {
  checkId: string;
  kind: "confirm" | "stop";
  userId: string;
  personName: string;
  tin?: string | null;
  provider?: string | null;
  openedAt: number;
  dueAt?: number | null;
};

/** One open access review of a Tax ID the caller manages (GET /tins/access-reviews); times in epoch milliseconds. */
export type AccessReviewSummary = {
  id: string;
  tin: string;
  provider: string;
  startedAt: number;
  dueAt: number;
  status: "open";
  /** Items no one has decided yet, of {@code total}. */
  undecided: number;
  total: number;
};

export type AccessReviewDecision = "confirmed" | "removed" | "suspended";

/**
 * One person (a membership) or billing service (a grant) with access to the reviewed Tax ID. A
 * {@code self} item is about the caller, who may not decide it. "suspended" is the due date's decision.
 * Keycloak leaves null fields out of its JSON: an undecided item has no decision at all.
 */
export type AccessReviewItem = {
  id: string;
  kind: "member" | "grant";
  userId?: string | null;
  /** A person's first and last name, or the billing service's name. */
  name: string;
  email?: string | null;
  role: "user" | "backup-admin" | "billing-service";
  entitlements: string[];
  /** The NPIs the access is limited to; empty: the whole Tax ID. */
  npis: string[];
  decision?: AccessReviewDecision | null;
  /** The username of who decided; none for the due date's suspension. */
  decidedBy?: string | null;
  decidedAt?: number | null;
  self: boolean;
  /** Whether the caller may decide it: not about themselves, and within their powers (a backup admin's stop at the backup admins). */
  decidable?: boolean;
};

/** A Tax ID's newest access review (GET /tins/{tin}/access-review); a closed one is read-only. */
export type AccessReview = {
  id: string;
  tin: string;
  provider: string;
  startedAt: number;
  dueAt: number;
  closedAt?: number | null;
  status: "open" | "closed";
  items: AccessReviewItem[];
};

/** What the admin decides about one item (POST /tins/{tin}/access-review/items/{id}). */
export type AccessReviewAnswer = "confirm" | "remove";
