/** 123456789 → 12-3456789, the way TINs are printed on tax forms; masked values pass unchanged. */
export function formatTin(tin: string): string {
  return /^\d{9}$/.test(tin) ? `${tin.slice(0, 2)}-${tin.slice(2)}` : tin;
}

/** The last four digits of a masked TIN (**-***6789), or null for a TIN shown in full. */
export function maskedTinEnding(tin: string): string | null {
  const masked = /^[*-]+(\d{4})$/.exec(tin);
  return masked ? masked[1] : null;
}

export function formatDateTime(epochMillis: number | null | undefined, locale: string): string {
  if (epochMillis === null || epochMillis === undefined) {
    return "";
  }
  return new Date(epochMillis).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
}

export function fullName(person: { firstName?: string | null; lastName?: string | null }): string {
  return [person.firstName, person.lastName].filter(Boolean).join(" ");
}

/** Days left until {@code deadline}, never negative. */
export function daysLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 86_400_000));
}
