/**
 * Pure rewrites of formula text: renaming quoted sheet references and named ranges, converting
 * the plan's comma separators for comma-decimal locales, and moving relative references as a paste
 * does. All are substitutions of tokens of the formula tokenizer, so string literals ("a,b") and
 * quoted sheet names ('Plan, 2027') stay untouched.
 */

import { quoteSheetName, readCell, unquoteSheetName, writeCell } from './a1';
import { FormulaSyntaxError, type SeparatorStyle, type Token, type TokenKind, tokenize } from './tokenizer';

/**
 * The tokens of a plan formula or range text written in comma style, or undefined when the
 * tokenizer cannot read it (an unclosed string, an unknown character, unbalanced brackets). Such
 * text is left exactly as it is: Sheets cannot read it either and shows its own error in that
 * cell, while a guessed rewrite of broken text could hide where it went wrong.
 */
function tokensOf(text: string, style: SeparatorStyle = 'comma'): Token[] | undefined {
  try {
    return tokenize(text, style);
  } catch (err) {
    if (err instanceof FormulaSyntaxError) return undefined;
    throw err;
  }
}

/** Case-insensitive lookup, because Sheets treats sheet names that differ only in case as one. */
function lookup(renames: ReadonlyMap<string, string>, name: string): string | undefined {
  const direct = renames.get(name);
  if (direct !== undefined) return direct;
  const lower = name.toLowerCase();
  for (const [from, to] of renames) if (from.toLowerCase() === lower) return to;
  return undefined;
}

/**
 * Rewrites every quoted sheet reference `'Old'!` to `'New'!` for the sheets in `renames`. Works on
 * formulas and on plain range texts ("'Plan'!A1:B9"); unquoted names are left alone because the
 * plan always quotes them. Quoted names read the same in both separator styles, so a formula
 * already in semicolon style is renamed correctly too.
 */
export function renameSheetReferences(text: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0 || !text.includes("'")) return text;
  const tokens = tokensOf(text);
  if (!tokens) return text;
  return tokens
    .map((t) => {
      // The tokenizer only accepts a quoted name followed by `!`, so each one is a reference.
      const to = t.kind === 'quoted' ? lookup(renames, unquoteSheetName(t.text)) : undefined;
      return to === undefined ? t.text : quoteSheetName(to);
    })
    .join('');
}

/**
 * Rewrites every reference to a named range in `renames` (`LogDateMet` → `LogDateMet_2`), without
 * regard to case as Sheets compares names. A name is a word token that is not a function call (no
 * `(` follows), not a sheet name (no `!` follows) and not a cell after a sheet (no `!` before);
 * strings, quoted sheet names and longer words that merely start with the name stay as they are.
 */
export function renameNamedRanges(text: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return text;
  const tokens = tokensOf(text);
  if (!tokens) return text;
  const next = (i: number, step: number): Token | undefined => {
    let j = i + step;
    while (tokens[j]?.kind === 'space') j += step;
    return tokens[j];
  };
  return tokens
    .map((t, i) => {
      if (t.kind !== 'word') return t.text;
      const after = next(i, 1);
      if (after?.kind === 'open' || after?.kind === 'bang' || next(i, -1)?.kind === 'bang') return t.text;
      return lookup(renames, t.text) ?? t.text;
    })
    .join('');
}

/**
 * True when the formula has a comma outside strings and sheet names (so separators matter).
 * False for text the tokenizer cannot read, which `toSemicolonSeparators` leaves as it is.
 */
export function hasCommaSeparator(formula: string): boolean {
  return tokensOf(formula)?.some((t) => t.kind === 'sep' && t.text === ',') ?? false;
}

/**
 * The formula as comma-decimal locales (Russian, Finnish, German...) type it: argument separators
 * `,` become `;`; inside array literals the column separator `,` becomes `\` (the row separator
 * `;` stays); decimal points in number literals become commas (`0.5` → `0,5`). Function names stay
 * English. Strings and quoted sheet names are copied as they are; so is text the tokenizer cannot
 * read.
 */
export function toSemicolonSeparators(formula: string): string {
  const tokens = tokensOf(formula);
  if (!tokens) return formula;
  // The innermost open bracket decides what a comma separates: `{1,SUM(2,3)}` has one of each.
  const open: TokenKind[] = [];
  return tokens
    .map((t) => {
      if (t.kind === 'open' || t.kind === 'braceOpen') open.push(t.kind);
      else if (t.kind === 'close' || t.kind === 'braceClose') open.pop();
      else if (t.kind === 'sep' && t.text === ',') return open[open.length - 1] === 'braceOpen' ? '\\' : ';';
      else if (t.kind === 'number') return t.text.replace('.', ',');
      return t.text;
    })
    .join('');
}

/**
 * `formula` as it reads when copied `rows` down and `columns` right, as Sheets pastes it (and reads a
 * conditional format's formula for each cell of its range): relative references move, the `$` parts
 * and named ranges stay, a word followed by `(` is a function (LOG10), not a cell. Null when a
 * reference would leave the sheet or the tokenizer cannot read the formula.
 */
export function moveReferences(
  formula: string,
  rows: number,
  columns: number,
  style: SeparatorStyle,
): string | null {
  const tokens = tokensOf(formula, style);
  if (!tokens) return null;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const cell = t.kind === 'word' ? readCell(t.text) : null;
    const next = tokens.slice(i + 1).find((n) => n.kind !== 'space');
    if (!cell || next?.kind === 'open') {
      out.push(t.text);
      continue;
    }
    const row = cell.rowAbsolute ? cell.row : cell.row + rows;
    const column = cell.columnAbsolute ? cell.column : cell.column + columns;
    if (row < 1 || column < 1) return null;
    out.push(writeCell({ ...cell, row, column }));
  }
  return out.join('');
}
