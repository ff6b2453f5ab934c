/**
 * The "Prepare for sharing" command against the Spreadsheet service: open the dialog
 * (dist/SharingDialog.html), list the calls for it with one formulas read and one values read per
 * sheet, and on Apply write only the chosen cells, read them back and put back any whose value
 * changed. All decisions are made by the pure modules in src/sharing; this file only reads and
 * writes, with calls that grow with the number of sheets, never with the number of cells.
 */

import { columnLetters, formatA1, quoteSheetName } from '../formula/a1';
import { fill, type Messages, messages } from '../i18n';
import type {
  SharingChoice,
  SharingRestored,
  SharingResult,
  SharingRow,
  SharingRows,
} from '../sharing/dialog/contract';
import { functionMessage, isErrorValue } from '../sharing/errorNow';
import { boundingBox, type CellChange, findCalls, sameValue, writeBlocks } from '../sharing/plan';
import { isNumberFormula, rewriteFormula } from '../sharing/rewriter';
import { userLanguage } from './language';

export type { SharingChoice, SharingResult, SharingRow, SharingRows };

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

function texts(): Messages['sharing'] {
  return messages(userLanguage()).sharing;
}

/** A sheet name as a reference writes it: bare when it can be, else quoted. */
function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : quoteSheetName(sheet);
}

function cellName(sheet: string, row: number, column: number): string {
  return `${sheetPrefix(sheet)}!${columnLetters(column)}${row}`;
}

/** A rectangle of a named sheet as Spreadsheet.getRange reads it ("'Plan'!B2:C9"). */
function rangeName(sheet: string, row: number, column: number, height: number, width: number): string {
  return `${quoteSheetName(sheet)}!${formatA1({ row, column, lastRow: row + height - 1, lastColumn: column + width - 1 })}`;
}

/**
 * The rows the dialog lists, from every sheet. Per sheet: getDataRange and getFormulas; where a
 * call of ours is found, also getValues (to see which calls show an error now) and getName. So at
 * most 4 calls a sheet, plus getSheets.
 */
export function listSharingRows(spreadsheet: Spreadsheet): SharingRow[] {
  const found: Array<{ name: string; calls: ReturnType<typeof findCalls>; values: unknown[][] }> = [];
  for (const sheet of spreadsheet.getSheets()) {
    const range = sheet.getDataRange();
    const calls = findCalls(range.getFormulas());
    if (calls.length === 0) continue;
    found.push({ calls, values: range.getValues(), name: sheet.getName() });
  }
  // Sheet names are unique ignoring case, as formulas read them.
  const read = (name: string) => found.find((f) => f.name.toLowerCase() === name.toLowerCase())?.values;
  const rows: SharingRow[] = [];
  for (const { name, calls, values } of found) {
    for (const f of calls) {
      const value = values[f.row - 1]?.[f.column - 1];
      const row: SharingRow = {
        sheet: name,
        row: f.row,
        column: f.column,
        cell: cellName(name, f.row, f.column),
        formula: f.formula,
        notes: [],
        value: typeof value === 'number' && Number.isFinite(value) ? value : null,
      };
      if (isErrorValue(value)) {
        // Never rewritten: a native formula could show a number where the owner sees an error.
        row.reason = { code: 'showsError', message: functionMessage(f.formula, name, read) ?? value };
      } else if (f.rewrite.kind === 'rewritten' && isNumberFormula(f.rewrite.formula) && row.value !== null) {
        row.valueOnly = true;
      } else if (f.rewrite.kind === 'rewritten') {
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
    typeof c.sheet === 'string' &&
    Number.isInteger(c.row) &&
    Number.isInteger(c.column) &&
    c.row > 0 &&
    c.column > 0 &&
    typeof c.formula === 'string' &&
    ['rewrite', 'freeze', 'keep'].includes(c.action)
  );
}

function shown(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** One sheet's part of an Apply, checked and planned before anything is written. */
interface SheetApply {
  sheet: string;
  box: ReturnType<typeof boundingBox>;
  /** The chosen cells' bounding rectangle: read before, written when one block covers it, read after. */
  range: Range;
  formulas: string[][];
  before: unknown[][];
  changes: CellChange[];
  rewrites: Array<{ row: number; column: number; formula: string }>;
}

/** Writes `changes` into a checked sheet, one setValues per block of writeBlocks. */
function write(spreadsheet: Spreadsheet, s: SheetApply, changes: CellChange[], values: unknown[][]): void {
  const { top, left, height, width } = s.box;
  for (const b of writeBlocks(changes, top, left, s.formulas, values)) {
    const rows = b.values.length;
    const columns = b.values[0].length;
    const whole = b.row === top && b.column === left && rows === height && columns === width;
    (whole ? s.range : spreadsheet.getRange(rangeName(s.sheet, b.row, b.column, rows, columns))).setValues(
      b.values,
    );
  }
}

/**
 * Applies the person's choices from the dialog against `spreadsheet`.
 *
 * Per touched sheet: one getRange of the chosen cells' rectangle, getFormulas and getValues of
 * it; everything is refused if any listed formula changed since the dialog was shown. Then only
 * the chosen cells are written (writeBlocks: one setValues when nothing else sits in the
 * rectangle, else one per block of chosen cells). Then one getValues reads the rectangle back;
 * a rewritten cell whose value changed (beyond 1e-9 relative, see sameValue) gets its formula
 * back and is listed. A call that shows an error now is never rewritten.
 */
export function applySharingChoices(
  spreadsheet: Spreadsheet,
  choices: unknown,
  t: Messages['sharing'],
): SharingResult {
  if (!Array.isArray(choices) || !choices.every(isChoice))
    throw new Error('The list of choices is not readable.');
  let kept = choices.filter((c) => c.action === 'keep').length;
  const bySheet = new Map<string, SharingChoice[]>();
  for (const c of choices) {
    if (c.action === 'keep') continue;
    bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  }
  const sheets: SheetApply[] = [];
  let frozen = 0;
  for (const [sheet, list] of bySheet) {
    const box = boundingBox(list);
    const first = cellName(sheet, list[0].row, list[0].column);
    let range: Range | null;
    try {
      range = spreadsheet.getRange(rangeName(sheet, box.top, box.left, box.height, box.width));
    } catch {
      range = null; // the sheet was renamed or removed after the list was made
    }
    if (!range) throw new Error(fill(t.stale, { cell: first }));
    const s: SheetApply = {
      sheet,
      box,
      range,
      formulas: range.getFormulas(),
      before: range.getValues(),
      changes: [],
      rewrites: [],
    };
    for (const c of list) {
      const where = cellName(sheet, c.row, c.column);
      const r = c.row - box.top;
      const k = c.column - box.left;
      if (s.formulas[r][k] !== c.formula) throw new Error(fill(t.stale, { cell: where }));
      const value = s.before[r][k];
      if (c.action === 'freeze') {
        if (typeof value !== 'number' || !Number.isFinite(value))
          throw new Error(fill(t.notANumber, { cell: where }));
        frozen++;
        s.changes.push({ row: c.row, column: c.column, content: value });
        continue;
      }
      if (isErrorValue(value)) {
        kept++; // it shows an error now: the dialog lists it as such once it refreshes
        continue;
      }
      const rewrite = rewriteFormula(c.formula);
      if (rewrite.kind !== 'rewritten') throw new Error(fill(t.stale, { cell: where }));
      s.changes.push({ row: c.row, column: c.column, content: rewrite.formula });
      s.rewrites.push({ row: c.row, column: c.column, formula: c.formula });
    }
    sheets.push(s);
  }
  // Nothing is written until every sheet has passed its checks.
  for (const s of sheets) write(spreadsheet, s, s.changes, s.before);
  const restored: SharingRestored[] = [];
  for (const s of sheets) {
    if (s.rewrites.length === 0) continue;
    const after = s.range.getValues();
    const back = s.rewrites.filter(
      (c) =>
        !sameValue(
          s.before[c.row - s.box.top][c.column - s.box.left],
          after[c.row - s.box.top][c.column - s.box.left],
        ),
    );
    if (back.length === 0) continue;
    // What the rectangle holds now: the written formulas and numbers in place of the chosen cells.
    const written = new Map(s.changes.map((c) => [`${c.row},${c.column}`, String(c.content)]));
    s.formulas = s.formulas.map((row, r) =>
      row.map((f, k) => written.get(`${s.box.top + r},${s.box.left + k}`) ?? f),
    );
    write(
      spreadsheet,
      s,
      back.map((c) => ({ row: c.row, column: c.column, content: c.formula })),
      after,
    );
    for (const c of back) {
      restored.push({
        cell: cellName(s.sheet, c.row, c.column),
        formula: c.formula,
        before: shown(s.before[c.row - s.box.top][c.column - s.box.left]),
        after: shown(after[c.row - s.box.top][c.column - s.box.left]),
      });
    }
  }
  const rewritten = sheets.reduce((n, s) => n + s.rewrites.length, 0) - restored.length;
  kept += restored.length;
  let message = fill(t.done, { rewritten, frozen, kept });
  if (restored.length > 0)
    message += ` ${fill(t.restored, { count: restored.length, cells: restored.map((r) => r.cell).join(', ') })}`;
  return { rewritten, frozen, kept, restored, message };
}

/**
 * Dialog call: applies the choices to the active spreadsheet and returns the summary to show.
 * The reference says getDocumentLock returns null outside a containing document: then Apply
 * works without the lock rather than fail.
 */
export function applySharingRewrite(choices: SharingChoice[]): SharingResult {
  const t = texts();
  const lock = LockService.getDocumentLock();
  lock?.waitLock(30000);
  try {
    return applySharingChoices(SpreadsheetApp.getActiveSpreadsheet(), choices, t);
  } finally {
    lock?.releaseLock();
  }
}
