import { describe, expect, it } from "vitest";
import type { HelpDeskPerson } from "../api/types";
import { currentCheck, firstAvailable, isAvailable, takesCode, tinsFor } from "./helpDeskWays";

const person = (change: Partial<HelpDeskPerson>): HelpDeskPerson => ({
  id: "u1",
  username: "pat",
  enabled: true,
  coolingOff: false,
  tins: [],
  checks: [],
  ...change,
});

describe("help-desk ways", () => {
  it("offers a code only to a phone on file, never to the e-mail address", () => {
    const onlyPhone = person({ phone: "(***) ***-0123" });
    expect(isAvailable(onlyPhone, "phone")).toBe(true);
    expect(firstAvailable(person({ email: "p***@example.com" }))).toBeUndefined();
    expect(firstAvailable(onlyPhone)).toBe("phone");
    expect(firstAvailable(person({}))).toBeUndefined();
  });

  it("goes through the admin only where someone else could confirm, and by letter through any of the person's Tax IDs", () => {
    const twoTins = person({
      tins: [
        { tin: "111111118", provider: "A", role: "admin", adminCanConfirm: false },
        { tin: "222222226", provider: "B", role: "user", adminCanConfirm: true },
      ],
    });
    expect(tinsFor(twoTins, "admin")).toEqual(["222222226"]);
    expect(tinsFor(twoTins, "letter")).toEqual(["111111118", "222222226"]);
    expect(firstAvailable(twoTins)).toBe("admin");
  });

  it("continues the newest check, and asks for a code only while one is out", () => {
    const older = { id: "a", userId: "u1", method: "phone" as const, status: "open" as const, triesLeft: 5, openedAt: 1 };
    const newer = { ...older, id: "b", method: "admin" as const, openedAt: 2 };
    expect(currentCheck(person({ checks: [older, newer] }))?.id).toBe("b");
    expect(takesCode(older)).toBe(true);
    expect(takesCode(newer)).toBe(false);
    expect(takesCode({ ...older, status: "verified" })).toBe(false);
  });
});
