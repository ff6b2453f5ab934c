// A1 notation as the adapter reads it.
import { columnLetters, columnNumber, formatA1, parseA1, splitSheetRange } from '../../src/formula/a1';

describe('A1 notation', () => {
  it('converts column numbers and letters both ways, past Z', () => {
    for (const [n, s] of [
      [1, 'A'],
      [26, 'Z'],
      [27, 'AA'],
      [61, 'BI'],
      [702, 'ZZ'],
      [703, 'AAA'],
    ] as const) {
      expect(columnLetters(n)).toBe(s);
      expect(columnNumber(s)).toBe(n);
    }
  });

  it('reads a cell and a rectangle, and writes them back', () => {
    expect(parseA1('B3')).toEqual({ row: 3, column: 2, lastRow: 3, lastColumn: 2 });
    expect(parseA1('$B$3:N20')).toEqual({ row: 3, column: 2, lastRow: 20, lastColumn: 14 });
    expect(formatA1(parseA1('B3:N20'))).toBe('B3:N20');
    expect(formatA1(parseA1('C4'))).toBe('C4');
  });

  it('rejects text that is not A1 notation with a sentence that names it', () => {
    expect(() => parseA1('Plan')).toThrow('"Plan" is not a cell or rectangle in A1 notation');
  });

  it('splits a quoted sheet name with an apostrophe from its cells', () => {
    expect(splitSheetRange("'Bob''s plan'!C4")).toEqual({ sheet: "Bob's plan", a1: 'C4' });
    expect(splitSheetRange('C4')).toEqual({ sheet: null, a1: 'C4' });
  });
});
