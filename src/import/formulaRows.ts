/**
 * Copying a row's formula to another row as a paste does: relative row numbers move, `$` rows and
 * named ranges stay (moveReferences, the one rule of src/formula). The import uses it for the
 * computed Follow up column when it appends rows past the ones the wizard prepared. Pure.
 */
import { moveReferences } from '../formula/formulaText';
import { detectStyle } from '../formula/tokenizer';

/** `formula` as it reads when copied `offset` rows down; null when it cannot be read. */
export function shiftFormulaRows(formula: string, offset: number): string | null {
  return moveReferences(formula, offset, 0, detectStyle(formula));
}
