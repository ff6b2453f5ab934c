// A plan's monthly investment and counted return computed straight from the wizard's answers, the
// independent side of the workbook tests.
import type { WizardAnswers } from '../../src/workbook/answers';

/** The sum of an object's values (an answers group: hours, money, returns). */
export const sum = (o: object) => Object.values(o).reduce((s: number, v) => s + Number(v), 0);

/**
 * Monthly investment and counted return straight from the answers (SPEC section 2: amounts are per
 * person per month, except team resources, which are the team's totals, and the value of a deal).
 */
export function monthlySeries(a: WizardAnswers): { investment: number[]; returns: number[] } {
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
