import { describe, expect, it } from "vitest";
import type { MyTin } from "../api/types";
import { pickTin } from "./useSelectedTin";

const tin = (digits: string, providerId: string): MyTin => ({
  tin: digits,
  providerId,
  name: null,
  role: "admin",
  status: "active",
  entitlements: [],
});

describe("pickTin", () => {
  const tins = [tin("111111118", "p1"), tin("222222226", "p2")];

  it("takes the TIN the address names", () => {
    expect(pickTin(tins, "222222226", null)).toBe("222222226");
  });

  it("takes the provider a mail's link names, by its id", () => {
    expect(pickTin(tins, null, "p2")).toBe("222222226");
  });

  it("falls back to the first TIN for anything else, and to none without TINs", () => {
    expect(pickTin(tins, "999999999", "p9")).toBe("111111118");
    expect(pickTin([], null, "p1")).toBeUndefined();
  });
});
