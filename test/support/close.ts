// Numeric comparison with a stated tolerance: jest's toBeCloseTo defaults to 2 digits, too loose here.
import { FIGURE_TOLERANCE } from '../../src/selftest/figures';
import type { Evaluated } from './hyperformula';

/** The tolerance the worked examples of SPEC.md and the workbook's figures are held to: 1e-9 relative. */
export const REL_TOL: number = FIGURE_TOLERANCE.relative;

/**
 * Expects |actual − expected| ≤ rel·max(1, |expected|): relative for large figures, absolute
 * (to the same 1e-9) near zero, where a relative error has no meaning.
 */
export function expectClose(actual: number, expected: number, rel = REL_TOL): void {
  const scale = Math.max(1, Math.abs(expected));
  const err = Math.abs(actual - expected) / scale;
  if (!(err <= rel)) {
    throw new Error(`expected ${actual} to be within ${rel} (relative) of ${expected}; off by ${err}`);
  }
}

/**
 * Expects a workbook figure as evaluated to be `want`: a number within 1e-9 relative (1e-12 absolute
 * around zero), a text exactly. `name` says which figure failed.
 */
export function expectFigure(name: string, actual: Evaluated, want: number | string): void {
  if (typeof want === 'string') {
    expect({ name, value: actual }).toEqual({ name, value: want });
    return;
  }
  expect({ name, type: typeof actual }).toEqual({ name, type: 'number' });
  const error = Math.abs((actual as number) - want);
  if (error > Math.max(REL_TOL * Math.abs(want), FIGURE_TOLERANCE.absolute))
    throw new Error(`${name}: got ${actual}, expected ${want} (error ${error})`);
}
