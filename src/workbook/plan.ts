/**
 * The workbook plan: plain JSON that says which sheets to make and what goes in them.
 * `planWorkbook` produces it without touching any Apps Script service; the Sheets adapter applies
 * it with batched calls; the local preview and the tests evaluate it in HyperFormula.
 *
 * Conventions every producer and consumer holds to:
 * - A cell value is a number, boolean, null (blank) or string. A string starting with `=` is a
 *   formula in English function names with `,` separators; a string starting with `'` is text shown
 *   without the apostrophe (exactly as `Range.setValues` reads them). Text that came from a person
 *   is always written with the leading `'` when it could start a formula.
 * - Formulas refer to another sheet of the plan only as `'Sheet name'!A1` (always quoted), so the
 *   adapter can rename a sheet (`Plan (2)`) by rewriting that one form.
 * - Formulas use only functions that Sheets, Excel, LibreOffice and HyperFormula all have.
 * - Every `range` is A1 notation inside its sheet (`B3` for a top-left cell or `B3:N20`).
 */

import type { Language } from '../i18n/languages';

export type CellValue = string | number | boolean | null;

export interface CellBlock {
  /** Top-left cell ("B3") or the whole rectangle ("B3:N20"). */
  range: string;
  /** Rows of cells; every row has the same length. */
  values: CellValue[][];
}

/** One number format for a whole rectangle, in Sheets pattern syntax. */
export interface NumberFormatRule {
  range: string;
  pattern: string;
}

export interface CellStyle {
  /** "#rrggbb". */
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  horizontalAlignment?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

export interface StyleRule {
  range: string;
  style: CellStyle;
}

export type ValidationRule =
  | { range: string; kind: 'list'; values: string[]; allowInvalid: boolean; helpText?: string }
  | {
      range: string;
      kind: 'numberBetween';
      min: number;
      max: number;
      allowInvalid: boolean;
      helpText?: string;
    }
  | { range: string; kind: 'checkbox'; helpText?: string }
  | { range: string; kind: 'date'; allowInvalid: boolean; helpText?: string }
  | {
      range: string;
      /** A dropdown of the values in `source`, a quoted range of another sheet of the plan. */
      kind: 'listFromRange';
      source: string;
      allowInvalid: boolean;
      helpText?: string;
    };

/** Warning-only protection of a whole sheet: editing asks "are you sure?" except in the input ranges. */
export interface SheetProtection {
  /** Input rectangles (A1 inside this sheet) that a person edits without a warning. */
  unprotected: string[];
}

/** A conditional format: the cells of `range` for which `formula` is TRUE get `style`. */
export interface ConditionalFormatRule {
  range: string;
  /** Sheets' "custom formula is": English names, `,` separators, relative to the range's top-left cell. */
  formula: string;
  style: { background?: string; fontColor?: string; bold?: boolean };
}

export interface ChartSeries {
  /** Index into the chart's data columns after the first (domain) column. */
  index: number;
  type?: 'bars' | 'line' | 'area';
  /** 0 = left axis, 1 = right axis. */
  targetAxisIndex?: 0 | 1;
  color?: string;
}

export interface ChartSpec {
  /** A line chart draws every series as a line; a combo chart as its `series` say. */
  type: 'combo' | 'column' | 'bar' | 'line' | 'pie';
  title: string;
  /**
   * Data ranges inside this sheet (or quoted `'Sheet'!A1:B9` for another sheet of the plan): the
   * first column is the domain, the others are series; the first row holds headers.
   */
  ranges: string[];
  /** Data laid out in rows instead of columns (then the first row is the domain). */
  transpose?: boolean;
  series?: ChartSeries[];
  /** Axis formats: vertical axes by index (0 left, 1 right), e.g. { 1: { format: 'percent' } }. */
  vAxes?: Record<number, { title?: string; format?: string }>;
  stacked?: boolean;
  /** Anchor cell of the chart's top-left corner, 1-based. */
  position: { row: number; column: number; offsetX?: number; offsetY?: number };
  /** Size in pixels; absent, the size Sheets gives a new chart (NEW_CHART_SIZE), set by no call. */
  width?: number;
  height?: number;
}

/** Stable identifiers of the sheets' roles, independent of language. */
export type SheetKey = 'plan' | 'summary' | 'contacts' | 'actual' | 'channels' | 'events';

/** What a sheet's builder writes: everything of a sheet's plan but its grid size, derived from it. */
export interface SheetContent {
  /** Stable identifier of the sheet's role, independent of language: 'plan', 'summary', ... */
  key: SheetKey;
  /** The sheet's name in the workbook's language. */
  name: string;
  blocks: CellBlock[];
  numberFormats: NumberFormatRule[];
  styles: StyleRule[];
  validations: ValidationRule[];
  protection: SheetProtection | null;
  conditionalFormats: ConditionalFormatRule[];
  charts: ChartSpec[];
  /** Notes shown on hover, as Sheets cell notes. */
  notes: Array<{ cell: string; text: string }>;
  frozenRows: number;
  frozenColumns: number;
  /** Widths in pixels, 1-based column index. */
  columnWidths: Array<{ column: number; width: number }>;
}

/** Rows and columns of a sheet's grid. */
export interface GridSize {
  rows: number;
  columns: number;
}

/** One sheet of the workbook: what goes in it, and the grid it needs. */
export interface SheetPlan extends SheetContent {
  /**
   * The grid the sheet must have: a new sheet's 1,000 × 26 at least, and every cell its content
   * writes, formats, validates, names, protects or anchors a chart at (./grid.ts derives it). Sheets
   * refuses any range past the grid, so the adapter grows the new sheet to this size first.
   */
  grid: GridSize;
}

export interface NamedRangePlan {
  /** A valid Sheets named-range name ("TotalNetROI"). */
  name: string;
  /** Quoted sheet and cell: "'Summary'!C4". */
  range: string;
}

export interface WorkbookPlan {
  language: Language;
  sheets: SheetPlan[];
  namedRanges: NamedRangePlan[];
  /** The sheet a person sees when the build is done; absent: whichever sheet was made last. */
  shown?: SheetKey;
}
