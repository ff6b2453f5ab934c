// The custom-function formulas the self-test types, and the values it expects of them: checked by
// hand against the twelve months of data and against SPEC's worked examples (1e-9 relative).

import { FORMULA_COLUMN, functionCases, functionGrid } from '../../src/selftest/functions';
import { expectClose } from '../support/close';

const cases = functionCases();
const expected = (prefix: string) => {
  const found = cases.find((c) => c.formula.startsWith(prefix));
  if (!found) throw new Error(`no case ${prefix}`);
  return found.expected;
};

describe('the self-test’s custom-function formulas', () => {
  it('cover every function, each in its own row of column D', () => {
    const names = new Set(cases.map((c) => /^=([A-Z_]+)\(/.exec(c.formula)?.[1]));
    expect([...names].sort()).toEqual(
      ['ANNUALIZED_ROI', 'CONVERSION_RATE', 'DISCOUNTED_ROI', 'NETROI', 'PAYBACK_PERIOD', 'REAL_ROI'].sort(),
    );
    expect(cases.map((c) => c.row)).toEqual(cases.map((_, i) => i + 1));
    const grid = functionGrid(cases.map((c) => c.formula));
    expect(grid.map((row) => row[FORMULA_COLUMN - 1]).slice(0, cases.length)).toEqual(
      cases.map((c) => c.formula),
    );
  });

  it('expect NETROI of the data as summed by hand: returns 7,020, costs 2,850, 36 hours at 25', () => {
    // Returns 90 × (1 + … + 12) = 7,020; costs 1,200 + 11 × 150 = 2,850; hours 2 + (t mod 3) = 36.
    const grid = functionGrid([]);
    expect(grid.reduce((s, r) => s + Number(r[0]), 0)).toBe(7020);
    expect(grid.reduce((s, r) => s + Number(r[1]), 0)).toBe(2850);
    expect(grid.reduce((s, r) => s + Number(r[2]), 0)).toBe(36);
    expectClose(expected('=NETROI(A1:A12,B1:B12)'), (7020 - 2850) / 2850);
    expectClose(expected('=NETROI(A1:A12,B1:B12,C1:C12'), (7020 - 3750) / 3750);
  });

  it('expect the payback of the data as a balance worked by hand: 6 months and a third', () => {
    // Balance after paying month 7's cost: 90 × 21 − (1,200 + 6 × 150) = −210; month 7 returns 630.
    expectClose(expected('=PAYBACK_PERIOD('), 6 + 210 / 630);
  });

  it('expect the discounted ROI of the data discounted month by month at 10 % a year', () => {
    const v = 1.1 ** (-1 / 12);
    let pvReturns = 0;
    let pvCosts = 0;
    for (let t = 1; t <= 12; t++) {
      pvCosts += (t === 1 ? 1200 : 150) * v ** (t - 1);
      pvReturns += 90 * t * v ** t;
    }
    expectClose(expected('=DISCOUNTED_ROI('), (pvReturns - pvCosts) / pvCosts);
  });

  it('expect SPEC’s worked examples where the formula is one of them', () => {
    expectClose(expected('=CONVERSION_RATE(15,50)'), 0.3);
    expectClose(expected('=ANNUALIZED_ROI(60%,3)'), 0.169607095285);
    expectClose(expected('=REAL_ROI(30%,8%,3)'), 0.031981913326);
  });
});
