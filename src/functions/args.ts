/**
 * The one place where what Sheets passes to a custom function becomes numbers. Sheets passes a
 * cell's value (number, string, boolean, Date, or "" for a blank), or a 2-D array of them for a
 * range or an array literal. Every function's arguments go through these readers; none of them
 * ever turns text into zero.
 */
import { RoiError } from '../core/errors';

/** What one cell can hold as Apps Script hands it over. */
export type SheetsScalar = number | string | boolean | Date | null | undefined;
export type SheetsArg = SheetsScalar | SheetsScalar[][];

/** An argument the person left out: omitted at the end, or an empty place (`=F(1,,3)`). */
export function isOmitted(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

const NUMERIC_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;

/**
 * Converts a typed value the way Sheets reads numeric text in an English locale: "1500",
 * "1,500.25", "-3e4", "12.5%" (→ 0.125). Returns undefined for any other text.
 */
export function parseNumericText(text: string): number | undefined {
  const s = text.trim();
  if (s === '' || !NUMERIC_TEXT.test(s) || !/\d/.test(s)) return undefined;
  const percent = s.endsWith('%');
  const n = Number((percent ? s.slice(0, -1) : s).replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

function describe(value: SheetsScalar): string {
  if (typeof value === 'string') return `the text "${value}"`;
  if (typeof value === 'boolean') return `the value ${value ? 'TRUE' : 'FALSE'}`;
  // Not `instanceof Date`: a Date made in another realm (a test's vm context) must read the same.
  if (Object.prototype.toString.call(value) === '[object Date]') return 'a date';
  return `the value ${String(value)}`;
}

/** Names the argument, and the cell within it when the argument is a range larger than one cell. */
function where(arg: string, grid: SheetsScalar[][], row: number, column: number): string {
  const isSingleCell = grid.length === 1 && grid[0].length === 1;
  return isSingleCell ? arg : `${arg}, row ${row + 1} column ${column + 1}`;
}

/**
 * True for a finite number. Written without globals (no Number.isFinite): hot loops run over a
 * million cells, and a global lookup per cell is what costs most in some V8 embeddings.
 */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && value - value === 0;
}

function numberOrThrow(value: SheetsScalar, place: string, inRange: boolean): number {
  if (typeof value === 'number') {
    if (!isFiniteNumber(value)) throw new RoiError(`${place} holds ${value}; enter a finite number`);
    return value;
  }
  if (typeof value === 'string' && !inRange) {
    const n = parseNumericText(value);
    if (n !== undefined) return n;
  }
  throw new RoiError(`${place} holds ${describe(value)}; enter a number`);
}

// Looked up once: a global lookup per row is slow in some V8 embeddings (node:vm among them).
const isArray = Array.isArray;

/** A 2-D grid for any argument: a single value becomes a 1×1 grid. */
function asGrid(value: SheetsArg): SheetsScalar[][] {
  if (!isArray(value)) return [[value]];
  // Sheets always passes rows as arrays; a flat array (from a script) is read as one column.
  for (let r = 0; r < value.length; r++) {
    if (!isArray(value[r])) return value.map((row) => (isArray(row) ? row : [row as SheetsScalar]));
  }
  return value;
}

/**
 * An amount: a single value or a range of any shape, summed. Blank cells count as nothing; text,
 * booleans and dates inside a range are errors naming their position. A single value may be
 * numeric text ("1500", "12.5%"), as in Sheets.
 */
export function readAmount(arg: string, value: SheetsArg, options: { nonNegative?: boolean } = {}): number {
  const nonNegative = options.nonNegative === true;
  if (isArray(value)) {
    const total = sumPlainRange(value, nonNegative);
    if (total !== undefined) return total;
  }
  return readAmountCarefully(arg, value, nonNegative);
}

/**
 * The hot path: the sum of a range of rows holding only finite numbers and blanks (non-negative
 * ones when asked), or undefined when any cell needs a closer look. Apps Script runs each call in a
 * fresh context, so this loop runs cold, and every check in it costs: a cell gets one typeof test
 * and nothing else. Infinity or NaN in a cell leaves the running total non-finite, which one test
 * per row catches; negative counts are looked for only when asked, in a loop of their own.
 */
function sumPlainRange(grid: SheetsScalar[][], nonNegative: boolean): number | undefined {
  let total = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (!isArray(row)) return undefined;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'number') total += cell;
      else if (cell !== '' && cell !== null && cell !== undefined) return undefined;
    }
    // `x - x === 0` is false for NaN and ±Infinity only.
    if (total - total !== 0) return undefined;
    if (nonNegative && hasNegative(row)) return undefined;
  }
  return total;
}

function hasNegative(row: SheetsScalar[]): boolean {
  for (let c = 0; c < row.length; c++) if ((row[c] as number) < 0) return true;
  return false;
}

/** readAmount's cell-by-cell path, which names the argument and cell of the first bad one. */
function readAmountCarefully(arg: string, value: SheetsArg, nonNegative: boolean): number {
  const grid = asGrid(value);
  const inRange = grid.length * (grid[0]?.length ?? 0) > 1;
  let total = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === '' || cell === null || cell === undefined) continue;
      // A 1×1 array is a single cell: numeric text converts there as in a single value.
      const n = numberOrThrow(cell, where(arg, grid, r, c), inRange);
      if (nonNegative && n < 0) {
        throw new RoiError(`${where(arg, grid, r, c)} holds ${n}; a count cannot be negative`);
      }
      total += n;
    }
  }
  return total;
}

/**
 * One value per period: a single value, or a range of one row or one column read in order. A
 * blank cell is a period with 0, so months not filled in yet keep later months in their place.
 */
export function readPeriods(arg: string, value: SheetsArg): number[] {
  const grid = asGrid(value);
  const rows = grid.length;
  const columns = rows === 0 ? 0 : grid[0].length;
  if (rows > 1 && columns > 1) {
    throw new RoiError(
      `${arg} is a block of ${rows} rows and ${columns} columns; give one row or one column, one cell per period`,
    );
  }
  const cells = rows === 1 ? grid[0] : grid.map((row) => row[0]);
  const single = cells.length === 1;
  return cells.map((cell, i) => {
    if (isFiniteNumber(cell)) return cell;
    if (cell === '' || cell === null || cell === undefined) return 0;
    const place = single ? arg : `${arg}, ${rows === 1 ? 'column' : 'row'} ${i + 1}`;
    return numberOrThrow(cell, place, !single);
  });
}

/** A single number (a rate, a count of years). A blank is an error for a required argument. */
export function readNumber(arg: string, value: SheetsArg): number {
  const grid = asGrid(value);
  const cells = grid.reduce((n, row) => n + row.length, 0);
  if (cells !== 1) throw new RoiError(`${arg} is a range of ${cells} cells; give a single value`);
  const cell = grid[0][0];
  if (cell === '' || cell === null || cell === undefined)
    throw new RoiError(`${arg} is empty; enter a number`);
  return numberOrThrow(cell, arg, false);
}

/** A single text value, trimmed. */
export function readText(arg: string, value: SheetsArg): string {
  const grid = asGrid(value);
  const cells = grid.reduce((n, row) => n + row.length, 0);
  if (cells !== 1) throw new RoiError(`${arg} is a range of ${cells} cells; give a single value`);
  const cell = grid[0][0];
  if (typeof cell !== 'string') throw new RoiError(`${arg} holds ${describe(cell)}; enter a text`);
  return cell.trim();
}

/**
 * Calls `visit` for every non-blank cell of an argument, in reading order. `place` names the cell
 * for a message; it is a function so that no text is built for the cells that are fine.
 */
export function forEachFilled(
  arg: string,
  value: SheetsArg,
  visit: (cell: SheetsScalar, place: () => string) => void,
): void {
  const grid = asGrid(value);
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell !== '' && cell !== null && cell !== undefined) visit(cell, () => where(arg, grid, r, c));
    }
  }
}

/** True when the argument is text that is not a number, or a range holding such text. */
export function holdsText(value: SheetsArg): boolean {
  return asGrid(value).some((row) =>
    row.some(
      (cell) => typeof cell === 'string' && cell.trim() !== '' && parseNumericText(cell) === undefined,
    ),
  );
}
