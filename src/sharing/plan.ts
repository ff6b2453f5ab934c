/**
 * Pure planning of the "Prepare for sharing" command: which cells hold calls of ours and what they
 * become, the rows the dialog lists, and how to write the changes back in as few batched writes as
 * possible without writing any cell that was not chosen and holds something. Apply's decisions
 * are in ./apply.
 */
import { columnLetters, sheetPrefix } from '../formula/a1';
import type { SharingRow } from './contract';
import { functionMessage, isErrorValue, type ReadValues } from './errorNow';
import { isNumberFormula, rewriteFormula, type SharingRewrite } from './rewriter';

/** Where a cell is, as the person reads it: `Summary!C5`, `'My plan'!C5`. */
export function cellName(sheet: string, row: number, column: number): string {
  return `${sheetPrefix(sheet)}!${columnLetters(column)}${row}`;
}

/** One formula cell that calls a function of ours. Row and column are 1-based sheet positions. */
export interface FoundCall {
  row: number;
  column: number;
  formula: string;
  rewrite: Exclude<SharingRewrite, { kind: 'unchanged' }>;
}

/** Every cell of a `getFormulas()` grid (read from A1) whose formula calls a function of ours. */
export function findCalls(formulas: string[][]): FoundCall[] {
  const found: FoundCall[] = [];
  formulas.forEach((row, r) => {
    row.forEach((formula, c) => {
      if (!formula) return;
      const rewrite = rewriteFormula(formula);
      if (rewrite.kind !== 'unchanged') found.push({ row: r + 1, column: c + 1, formula, rewrite });
    });
  });
  return found;
}

/** One sheet's calls as the adapter read them: the sheet's name, its calls, its values from A1. */
export interface SheetCalls {
  name: string;
  calls: FoundCall[];
  values: unknown[][];
}

/**
 * The rows the dialog lists, sheet by sheet: each call with its native formula and notes, or why
 * it cannot be rewritten. A call whose cell shows an error now is never rewritten (a native
 * formula could show a number where the owner sees an error): its row gives the function's
 * sentence, found from the values of the sheets read, else the error the cell shows.
 */
export function sharingRows(sheets: SheetCalls[]): SharingRow[] {
  // Sheet names are unique ignoring case, as formulas read them.
  const read: ReadValues = (name) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())?.values;
  return sheets.flatMap(({ name, calls, values }) =>
    calls.map((f) => {
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
        row.reason = { code: 'showsError', message: functionMessage(f.formula, name, read) ?? value };
      } else if (f.rewrite.kind === 'rewritten' && isNumberFormula(f.rewrite.formula) && row.value !== null) {
        // Its rewrite is the very number it shows: offered as that value, not as a formula.
        row.valueOnly = true;
      } else if (f.rewrite.kind === 'rewritten') {
        row.native = f.rewrite.formula;
        row.notes = f.rewrite.notes.map(({ code, fn, arg }) => ({ code, fn, arg }));
      } else {
        const { code, fn, arg } = f.rewrite.refusal;
        row.reason = { code, ...(fn === undefined ? {} : { fn }), ...(arg === undefined ? {} : { arg }) };
      }
      return row;
    }),
  );
}

/** A new content for one cell: a formula (text starting with =) or a frozen number. */
export interface CellChange {
  row: number;
  column: number;
  content: string | number;
}

/** One rectangular `setValues` call: top-left cell (1-based) and the rows of values. */
export interface WriteBlock {
  row: number;
  column: number;
  values: Array<Array<string | number>>;
}

/** True for a cell that holds nothing: no formula and no value (writing "" there changes nothing). */
function isEmpty(formula: string, value: unknown): boolean {
  return formula === '' && (value === '' || value === null || value === undefined);
}

/**
 * The writes that put `changes` into a sheet, touching no other cell that holds anything.
 * `formulas` and `values` are what `getFormulas()` / `getValues()` read from the changes'
 * bounding rectangle, whose top-left cell is (`top`, `left`).
 *
 * Only changed cells and empty cells are ever written (an empty cell is written as "", which
 * leaves it empty). Every other cell — a kept formula such as `=NETROI(RAND(),1)` or `=SUM(1,2)`,
 * a typed value, a cell an array formula spills into — is never written: writing a formula back
 * re-enters it (a RAND draws anew), writing a typed value back parses it again (`0012` → 12),
 * and writing into a spill blocks it. So: the whole rectangle in one block when nothing else
 * sits in it; otherwise the runs of changed cells within each row (stretched over empty cells
 * between them), and runs of consecutive rows with the same columns merged into one block.
 */
export function writeBlocks(
  changes: CellChange[],
  top: number,
  left: number,
  formulas: string[][],
  values: unknown[][],
): WriteBlock[] {
  if (changes.length === 0) return [];
  const changed = new Map(changes.map((c) => [`${c.row - top},${c.column - left}`, c.content]));
  const contentAt = (r: number, c: number): string | number | undefined => {
    const content = changed.get(`${r},${c}`);
    if (content !== undefined) return content;
    return isEmpty(formulas[r]?.[c] ?? '', values[r]?.[c]) ? '' : undefined;
  };
  // Runs of writable cells in each row, each starting and ending at a changed cell.
  const runs: Array<{ r: number; from: number; to: number }> = [];
  formulas.forEach((row, r) => {
    let from = -1;
    let lastChanged = -1;
    for (let c = 0; c <= row.length; c++) {
      const writable = c < row.length && contentAt(r, c) !== undefined;
      const isChanged = changed.has(`${r},${c}`);
      if (writable && isChanged) {
        if (from < 0) from = c;
        lastChanged = c;
      }
      if (!writable && from >= 0) {
        runs.push({ r, from, to: lastChanged });
        from = -1;
      }
    }
  });
  // Consecutive rows whose runs cover the same columns become one block.
  const blocks: Array<{ r: number; from: number; to: number; height: number }> = [];
  const openByNextRow = new Map<string, (typeof blocks)[number]>();
  for (const run of runs) {
    const key = (r: number) => `${r},${run.from},${run.to}`;
    const open = openByNextRow.get(key(run.r));
    if (open) {
      openByNextRow.delete(key(run.r));
      open.height++;
      openByNextRow.set(key(run.r + 1), open);
    } else {
      const block = { ...run, height: 1 };
      blocks.push(block);
      openByNextRow.set(key(run.r + 1), block);
    }
  }
  return blocks.map((b) => ({
    row: top + b.r,
    column: left + b.from,
    values: Array.from({ length: b.height }, (_, i) =>
      Array.from({ length: b.to - b.from + 1 }, (_, j) => contentAt(b.r + i, b.from + j) as string | number),
    ),
  }));
}

/** The smallest rectangle holding every cell given: top row, left column, height, width. */
export function boundingBox(cells: Array<{ row: number; column: number }>): {
  top: number;
  left: number;
  height: number;
  width: number;
} {
  const rows = cells.map((c) => c.row);
  const columns = cells.map((c) => c.column);
  const top = Math.min(...rows);
  const left = Math.min(...columns);
  return { top, left, height: Math.max(...rows) - top + 1, width: Math.max(...columns) - left + 1 };
}

/**
 * Relative tolerance for comparing a cell's value before and after Apply: numbers are equal when
 * |a − b| ≤ 1e-9 · max(1, |a|, |b|) (a rewrite sums in another order, so the last bits may move).
 */
export const SAME_VALUE_TOLERANCE = 1e-9;

/** True when a cell shows the same value before and after a write (numbers within the tolerance). */
export function sameValue(before: unknown, after: unknown): boolean {
  if (typeof before === 'number' && typeof after === 'number')
    return Math.abs(before - after) <= SAME_VALUE_TOLERANCE * Math.max(1, Math.abs(before), Math.abs(after));
  if (before instanceof Date && after instanceof Date) return before.getTime() === after.getTime();
  return before === after;
}
