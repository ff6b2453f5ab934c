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

/**
 * The existing sheets a build would replace, named as the spreadsheet spells them ("plan" when
 * the plan makes "Plan": Sheets compares sheet names ignoring case), in the planned order.
 */
export function conflictingSheets(planned: string[], existing: string[]): string[] {
  return planned.flatMap((n) => existing.filter((e) => e.toLowerCase() === n.toLowerCase()));
}

/** The free name the server gives a new sheet: the very rule the Sheets adapter applies. */
export { freeSheetName } from '../sheets/renamePlan';
