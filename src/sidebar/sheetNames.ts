/**
 * Which sheets a build would make, which of them already exist, and the free name the server gives
 * a new sheet instead ("Plan (2)"), so the review step can say so before anything is built.
 */
import type { Extras } from '../workbook/answers';
import type { SidebarMessages } from './i18n';

/** The names of the sheets a build makes, in the workbook's language and order. */
export function plannedSheetNames(extras: Extras, t: SidebarMessages): string[] {
  const names = [t.sheets.plan, t.sheets.summary];
  if (extras.contactsLog) names.push(t.sheets.contacts);
  if (extras.channels) names.push(t.sheets.channels);
  return names;
}

/** The planned names that already exist (Sheets compares sheet names ignoring case). */
export function conflictingSheets(planned: string[], existing: string[]): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  return planned.filter((n) => taken.has(n.toLowerCase()));
}

/** The free name the server gives a new sheet: the very rule the Sheets adapter applies. */
export { freeSheetName } from '../sheets/renamePlan';
