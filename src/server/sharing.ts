/**
 * The "Prepare for sharing" command against the Spreadsheet service: open the dialog
 * (dist/SharingDialog.html), list the calls for it with one read per sheet, and on Apply write
 * each touched sheet back in one batched call. All decisions are made by the pure modules in
 * src/sharing; this file only reads and writes.
 */
import { fill, type Messages, messages } from '../i18n';
import type { SharingChoice, SharingResult, SharingRow, SharingRows } from '../sharing/dialog/contract';
import { boundingBox, type CellChange, findCalls, planWrites } from '../sharing/plan';
import { rewriteFormula } from '../sharing/rewriter';
import { userLanguage } from './language';

export type { SharingChoice, SharingResult, SharingRow, SharingRows };

function texts(): Messages['sharing'] {
  return messages(userLanguage()).sharing;
}

function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellName(sheet: string, row: number, column: number): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetters(column)}${row}`;
}

/** The rows the dialog lists, from every sheet: one getFormulas per sheet, one getValues where a call must stay. */
export function listSharingRows(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SharingRow[] {
  const rows: SharingRow[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const range = sheet.getDataRange();
    const found = findCalls(range.getFormulas());
    if (found.length === 0) continue;
    const values = found.some((f) => f.rewrite.kind === 'refused') ? range.getValues() : undefined;
    for (const f of found) {
      const value = values?.[f.row - 1]?.[f.column - 1];
      const row: SharingRow = {
        sheetId: sheet.getSheetId(),
        row: f.row,
        column: f.column,
        cell: cellName(sheet.getName(), f.row, f.column),
        formula: f.formula,
        notes: [],
        value: typeof value === 'number' && Number.isFinite(value) ? value : null,
      };
      if (f.rewrite.kind === 'rewritten') {
        row.native = f.rewrite.formula;
        row.notes = f.rewrite.notes.map(({ code, fn, arg }) => ({ code, fn, arg }));
      } else {
        const { code, fn, arg } = f.rewrite.refusal;
        row.reason = { code, ...(fn === undefined ? {} : { fn }), ...(arg === undefined ? {} : { arg }) };
      }
      rows.push(row);
    }
  }
  return rows;
}

/**
 * Menu handler: opens the dialog, which asks for its rows with getSharingRows. It opens at once
 * and reads the sheets only once, in that call; it changes nothing.
 */
export function prepareForSharing(): void {
  const html = HtmlService.createHtmlOutputFromFile('SharingDialog').setWidth(760).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, texts().title);
}

/** Dialog call: every call of ours in the active spreadsheet, and the language to show them in. */
export function getSharingRows(): SharingRows {
  return { language: userLanguage(), rows: listSharingRows(SpreadsheetApp.getActiveSpreadsheet()) };
}

function isChoice(value: unknown): value is SharingChoice {
  const c = value as SharingChoice;
  return (
    typeof c === 'object' &&
    c !== null &&
    Number.isInteger(c.sheetId) &&
    Number.isInteger(c.row) &&
    Number.isInteger(c.column) &&
    c.row > 0 &&
    c.column > 0 &&
    typeof c.formula === 'string' &&
    ['rewrite', 'freeze', 'keep'].includes(c.action)
  );
}

/**
 * Applies the person's choices from the dialog against `spreadsheet`. Reads each touched sheet's
 * changed rectangle once (formulas and values), refuses everything if any listed formula changed
 * since the dialog was shown, then writes each sheet with the batched writes of planWrites.
 */
export function applySharingChoices(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  choices: unknown,
  t: Messages['sharing'],
): SharingResult {
  if (!Array.isArray(choices) || !choices.every(isChoice))
    throw new Error('The list of choices is not readable.');
  const kept = choices.filter((c) => c.action === 'keep').length;
  const bySheet = new Map<number, SharingChoice[]>();
  for (const c of choices) {
    if (c.action === 'keep') continue;
    bySheet.set(c.sheetId, [...(bySheet.get(c.sheetId) ?? []), c]);
  }
  const sheets = spreadsheet.getSheets();
  const pending: Array<() => void> = [];
  let rewritten = 0;
  let frozen = 0;
  for (const [sheetId, list] of bySheet) {
    const sheet = sheets.find((s) => s.getSheetId() === sheetId);
    if (!sheet) throw new Error(fill(t.stale, { cell: `#${sheetId}` }));
    const box = boundingBox(list);
    const range = sheet.getRange(box.top, box.left, box.height, box.width);
    const formulas = range.getFormulas();
    const values = range.getValues();
    const changes: CellChange[] = list.map((c) => {
      const where = cellName(sheet.getName(), c.row, c.column);
      if (formulas[c.row - box.top][c.column - box.left] !== c.formula)
        throw new Error(fill(t.stale, { cell: where }));
      if (c.action === 'freeze') {
        const value = values[c.row - box.top][c.column - box.left];
        if (typeof value !== 'number' || !Number.isFinite(value))
          throw new Error(fill(t.notANumber, { cell: where }));
        frozen++;
        return { row: c.row, column: c.column, content: value };
      }
      const rewrite = rewriteFormula(c.formula);
      if (rewrite.kind !== 'rewritten') throw new Error(fill(t.stale, { cell: where }));
      rewritten++;
      return { row: c.row, column: c.column, content: rewrite.formula };
    });
    const blocks = planWrites(changes, box.top, box.left, formulas, values);
    pending.push(() => {
      for (const b of blocks)
        sheet.getRange(b.row, b.column, b.values.length, b.values[0].length).setValues(b.values);
    });
  }
  // Nothing is written until every sheet has passed its checks.
  for (const write of pending) write();
  return { rewritten, frozen, kept, message: fill(t.done, { rewritten, frozen, kept }) };
}

/** Dialog call: applies the choices to the active spreadsheet and returns the summary to show. */
export function applySharingRewrite(choices: SharingChoice[]): SharingResult {
  const t = texts();
  const lock = LockService.getDocumentLock();
  lock.waitLock(30000);
  try {
    return applySharingChoices(SpreadsheetApp.getActiveSpreadsheet(), choices, t);
  } finally {
    lock.releaseLock();
  }
}
