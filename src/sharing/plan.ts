/**
 * Pure planning of the "Prepare for sharing" command: which cells hold calls of ours and what they
 * become, and how to write the changes back in as few batched writes as possible without
 * rewriting any cell the person typed.
 */
import { rewriteFormula, type SharingRewrite } from './rewriter';

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

/**
 * The writes that put `changes` into a sheet. `formulas` and `values` are what
 * `getFormulas()` / `getValues()` read from the changes' bounding rectangle, whose top-left cell
 * is (`top`, `left`).
 *
 * When every other cell in that rectangle is empty or holds a formula, one block covers it all:
 * formulas are written back as they were read, empty cells stay empty. When the rectangle also
 * holds typed values (or cells an array formula spills into, which read the same way), writing
 * them back could change them (text that looks like a number or date is parsed again) or block a
 * spill, so then each column's runs of changed cells are written on their own and no other cell
 * is touched.
 */
export function planWrites(
  changes: CellChange[],
  top: number,
  left: number,
  formulas: string[][],
  values: unknown[][],
): WriteBlock[] {
  if (changes.length === 0) return [];
  const changed = new Map(changes.map((c) => [`${c.row - top},${c.column - left}`, c.content]));
  const plain = formulas.some((row, r) =>
    row.some((f, c) => !changed.has(`${r},${c}`) && f === '' && values[r][c] !== '' && values[r][c] !== null),
  );
  if (!plain) {
    const grid = formulas.map((row, r) =>
      row.map((f, c) => {
        const content = changed.get(`${r},${c}`);
        return content !== undefined ? content : f;
      }),
    );
    return [{ row: top, column: left, values: grid }];
  }
  const blocks: WriteBlock[] = [];
  const sorted = [...changes].sort((a, b) => a.column - b.column || a.row - b.row);
  for (const change of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.column === change.column && last.row + last.values.length === change.row) {
      last.values.push([change.content]);
    } else {
      blocks.push({ row: change.row, column: change.column, values: [[change.content]] });
    }
  }
  return blocks;
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
