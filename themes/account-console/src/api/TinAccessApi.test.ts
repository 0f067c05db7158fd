import { describe, expect, it } from "vitest";
import { ApiError } from "./ApiError";
import { queryString, tinPath } from "./TinAccessApi";

describe("queryString", () => {
  it("leaves out empty and missing values and encodes the rest", () => {
    expect(queryString({ q: "o'neil & co", status: "", first: 0, max: 20, tin: undefined })).toBe("?q=o%27neil+%26+co&first=0&max=20");
    expect(queryString({ status: "" })).toBe("");
    expect(queryString()).toBe("");
  });
});

describe("tinPath", () => {
  it("keeps a TIN from escaping its path segment", () => {
    expect(tinPath("12/../x", "/members")).toBe("/tins/12%2F..%2Fx/members");
  });
});

describe("ApiError.from", () => {
  it("reads the API's error body", async () => {
    const error = await ApiError.from(new Response(JSON.stringify({ error: "forbidden", message: "Not allowed." }), { status: 403 }));
    expect(error).toMatchObject({ status: 403, code: "forbidden", message: "Not allowed." });
  });

  it("falls back to the status when the body is not the API's", async () => {
    const error = await ApiError.from(new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }));
    expect(error).toMatchObject({ status: 502, code: "http_502", message: "Bad Gateway" });
  });
});

describe("ApiError.needsRecentSignIn", () => {
  it("is the API's step-up answer, and nothing else", async () => {
    const stepUp = await ApiError.from(
      new Response(JSON.stringify({ error: "insufficient_user_authentication", message: "Sign in again." }), { status: 401 }),
    );
    const unauthorized = await ApiError.from(new Response(JSON.stringify({ error: "unauthorized", message: "No." }), { status: 401 }));
    expect(stepUp.needsRecentSignIn).toBe(true);
    expect(unauthorized.needsRecentSignIn).toBe(false);
  });
});
