/**
 * Sheets' own sentences for what it refuses, and the data validation rules a value must keep, in
 * one place: the stand-in (spreadsheetApp.ts) throws with them when a script breaks a rule, and the
 * local preview shows them when a person does. Which sentences are confirmed by a public source,
 * and which are our best guess, is in src/platform/behaviours.ts.
 */
import { MAX_CELL_CHARACTERS, MAX_SPREADSHEET_CELLS } from '../../src/platform/limits';
import type { FakeDataValidation, FakeValue } from './spreadsheetApp';

/** What Sheets (through Apps Script) answers when a call breaks one of its rules. */
export const SHEETS_SENTENCES = {
  outsideGrid: 'The coordinates of the range are outside the dimensions of the sheet.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  noRows: 'The number of rows in the range must be at least 1.',
  noColumns: 'The number of columns in the range must be at least 1.',
  cellLimit: `This action would increase the number of cells in the workbook above the limit of ${MAX_SPREADSHEET_CELLS} cells.`,
  tooLong: `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
  rejected: (cell: string) =>
    `The data you entered in cell ${cell} violates the data validation rules set on this cell.`,
  namedRangeExists: (name: string) => `A named range called "${name}" already exists.`,
  conditionalFormatOtherSheet:
    'Conditional format rules can only reference cells in the same sheet; use INDIRECT for other sheets.',
  conditionalFormatNamedRange: (name: string) =>
    `Conditional format rules cannot use named ranges ("${name}").`,
};

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * True when `value` keeps `rule`; a blank cell keeps every rule, as in Sheets. A dropdown from a
 * range is kept by a value among `listed` (the range's filled cells as shown); without `listed` the
 * caller decides for itself.
 */
export function satisfies(rule: FakeDataValidation, value: FakeValue, listed?: string[]): boolean {
  if (value === null || value === '') return true;
  switch (rule.criteria) {
    case 'CHECKBOX':
      return typeof value === 'boolean';
    case 'VALUE_IN_LIST':
      return (rule.args[0] as unknown[]).map(String).includes(String(value));
    case 'VALUE_IN_RANGE':
      return listed === undefined || listed.includes(String(value));
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(rule.args[0]) && value <= Number(rule.args[1]);
    case 'DATE_IS_VALID_DATE':
      return isDate(value) && !Number.isNaN(value.getTime());
    default:
      return true;
  }
}
