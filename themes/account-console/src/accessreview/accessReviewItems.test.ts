import { describe, expect, it } from "vitest";
import type { AccessReviewItem, AccessReviewSummary, MyTin } from "../api/types";
import { chooseReviewTin, countItems, isToDecide, nextToDecide, orderItems, replaceItem, waitingReviews } from "./accessReviewItems";

const item = (id: string, name: string, change: Partial<AccessReviewItem> = {}): AccessReviewItem => ({
  id,
  kind: "member",
  userId: `u-${id}`,
  name,
  email: `${id}@example.com`,
  role: "user",
  entitlements: ["claims"],
  npis: [],
  decision: null,
  decidedBy: null,
  decidedAt: null,
  self: false,
  ...change,
});

const summary = (tin: string, dueAt: number, undecided = 1): AccessReviewSummary => ({
  id: `r-${tin}`,
  tin,
  provider: `Provider ${tin}`,
  startedAt: 0,
  dueAt,
  status: "open",
  undecided,
  total: 3,
});

const mine = (tin: string, providerId: string): MyTin => ({ tin, providerId, name: null, role: "admin", status: "active", entitlements: [] });

describe("access review items", () => {
  it("shows what the caller decides first, then their own item, then what is decided, by name", () => {
    const ordered = orderItems([
      item("a", "Zed Decided", { decision: "confirmed", decidedBy: "admin", decidedAt: 1 }),
      item("b", "Yan Self", { self: true, role: "backup-admin" }),
      item("c", "Bea Open"),
      item("d", "Al Open"),
    ]);
    expect(ordered.map((row) => row.id)).toEqual(["d", "c", "b", "a"]);
  });

  it("leaves the other backup admins to the admin when the caller is a backup admin", () => {
    const items = [item("a", "Ann Backup", { role: "backup-admin" }), item("b", "Bo User")];
    expect(orderItems(items, true).map((row) => row.id)).toEqual(["b", "a"]);
    expect(countItems(items, true)).toEqual({ total: 2, undecided: 2, toDecide: 1 });
    expect(nextToDecide(items, "b", true)).toBeUndefined();
    expect(nextToDecide(items, "b")).toBe("a");
  });

  it("follows the server's word on what the caller may decide, a named backup admin included", () => {
    const named = item("n", "Named", { role: "user", decidable: false });
    expect(isToDecide(named, true)).toBe(false);
    expect(isToDecide(item("u", "User", { role: "backup-admin", decidable: true }), true)).toBe(true);
  });

  it("counts what no one decided apart from what the caller can still decide", () => {
    const items = [item("a", "A", { self: true }), item("b", "B"), item("c", "C", { decision: "removed" })];
    expect(countItems(items)).toEqual({ total: 3, undecided: 2, toDecide: 1 });
  });

  it("reads an item without a decision field (Keycloak leaves nulls out of its JSON) as undecided", () => {
    const { decision: _left, decidedBy: _out, decidedAt: _by, ...wire } = item("w", "Wire");
    expect(isToDecide(wire)).toBe(true);
    expect(countItems([wire, item("c", "C", { decision: "confirmed" })])).toEqual({ total: 2, undecided: 1, toDecide: 1 });
  });

  it("updates a decided row where it is", () => {
    const items = [item("a", "A"), item("b", "B")];
    const updated = replaceItem(items, { ...items[0], decision: "confirmed", decidedBy: "admin", decidedAt: 5 });
    expect(updated.map((row) => [row.id, row.decision])).toEqual([["a", "confirmed"], ["b", null]]);
  });

  it("moves focus to the next row to decide below, then above, never to the caller's own row", () => {
    const items = [item("a", "A"), item("b", "B"), item("me", "Me", { self: true }), item("c", "C"), item("d", "D", { decision: "confirmed" })];
    expect(nextToDecide(items, "b")).toBe("c");
    expect(nextToDecide(items, "c")).toBe("a");
    const decided = items.map((row) => (row.id === "me" ? row : { ...row, decision: row.decision ?? ("confirmed" as const) }));
    expect(nextToDecide(decided, "c")).toBeUndefined();
  });

  it("reminds of the reviews that still wait for a decision, the one due soonest first", () => {
    const reviews = [summary("111111118", 300), summary("222222226", 100), summary("333333334", 50, 0)];
    expect(waitingReviews(reviews).map((review) => review.tin)).toEqual(["222222226", "111111118"]);
  });

  it("shows the review of the Tax ID the address names, else the one due soonest", () => {
    const managed = [mine("111111118", "p1"), mine("222222226", "p2")];
    const open = [summary("111111118", 300), summary("222222226", 100)];
    expect(chooseReviewTin(managed, open, "111111118", null)).toBe("111111118");
    expect(chooseReviewTin(managed, [], null, "p2")).toBe("222222226");
    expect(chooseReviewTin(managed, open, "999999999", null)).toBe("222222226");
    expect(chooseReviewTin(managed, [], null, null)).toBeUndefined();
  });
});
