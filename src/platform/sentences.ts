/**
 * Sheets' own sentences for what it refuses, in one place: the stand-in for Apps Script throws with
 * them, the preview shows them, and the catalogue (./behaviours.ts) quotes them. Which are confirmed
 * by a public source and which are our best guess is said there. Pure.
 */
import { MAX_CELL_CHARACTERS, MAX_SPREADSHEET_CELLS } from './limits';

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
  invalidNamedRangeName: (name: string) => `Invalid named range name "${name}".`,
  sheetNameInUse: (name: string) =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  conditionalFormatOtherSheet:
    'Conditional format rules can only reference cells in the same sheet; use INDIRECT for other sheets.',
  conditionalFormatNamedRange: (name: string) =>
    `Conditional format rules cannot use named ranges ("${name}").`,
};
