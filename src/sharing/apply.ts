/**
 * Pure decisions of Prepare for sharing's Apply (SPEC section 1, contract 3): which rectangle of
 * each sheet to read, whether the list is still what the sheet holds, what to write where, which
 * rewritten cells to put back once their values are read again, and the sentence that sums it up.
 * The adapter (src/server/sharing.ts) only reads and writes what these functions name.
 */
import { formatA1, sheetRange } from '../formula/a1';
import { fill, type Messages } from '../i18n';
import type { SharingChoice, SharingRestored, SharingResult } from './contract';
import { isErrorValue } from './errorNow';
import { boundingBox, type CellChange, cellName, sameValue, type WriteBlock, writeBlocks } from './plan';
import { rewriteFormula } from './rewriter';

/** The server's sharing sentences. */
type SharingTexts = Messages['sharing'];

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

/** The choices the dialog sent, or null when they are not a list of choices. */
export function readChoices(choices: unknown): SharingChoice[] | null {
  return Array.isArray(choices) && choices.every(isChoice) ? choices : null;
}

/** A rectangle of a sheet: its top-left cell (1-based) and size. */
type Box = ReturnType<typeof boundingBox>;

/** What Apply reads of one sheet: the rectangle holding every listed cell of it. */
export interface SheetRead {
  sheet: string;
  box: Box;
  /** The rectangle as Spreadsheet.getRange reads it (`'Plan'!B2:C9`). */
  range: string;
  /** Every listed cell of the sheet, kept ones too: each must still hold the formula listed. */
  choices: SharingChoice[];
  /** Whether any choice changes a cell, so the values are needed (freezing, error checks, read-back). */
  changes: boolean;
}

/** The rectangle `box` of `sheet` as Spreadsheet.getRange reads it. */
function rangeOf(sheet: string, box: Box): string {
  return sheetRange(
    sheet,
    formatA1({
      row: box.top,
      column: box.left,
      lastRow: box.top + box.height - 1,
      lastColumn: box.left + box.width - 1,
    }),
  );
}

/** What to read: per sheet of the list, in the list's order, the rectangle of its listed cells. */
export function sheetReads(choices: SharingChoice[]): SheetRead[] {
  const bySheet = new Map<string, SharingChoice[]>();
  for (const c of choices) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  return [...bySheet].map(([sheet, list]) => {
    const box = boundingBox(list);
    return {
      sheet,
      box,
      range: rangeOf(sheet, box),
      choices: list,
      changes: list.some((c) => c.action !== 'keep'),
    };
  });
}

/** Why Apply refuses the whole list, writing nothing: a sentence code and the cell it is about. */
export interface Refusal {
  refused: keyof Pick<SharingTexts, 'stale' | 'notANumber'>;
  cell: string;
}

/** The sentence of a refusal, in the texts' language. */
export function refusalText(refusal: Refusal, t: SharingTexts): string {
  return fill(t[refusal.refused], { cell: refusal.cell });
}

/** The listed cells as a sheet that was renamed or removed leaves them: the list is stale. */
export function sheetGone(read: SheetRead): Refusal {
  const first = read.choices[0];
  return { refused: 'stale', cell: cellName(read.sheet, first.row, first.column) };
}

/** One `setValues`: where, and whether it is the whole rectangle read (its range is at hand). */
export interface SheetWrite {
  /** The rectangle as Spreadsheet.getRange reads it. */
  range: string;
  whole: boolean;
  values: Array<Array<string | number>>;
}

/** One sheet's part of an Apply, decided from what its rectangle held when read. */
export interface SheetApply {
  read: SheetRead;
  formulas: string[][];
  before: unknown[][];
  /** The chosen cells' new contents. */
  changes: CellChange[];
  /** The writes that put `changes` in, touching no other cell that holds anything. */
  writes: SheetWrite[];
  /** The rewritten cells, with the formula to put back should the value change. */
  rewrites: Array<{ row: number; column: number; formula: string }>;
  frozen: number;
  /** Kept cells: those the person chose to keep, and rewrites of cells that show an error now. */
  kept: number;
}

/** The setValues calls that write `blocks` into the rectangle read. */
function writesOf(read: SheetRead, blocks: WriteBlock[]): SheetWrite[] {
  const { top, left, height, width } = read.box;
  return blocks.map((b) => {
    const rows = b.values.length;
    const columns = b.values[0].length;
    const whole = b.row === top && b.column === left && rows === height && columns === width;
    const box = { top: b.row, left: b.column, height: rows, width: columns };
    return { range: whole ? read.range : rangeOf(read.sheet, box), whole, values: b.values };
  });
}

/**
 * One sheet's part of an Apply, from the rectangle's formulas and values as read (values may be
 * empty when `read.changes` is false). Refuses when any listed cell, kept ones too, no longer
 * holds the formula listed, or a cell to freeze no longer shows a number. A call that shows an
 * error now is kept, never rewritten: a native formula could show a number there.
 */
export function planSheet(read: SheetRead, formulas: string[][], before: unknown[][]): SheetApply | Refusal {
  const s: SheetApply = { read, formulas, before, changes: [], writes: [], rewrites: [], frozen: 0, kept: 0 };
  const { top, left } = read.box;
  for (const c of read.choices) {
    const stale: Refusal = { refused: 'stale', cell: cellName(read.sheet, c.row, c.column) };
    if (formulas[c.row - top]?.[c.column - left] !== c.formula) return stale;
    const value = before[c.row - top]?.[c.column - left];
    if (c.action === 'keep') {
      s.kept++;
    } else if (c.action === 'freeze') {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { ...stale, refused: 'notANumber' };
      s.frozen++;
      s.changes.push({ row: c.row, column: c.column, content: value });
    } else if (isErrorValue(value)) {
      s.kept++; // it shows an error now: the dialog lists it as such once it refreshes
    } else {
      const rewrite = rewriteFormula(c.formula);
      if (rewrite.kind !== 'rewritten') return stale;
      s.changes.push({ row: c.row, column: c.column, content: rewrite.formula });
      s.rewrites.push({ row: c.row, column: c.column, formula: c.formula });
    }
  }
  s.writes = writesOf(read, writeBlocks(s.changes, top, left, formulas, before));
  return s;
}

/** True for a refusal, as planSheet answers one. */
export function isRefusal(planned: SheetApply | Refusal): planned is Refusal {
  return 'refused' in planned;
}

function shown(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * The rewritten cells of a sheet whose value changed (beyond 1e-9 relative, see sameValue) once
 * the rectangle is read `after` the writes, the writes that put their formulas back (touching
 * nothing else), and how the dialog lists them.
 */
export function restorations(
  s: SheetApply,
  after: unknown[][],
): { writes: SheetWrite[]; restored: SharingRestored[] } {
  const { top, left } = s.read.box;
  const at = (grid: unknown[][], c: { row: number; column: number }) => grid[c.row - top][c.column - left];
  const back = s.rewrites.filter((c) => !sameValue(at(s.before, c), at(after, c)));
  if (back.length === 0) return { writes: [], restored: [] };
  // What the rectangle holds now: the written formulas and numbers in place of the chosen cells.
  const written = new Map(s.changes.map((c) => [`${c.row},${c.column}`, String(c.content)]));
  const formulasNow = s.formulas.map((row, r) =>
    row.map((f, k) => written.get(`${top + r},${left + k}`) ?? f),
  );
  const changes = back.map((c) => ({ row: c.row, column: c.column, content: c.formula }));
  return {
    writes: writesOf(s.read, writeBlocks(changes, top, left, formulasNow, after)),
    restored: back.map((c) => ({
      cell: cellName(s.read.sheet, c.row, c.column),
      formula: c.formula,
      before: shown(at(s.before, c)),
      after: shown(at(after, c)),
    })),
  };
}

/** What Apply did, counted over the sheets, with the summary sentence in the texts' language. */
export function applyResult(
  sheets: SheetApply[],
  restored: SharingRestored[],
  t: SharingTexts,
): SharingResult {
  const sum = (f: (s: SheetApply) => number) => sheets.reduce((n, s) => n + f(s), 0);
  const rewritten = sum((s) => s.rewrites.length) - restored.length;
  const frozen = sum((s) => s.frozen);
  const kept = sum((s) => s.kept) + restored.length;
  let message = fill(t.done, { rewritten, frozen, kept });
  if (restored.length > 0)
    message += ` ${fill(t.restored, { count: restored.length, cells: restored.map((r) => r.cell).join(', ') })}`;
  return { rewritten, frozen, kept, restored, message };
}
