/**
 * The "Prepare for sharing" command against the Spreadsheet service: open the dialog
 * (dist/SharingDialog.html), list the calls for it with one formulas read and one values read per
 * sheet, and on Apply write only the chosen cells, read them back and put back any whose value
 * changed. Every decision is made by the pure modules in src/sharing (./plan lists, ./apply
 * decides); this file only reads and writes, with calls that grow with the number of sheets,
 * never with the number of cells.
 */

import { type Messages, messages } from '../i18n';
import {
  applyResult,
  isRefusal,
  planSheet,
  readChoices,
  refusalText,
  restorations,
  type SheetApply,
  type SheetWrite,
  sheetGone,
  sheetReads,
} from '../sharing/apply';
import type {
  SharingChoice,
  SharingRestored,
  SharingResult,
  SharingRow,
  SharingRows,
} from '../sharing/contract';
import { findCalls, type SheetCalls, sharingRows } from '../sharing/plan';
import { userLanguage } from './language';
import { withDocumentLock } from './lock';

export type { SharingChoice, SharingResult, SharingRow, SharingRows };

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

function texts(): Messages['sharing'] {
  return messages(userLanguage()).sharing;
}

/**
 * The rows the dialog lists, from every sheet (or from `sheets` only: the self-test lists its own).
 * Per sheet: getDataRange and getFormulas; where a call of ours is found, also getValues (to see
 * which calls show an error now) and getName. So at most 4 calls a sheet, plus getSheets.
 */
export function listSharingRows(spreadsheet: Spreadsheet, sheets?: Sheet[]): SharingRow[] {
  const found: SheetCalls[] = [];
  for (const sheet of sheets ?? spreadsheet.getSheets()) {
    const range = sheet.getDataRange();
    const calls = findCalls(range.getFormulas());
    if (calls.length === 0) continue;
    found.push({ calls, values: range.getValues(), name: sheet.getName() });
  }
  return sharingRows(found);
}

/**
 * Menu handler: opens the dialog, which asks for its rows with getSharingRows. It opens at once
 * and reads the sheets only once, in that call; it changes nothing.
 */
export function prepareForSharing(): void {
  const html = HtmlService.createHtmlOutputFromFile('SharingDialog').setWidth(760).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, messages(userLanguage()).menu.prepareForSharing);
}

/** Dialog call: every call of ours in the active spreadsheet, and the language to show them in. */
export function getSharingRows(): SharingRows {
  return { language: userLanguage(), rows: listSharingRows(SpreadsheetApp.getActiveSpreadsheet()) };
}

/** Makes the writes, through the rectangle already at hand when one covers it. */
function write(spreadsheet: Spreadsheet, range: Range, writes: SheetWrite[]): void {
  for (const w of writes) (w.whole ? range : spreadsheet.getRange(w.range)).setValues(w.values);
}

/**
 * Applies the person's choices from the dialog against `spreadsheet` (src/sharing/apply decides).
 *
 * Per sheet of the list: one getRange of its listed cells' rectangle, getFormulas of it and, when
 * a cell there changes, getValues; everything is refused, nothing written, if any listed cell
 * (kept ones too) no longer holds its formula. Then only the chosen cells are written, one
 * setValues when nothing else sits in the rectangle, else one per block of chosen cells. Then one
 * getValues reads the rectangle back, and a rewritten cell whose value changed gets its formula
 * back and is listed.
 */
export function applySharingChoices(
  spreadsheet: Spreadsheet,
  choices: unknown,
  t: Messages['sharing'],
): SharingResult {
  const listed = readChoices(choices);
  if (!listed) throw new Error('The list of choices is not readable.');
  const sheets: Array<{ plan: SheetApply; range: Range }> = [];
  for (const read of sheetReads(listed)) {
    let range: Range | null;
    try {
      range = spreadsheet.getRange(read.range);
    } catch {
      range = null; // the sheet was renamed or removed after the list was made
    }
    if (!range) throw new Error(refusalText(sheetGone(read), t));
    const plan = planSheet(read, range.getFormulas(), read.changes ? range.getValues() : []);
    if (isRefusal(plan)) throw new Error(refusalText(plan, t));
    sheets.push({ plan, range });
  }
  // Nothing is written until every sheet has passed its checks.
  for (const { plan, range } of sheets) write(spreadsheet, range, plan.writes);
  const restored: SharingRestored[] = [];
  for (const { plan, range } of sheets) {
    if (plan.rewrites.length === 0) continue;
    const back = restorations(plan, range.getValues());
    write(spreadsheet, range, back.writes);
    restored.push(...back.restored);
  }
  return applyResult(
    sheets.map((s) => s.plan),
    restored,
    t,
  );
}

/** Dialog call: applies the choices to the active spreadsheet, under the document lock, and returns the summary to show. */
export function applySharingRewrite(choices: SharingChoice[]): SharingResult {
  const t = texts();
  return withDocumentLock(() => applySharingChoices(SpreadsheetApp.getActiveSpreadsheet(), choices, t));
}
