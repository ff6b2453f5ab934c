// ANNUALIZED_ROI: total ROI over years, per year, compound or simple.
import { ANNUALIZED_ROI } from '../../src/functions';
import { expectClose } from '../support/close';

describe('ANNUALIZED_ROI', () => {
  it('compounds by default: 60 % over 3 years is 16.96 % a year (SPEC.md worked example)', () => {
    expectClose(ANNUALIZED_ROI(0.6, 3), 0.169607095285);
  });

  it('divides evenly with "simple": 60 % over 3 years is 20 % (SPEC.md worked example)', () => {
    expectClose(ANNUALIZED_ROI(0.6, 3, 'simple'), 0.2);
  });

  it('compounds back to the total (independent check: (1 + a)^years − 1 = roi)', () => {
    const a = ANNUALIZED_ROI(0.45, 18 / 12);
    expectClose((1 + a) ** 1.5 - 1, 0.45);
  });

  it('reads the method without regard to case or spaces', () => {
    expectClose(ANNUALIZED_ROI('60%', 3, ' Simple '), 0.2);
    expectClose(ANNUALIZED_ROI(0.6, 3, 'COMPOUND'), 0.169607095285);
  });

  it('rejects an unknown method', () => {
    expect(() => ANNUALIZED_ROI(0.6, 3, 'yearly')).toThrow(
      'ANNUALIZED_ROI: method is "yearly"; enter "compound" or "simple"',
    );
  });

  it('rejects a period of zero or negative years', () => {
    expect(() => ANNUALIZED_ROI(0.6, 0)).toThrow(
      'ANNUALIZED_ROI: years is 0; enter a period longer than 0 years',
    );
    expect(() => ANNUALIZED_ROI(0.6, -1, 'simple')).toThrow('ANNUALIZED_ROI: years is -1');
  });

  it('rejects compounding a loss of more than 100 %', () => {
    expect(() => ANNUALIZED_ROI(-1.5, 2)).toThrow('ANNUALIZED_ROI: roi is -1.5, a loss of more than 100 %');
    expectClose(ANNUALIZED_ROI(-1.5, 2, 'simple'), -0.75);
  });
});
