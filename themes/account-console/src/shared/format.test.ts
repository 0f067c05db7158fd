import { describe, expect, it } from "vitest";
import { daysLeft, formatTin, fullName, maskedTinEnding, readableTin } from "./format";

describe("format", () => {
  it("prints a TIN the way tax forms do and leaves masked ones alone", () => {
    expect(formatTin("123456789")).toBe("12-3456789");
    expect(formatTin("*****6789")).toBe("*****6789");
    expect(formatTin("701234567")).toBe("701-23-4567");
  });

  it("finds the last four digits of a masked TIN only", () => {
    expect(maskedTinEnding("**-***0551")).toBe("0551");
    expect(maskedTinEnding("123456789")).toBeNull();
  });

  it("writes a masked TIN as words where only text fits, such as a select's option", () => {
    const words = (ending: string) => `Tax ID ending ${ending}`;
    expect(readableTin("**-***0551", words)).toBe("Tax ID ending 0551");
    expect(readableTin("123456789", words)).toBe("12-3456789");
  });

  it("counts whole days left, never below zero", () => {
    const day = 86_400_000;
    expect(daysLeft(10 * day, 0)).toBe(10);
    expect(daysLeft(10 * day, 9 * day + 1)).toBe(1);
    expect(daysLeft(0, day)).toBe(0);
  });

  it("joins the names that exist", () => {
    expect(fullName({ firstName: "Ana", lastName: null })).toBe("Ana");
    expect(fullName({ firstName: "Ana", lastName: "Ruiz" })).toBe("Ana Ruiz");
  });
});
