/**
 * Which sheets a build would make, which of them already exist, and the free name the server gives
 * a new sheet instead ("Plan (2)"), so the review step can say so before anything is built.
 */
import { NAMES } from '../i18n/names';
import type { Extras, Language } from '../workbook/answers';
import { plannedSheetKeys } from '../workbook/sheetKeys';

/** The names of the sheets a build makes, in the workbook's language and order (the workbook's own names). */
export function plannedSheetNames(extras: Extras, language: Language): string[] {
  const names = NAMES[language].sheets;
  return plannedSheetKeys(extras).map((key) => names[key]);
}

/**
 * The Summary's name and the heading of its Deciding section (SPEC section 8) in the workbook's
 * language, as the review's line about that section names them.
 */
export function decidingSection(language: Language): { summary: string; section: string } {
  const names = NAMES[language];
  return { summary: names.sheets.summary, section: names.deciding };
}

/**
 * The existing sheets a build would replace, named as the spreadsheet spells them ("plan" when
 * the plan makes "Plan": Sheets compares sheet names ignoring case), in the planned order.
 */
export function conflictingSheets(planned: string[], existing: string[]): string[] {
  return planned.flatMap((n) => existing.filter((e) => e.toLowerCase() === n.toLowerCase()));
}

/** The free name the server gives a new sheet: the very rule the Sheets adapter applies. */
export { freeSheetName } from '../workbook/renamePlan';
