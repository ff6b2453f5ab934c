/**
 * Copying a row's formula to another row as a paste does: relative row numbers move, `$` rows and
 * named ranges stay. The import uses it for the computed Follow up column when it appends rows past
 * the ones the wizard prepared. Pure.
 */
import { detectStyle, tokenize } from '../formula/tokenizer';

const CELL = /^(\$?[A-Za-z]{1,3})(\$?)(\d+)$/;

/**
 * `formula` as it reads when copied some rows down, as a function of the offset; it returns null
 * for every offset when the formula cannot be read. The formula is read once however many rows it
 * is copied to.
 */
export function formulaShifter(formula: string): (offset: number) => string | null {
  let tokens: ReturnType<typeof tokenize>;
  try {
    tokens = tokenize(formula, detectStyle(formula));
  } catch {
    return () => null;
  }
  const next = (i: number) => tokens.slice(i + 1).find((t) => t.kind !== 'space');
  // Each token: its text, or the column and row of a relative cell reference.
  const parts = tokens.map((t, i): string | { column: string; row: number } => {
    const m = t.kind === 'word' ? CELL.exec(t.text) : null;
    // A word like LOG10 followed by "(" is a function, not a cell.
    if (!m || m[2] === '$' || next(i)?.kind === 'open') return t.text;
    return { column: m[1], row: Number(m[3]) };
  });
  return (offset) => parts.map((p) => (typeof p === 'string' ? p : `${p.column}${p.row + offset}`)).join('');
}

/** `formula` as it reads when copied `offset` rows down; null when it cannot be read. */
export function shiftFormulaRows(formula: string, offset: number): string | null {
  return formulaShifter(formula)(offset);
}
