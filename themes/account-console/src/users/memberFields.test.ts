import { describe, expect, it } from "vitest";
import { ApiError } from "../api/ApiError";
import { fieldOf } from "./memberFields";

describe("fieldOf", () => {
  it("puts a field's refusal under that field", () => {
    expect(fieldOf(new ApiError(400, "invalid_email", "email must be a valid e-mail address."))).toBe("email");
    expect(fieldOf(new ApiError(400, "invalid_phone", "phone must be a 10-digit US phone number."))).toBe("phone");
  });

  it("puts every refusal of an agent's NPN under the NPN field", () => {
    for (const code of ["invalid_npn", "npn_required"]) {
      expect(fieldOf(new ApiError(400, code, "refused"))).toBe("npn");
    }
    expect(fieldOf(new ApiError(400, "npn_not_agency", "Only an agency's users have an NPN."))).toBeUndefined();
  });

  it("leaves other refusals to the form-wide alert", () => {
    expect(fieldOf(new ApiError(409, "already_member", "This person is already a user of this TIN."))).toBeUndefined();
    expect(fieldOf(new ApiError(400, "invalid_entitlements", "entitlements must be a list of names."))).toBeUndefined();
    expect(fieldOf(new Error("network down"))).toBeUndefined();
  });
});
