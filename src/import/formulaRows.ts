/**
 * Copying a row's formula to another row as a paste does: relative row numbers move, `$` rows and
 * named ranges stay. The import uses it for the computed Follow up column when it appends rows past
 * the ones the wizard prepared. Pure.
 */
import { detectStyle, tokenize } from '../formula/tokenizer';

const CELL = /^(\$?[A-Za-z]{1,3})(\$?)(\d+)$/;

/** `formula` as it reads when copied `offset` rows down; null when it cannot be read. */
export function shiftFormulaRows(formula: string, offset: number): string | null {
  let tokens: ReturnType<typeof tokenize>;
  try {
    tokens = tokenize(formula, detectStyle(formula));
  } catch {
    return null;
  }
  const next = (i: number) => tokens.slice(i + 1).find((t) => t.kind !== 'space');
  return tokens
    .map((t, i) => {
      const m = t.kind === 'word' ? CELL.exec(t.text) : null;
      // A word like LOG10 followed by "(" is a function, not a cell.
      if (!m || m[2] === '$' || next(i)?.kind === 'open') return t.text;
      return `${m[1]}${Number(m[3]) + offset}`;
    })
    .join('');
}
