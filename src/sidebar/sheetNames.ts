/**
 * Which sheets a build would make, which of them already exist, and the free name the server gives
 * a new sheet instead ("Plan (2)"), so the review step can say so before anything is built.
 */
import { messages } from '../i18n';
import type { Extras, Language } from '../workbook/answers';
import { plannedSheetKeys } from '../workbook/sheetKeys';

/** The names of the sheets a build makes, in the workbook's language and order (the workbook's own texts). */
export function plannedSheetNames(extras: Extras, language: Language): string[] {
  const names = messages(language).workbook.sheets;
  return plannedSheetKeys(extras).map((key) => names[key]);
}

/** The planned names that already exist (Sheets compares sheet names ignoring case). */
export function conflictingSheets(planned: string[], existing: string[]): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  return planned.filter((n) => taken.has(n.toLowerCase()));
}

/** The free name the server gives a new sheet: the very rule the Sheets adapter applies. */
export { freeSheetName } from '../sheets/renamePlan';
