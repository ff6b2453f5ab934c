/**
 * The behaviours of Google Sheets (through Apps Script) that the stand-in for Apps Script
 * (dev/fakes/spreadsheetApp.ts) models: what Sheets does, where that is written, and (by its id)
 * the test that holds the stand-in to it. `npm run docs` renders this table into
 * docs/sheets-behaviours.md, and a test fails when that file is stale. Pure data, so a self-test
 * in the bundle can report, line by line, whether real Sheets keeps each one.
 */

import { SHEETS_SENTENCES } from './sentences';

/** A public source: Google's reference or help, or a public issue thread showing the behaviour. */
export interface Source {
  title: string;
  url: string;
}

/** One behaviour of Sheets the stand-in keeps. */
export interface SheetsBehaviour {
  /** Stable id; the test that holds it carries it as its name. */
  id: string;
  /** What Sheets does, as a sentence. */
  sheets: string;
  /** Where it is written; null when no public source was found (the behaviour is then unconfirmed). */
  source: Source | null;
  /** What the source leaves open, or a choice the stand-in makes there. */
  note?: string;
}

/** The test file where each behaviour has a test named after its id. */
export const BEHAVIOUR_TESTS = 'test/dev/fakes/spreadsheetApp.test.ts';

const APPS_SCRIPT = 'https://developers.google.com/apps-script/reference/spreadsheet';

/** Every behaviour the stand-in models, grouped by what it concerns. */
export const SHEETS_BEHAVIOURS: readonly SheetsBehaviour[] = [
  {
    id: 'grid.new-sheet-size',
    sheets: 'A new sheet is 1,000 rows by 26 columns (A to Z); getMaxRows and getMaxColumns say so.',
    source: {
      title: 'cloudfour/lighthouse-parade#151: writing row 1,001 of a new sheet fails, "Max rows: 1000"',
      url: 'https://github.com/cloudfour/lighthouse-parade/issues/151',
    },
  },
  {
    id: 'grid.range-outside',
    sheets: `A range past the grid (getRange, getRangeList, Spreadsheet.getRange) throws "${SHEETS_SENTENCES.outsideGrid}"`,
    source: {
      title: 'diegomanuel/binance-to-google-sheets#19: the exception as Apps Script logs it',
      url: 'https://github.com/diegomanuel/binance-to-google-sheets/issues/19',
    },
  },
  {
    id: 'grid.writes-never-grow',
    sheets: 'Writing values never grows the grid: the rows and columns must be inserted first.',
    source: {
      title: 'diegomanuel/binance-to-google-sheets#19: a write below the grid fails instead of growing it',
      url: 'https://github.com/diegomanuel/binance-to-google-sheets/issues/19',
    },
  },
  {
    id: 'grid.column-widths-outside',
    sheets: `setColumnWidth and setColumnWidths past the last column throw "${SHEETS_SENTENCES.columnsOutOfBounds}"`,
    source: {
      title: 'mogsdad/SheetConverter#20: "Those columns are out of bounds." for a column past the grid',
      url: 'https://github.com/mogsdad/SheetConverter/issues/20',
    },
    note: 'The thread shows the sentence for reading a column width; setting one is taken to fail alike.',
  },
  {
    id: 'grid.column-width-default',
    sheets:
      "A new sheet's columns are 100 pixels wide, and so are columns inserted after its last one before any width is set; getColumnWidth says so until a width is set.",
    source: null,
    note: 'Unconfirmed in the reference, though 100 px is the width every new sheet shows. The build grows a sheet before it sets any width and sets no width equal to this one; were the default another, month columns would only look wider or narrower.',
  },
  {
    id: 'grid.insert-rows',
    sheets:
      'insertRowsAfter and insertRowsBefore add blank rows anywhere in the grid; the cells below move down with their formats, notes and validations, and named ranges, conditional formats and protections follow them (a range the new rows fall inside grows).',
    source: {
      title: 'Apps Script reference: Sheet.insertRowsAfter',
      url: `${APPS_SCRIPT}/sheet#insertRowsAfter(Integer,Integer)`,
    },
    note: 'The stand-in gives new rows no formats or validations (the stricter assumption: the add-on formats rows it adds) and does not rewrite formula references.',
  },
  {
    id: 'grid.insert-columns',
    sheets:
      'insertColumnsAfter and insertColumnsBefore add blank columns anywhere; the cells to the right move right with their formats, notes, validations and widths.',
    source: {
      title: 'Apps Script reference: Sheet.insertColumnsAfter',
      url: `${APPS_SCRIPT}/sheet#insertColumnsAfter(Integer,Integer)`,
    },
  },
  {
    id: 'grid.delete-rows',
    sheets:
      'deleteRows removes rows anywhere; the rows below move up, a range loses its deleted rows. Deleting every row is refused.',
    source: {
      title: 'Apps Script reference: Sheet.deleteRows',
      url: `${APPS_SCRIPT}/sheet#deleteRows(Integer,Integer)`,
    },
    note: `The sentence for deleting every row ("${SHEETS_SENTENCES.deleteAllRows}") is unconfirmed.`,
  },
  {
    id: 'grid.delete-columns',
    sheets:
      'deleteColumns removes columns anywhere; the columns to the right move left. Deleting every column is refused.',
    source: {
      title: 'Apps Script reference: Sheet.deleteColumns',
      url: `${APPS_SCRIPT}/sheet#deleteColumns(Integer,Integer)`,
    },
  },
  {
    id: 'spreadsheet.cell-limit',
    sheets: `A spreadsheet holds at most 10,000,000 cells over all its grids; inserting a sheet, rows or columns past that throws "${SHEETS_SENTENCES.cellLimit}"`,
    source: {
      title: 'UoaWDCC/uasc-web#833: the sentence as the Sheets API answers it',
      url: 'https://github.com/UoaWDCC/uasc-web/pull/833',
    },
    note: 'Apps Script is taken to answer with the Sheets API sentence (unconfirmed).',
  },
  {
    id: 'cell.character-limit',
    sheets: `A cell holds at most 50,000 characters: a setValues with a longer string fails as a whole ("${SHEETS_SENTENCES.tooLong}"), nothing written.`,
    source: {
      title: 'ONE-F-M/one_fm#1926: exports to Google Sheets fail on a value over 50,000 characters',
      url: 'https://github.com/ONE-F-M/one_fm/pull/1926',
    },
    note: 'The sentence is the one reported in PLATFORM.md; its exact wording in Apps Script is unconfirmed.',
  },
  {
    id: 'typed.formula-and-text',
    sheets:
      'setValues reads a string as if typed: "=…" is a formula, "\'…" is text shown without the apostrophe.',
    source: {
      title: 'Sheets API reference: ValueInputOption USER_ENTERED ("as if the user typed them into the UI")',
      url: 'https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption',
    },
    note: 'That Range.setValues reads strings the USER_ENTERED way is widely observed, not stated in its reference.',
  },
  {
    id: 'typed.iso-date',
    sheets:
      'A typed ISO date ("2024-03-15") becomes a date, stored at midnight in the spreadsheet\'s time zone; getValues reads it back as a Date.',
    source: {
      title: 'Apps Script reference: Range.getValues (dates come back as Date)',
      url: `${APPS_SCRIPT}/range#getValues()`,
    },
  },
  {
    id: 'typed.locale-date',
    sheets:
      "A date typed in the locale's own order is a date: 3/15/2024 in en_US, 15.03.2024 in ru_RU and fi_FI.",
    source: {
      title: 'Sheets API reference: ValueInputOption USER_ENTERED',
      url: 'https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption',
    },
  },
  {
    id: 'typed.locale-number',
    sheets:
      'Numeric text is a number by the locale: "1,500.50" in en_US; "1 500,50" and "1500,5" in ru_RU and fi_FI (where "1.5" stays text).',
    source: {
      title: 'Sheets API reference: ValueInputOption USER_ENTERED',
      url: 'https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption',
    },
    note: 'That a decimal point stays text in a comma-decimal locale is unconfirmed.',
  },
  {
    id: 'typed.percent',
    sheets: 'Percent text is its fraction: "12%" is 0.12 ("12,5%" in ru_RU).',
    source: {
      title: 'Sheets API reference: ValueInputOption USER_ENTERED',
      url: 'https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption',
    },
  },
  {
    id: 'typed.boolean',
    sheets: '"TRUE" and "FALSE", in any case, are booleans.',
    source: {
      title: 'Sheets API reference: ValueInputOption USER_ENTERED',
      url: 'https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption',
    },
  },
  {
    id: 'validation.rejects-write',
    sheets: `A data validation that rejects invalid input (setAllowInvalid(false), and every checkbox) refuses a script's write that breaks it: "${SHEETS_SENTENCES.rejected('X')}" (lists, lists from a range, numbers between, checkboxes, dates).`,
    source: null,
    note: 'Reported by public projects (PLATFORM.md), not in the reference, and contradicted by some pages; the stand-in takes the stricter answer so the add-on checks values before writing.',
  },
  {
    id: 'conditional-format.own-sheet',
    sheets:
      "A conditional format's custom formula may refer only to cells of its own sheet; another sheet only through INDIRECT.",
    source: {
      title: 'Google Docs Editors Help: Use conditional formatting rules in Google Sheets',
      url: 'https://support.google.com/docs/answer/78413',
    },
    note: 'The stand-in refuses at build() and at setConditionalFormatRules; where Apps Script refuses is unconfirmed.',
  },
  {
    id: 'conditional-format.no-named-ranges',
    sheets: "A conditional format's custom formula may not use a named range.",
    source: null,
    note: 'Observed in the conditional-format dialog ("Invalid formula"); unconfirmed for Apps Script.',
  },
  {
    id: 'sheet.insert-activates',
    sheets:
      'insertSheet makes the new sheet the active one; getActiveSheet, setActiveSheet and Sheet.activate read and change it.',
    source: {
      title: 'Apps Script reference: Spreadsheet.insertSheet',
      url: `${APPS_SCRIPT}/spreadsheet#insertSheet()`,
    },
  },
  {
    id: 'named-range.name-in-use',
    sheets: 'setNamedRange with a name already in use is refused.',
    source: {
      title: 'Apps Script reference: Spreadsheet.setNamedRange (silent on a name in use)',
      url: `${APPS_SCRIPT}/spreadsheet#setNamedRange(String,Range)`,
    },
    note: 'Not documented either way; the stand-in takes the stricter answer, so the add-on moves a named range with NamedRange.setRange and works whichever way Sheets answers.',
  },
  {
    id: 'named-range.set-range',
    sheets: 'NamedRange.setRange points a named range at another range.',
    source: {
      title: 'Apps Script reference: NamedRange.setRange',
      url: `${APPS_SCRIPT}/named-range#setRange(Range)`,
    },
  },
  {
    id: 'chart.anchor-inside',
    sheets: 'A chart is anchored to a cell of the grid; an anchor past it is refused.',
    source: null,
    note: "Unconfirmed; the stricter answer, so the build grows a sheet to its charts' anchors.",
  },
  {
    id: 'formula.locale-separators',
    sheets:
      'In a comma-decimal locale (ru_RU, fi_FI) a formula with "," between arguments or a decimal point does not parse and shows #ERROR!; ";" and "0,5" do.',
    source: null,
    note: 'PLATFORM.md cites public issue threads of several add-ons (de_DE, it_IT, tr_TR); the add-on probes before writing.',
  },
  {
    id: 'sheet.names',
    sheets: 'Sheet names are unique ignoring case; the last sheet of a spreadsheet cannot be deleted.',
    source: { title: 'Apps Script reference: Sheet.setName', url: `${APPS_SCRIPT}/sheet#setName(String)` },
  },
  {
    id: 'named-range.valid-names',
    sheets:
      "A named range's name is letters, digits and underscores, not starting with a digit and not shaped like a cell reference (ROI1).",
    source: {
      title: 'Apps Script reference: Spreadsheet.setNamedRange',
      url: `${APPS_SCRIPT}/spreadsheet#setNamedRange(String,Range)`,
    },
  },
];
