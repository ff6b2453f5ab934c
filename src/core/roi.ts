/**
 * ROI arithmetic on plain numbers: no argument handling, no services. Each function states its
 * formula as SPEC.md section 1 gives it and throws RoiError where the formula has no meaning.
 */
import { RoiError } from './errors';

/** (returns − investment) / investment, where investment = costs + hours × hourly rate. */
export function netRoi(
  totalReturns: number,
  totalCosts: number,
  totalHours: number,
  hourlyRate: number,
): number {
  if (hourlyRate < 0) throw new RoiError(`hourly_rate is ${hourlyRate}; enter a rate of 0 or more`);
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
  if (!(years > 0)) throw new RoiError(`years is ${years}; enter a period longer than 0 years`);
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
  if (!(inflation > -1)) throw new RoiError(`inflation is ${inflation}; enter an annual rate above −100 %`);
  if (years < 0) throw new RoiError(`years is ${years}; enter 0 or more years`);
  return (1 + roi) / (1 + inflation) ** years - 1;
}
