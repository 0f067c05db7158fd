import { HELP_DESK_METHODS, type HelpDeskCheck, type HelpDeskMethod, type HelpDeskPerson } from "../api/types";

/** The Tax IDs a way goes through: any of the person's for a letter, those where someone else could confirm for the admin's way. */
export function tinsFor(person: HelpDeskPerson, method: HelpDeskMethod): string[] {
  if (method === "letter") {
    return person.tins.map((tin) => tin.tin);
  }
  if (method === "admin") {
    return person.tins.filter((tin) => tin.adminCanConfirm).map((tin) => tin.tin);
  }
  return [];
}

/** Whether a way can be used for this person at all: something on file, or a Tax ID to go through. */
export function isAvailable(person: HelpDeskPerson, method: HelpDeskMethod): boolean {
  switch (method) {
    case "phone":
      return !!person.phone;
    default:
      return tinsFor(person, method).length > 0;
  }
}

/** The way offered first: the first one available, in the order the help desk prefers them. */
export function firstAvailable(person: HelpDeskPerson): HelpDeskMethod | undefined {
  return HELP_DESK_METHODS.find((method) => isAvailable(person, method));
}

/** The check the agent continues with: the newest one still open, verified or waiting out its day. */
export function currentCheck(person: HelpDeskPerson): HelpDeskCheck | undefined {
  return [...person.checks].sort((a, b) => b.openedAt - a.openedAt)[0];
}

/** Whether the agent types a code for this check (the admin's way has none). */
export function takesCode(check: HelpDeskCheck): boolean {
  return check.status === "open" && check.method !== "admin";
}
