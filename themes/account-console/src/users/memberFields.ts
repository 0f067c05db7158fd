import { ApiError } from "../api/ApiError";

export const MEMBER_FIELDS = ["email", "firstName", "lastName", "phone"] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

/** The API's error code for a field ("invalid_email") → the field, so the message sits under it. */
export function fieldOf(error: unknown): MemberField | undefined {
  if (!(error instanceof ApiError)) {
    return undefined;
  }
  return MEMBER_FIELDS.find((field) => error.code === `invalid_${field}`);
}
