/**
 * Google Sheets' own limits, in one place: the stand-in for Apps Script refuses what passes them,
 * the build grows each sheet to what its plan writes, and the import refuses an over-long cell
 * before it would sink a whole batch. Pure: no Apps Script service. The sources of each figure are
 * in the catalogue of behaviours (./behaviours.ts, rendered into docs/sheets-behaviours.md).
 */

/** Rows of a new sheet (insertSheet, or a new spreadsheet's first sheet). */
export const NEW_SHEET_ROWS = 1000;

/** Columns of a new sheet: A to Z. */
export const NEW_SHEET_COLUMNS = 26;

/**
 * Width of a new sheet's columns in pixels, also of columns inserted after its last one before any
 * width is set: the build leaves columns of this width as they are.
 */
export const NEW_SHEET_COLUMN_WIDTH = 100;

/**
 * Size in pixels of a chart whose width and height options are not set: the size Sheets gives a
 * new chart. The build sets a size only where the layout needs one (each option is a call); the
 * charts below or right of the first view take this one.
 */
export const NEW_CHART_SIZE = { width: 600, height: 371 } as const;

/** Cells a spreadsheet may hold over all its sheets (rows × columns of each grid, filled or not). */
export const MAX_SPREADSHEET_CELLS = 10_000_000;

/** Characters one cell may hold; a longer string fails the whole write it is part of. */
export const MAX_CELL_CHARACTERS = 50_000;
