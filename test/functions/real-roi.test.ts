// REAL_ROI: nominal ROI with inflation taken out.
import { REAL_ROI } from '../../src/functions';
import { expectClose } from '../support/close';

describe('REAL_ROI', () => {
  it('gives 3.2 % for 30 % over 3 years of 8 % inflation (SPEC.md worked example)', () => {
    expectClose(REAL_ROI(0.3, 0.08, 3), 0.031981913326);
  });

  it('equals the nominal ROI without inflation', () => expectClose(REAL_ROI(0.3, 0, 3), 0.3));

  it('is negative when inflation outruns returns (hand check: 1.1 / 1.21 − 1)', () => {
    expectClose(REAL_ROI(0.1, 0.1, 2), 1.1 / 1.21 - 1);
  });

  it('accepts percent text', () => expectClose(REAL_ROI('30%', '8%', '3'), 0.031981913326));

  it('rejects inflation of −100 % or less', () => {
    expect(() => REAL_ROI(0.3, -1, 3)).toThrow(
      'REAL_ROI: inflation is -1; enter an annual rate above −100 %',
    );
  });

  it('rejects negative years and missing arguments', () => {
    expect(() => REAL_ROI(0.3, 0.08, -2)).toThrow('REAL_ROI: years is -2; enter 0 or more years');
    expect(() => REAL_ROI(0.3, 0.08, '')).toThrow('REAL_ROI: years is empty; enter a number');
  });
});
