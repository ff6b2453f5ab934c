/**
 * Calls that show an error now: Prepare for sharing never rewrites them (a native formula could
 * show a number where the owner sees an error), and lists them with the sentence the function
 * gives. Pure: values as Range.getValues() read them in, the sentence out.
 */
import { readCell, unquoteSheetName } from '../formula/a1';
import { detectStyle, FormulaSyntaxError, separatorsOf, type Token, tokenize } from '../formula/tokenizer';
import { callCustomFunction, isCustomFunctionName } from '../functions';
import type { SheetsArg, SheetsScalar } from '../functions/args';
import { analyseOperand, isCall, matchingClose, nextSolid, trimTokens } from './operands';
import { splitArguments } from './rewriter';

/** What `Range.getValues()` reads from a cell that shows an error. */
const ERROR_VALUES = new Set([
  '#ERROR!',
  '#VALUE!',
  '#DIV/0!',
  '#N/A',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
]);

/** True when a formula cell's value, as getValues reads it, is an error the cell shows. */
export function isErrorValue(value: unknown): value is string {
  return typeof value === 'string' && ERROR_VALUES.has(value);
}

/** The values of a sheet as read from A1 by getValues, by the sheet's name; undefined when not read. */
export type ReadValues = (sheet: string) => unknown[][] | undefined;

function cellOf(token: Token | undefined): { row: number; column: number } | undefined {
  return (token?.kind === 'word' && readCell(token.text)) || undefined;
}

function asScalar(value: unknown): SheetsScalar {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return value instanceof Date ? value : String(value);
}

/** What Sheets passes for a reference `A1`, `B2:C9`, `'My sheet'!A1:A3` whose sheet was read; else undefined. */
function referenceValue(tokens: Token[], sheet: string, read: ReadValues): SheetsArg | undefined {
  let i = 0;
  let name = sheet;
  if ((tokens[0]?.kind === 'word' || tokens[0]?.kind === 'quoted') && tokens[1]?.kind === 'bang') {
    name = tokens[0].kind === 'quoted' ? unquoteSheetName(tokens[0].text) : tokens[0].text;
    i = 2;
  }
  const first = cellOf(tokens[i]);
  const last =
    tokens.length === i + 1 ? first : tokens[i + 1]?.kind === 'colon' ? cellOf(tokens[i + 2]) : undefined;
  if (!first || !last || tokens.length > i + 3) return undefined;
  const grid = read(name);
  if (!grid) return undefined;
  let error = false;
  const at = (r: number, c: number) => {
    const value = grid[r - 1]?.[c - 1];
    // Sheets does not call the function when a cell it refers to shows an error.
    if (isErrorValue(value)) error = true;
    return asScalar(value);
  };
  if (tokens.length === i + 1) {
    const value = at(first.row, first.column);
    return error ? undefined : value;
  }
  const rows: SheetsScalar[][] = [];
  for (let r = Math.min(first.row, last.row); r <= Math.max(first.row, last.row); r++) {
    const row: SheetsScalar[] = [];
    for (let c = Math.min(first.column, last.column); c <= Math.max(first.column, last.column); c++)
      row.push(at(r, c));
    rows.push(row);
  }
  return error ? undefined : rows;
}

/**
 * The sentence our function gives for the values `formula` (in the sheet named `sheet`) refers
 * to: found by running the function on them, as Sheets does. Only for a formula that is one call
 * of ours whose arguments are literals or references to cells that were read; null otherwise,
 * or when the function accepts the values (the error then comes from elsewhere in the formula
 * or from a cell it refers to, and the cell's error code is all there is to say).
 */
export function functionMessage(formula: string, sheet: string, read: ReadValues): string | null {
  if (!formula.startsWith('=')) return null;
  let tokens: Token[];
  let seps: ReturnType<typeof separatorsOf>;
  try {
    const style = detectStyle(formula.slice(1));
    seps = separatorsOf(style);
    tokens = trimTokens(tokenize(formula.slice(1), style));
  } catch (err) {
    if (err instanceof FormulaSyntaxError) return null;
    throw err;
  }
  const name = tokens[0]?.text.toUpperCase() ?? '';
  if (!isCall(tokens, 0) || !isCustomFunctionName(name)) return null;
  const open = nextSolid(tokens, 1);
  if (matchingClose(tokens, open) !== tokens.length - 1) return null;
  const args: SheetsArg[] = [];
  const raw = splitArguments(tokens, open, tokens.length - 1, seps);
  if (raw.length === 1 && trimTokens(raw[0]).length === 0) raw.length = 0;
  for (const argTokens of raw) {
    const trimmed = trimTokens(argTokens);
    if (trimmed.length === 0) {
      args.push(undefined);
      continue;
    }
    const literal = analyseOperand(trimmed, '', seps).literal;
    const value = literal !== undefined ? literal : referenceValue(trimmed, sheet, read);
    if (value === undefined) return null;
    args.push(value);
  }
  try {
    callCustomFunction(name, args);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
