/**
 * The grid each sheet of a plan needs. Sheets refuses any range past a sheet's grid and a new
 * sheet is 1,000 × 26 (src/platform/limits.ts), so the plan states each sheet's size, derived here
 * from everything its content touches: blocks, number formats, styles, validations, notes,
 * protected inputs, conditional formats, charts' data and anchors, column widths, frozen panes,
 * and the named ranges on it. Pure.
 */
import { type CellRect, parseA1, splitSheetRange } from '../formula/a1';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from '../platform/limits';
import type { CellBlock, GridSize, NamedRangePlan, SheetContent, SheetPlan } from './plan';

/**
 * The rectangle of a block: its range, or its top-left cell and the size of its values; null for a
 * block without values. A block whose range disagrees with its values is refused.
 */
export function blockRect(sheet: string, block: CellBlock): CellRect | null {
  const rect = parseA1(block.range);
  const rows = block.values.length;
  const columns = rows > 0 ? block.values[0].length : 0;
  if (rows === 0 || columns === 0) return null;
  if (block.values.some((r) => r.length !== columns))
    throw new Error(`the block at ${sheet}!${block.range} has rows of different lengths`);
  if (
    block.range.includes(':') &&
    (rect.lastRow - rect.row + 1 !== rows || rect.lastColumn - rect.column + 1 !== columns)
  )
    throw new Error(`the block at ${sheet}!${block.range} holds ${rows}×${columns} values`);
  return {
    row: rect.row,
    column: rect.column,
    lastRow: rect.row + rows - 1,
    lastColumn: rect.column + columns - 1,
  };
}

/** Every rectangle of this sheet that the content touches, as A1 ranges of the sheet or rectangles. */
function touched(sheet: SheetContent, namedRanges: NamedRangePlan[]): CellRect[] {
  const own = (range: string): CellRect[] => {
    const { sheet: on, a1 } = splitSheetRange(range);
    return on === null || on === sheet.name ? [parseA1(a1)] : [];
  };
  const cell = (row: number, column: number): CellRect => ({ row, column, lastRow: row, lastColumn: column });
  return [
    ...sheet.blocks.flatMap((b) => blockRect(sheet.name, b) ?? []),
    ...sheet.numberFormats.flatMap((f) => own(f.range)),
    ...sheet.styles.flatMap((s) => own(s.range)),
    ...sheet.validations.flatMap((v) => own(v.range)),
    ...sheet.notes.flatMap((n) => own(n.cell)),
    ...(sheet.protection?.unprotected ?? []).flatMap(own),
    ...sheet.conditionalFormats.flatMap((c) => own(c.range)),
    ...sheet.charts.flatMap((c) => [...c.ranges.flatMap(own), cell(c.position.row, c.position.column)]),
    ...sheet.columnWidths.map((w) => cell(1, w.column)),
    cell(Math.max(1, sheet.frozenRows), Math.max(1, sheet.frozenColumns)),
    ...namedRanges.flatMap((n) => {
      const { sheet: on, a1 } = splitSheetRange(n.range);
      return on === sheet.name ? [parseA1(a1)] : [];
    }),
  ];
}

/** The grid `sheet` needs: a new sheet's, grown to the last row and column its content touches. */
export function gridOf(sheet: SheetContent, namedRanges: NamedRangePlan[]): GridSize {
  const rects = touched(sheet, namedRanges);
  return {
    rows: Math.max(NEW_SHEET_ROWS, ...rects.map((r) => r.lastRow)),
    columns: Math.max(NEW_SHEET_COLUMNS, ...rects.map((r) => r.lastColumn)),
  };
}

/** The sheet's plan: its content with the grid it needs. */
export function withGrid(sheet: SheetContent, namedRanges: NamedRangePlan[]): SheetPlan {
  return { ...sheet, grid: gridOf(sheet, namedRanges) };
}
