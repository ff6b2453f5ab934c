/**
 * A1 notation, the one module of src/, dev/ and test/ that reads and writes it: cells (`B3`,
 * `$B$3`), whole columns and rows, rectangles, sheet names as formulas quote them, and
 * sheet-qualified ranges. Without any service.
 */

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRect {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
}

/** A cell, each part with or without `$`: column letters, then the row. */
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d+)$/;

/** One cell reference as a formula writes it: where it points, and which parts are absolute (`$`). */
export interface CellRef {
  row: number;
  column: number;
  rowAbsolute: boolean;
  columnAbsolute: boolean;
}

/** Column number of letters: A → 1, Z → 26, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Letters of a column number: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let s = '';
  let n = column;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A cell reference (`B3`, `$B$3`, `b$3`), or null for any other text (row 0 is no row). */
export function readCell(text: string): CellRef | null {
  const m = CELL.exec(text);
  if (!m || Number(m[4]) < 1) return null;
  return {
    column: columnNumber(m[2]),
    row: Number(m[4]),
    columnAbsolute: m[1] === '$',
    rowAbsolute: m[3] === '$',
  };
}

/** A cell reference as a formula writes it: upper-case letters, `$` before the absolute parts. */
export function writeCell(ref: CellRef): string {
  return `${ref.columnAbsolute ? '$' : ''}${columnLetters(ref.column)}${ref.rowAbsolute ? '$' : ''}${ref.row}`;
}

/** The column of a whole-column reference (`B`, `$AB`, as in `B:B`), or null. */
export function readColumn(text: string): number | null {
  const m = COLUMN.exec(text);
  return m ? columnNumber(m[2]) : null;
}

/** The row of a whole-row reference (`3`, `$3`, as in `3:3`), or null. */
export function readRow(text: string): number | null {
  const m = ROW.exec(text);
  return m && Number(m[2]) >= 1 ? Number(m[2]) : null;
}

function parseCell(text: string, whole: string): { row: number; column: number } {
  const cell = readCell(text.trim());
  if (!cell) throw new Error(`"${whole}" is not a cell or rectangle in A1 notation (like B3 or B3:N20)`);
  return { row: cell.row, column: cell.column };
}

/** Parses "B3" or "B3:N20" (a single cell gives a one-cell rectangle). */
export function parseA1(a1: string): CellRect {
  const [first, second, extra] = a1.split(':');
  if (extra !== undefined) throw new Error(`"${a1}" has more than one colon`);
  const start = parseCell(first, a1);
  const end = second === undefined ? start : parseCell(second, a1);
  return {
    row: Math.min(start.row, end.row),
    column: Math.min(start.column, end.column),
    lastRow: Math.max(start.row, end.row),
    lastColumn: Math.max(start.column, end.column),
  };
}

/** "B3" for a one-cell rectangle, else "B3:N20". */
export function formatA1(rect: CellRect): string {
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.row === rect.lastRow && rect.column === rect.lastColumn) return start;
  return `${start}:${columnLetters(rect.lastColumn)}${rect.lastRow}`;
}

/** The rectangle of an A1 text with every row and column absolute: `B2:C9` → `$B$2:$C$9`. */
export function absoluteA1(a1: string): string {
  const rect = parseA1(a1);
  const corner = (row: number, column: number) =>
    writeCell({ row, column, rowAbsolute: true, columnAbsolute: true });
  const start = corner(rect.row, rect.column);
  if (rect.row === rect.lastRow && rect.column === rect.lastColumn) return start;
  return `${start}:${corner(rect.lastRow, rect.lastColumn)}`;
}

/** True when the A1 text names a single cell ("B3"), not a rectangle. */
export function isSingleCell(a1: string): boolean {
  return !a1.includes(':');
}

/** A sheet name quoted for a formula: `Plan` → `'Plan'`, `Bob's` → `'Bob''s'`. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The sheet name a quoted one stands for: `'Bob''s'` → `Bob's`. */
export function unquoteSheetName(quoted: string): string {
  return quoted.slice(1, -1).replace(/''/g, "'");
}

/** A range of a named sheet, always quoted, as every plan formula writes it: `'Plan'!B3:N20`. */
export function sheetRange(sheet: string, a1: string): string {
  return `${quoteSheetName(sheet)}!${a1}`;
}

/** A sheet's name as a reference writes it: bare when it can be (`Plan`), else quoted (`'My plan'`). */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : quoteSheetName(sheet);
}

/**
 * Splits a sheet-qualified range ("'Summary'!C4") into its sheet name and A1 part; a range with
 * no sheet gives `sheet: null`.
 */
export function splitSheetRange(range: string): { sheet: string | null; a1: string } {
  if (range.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < range.length) {
      if (range[i] === "'") {
        if (range[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += range[i];
      i += 1;
    }
    if (range[i + 1] !== '!') throw new Error(`"${range}" is missing the ! after the sheet name`);
    return { sheet: name, a1: range.slice(i + 2) };
  }
  const bang = range.lastIndexOf('!');
  if (bang < 0) return { sheet: null, a1: range };
  return { sheet: range.slice(0, bang), a1: range.slice(bang + 1) };
}
