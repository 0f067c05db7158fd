import { ApiError } from "../api/ApiError";

export type Field = "vendorNumber" | "checkNpi" | "checkNumber" | "noticeNpi" | "noticeNumber";

/** What the API is sent: the proof (as on the request page) and what becomes of the former admin. */
export type Claim = {
  /** A payment or a notice proves it at once; a mailed PIN or a review goes to the plan's reviewers as a request. */
  proof: "check" | "notice" | "mail" | "review";
  checkIdType: "vendor" | "npi";
  formerAdmin: "member" | "remove";
} & Partial<Record<Field, string>>;

const FIELDS: readonly string[] = ["vendorNumber", "checkNpi", "checkNumber", "noticeNpi", "noticeNumber"];

/** The field a refusal is about ("invalid_checkNumber" → checkNumber; a payment the plan does not know → its numbers). */
export function fieldOfSuccessionError(error: unknown, claim: Claim): string | undefined {
  if (!(error instanceof ApiError)) {
    return undefined;
  }
  if (error.code === "proof_not_matched") {
    if (claim.proof === "notice") {
      return "noticeNumber";
    }
    return "checkNumber";
  }
  const field = error.code.startsWith("invalid_") ? error.code.substring("invalid_".length) : undefined;
  return field !== undefined && FIELDS.includes(field) ? field : undefined;
}
