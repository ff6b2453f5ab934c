// What Sheets checks when a person edits a cell, and how it words it: data validation (reject or
// warn), warning-only protections ("are you sure?"), and conditional formats' formula per cell.
import { moveReferences } from '../../src/formula/formulaText';
import { SHEETS_SENTENCES, satisfies } from '../fakes/sheetsRules';
import type { FakeDataValidation, FakeRange, FakeSheet } from '../fakes/spreadsheetApp';

/** Whether a value keeps a rule: the stand-in's rule, which refuses a script's write the same way. */
export { satisfies };

/** Sheets' own texts around editing, as its English interface words them (one place). */
export const SHEETS_TEXTS = {
  protectedTitle: 'Heads up!',
  protectedMessage:
    "You're trying to edit part of this sheet that shouldn't be changed accidentally. Edit anyway?",
  rejectedTitle: 'There was a problem',
  rejected: SHEETS_SENTENCES.rejected,
  invalidPrefix: 'Invalid: ',
  criteria: {
    CHECKBOX: () => 'Input must be a checkbox value (TRUE or FALSE).',
    VALUE_IN_LIST: () => 'Input must be an item on the specified list.',
    NUMBER_BETWEEN: (min: unknown, max: unknown) => `Input must be a number between ${min} and ${max}.`,
    DATE_IS_VALID_DATE: () => 'Input must be a valid date.',
  } as Record<string, (...args: unknown[]) => string>,
};

/** The data validation of a cell as the page draws it. */
export type ValidationView =
  | { kind: 'checkbox' }
  | { kind: 'list'; values: string[]; dropdown: boolean }
  | { kind: 'numberBetween'; min: number; max: number }
  | { kind: 'date' };

/** A fake's rule as the page draws it; null for criteria the preview does not draw. */
export function validationView(rule: FakeDataValidation): ValidationView | null {
  switch (rule.criteria) {
    case 'CHECKBOX':
      return { kind: 'checkbox' };
    case 'VALUE_IN_LIST':
      return {
        kind: 'list',
        values: (rule.args[0] as unknown[]).map(String),
        dropdown: rule.args[1] !== false,
      };
    case 'NUMBER_BETWEEN':
      return { kind: 'numberBetween', min: Number(rule.args[0]), max: Number(rule.args[1]) };
    case 'DATE_IS_VALID_DATE':
      return { kind: 'date' };
    default:
      return null;
  }
}

/** The sentence of a broken rule: its help text when it has one, else Sheets' sentence for the criterion. */
export function ruleSentence(rule: FakeDataValidation): string {
  if (rule.helpText) return rule.helpText;
  const sentence = SHEETS_TEXTS.criteria[rule.criteria];
  return sentence ? sentence(...rule.args) : '';
}

function contains(range: FakeRange, row: number, column: number): boolean {
  return (
    row >= range.row &&
    row < range.row + range.numRows &&
    column >= range.column &&
    column < range.column + range.numColumns
  );
}

/** Apps Script's SpreadsheetApp.ProtectionType values, as the fake hands them out. */
export interface ProtectionTypes {
  SHEET: 'SHEET';
  RANGE: 'RANGE';
}

/**
 * True when editing the cell meets a warning-only protection: a sheet protection whose
 * unprotected (input) ranges leave the cell out, or a range protection over it. Read through
 * Apps Script's names, as the add-on made them.
 */
export function warnsOnEdit(sheet: FakeSheet, types: ProtectionTypes, row: number, column: number): boolean {
  const whole = sheet
    .getProtections(types.SHEET)
    .some((p) => p.isWarningOnly() && !p.getUnprotectedRanges().some((r) => contains(r, row, column)));
  return (
    whole ||
    sheet.getProtections(types.RANGE).some((p) => p.isWarningOnly() && contains(p.getRange(), row, column))
  );
}

/**
 * A "custom formula is" condition (engine syntax) for the cell `rows` down and `columns` right of
 * the range's top-left, as Sheets reads it: relative references move, `$` ones stay. Null when a
 * reference would leave the sheet or the text cannot be read.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string | null {
  return moveReferences(formula, rows, columns, 'comma');
}
