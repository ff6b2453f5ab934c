// A1 notation as the adapter reads it.
import * as a1 from '../../src/formula/a1';

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
      expect(a1.columnLetters(n)).toBe(s);
      expect(a1.columnNumber(s)).toBe(n);
    }
  });

  it('reads a cell and a rectangle, and writes them back', () => {
    expect(a1.parseA1('B3')).toEqual({ row: 3, column: 2, lastRow: 3, lastColumn: 2 });
    expect(a1.parseA1('$B$3:N20')).toEqual({ row: 3, column: 2, lastRow: 20, lastColumn: 14 });
    expect(a1.formatA1(a1.parseA1('B3:N20'))).toBe('B3:N20');
    expect(a1.formatA1(a1.parseA1('C4'))).toBe('C4');
  });

  it('rejects text that is not A1 notation with a sentence that names it', () => {
    expect(() => a1.parseA1('Plan')).toThrow('"Plan" is not a cell or rectangle in A1 notation');
  });

  it('splits a quoted sheet name with an apostrophe from its cells', () => {
    expect(a1.splitSheetRange("'Bob''s plan'!C4")).toEqual({ sheet: "Bob's plan", a1: 'C4' });
    expect(a1.splitSheetRange('C4')).toEqual({ sheet: null, a1: 'C4' });
  });

  it('reads a cell reference with its $ parts, and writes it back in upper case', () => {
    expect(a1.readCell('$B3')).toEqual({ column: 2, row: 3, columnAbsolute: true, rowAbsolute: false });
    expect(a1.writeCell(a1.readCell('ab$12')!)).toBe('AB$12');
    for (const text of ['B0', 'B', '3', 'LOG10(', 'ABCD1', 'B3:C4'])
      expect([text, a1.readCell(text)]).toEqual([text, null]);
  });

  it('reads whole columns and rows, as in B:B and 3:3', () => {
    expect([a1.readColumn('$AB'), a1.readColumn('B3'), a1.readRow('$3'), a1.readRow('0')]).toEqual([
      28,
      null,
      3,
      null,
    ]);
  });

  it('makes every part of a rectangle absolute, as a named range holds it', () => {
    expect(a1.absoluteA1('B2:C9')).toBe('$B$2:$C$9');
    expect(a1.absoluteA1('$d4')).toBe('$D$4');
  });

  it('quotes a sheet name for a range, and reads it back', () => {
    expect(a1.sheetRange("Bob's plan", 'C4')).toBe("'Bob''s plan'!C4");
    expect(a1.unquoteSheetName("'Bob''s plan'")).toBe("Bob's plan");
    expect(a1.splitSheetRange(a1.sheetRange("Bob's plan", 'C4'))).toEqual({ sheet: "Bob's plan", a1: 'C4' });
  });

  it('leaves a plain sheet name bare in a reference, and quotes any other', () => {
    expect([a1.sheetPrefix('Plan_2'), a1.sheetPrefix('Plan (2)'), a1.sheetPrefix('2027')]).toEqual([
      'Plan_2',
      "'Plan (2)'",
      "'2027'",
    ]);
  });
});
