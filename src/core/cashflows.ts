/**
 * Period-by-period cash flows under the add-on's timing convention: money invested is paid at the
 * start of a period, returns arrive at its end. Period t (1-based) starts at time t − 1 and ends
 * at time t.
 */
import { RoiError } from './errors';

/**
 * Investment per period: a single value is paid at the start of period 1; a series lines up with
 * the returns period by period and must have the same length.
 */
export type Investment = { kind: 'single'; amount: number } | { kind: 'series'; amounts: number[] };

function investmentAt(investment: Investment, periods: number): (t: number) => number {
  if (investment.kind === 'single') return (t) => (t === 0 ? investment.amount : 0);
  if (investment.amounts.length !== periods) {
    throw new RoiError(
      `investment has ${investment.amounts.length} periods but returns has ${periods}; give one investment per period of returns, or a single value`,
    );
  }
  return (t) => investment.amounts[t];
}

/**
 * (PV(returns) − PV(investment)) / PV(investment), discounting at the per-period rate
 * (1 + annualRate)^(1/periodsPerYear) − 1. The signature table (src/functions/compute.ts) holds
 * annualRate above −1 and periodsPerYear above 0.
 */
export function discountedRoi(
  annualRate: number,
  investment: Investment,
  returns: number[],
  periodsPerYear: number,
): number {
  const n = returns.length;
  const paidAt = investmentAt(investment, n);
  // One factor per period, v = (1 + rate)^(−1/periodsPerYear), multiplied up: a power per
  // period would cost more and gain nothing measurable (the product drifts by about n·2^−53).
  const v = (1 + annualRate) ** (-1 / periodsPerYear);
  let pvReturns = 0;
  let pvInvestment = 0;
  let factor = 1; // v^(t−1): the discount at the start of period t
  for (let t = 0; t < n; t++) {
    pvInvestment += paidAt(t) * factor;
    factor *= v;
    pvReturns += returns[t] * factor;
  }
  if (investment.kind === 'single' && n === 0) pvInvestment = investment.amount;
  if (!(pvInvestment > 0)) {
    throw new RoiError(
      `the present value of the investment is ${pvInvestment}; discounted ROI needs an investment above 0`,
    );
  }
  return (pvReturns - pvInvestment) / pvInvestment;
}

/**
 * Periods until cumulative returns cover cumulative investment. With b_t the balance just after
 * paying period t's investment, the balance grows linearly to b_t + r_t over period t, and the
 * result is (t − 1) + (−b_t) / r_t for the first t with b_t < 0 ≤ b_t + r_t; 0 when the balance
 * is never negative.
 */
export function paybackPeriod(investment: Investment, returns: number[]): number {
  const n = returns.length;
  const paidAt = investmentAt(investment, n);
  let balance = 0;
  let wentNegative = false;
  for (let t = 0; t < n; t++) {
    balance -= paidAt(t);
    const end = balance + returns[t];
    if (balance < 0) {
      wentNegative = true;
      if (end >= 0) return t + -balance / returns[t];
    } else if (end < 0) {
      wentNegative = true;
    }
    balance = end;
  }
  if (investment.kind === 'single' && n === 0 && investment.amount > 0) wentNegative = true;
  if (!wentNegative) return 0;
  throw new RoiError(`not paid back within ${n} periods; the returns never cover the investment`);
}
