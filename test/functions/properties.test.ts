// Property tests: each function against an independent formulation of the same formula.
import * as formulajs from '@formulajs/formulajs';
import fc from 'fast-check';
import * as sheets from '../../src/functions';
import type { SheetsScalar } from '../../src/functions/args';
import { expectClose } from '../support/close';

const amount = fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true });
const cell: fc.Arbitrary<SheetsScalar> = fc.oneof(amount, fc.constant(''));
/** A rectangular range of amounts with blanks, as Sheets passes it. */
const grid = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );
const total = (g: SheetsScalar[][]) =>
  g.flat().reduce<number>((s, v) => s + (v === '' ? 0 : (v as number)), 0);

describe('NETROI, property', () => {
  it('equals (Σreturns − I) / I with I = Σcosts + Σhours·rate, for ranges of any shape (1e-9)', () => {
    fc.assert(
      fc.property(grid, grid, grid, fc.double({ min: 0, max: 500, noNaN: true }), (r, c, h, rate) => {
        const invested = total(c) + total(h) * rate;
        fc.pre(invested > 1e-3);
        expectClose(sheets.NETROI(r, c, h, rate), total(r) / invested - 1);
      }),
    );
  });

  it('does not depend on the shape of the range', () => {
    fc.assert(
      fc.property(grid, amount, (r, c) => {
        fc.pre(c > 1e-3);
        expectClose(sheets.NETROI(r, c), sheets.NETROI([r.flat()], c));
      }),
    );
  });
});

const periods = fc.array(fc.double({ min: -1e5, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 });

describe('DISCOUNTED_ROI, property', () => {
  it('equals the ROI of formulajs NPV present values, with investment paid at period starts (1e-9)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        periods,
        fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom(1, 4, 12, 52),
        (rate, returns, investPerPeriod, ppy) => {
          const n = Math.min(returns.length, investPerPeriod.length);
          const ret = returns.slice(0, n);
          const inv = investPerPeriod.slice(0, n);
          const i = (1 + rate) ** (1 / ppy) - 1;
          const pvRet = formulajs.NPV(i, ...ret) as number;
          // Paid at the start of each period = one period earlier than NPV assumes.
          const pvInv = (formulajs.NPV(i, ...inv) as number) * (1 + i);
          const expected = (pvRet - pvInv) / pvInv;
          const actual = sheets.DISCOUNTED_ROI(
            rate,
            inv.map((v) => [v]),
            ret.map((v) => [v]),
            ppy,
          );
          // Both sides carry rounding of order n·ε·(Σ|r| / PV(inv)); scale the tolerance to it.
          const scale = Math.max(1, ret.reduce((s, v) => s + Math.abs(v), 0) / pvInv);
          expectClose(actual, expected, 1e-9 * scale);
        },
      ),
    );
  });
});

describe('PAYBACK_PERIOD, property', () => {
  /**
   * Balance at time x (periods), by the definition in SPEC.md, evaluated directly. At a whole
   * time k > 0 it is the balance at the end of period k, before period k + 1's investment.
   */
  function balanceAt(x: number, invest: number[], returns: number[]): number {
    const t = x > 0 ? Math.ceil(x) - 1 : 0; // 0-based period whose span holds x
    let b = 0;
    for (let k = 0; k <= t; k++) b -= invest[k];
    for (let k = 0; k < t; k++) b += returns[k];
    return b + returns[t] * (x - t);
  }

  /** Balance at the start of period t (0-based), just after paying its investment. */
  function startBalance(t: number, invest: number[], returns: number[]): number {
    let b = 0;
    for (let k = 0; k <= t; k++) b -= invest[k];
    for (let k = 0; k < t; k++) b += returns[k];
    return b;
  }

  it('lands where the balance first comes back to zero (1e-9 of the amounts)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 24 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 24 }),
        (investIn, returnsIn) => {
          const n = Math.min(investIn.length, returnsIn.length);
          const invest = investIn.slice(0, n);
          const returns = returnsIn.slice(0, n);
          let result: number;
          try {
            result = sheets.PAYBACK_PERIOD([invest], [returns]);
          } catch (err) {
            // Never paid back: the balance at the end is negative, or it never climbs back.
            expect(String(err)).toContain(`not paid back within ${n} periods`);
            const finalBalance = returns.reduce((s, v) => s + v, 0) - invest.reduce((s, v) => s + v, 0);
            const dipped = invest.some((_, t) => startBalance(t, invest, returns) < 0);
            expect(dipped).toBe(true);
            if (finalBalance >= 0) {
              // It may end at zero only without ever crossing back inside a period: impossible,
              // since ending ≥ 0 after a dip means some period crossed zero.
              throw new Error('ended at or above zero after a dip but reported not paid back');
            }
            return;
          }
          const scale = Math.max(1, ...invest, ...returns);
          if (result === 0) {
            expect(invest[0]).toBe(0);
            return;
          }
          expect(Math.abs(balanceAt(result, invest, returns)) / scale).toBeLessThanOrEqual(1e-9);
          // Before that moment, once the balance has dipped below zero, every period ends below zero.
          let dipped = false;
          for (let t = 0; t + 1 < result; t++) {
            if (startBalance(t, invest, returns) < 0) dipped = true;
            if (dipped) expect(balanceAt(t + 1 - 1e-12, invest, returns)).toBeLessThan(0);
          }
        },
      ),
    );
  });
});

describe('ANNUALIZED_ROI and REAL_ROI, property', () => {
  // The independent formulation goes through logarithms: expm1(log1p(roi) / years).
  it('compounded annual ROI equals expm1(log1p(roi) / years) (1e-9)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.99, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        (roi, years) => {
          expectClose(sheets.ANNUALIZED_ROI(roi, years), Math.expm1(Math.log1p(roi) / years));
        },
      ),
    );
  });

  it('real ROI equals (1 + roi)·exp(−years·log1p(inflation)) − 1 (1e-9)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.99, max: 20, noNaN: true }),
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        (roi, inflation, years) => {
          expectClose(
            sheets.REAL_ROI(roi, inflation, years),
            (1 + roi) * Math.exp(-years * Math.log1p(inflation)) - 1,
          );
        },
      ),
    );
  });
});

describe('CONVERSION_RATE, property', () => {
  const status = fc.constantFrom('Client', 'client ', 'Lead', 'Partner', '', 'Lost', ' PARTNER');
  it('counts matching statuses among filled cells like a hand count', () => {
    fc.assert(
      fc.property(fc.array(status, { minLength: 1, maxLength: 50 }), (statuses) => {
        const filled = statuses.filter((s) => s !== '');
        fc.pre(filled.length > 0);
        const hits = filled.filter((s) => ['client', 'partner'].includes(s.trim().toLowerCase())).length;
        expect(
          sheets.CONVERSION_RATE(
            statuses.map((s) => [s]),
            [['Client', 'Partner']],
          ),
        ).toBe(hits / filled.length);
      }),
    );
  });

  it('the share of checked boxes among filled cells matches a hand count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<SheetsScalar>(true, false, ''), { minLength: 1, maxLength: 50 }),
        (boxes) => {
          const filled = boxes.filter((b) => b !== '');
          fc.pre(filled.length > 0);
          expect(sheets.CONVERSION_RATE([boxes])).toBe(
            filled.filter((b) => b === true).length / filled.length,
          );
        },
      ),
    );
  });
});
