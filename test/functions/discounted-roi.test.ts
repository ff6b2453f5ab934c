// DISCOUNTED_ROI: ROI with investment paid at period starts and returns at period ends, discounted.
import * as formulajs from '@formulajs/formulajs';
import { DISCOUNTED_ROI } from '../../src/functions';
import { expectClose } from '../support/close';
import { column, row } from '../support/sheets';

describe('DISCOUNTED_ROI', () => {
  it('turns a profitable-looking project into a loss at 10 % (SPEC.md worked example, 1e-9)', () => {
    // Published: NPV −26 296.02 on 5 M; −26 296.02 / 5 M = −0.005259203606.
    const roi = DISCOUNTED_ROI(0.1, 5000000, column(2000000, 2000000, 2000000));
    expectClose(roi, -0.005259203606);
    expectClose(roi * 5000000, -26296.0180315552, 1e-9); // NPV in money, to the cent and beyond
  });

  it('discounts the first return by one full period', () => {
    // One return of 110 at the end of year 1 at 10 %: PV = 100, on an investment of 100 → 0.
    expectClose(DISCOUNTED_ROI(0.1, 100, 110), 0);
  });

  it('agrees with formulajs NPV for monthly flows (independent formula, 1e-9)', () => {
    const returns = [120, 0, 300, 250, '', 410, 90, 75, 600, 0, 30, 500];
    const rate = 0.12;
    const monthly = (1 + rate) ** (1 / 12) - 1;
    const pv = formulajs.NPV(monthly, ...returns.map((r) => (r === '' ? 0 : Number(r)))) as number;
    expectClose(DISCOUNTED_ROI(rate, 1800, row(...returns), 12), (pv - 1800) / 1800);
  });

  it('pays a range of investments at the start of each period', () => {
    // Investment at times 0, 1, 2; returns at times 1, 2, 3 (hand-built independent sum).
    const rate = 0.08;
    const inv = [1000, 500, 500];
    const ret = [400, 900, 1200];
    let pvInv = 0;
    let pvRet = 0;
    inv.forEach((c, i) => {
      pvInv += c / (1 + rate) ** i;
    });
    ret.forEach((r, i) => {
      pvRet += r / (1 + rate) ** (i + 1);
    });
    expectClose(DISCOUNTED_ROI(rate, column(...inv), column(...ret)), (pvRet - pvInv) / pvInv);
  });

  it('gives the undiscounted ROI at a rate of 0', () => {
    expectClose(DISCOUNTED_ROI(0, 1000, row(400, 400, 400)), 0.2);
  });

  it('keeps blank months in place as periods with 0', () => {
    const withBlank = DISCOUNTED_ROI(0.1, 100, column('', 121));
    expectClose(withBlank, 0); // 121 at the end of year 2 is worth 100 today
  });

  it('accepts percent text for the rate', () => {
    expectClose(DISCOUNTED_ROI('10%', 100, 110), 0);
  });

  it('rejects a rate of −100 % or less', () => {
    expect(() => DISCOUNTED_ROI(-1, 100, 110)).toThrow(
      'DISCOUNTED_ROI: rate is -1; enter an annual rate above −100 %',
    );
  });

  it('rejects investment and returns of different lengths', () => {
    expect(() => DISCOUNTED_ROI(0.1, column(100, 100), column(50, 50, 50))).toThrow(
      'DISCOUNTED_ROI: investment has 2 periods but returns has 3; give one investment per period of returns, or a single value',
    );
  });

  it('rejects an investment whose present value is not above 0', () => {
    expect(() => DISCOUNTED_ROI(0.1, 0, 110)).toThrow(
      'DISCOUNTED_ROI: the present value of the investment is 0',
    );
    expect(() => DISCOUNTED_ROI(0.1, '', 110)).toThrow(
      'DISCOUNTED_ROI: the present value of the investment is 0',
    );
  });

  it('rejects a block of several rows and columns for period ranges', () => {
    expect(() =>
      DISCOUNTED_ROI(0.1, 100, [
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'DISCOUNTED_ROI: returns is a block of 2 rows and 2 columns; give one row or one column, one cell per period',
    );
  });

  it('names the period of a text cell in returns', () => {
    expect(() => DISCOUNTED_ROI(0.1, 100, row(10, 'n/a'))).toThrow(
      'DISCOUNTED_ROI: returns, column 2 holds the text "n/a"; enter a number',
    );
  });

  it('rejects a periods_per_year of 0', () => {
    expect(() => DISCOUNTED_ROI(0.1, 100, 110, 0)).toThrow('DISCOUNTED_ROI: periods_per_year is 0');
  });

  it('rejects an empty rate', () => {
    expect(() => DISCOUNTED_ROI('', 100, 110)).toThrow('DISCOUNTED_ROI: rate is empty; enter a number');
  });
});
