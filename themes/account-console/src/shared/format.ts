/** Two-digit prefixes no EIN has (the server's Tin class holds the IRS table): such digits are an SSN. */
const NON_EIN_PREFIXES = new Set(["00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89", "96", "97"]);

/**
 * 123456789 → 12-3456789, the way an EIN is printed on tax forms; an SSN (a sole proprietor's TIN,
 * digits no EIN starts with) → 123-45-6789. Masked values pass unchanged.
 */
export function formatTin(tin: string): string {
  if (!/^\d{9}$/.test(tin)) {
    return tin;
  }
  return NON_EIN_PREFIXES.has(tin.slice(0, 2)) ? `${tin.slice(0, 3)}-${tin.slice(3, 5)}-${tin.slice(5)}` : `${tin.slice(0, 2)}-${tin.slice(2)}`;
}

/** The last four digits of a masked TIN (**-***6789), or null for a TIN shown in full. */
export function maskedTinEnding(tin: string): string | null {
  const masked = /^[*-]+(\d{4})$/.exec(tin);
  return masked ? masked[1] : null;
}

/** A TIN as plain text that reads well aloud: whole ones formatted, masked ones by their last digits. */
export function readableTin(tin: string, endingWords: (ending: string) => string): string {
  const ending = maskedTinEnding(tin);
  return ending === null ? formatTin(tin) : endingWords(ending);
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
