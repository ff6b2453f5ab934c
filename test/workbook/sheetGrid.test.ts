// A sheet plan as grids over one rectangle, one per kind of content.

import type { SheetPlan } from '../../src/workbook/plan';
import { sheetGrids, UNSET } from '../../src/workbook/sheetGrid';
import { fixturePlan } from '../support/planFixtures';

function sheet(change: Partial<SheetPlan>): SheetPlan {
  return { ...fixturePlan(1).sheets[2], ...change };
}

describe('sheetGrids', () => {
  it('spans everything the sheet writes, formats, validates or notes', () => {
    const grids = sheetGrids(
      sheet({
        blocks: [{ range: 'B2', values: [[1, 2]] }],
        numberFormats: [{ range: 'D5', pattern: '0.0%' }],
        styles: [],
        validations: [],
        notes: [{ cell: 'A3', text: 'why' }],
      }),
    )!;
    expect(grids.box).toEqual({ row: 2, column: 1, lastRow: 5, lastColumn: 4 });
    expect(grids.values[0]).toEqual([null, 1, 2, null]);
    expect(grids.numberFormats![3][3]).toBe('0.0%');
    expect(grids.notes![1][0]).toBe('why');
    expect(grids.backgrounds).toBeUndefined();
  });

  it('gives uncovered cells the automatic format, the default size and no wrap, and null elsewhere', () => {
    const grids = sheetGrids(
      sheet({
        blocks: [{ range: 'A1:B1', values: [[1, 2]] }],
        numberFormats: [{ range: 'A1', pattern: '0.0' }],
        styles: [{ range: 'A1', style: { bold: true, fontSize: 14, wrap: true, background: '#ffffff' } }],
        validations: [],
        notes: [],
      }),
    )!;
    expect(grids.numberFormats).toEqual([['0.0', UNSET.numberFormat]]);
    expect(grids.fontSizes).toEqual([[14, UNSET.fontSize]]);
    expect(grids.wraps).toEqual([[true, UNSET.wrap]]);
    expect(grids.fontWeights).toEqual([['bold', null]]);
    expect(grids.backgrounds).toEqual([['#ffffff', null]]);
  });

  it('lets a later rule win where two overlap, as applying them in order would', () => {
    const grids = sheetGrids(
      sheet({
        blocks: [],
        numberFormats: [],
        validations: [],
        notes: [],
        styles: [
          { range: 'A1:B1', style: { bold: true } },
          { range: 'B1', style: { bold: false } },
        ],
      }),
    )!;
    expect(grids.fontWeights).toEqual([['bold', 'normal']]);
  });

  it('refuses a block whose values do not fill its range', () => {
    expect(() => sheetGrids(sheet({ blocks: [{ range: 'A1:C1', values: [[1, 2]] }] }))).toThrow(
      'the block at Contacts!A1:C1 holds 1×2 values',
    );
  });

  it('is null for a sheet with nothing to write', () => {
    expect(
      sheetGrids(sheet({ blocks: [], numberFormats: [], styles: [], validations: [], notes: [] })),
    ).toBeNull();
  });
});
