// PAYBACK_PERIOD: periods until returns cover the investment, interpolated within the period.
import { PAYBACK_PERIOD } from '../../src/functions';
import { expectClose } from '../support/close';
import { column, row } from '../support/sheets';

describe('PAYBACK_PERIOD', () => {
  it('gives 3⅓ for 1000 paid back at 300 a period (SPEC.md worked example)', () => {
    expectClose(PAYBACK_PERIOD(1000, column(300, 300, 300, 300)), 3.333333333333);
  });

  it('pays back exactly at a period end', () => {
    expect(PAYBACK_PERIOD(600, row(300, 300, 300))).toBe(2);
  });

  it('is 0 when nothing is owed', () => {
    expect(PAYBACK_PERIOD(0, row(300, 300))).toBe(0);
  });

  it('lines up a range of monthly investments with the returns', () => {
    // Balance after paying: −500, then −500 + 200 − 500 = −800 ... hand-traced:
    // t1: b = −500, end −300; t2: b = −800, end −100; t3: b = −100 (nothing paid), end 500 → 2 + 100/600.
    expectClose(PAYBACK_PERIOD(row(500, 500, 0), row(200, 700, 600)), 2 + 100 / 600);
  });

  it('counts a blank month as a month with nothing in it', () => {
    expectClose(PAYBACK_PERIOD(1000, row(500, '', 1000)), 2.5);
  });

  it('says when the plan never pays back', () => {
    expect(() => PAYBACK_PERIOD(1000, row(100, 100, 100))).toThrow(
      'PAYBACK_PERIOD: not paid back within 3 periods; the returns never cover the investment',
    );
  });

  it('rejects a block of several rows and columns', () => {
    expect(() =>
      PAYBACK_PERIOD(100, [
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('PAYBACK_PERIOD: returns is a block of 2 rows and 2 columns');
  });

  it('rejects investment and returns of different lengths', () => {
    expect(() => PAYBACK_PERIOD(row(1, 2, 3), row(1, 2))).toThrow(
      'PAYBACK_PERIOD: investment has 3 periods but returns has 2',
    );
  });

  it('rejects text in a period, naming the period', () => {
    expect(() => PAYBACK_PERIOD(1000, column(300, 'soon'))).toThrow(
      'PAYBACK_PERIOD: returns, row 2 holds the text "soon"; enter a number',
    );
  });
});
