import { ApiError } from "../api/ApiError";

export const MEMBER_FIELDS = ["email", "firstName", "lastName", "phone", "npn"] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

/** Refusals about an agent's NPN beyond its format: none given. (Who holds an NPN is told only to the person accepting.) */
const NPN_ERRORS = ["npn_required"];

/** The API's error code for a field ("invalid_email") → the field, so the message sits under it. */
export function fieldOf(error: unknown): MemberField | undefined {
  if (!(error instanceof ApiError)) {
    return undefined;
  }
  if (NPN_ERRORS.includes(error.code)) {
    return "npn";
  }
  return MEMBER_FIELDS.find((field) => error.code === `invalid_${field}`);
}
