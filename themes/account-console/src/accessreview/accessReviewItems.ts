import type { AccessReviewItem, AccessReviewSummary, MyTin } from "../api/types";

/**
 * Why the caller may not decide an undecided item: it is about them, or beyond a backup admin's
 * powers (the admin and every backup admin, named or agreed: the API says so per item, as
 * {@code decidable}; {@code asBackup} and the role stand in where it does not).
 */
export function notTheirs(item: AccessReviewItem, asBackup = false): "self" | "backup-admin" | undefined {
  if (item.self) {
    return "self";
  }
  if (item.decidable !== undefined) {
    return item.decidable ? undefined : "backup-admin";
  }
  return asBackup && item.role === "backup-admin" ? "backup-admin" : undefined;
}

/** Whether the caller decides this item now: no one has yet, and it is theirs to decide. */
export function isToDecide(item: AccessReviewItem, asBackup = false): boolean {
  return !item.decision && notTheirs(item, asBackup) === undefined;
}

/**
 * The order of the rows, fixed when the review loads: what the caller has to decide, then the undecided
 * items that are not theirs, then what is decided; by name within each. A decision updates its row
 * where it is, so the rows do not move under the keyboard.
 */
export function orderItems(items: AccessReviewItem[], asBackup = false): AccessReviewItem[] {
  const rank = (item: AccessReviewItem) => (isToDecide(item, asBackup) ? 0 : !item.decision ? 1 : 2);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** The items with {@code updated} in place of the item with its id (the API's answer to a decision). */
export function replaceItem(items: AccessReviewItem[], updated: AccessReviewItem): AccessReviewItem[] {
  return items.map((item) => (item.id === updated.id ? updated : item));
}

export type ReviewCounts = {
  total: number;
  /** Not decided by anyone yet, the caller's own item included (what the due date suspends). */
  undecided: number;
  /** What the caller can still decide. */
  toDecide: number;
};

export function countItems(items: AccessReviewItem[], asBackup = false): ReviewCounts {
  return {
    total: items.length,
    undecided: items.filter((item) => !item.decision).length,
    toDecide: items.filter((item) => isToDecide(item, asBackup)).length,
  };
}

/**
 * Where keyboard focus goes once {@code decidedId} is decided: the next row still to decide below it,
 * else the first one above it; undefined when nothing is left to decide (focus goes to the "all
 * decided" message).
 */
export function nextToDecide(items: AccessReviewItem[], decidedId: string, asBackup = false): string | undefined {
  const at = items.findIndex((item) => item.id === decidedId);
  const after = at < 0 ? items : items.slice(at + 1);
  const before = at < 0 ? [] : items.slice(0, at);
  return [...after, ...before].find((item) => item.id !== decidedId && isToDecide(item, asBackup))?.id;
}

/** Open reviews, the one due soonest first. */
export function soonestFirst(reviews: AccessReviewSummary[]): AccessReviewSummary[] {
  return [...reviews].sort((a, b) => a.dueAt - b.dueAt || a.provider.localeCompare(b.provider));
}

/** The open reviews that still wait for a decision, soonest first: what My Tax IDs reminds of. */
export function waitingReviews(reviews: AccessReviewSummary[]): AccessReviewSummary[] {
  return soonestFirst(reviews.filter((review) => review.undecided > 0));
}

/**
 * The Tax ID whose review the page shows: the one the address names (?tin=, or ?provider= with the
 * provider's id, as a mail would), when the caller manages it, even if its review is closed; else the
 * open review due soonest; undefined when there is none.
 */
export function chooseReviewTin(managed: MyTin[], open: AccessReviewSummary[], tin: string | null, provider: string | null): string | undefined {
  return (
    managed.find((mine) => mine.tin === tin)?.tin ??
    managed.find((mine) => mine.providerId === provider)?.tin ??
    soonestFirst(open)[0]?.tin
  );
}
