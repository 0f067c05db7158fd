import { describe, expect, it } from "vitest";
import { ApiError } from "../api/ApiError";
import { fieldOfSuccessionError } from "./successionFields";

const refusal = (code: string) => new ApiError(400, code, "words");

describe("fieldOfSuccessionError", () => {
  const check = { proof: "check", checkIdType: "vendor", formerAdmin: "member" } as const;

  it("puts a field's refusal under that field", () => {
    expect(fieldOfSuccessionError(refusal("invalid_checkNumber"), check)).toBe("checkNumber");
    expect(fieldOfSuccessionError(refusal("invalid_noticeNpi"), { ...check, proof: "notice" })).toBe("noticeNpi");
  });

  it("puts a payment the plan does not know under its number", () => {
    expect(fieldOfSuccessionError(refusal("proof_not_matched"), check)).toBe("checkNumber");
    expect(fieldOfSuccessionError(refusal("proof_not_matched"), { ...check, proof: "notice" })).toBe("noticeNumber");
  });

  it("leaves the rest to the alert above the form (an admin still active, too many tries)", () => {
    expect(fieldOfSuccessionError(refusal("admin_active"), check)).toBeUndefined();
    expect(fieldOfSuccessionError(refusal("invalid_formerAdmin"), check)).toBeUndefined();
    expect(fieldOfSuccessionError(new Error("offline"), check)).toBeUndefined();
  });
});
