/**
 * A sheet of a workbook plan as grids over one rectangle: its values, number formats, styles,
 * data validations and notes, each as one 2-D array, so the adapter writes each kind with one call
 * per sheet (`setValues`, `setNumberFormats`, `setBackgrounds`, ...) whatever the months or rows.
 * Pure: no Apps Script service.
 */

import { type CellRect, parseA1 } from '../formula/a1';
import { blockRect } from '../workbook/grid';
import type { CellStyle, CellValue, SheetContent, ValidationRule } from '../workbook/plan';

/**
 * What a cell of the rectangle that no rule covers gets, per kind: Sheets' automatic number format,
 * its default font size, no wrapping; null (reset to the default) for the kinds whose setters take
 * it. On a new sheet these leave the cell as Sheets made it.
 */
export const UNSET = {
  numberFormat: 'General',
  fontSize: 10,
  wrap: false,
} as const;

/** The grids of one sheet; a kind the plan does not use on this sheet is absent. */
export interface SheetGrids {
  /** The rectangle every grid covers: everything the sheet's plan writes, formats or validates. */
  box: CellRect;
  values: CellValue[][];
  numberFormats?: string[][];
  backgrounds?: Array<Array<string | null>>;
  fontColors?: Array<Array<string | null>>;
  fontWeights?: Array<Array<'bold' | 'normal' | null>>;
  fontStyles?: Array<Array<'italic' | 'normal' | null>>;
  fontSizes?: number[][];
  wraps?: boolean[][];
  horizontalAlignments?: Array<Array<'left' | 'center' | 'right' | null>>;
  /** The plan's rule for each cell (the adapter builds each distinct rule once). */
  validations?: Array<Array<ValidationRule | null>>;
  notes?: string[][];
}

/** The grid kind of each style property and how a plan value reads there. */
const STYLE_GRIDS: {
  [K in keyof CellStyle]-?: { grid: keyof SheetGrids; value: (v: NonNullable<CellStyle[K]>) => unknown };
} = {
  background: { grid: 'backgrounds', value: (v) => v },
  fontColor: { grid: 'fontColors', value: (v) => v },
  bold: { grid: 'fontWeights', value: (v) => (v ? 'bold' : 'normal') },
  italic: { grid: 'fontStyles', value: (v) => (v ? 'italic' : 'normal') },
  fontSize: { grid: 'fontSizes', value: (v) => v },
  horizontalAlignment: { grid: 'horizontalAlignments', value: (v) => v },
  wrap: { grid: 'wraps', value: (v) => v },
};

/** What an uncovered cell of each grid holds. */
const UNSET_OF: Partial<Record<keyof SheetGrids, unknown>> = {
  numberFormats: UNSET.numberFormat,
  fontSizes: UNSET.fontSize,
  wraps: UNSET.wrap,
  notes: '',
};

/** The rectangle that spans all of `rects`, or null for none. */
function span(rects: CellRect[]): CellRect | null {
  if (rects.length === 0) return null;
  return {
    row: Math.min(...rects.map((r) => r.row)),
    column: Math.min(...rects.map((r) => r.column)),
    lastRow: Math.max(...rects.map((r) => r.lastRow)),
    lastColumn: Math.max(...rects.map((r) => r.lastColumn)),
  };
}

/** The blocks of a sheet with their rectangles (empty blocks left out). */
function blocksOf(sheet: SheetContent): Array<{ rect: CellRect; values: CellValue[][] }> {
  return sheet.blocks.flatMap((b) => {
    const rect = blockRect(sheet.name, b);
    return rect ? [{ rect, values: b.values }] : [];
  });
}

/** The rectangle the sheet's grids cover, or null when the plan writes nothing there. */
export function sheetBox(sheet: SheetContent): CellRect | null {
  return span([
    ...blocksOf(sheet).map((b) => b.rect),
    ...sheet.numberFormats.map((f) => parseA1(f.range)),
    ...sheet.styles.map((s) => parseA1(s.range)),
    ...sheet.validations.map((v) => parseA1(v.range)),
    ...sheet.notes.map((n) => parseA1(n.cell)),
  ]);
}

/**
 * The sheet's grids, or null when the plan writes, formats and validates nothing on it. Where
 * rules overlap, the later one wins, as if they were applied in plan order.
 */
export function sheetGrids(sheet: SheetContent): SheetGrids | null {
  const blocks = blocksOf(sheet);
  const box = sheetBox(sheet);
  if (!box) return null;
  const rows = box.lastRow - box.row + 1;
  const columns = box.lastColumn - box.column + 1;
  const grid = <T>(fill: T): T[][] => Array.from({ length: rows }, () => new Array<T>(columns).fill(fill));
  const grids: SheetGrids = { box, values: grid<CellValue>(null) };
  const paint = (kind: keyof SheetGrids, range: string, value: unknown) => {
    if (!grids[kind]) (grids as unknown as Record<string, unknown>)[kind] = grid(UNSET_OF[kind] ?? null);
    const target = grids[kind] as unknown as unknown[][];
    const r = parseA1(range);
    for (let row = r.row; row <= r.lastRow; row += 1)
      for (let column = r.column; column <= r.lastColumn; column += 1)
        target[row - box.row][column - box.column] = value;
  };

  for (const { rect, values } of blocks)
    values.forEach((line, i) => {
      line.forEach((v, j) => {
        grids.values[rect.row - box.row + i][rect.column - box.column + j] = v;
      });
    });
  for (const f of sheet.numberFormats) paint('numberFormats', f.range, f.pattern);
  for (const { range, style } of sheet.styles)
    for (const property of Object.keys(style) as Array<keyof CellStyle>) {
      const v = style[property];
      if (v === undefined) continue;
      const { grid: kind, value } = STYLE_GRIDS[property];
      paint(kind, range, (value as (x: unknown) => unknown)(v));
    }
  for (const rule of sheet.validations) paint('validations', rule.range, rule);
  for (const note of sheet.notes) paint('notes', note.cell, note.text);
  return grids;
}
