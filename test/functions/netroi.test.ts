// NETROI: net ROI of returns over costs plus valued hours, as typed into a cell.
import { NETROI } from '../../src/functions';
import { expectClose } from '../support/close';
import { column, row } from '../support/sheets';

describe('NETROI', () => {
  describe('worked examples of SPEC.md section 1 (published ROI guides; 1e-9 relative)', () => {
    it('gives 50 % for 1.5 M returned on 1 M invested', () => expectClose(NETROI(1500000, 1000000), 0.5));
    it('ranks the smaller project higher: 30 % vs 50 %', () => {
      expectClose(NETROI(650000, 500000), 0.3);
      expectClose(NETROI(300000, 200000), 0.5);
    });
    it('gives 200 % for marketing returning 900 000 on 300 000', () =>
      expectClose(NETROI(900000, 300000), 2));
    it('gives 110 % for one networker: 15 deals of 70 on 500 a month', () =>
      expectClose(NETROI(15 * 70, 500), 1.1));
  });

  it('sums ranges of any shape, skipping blank cells', () => {
    const returns = [
      [100, ''],
      ['', 200],
      [300, 400],
    ];
    expect(NETROI(returns, row(250, '', 250))).toBe((1000 - 500) / 500);
  });

  it('values hours at the hourly rate and adds them to the investment', () => {
    // investment = 200 + 10 h × 30 = 500; (1000 − 500) / 500 = 1
    expect(NETROI(1000, 200, column(4, 6), 30)).toBe(1);
  });

  it('converts numeric text in a single value, as Sheets does', () => {
    expect(NETROI('1,500', '1000')).toBe(0.5);
    expect(NETROI(' 2000 ', '1e3')).toBe(1);
  });

  it('accepts a 1×1 array literal like a single cell', () => {
    expect(NETROI([[1500]], [['1000']])).toBe(0.5);
  });

  it('rejects text inside a range, naming the function, argument, place and value', () => {
    expect(() => NETROI(100, column(50, 20, '1 500'))).toThrow(
      'NETROI: costs, row 3 column 1 holds the text "1 500"; enter a number',
    );
  });

  it('rejects booleans and dates inside a range', () => {
    expect(() => NETROI(row(1, true), 1)).toThrow(
      'NETROI: returns, row 1 column 2 holds the value TRUE; enter a number',
    );
    expect(() => NETROI(100, column(new Date(2027, 0, 1), 5))).toThrow(
      'NETROI: costs, row 1 column 1 holds a date; enter a number',
    );
  });

  it('rejects a single text that is not a number', () => {
    expect(() => NETROI('lots', 100)).toThrow('NETROI: returns holds the text "lots"; enter a number');
  });

  it('refuses a total investment of zero or below instead of dividing by it', () => {
    expect(() => NETROI(100, 0)).toThrow(/^NETROI: the total investment is 0; .*more than 0$/);
    expect(() => NETROI(100, column('', ''))).toThrow('NETROI: the total investment is 0');
    expect(() => NETROI(100, -50)).toThrow('NETROI: the total investment is -50');
  });

  it('refuses hours without an hourly rate', () => {
    expect(() => NETROI(1000, 200, 10)).toThrow(
      'NETROI: hours are given without hourly_rate; enter the value of one hour as the fourth argument',
    );
  });

  it('treats blank optional arguments as left out', () => {
    expect(NETROI(1500, 1000, '', '')).toBe(0.5);
  });

  it('refuses a negative hourly rate and negative hours', () => {
    expect(() => NETROI(1000, 200, 10, -5)).toThrow('NETROI: hourly_rate is -5; enter a rate of 0 or more');
    expect(() => NETROI(1000, 200, -10, 5)).toThrow('NETROI: hours add up to -10; enter hours of 0 or more');
  });

  it('rejects a range for the hourly rate', () => {
    expect(() => NETROI(1000, 200, 10, column(5, 6))).toThrow(
      'NETROI: hourly_rate is a range of 2 cells; give a single value',
    );
  });

  it('computes a year of monthly figures from a realistic plan', () => {
    // 12 months: 500 a month spent, 10 h a month at 40, 15 deals of 70: returns 12 600,
    // investment 12 × (500 + 400) = 10 800; ROI = 1800 / 10800 (hand computation).
    const months = (v: number) => row(...Array.from({ length: 12 }, () => v));
    expectClose(NETROI(months(15 * 70), months(500), months(10), 40), 1800 / 10800);
  });
});
