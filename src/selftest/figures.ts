/**
 * What the Summary of a built workbook must show, computed straight from the wizard's answers with
 * SPEC's formulas through the pure core (src/core), never through planWorkbook or a spreadsheet:
 * the independent arithmetic the workbook tests hold the plan to in HyperFormula
 * (test/workbook/planWorkbook.test.ts) and the self-test holds real Sheets to. Pure.
 */
import { discountedRoi, paybackPeriod } from '../core/cashflows';
import { RoiError } from '../core/errors';
import { annualizedRoi, netRoi, realRoi } from '../core/roi';
import { fill, messages } from '../i18n';
import type { WizardAnswers } from '../workbook/answers';
import { normalizeAnswers } from '../workbook/validate';

/** The tolerance every figure is held to: 1e-9 relative, 1e-12 absolute around zero. */
export const FIGURE_TOLERANCE = { relative: 1e-9, absolute: 1e-12 } as const;

/** A figure as the Summary shows it: a number, or the text it shows when there is none. */
export type Figure = number | string;

/** The monthly cash flows of a plan: investment paid at the start of each month, counted return at its end. */
export interface MonthlySeries {
  investment: number[];
  returns: number[];
}

/** The sum of an answers group's values (hours, money, returns). */
export const sum = (o: object) => Object.values(o).reduce((s: number, v) => s + Number(v), 0);

/**
 * Monthly investment and counted return straight from the answers (SPEC section 2: amounts are per
 * person per month, except team resources, which are the team's totals, and the value of a deal).
 */
export function monthlySeries(a: WizardAnswers): MonthlySeries {
  const p = a.profile.people;
  const inv = a.investments;
  const r = a.returns;
  const investment = sum(inv.hours) * p * inv.hourlyRate + sum(inv.money) * p + sum(inv.resources);
  const deals = a.funnel.conversions * p * a.funnel.averageDeal;
  const counted = (sum(r.direct) + sum(r.indirect) + (r.countIntangible ? sum(r.intangible) : 0)) * p + deals;
  return {
    investment: Array(a.profile.months).fill(investment),
    returns: Array(a.profile.months).fill(counted),
  };
}

/**
 * Every figure of the Summary's inputs and results, by its named range: SPEC's formulas through
 * the pure core over `series` (the answers' own months unless a test changed some).
 */
export function expectedFigures(
  raw: WizardAnswers,
  series: MonthlySeries = monthlySeries(normalizeAnswers(raw)),
): Record<string, Figure> {
  const a = normalizeAnswers(raw);
  const n = a.profile.months;
  const p = a.profile.people;
  const w = messages(a.language).workbook.summary;
  const I = series.investment.reduce((s, x) => s + x, 0);
  const R = series.returns.reduce((s, x) => s + x, 0);
  const roi = netRoi(R, I, 0, 0);
  const contacts = a.funnel.newContacts * p * n;
  const conversions = a.funnel.conversions * p * n;
  let payback: Figure;
  try {
    payback = paybackPeriod({ kind: 'series', amounts: series.investment }, series.returns);
  } catch (e) {
    if (!(e instanceof RoiError)) throw e;
    payback = fill(w.notPaidBack, { n });
  }
  return {
    DiscountRate: a.profile.discountRate,
    HourlyRate: a.investments.hourlyRate,
    TotalInvestment: I,
    TotalReturn: R,
    TotalNetROI: roi,
    ReturnPerUnit: R / I,
    DiscountedROI: discountedRoi(
      a.profile.discountRate,
      { kind: 'series', amounts: series.investment },
      series.returns,
      12,
    ),
    AnnualizedROI: annualizedRoi(roi, n / 12, 'compound'),
    RealROI: a.profile.inflation === null ? w.noInflation : realRoi(roi, a.profile.inflation, n / 12),
    PaybackMonths: payback,
    ConversionRate: contacts > 0 ? conversions / contacts : w.noContacts,
    CostPerContact: contacts > 0 ? I / contacts : w.noContacts,
    CostPerConversion: conversions > 0 ? I / conversions : w.noConversions,
    HoursInvested: sum(a.investments.hours) * p * n,
  };
}

/**
 * True when a figure as read (`actual`) is the one expected: a number within FIGURE_TOLERANCE, a
 * text exactly.
 */
export function figureMatches(actual: unknown, expected: Figure): boolean {
  if (typeof expected === 'string') return actual === expected;
  if (typeof actual !== 'number' || !Number.isFinite(actual)) return false;
  const error = Math.abs(actual - expected);
  return error <= Math.max(FIGURE_TOLERANCE.relative * Math.abs(expected), FIGURE_TOLERANCE.absolute);
}
