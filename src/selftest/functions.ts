/**
 * The custom-function formulas the self-test types into a sheet of its own, over twelve months of
 * made-up costs, returns and hours, and the value each must show, computed by the pure core from
 * the same numbers. Sheets computes them by calling the add-on; after Prepare for sharing it
 * computes the native formulas they become, independently of the add-on. Pure.
 */
import { discountedRoi, paybackPeriod } from '../core/cashflows';
import { conversionRate } from '../core/conversion';
import { annualizedRoi, netRoi, realRoi } from '../core/roi';
import type { CustomFunctionName } from '../functions/names';

/** The months of data the formulas read. */
const MONTHS = 12;
/** The value of an hour in the NETROI case with hours. */
const HOURLY_RATE = 25;

/** Month t's (1-based) cost: a large first month, then a steady one, so payback takes months. */
const cost = (t: number) => (t === 1 ? 1200 : 150);
/** Month t's return, growing month by month. */
const returned = (t: number) => 90 * t;
/** Month t's hours. */
const hours = (t: number) => 2 + (t % 3);

/** The months 1…12. */
const monthNumbers = () => Array.from({ length: MONTHS }, (_, i) => i + 1);
const total = (f: (t: number) => number) => monthNumbers().reduce((s, t) => s + f(t), 0);
const series = (f: (t: number) => number) => monthNumbers().map(f);

/** The column of the formulas: D, beside the data (returns in A, costs in B, hours in C). */
export const FORMULA_COLUMN = 4;

/** One formula the self-test types, and the value it must show. */
export interface FunctionCase {
  /** The row it is typed in (1-based), in FORMULA_COLUMN. */
  row: number;
  /** In English syntax, `,` between arguments. */
  formula: string;
  expected: number;
}

const A = `A1:A${MONTHS}`;
const B = `B1:B${MONTHS}`;
const C = `C1:C${MONTHS}`;

const call = (name: CustomFunctionName, ...args: Array<string | number>) => `=${name}(${args.join(',')})`;

/**
 * The formulas, one of each function (NETROI twice: with and without hours), a row each from row
 * 1: ranges, percent literals and plain numbers, as a person types them. PAYBACK_PERIOD over
 * ranges has no native equivalent, so Prepare for sharing offers to replace it by its value.
 * Computed when asked for: loading the bundle computes nothing.
 */
export function functionCases(): FunctionCase[] {
  const cases = [
    { formula: call('NETROI', A, B), expected: netRoi(total(returned), total(cost), 0, 0) },
    {
      formula: call('NETROI', A, B, C, HOURLY_RATE),
      expected: netRoi(total(returned), total(cost), total(hours), HOURLY_RATE),
    },
    {
      formula: call('DISCOUNTED_ROI', '10%', B, A, 12),
      expected: discountedRoi(0.1, { kind: 'series', amounts: series(cost) }, series(returned), 12),
    },
    { formula: call('CONVERSION_RATE', 15, 50), expected: conversionRate(15, 50) },
    { formula: call('ANNUALIZED_ROI', '60%', 3), expected: annualizedRoi(0.6, 3, 'compound') },
    { formula: call('REAL_ROI', '30%', '8%', 3), expected: realRoi(0.3, 0.08, 3) },
    {
      formula: call('PAYBACK_PERIOD', B, A),
      expected: paybackPeriod({ kind: 'series', amounts: series(cost) }, series(returned)),
    },
  ];
  return cases.map((c, i) => ({ ...c, row: i + 1 }));
}

/** The sheet's cells from A1: a month a row (return, cost, hours), and `formulas` in column D from row 1. */
export function functionGrid(formulas: readonly string[]): Array<Array<number | string>> {
  const rows = Math.max(MONTHS, formulas.length);
  return Array.from({ length: rows }, (_, r) => {
    const t = r + 1;
    const data = t <= MONTHS ? [returned(t), cost(t), hours(t)] : ['', '', ''];
    return [...data, formulas[r] ?? ''];
  });
}
