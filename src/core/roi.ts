/**
 * ROI arithmetic on plain numbers: no argument handling, no services. Each function states its
 * formula as SPEC.md section 1 gives it and throws RoiError where the formula has no meaning for
 * the values together. Bounds on a single argument (years above 0, a rate of 0 or more) are
 * declared in the custom functions' signature table (src/functions/compute.ts) and checked when
 * the argument is read, before these run.
 */
import { RoiError } from './errors';

/** (returns − investment) / investment, where investment = costs + hours × hourly rate. */
export function netRoi(
  totalReturns: number,
  totalCosts: number,
  totalHours: number,
  hourlyRate: number,
): number {
  if (totalHours < 0) throw new RoiError(`hours add up to ${totalHours}; enter hours of 0 or more`);
  const investment = totalCosts + totalHours * hourlyRate;
  if (!(investment > 0)) {
    throw new RoiError(
      `the total investment is ${investment}; ROI needs costs (or hours × hourly_rate) that add up to more than 0`,
    );
  }
  return (totalReturns - investment) / investment;
}

/** Compound: (1 + roi)^(1/years) − 1; simple: roi / years. */
export function annualizedRoi(roi: number, years: number, method: 'compound' | 'simple'): number {
  if (method === 'simple') return roi / years;
  if (roi < -1) {
    throw new RoiError(
      `roi is ${roi}, a loss of more than 100 %, which cannot be compounded; use method "simple" or check roi`,
    );
  }
  return (1 + roi) ** (1 / years) - 1;
}

/** (1 + roi) / (1 + inflation)^years − 1: the nominal ROI with the loss of purchasing power removed. */
export function realRoi(roi: number, inflation: number, years: number): number {
  return (1 + roi) / (1 + inflation) ** years - 1;
}
