/** A1 notation: parse and format cell rectangles and sheet-qualified ranges, without any service. */

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRect {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

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

function parseCell(text: string, whole: string): { row: number; column: number } {
  const m = CELL.exec(text.trim());
  if (!m) throw new Error(`"${whole}" is not a cell or rectangle in A1 notation (like B3 or B3:N20)`);
  return { row: Number(m[2]), column: columnNumber(m[1]) };
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

/** True when the A1 text names a single cell ("B3"), not a rectangle. */
export function isSingleCell(a1: string): boolean {
  return !a1.includes(':');
}

/** A sheet name quoted for a formula: `Plan` → `'Plan'`, `Bob's` → `'Bob''s'`. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
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
