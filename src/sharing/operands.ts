/**
 * What the rewriter needs to know about one argument of a call, read from its tokens alone: its
 * shape (a single value, a range of known rows and columns, or unknown), its value when it is a
 * literal, and whether it can be substituted without parentheses.
 */
import { readCell, readColumn, readRow } from '../formula/a1';
import type { Separators, Token } from '../formula/tokenizer';
import type { SheetsArg, SheetsScalar } from '../functions/args';
import { CUSTOM_FUNCTION_NAMES } from '../functions/names';

/** The shape of an argument as Sheets would pass it. `null` rows or columns: a whole or open-ended range. */
export type Shape =
  | { kind: 'omitted' }
  | { kind: 'scalar' }
  | { kind: 'grid'; rows: number | null; columns: number | null }
  | { kind: 'unknown' };

/** One argument of a call being rewritten. */
export interface Operand {
  /** The argument's text as written, trimmed. */
  source: string;
  /** The argument's text with any calls of ours inside it already rewritten. */
  text: string;
  shape: Shape;
  /** The value Sheets would pass, when the argument is a literal (number, text, boolean, array). */
  literal?: SheetsArg;
  /** True when the text is one operand (a reference, a literal, a name, one call) needing no parentheses. */
  simple: boolean;
  /** True when the argument calls RAND, RANDBETWEEN or RANDARRAY, whose repeated evaluation differs. */
  volatile: boolean;
}

/** Functions whose result is one value whatever their arguments, so an expression using them is a single value. */
const SCALAR_FUNCTIONS = new Set([
  ...'SUM SUMPRODUCT SUMIF SUMIFS COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS AVERAGE AVERAGEIF MIN MAX ROUND ROUNDUP ROUNDDOWN ABS NPV POWER SQRT LN EXP INT N VALUE ROWS COLUMNS'.split(
    ' ',
  ),
  ...CUSTOM_FUNCTION_NAMES,
]);
const VOLATILE_FUNCTIONS = new Set(['RAND', 'RANDBETWEEN', 'RANDARRAY']);

type Part = { row?: number; column?: number };

function part(token: Token | undefined): Part | undefined {
  if (!token || (token.kind !== 'word' && token.kind !== 'number')) return undefined;
  const cell = readCell(token.text);
  if (cell) return { column: cell.column, row: cell.row };
  const column = readColumn(token.text);
  if (column !== null) return { column };
  const row = readRow(token.text);
  return row === null ? undefined : { row };
}

/** Rows and columns of an A1 reference (`A1`, `B2:B13`, `'My sheet'!A:A`, `1:1`), or undefined. */
export function referenceShape(tokens: Token[]): { rows: number | null; columns: number | null } | undefined {
  let i = 0;
  if ((tokens[0]?.kind === 'word' || tokens[0]?.kind === 'quoted') && tokens[1]?.kind === 'bang') i = 2;
  const first = part(tokens[i]);
  if (!first) return undefined;
  if (tokens.length === i + 1) {
    return first.row !== undefined && first.column !== undefined ? { rows: 1, columns: 1 } : undefined;
  }
  if (tokens.length !== i + 3 || tokens[i + 1].kind !== 'colon') return undefined;
  const last = part(tokens[i + 2]);
  if (!last) return undefined;
  const span = (a?: number, b?: number) => (a === undefined || b === undefined ? null : Math.abs(b - a) + 1);
  const rows = span(first.row, last.row);
  const columns = span(first.column, last.column);
  // Both ends must name something: `A1:B` and `A:2` are open-ended forms, `A1:3` is not a range.
  if (first.column === undefined && last.column !== undefined) return undefined;
  if (first.row === undefined && last.row !== undefined) return undefined;
  return { rows, columns };
}

/** Index of the token closing the bracket opened at `open`. */
export function matchingClose(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const k = tokens[i].kind;
    if (k === 'open' || k === 'braceOpen') depth++;
    else if (k === 'close' || k === 'braceClose') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return tokens.length - 1;
}

/** Index of the next token that is not a space, from `i` on (tokens.length when none). */
export function nextSolid(tokens: Token[], i: number): number {
  while (i < tokens.length && tokens[i].kind === 'space') i++;
  return i;
}

/** True when tokens[i] is a function name followed by its opening bracket. */
export function isCall(tokens: Token[], i: number): boolean {
  return tokens[i]?.kind === 'word' && tokens[nextSolid(tokens, i + 1)]?.kind === 'open';
}

function unquote(text: string): string {
  return text.slice(1, -1).replace(/""/g, '"');
}

function parseNumber(text: string, seps: Separators): number {
  return Number(seps.decimal === ',' ? text.replace(',', '.') : text);
}

/** The value of a literal single value: a signed number (with %), a text, TRUE or FALSE. */
function scalarLiteral(tokens: Token[], seps: Separators): SheetsScalar | undefined {
  const solid = tokens.filter((t) => t.kind !== 'space');
  if (solid.length === 1 && solid[0].kind === 'string') return unquote(solid[0].text);
  if (solid.length === 1 && solid[0].kind === 'word' && /^(TRUE|FALSE)$/i.test(solid[0].text))
    return solid[0].text.toUpperCase() === 'TRUE';
  let sign = 1;
  let i = 0;
  while (solid[i]?.kind === 'op' && (solid[i].text === '-' || solid[i].text === '+')) {
    if (solid[i].text === '-') sign = -sign;
    i++;
  }
  if (solid[i]?.kind !== 'number') return undefined;
  let value = sign * parseNumber(solid[i].text, seps);
  i++;
  while (solid[i]?.kind === 'op' && solid[i].text === '%') {
    value /= 100;
    i++;
  }
  return i === solid.length ? value : undefined;
}

/** The 2-D value of an array literal `{1,2;3,4}`, or undefined when it is not a literal array. */
function arrayLiteral(tokens: Token[], seps: Separators): SheetsScalar[][] | undefined {
  if (tokens[0]?.kind !== 'braceOpen' || matchingClose(tokens, 0) !== tokens.length - 1) return undefined;
  const rows: SheetsScalar[][] = [[]];
  let start = 1;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const end = i === tokens.length - 1;
    if (!end && t.kind !== 'sep') continue;
    const value = scalarLiteral(tokens.slice(start, i), seps);
    if (value === undefined) return undefined;
    rows[rows.length - 1].push(value);
    if (!end && t.text === seps.arrayRow) rows.push([]);
    else if (!end && t.text !== seps.arrayColumn) return undefined;
    start = i + 1;
  }
  return rows.every((r) => r.length === rows[0].length) ? rows : undefined;
}

function isScalarExpression(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'colon' || t.kind === 'braceOpen') return false;
    if (t.kind === 'word' && isCall(tokens, i)) {
      if (!SCALAR_FUNCTIONS.has(t.text.toUpperCase())) return false;
      i = matchingClose(tokens, nextSolid(tokens, i + 1));
      continue;
    }
    if (t.kind === 'quoted' || (t.kind === 'word' && tokens[i + 1]?.kind === 'bang')) {
      i++; // the sheet of a reference: the cell after `!` is checked next
      continue;
    }
    if (t.kind === 'word' && !readCell(t.text) && !/^(TRUE|FALSE)$/i.test(t.text)) return false; // a defined name
  }
  return true;
}

function isSimple(tokens: Token[]): boolean {
  if (tokens.length === 1) return ['word', 'number', 'string', 'error'].includes(tokens[0].kind);
  // A percentage binds tighter than any other operator.
  if (tokens.length === 2 && tokens[0].kind === 'number' && tokens[1].text === '%') return true;
  if (referenceShape(tokens)) return true;
  if (tokens[0].kind === 'braceOpen') return matchingClose(tokens, 0) === tokens.length - 1;
  if (isCall(tokens, 0)) return matchingClose(tokens, nextSolid(tokens, 1)) === tokens.length - 1;
  return false;
}

/** Trims space tokens from both ends. */
export function trimTokens(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && tokens[a].kind === 'space') a++;
  while (b > a && tokens[b - 1].kind === 'space') b--;
  return tokens.slice(a, b);
}

/** Describes one argument from its trimmed tokens and its rewritten text. */
export function analyseOperand(tokens: Token[], text: string, seps: Separators): Operand {
  const source = tokens.map((t) => t.text).join('');
  const volatile = tokens.some(
    (t, i) => t.kind === 'word' && isCall(tokens, i) && VOLATILE_FUNCTIONS.has(t.text.toUpperCase()),
  );
  if (tokens.length === 0) return { source, text, shape: { kind: 'omitted' }, simple: true, volatile };
  const simple = isSimple(tokens);
  const scalar = scalarLiteral(tokens, seps);
  if (scalar !== undefined)
    return { source, text, shape: { kind: 'scalar' }, literal: scalar, simple, volatile };
  const array = arrayLiteral(tokens, seps);
  if (array) {
    const shape: Shape = { kind: 'grid', rows: array.length, columns: array[0].length };
    return { source, text, shape, literal: array, simple, volatile };
  }
  const ref = referenceShape(tokens);
  if (ref) return { source, text, shape: { kind: 'grid', ...ref }, simple, volatile };
  return {
    source,
    text,
    shape: { kind: isScalarExpression(tokens) ? 'scalar' : 'unknown' },
    simple,
    volatile,
  };
}

/** Cells in a shape: 1 for a single value, rows × columns for a grid, undefined when not known. */
export function cellCount(shape: Shape): number | undefined {
  if (shape.kind === 'scalar') return 1;
  if (shape.kind === 'grid' && shape.rows !== null && shape.columns !== null)
    return shape.rows * shape.columns;
  return undefined;
}
