// Deciding (SPEC section 8) in HyperFormula: scenarios, break-even, alternatives, the minimum and the
// next budget by channel, against plain TypeScript arithmetic over the same monthly flows. Each
// workbook is evaluated once, without the contacts log: nothing here reads it.

import { paybackPeriod } from '../../src/core/cashflows';
import { RoiError } from '../../src/core/errors';
import { messages } from '../../src/i18n';
import { fill } from '../../src/i18n/fill';
import { monthlySeries } from '../../src/selftest/figures';
import type { WizardAnswers } from '../../src/workbook/answers';
import { columnLetter } from '../../src/workbook/cells';
import { defaultAnswers } from '../../src/workbook/defaults';
import type { WorkbookPlan } from '../../src/workbook/plan';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { CHANNEL_ROWS } from '../../src/workbook/sheets/channels';
import { ALTERNATIVES, SCENARIO_SHARES } from '../../src/workbook/sheets/summaryFigures';
import { exampleAnswers } from '../support/answersFixture';
import { expectFigure } from '../support/close';
import { type EvaluatedPlan, evaluatePlan, isError, splitSheetRef } from '../support/hyperformula';

/** Money a person types over a month of the Plan: the team's event fees, or the revenue from deals. */
interface PlanEdit {
  row: 'events' | 'deals';
  /** 1-based. */
  month: number;
  value: number;
}

interface Scenario {
  answers: WizardAnswers;
  edits: PlanEdit[];
  /** What the person types as MinimumROI; null leaves it empty. */
  minimum: number | null;
  /** What makes the scenario the case its title names, held of its flows at times 0…n. */
  is: (flows: number[]) => boolean;
}

/** The answers with the contacts log and the channels table off, changed by `change`. */
function answersWith(base: WizardAnswers, change: (a: WizardAnswers) => void): WizardAnswers {
  const a = JSON.parse(JSON.stringify(base)) as WizardAnswers;
  a.extras = { contactsLog: false, channels: false, events: false };
  change(a);
  return a;
}

/** The monthly flows after the edits: an edit replaces the month's estimate of its row (team totals). */
function flowsOf({ answers: a, edits }: Scenario): { investment: number[]; returns: number[] } {
  const { investment, returns } = monthlySeries(a);
  const people = a.profile.people;
  for (const { row, month, value } of edits) {
    if (row === 'events') investment[month - 1] += value - a.investments.money.events * people;
    else returns[month - 1] += value - a.funnel.conversions * people * a.funnel.averageDeal;
  }
  return { investment, returns };
}

/** The cash flows at times 0…n under section 1's timing: investment at a month's start, return at its end. */
function cashFlows(investment: number[], returns: number[]): number[] {
  return [...investment.map((c, t) => (t === 0 ? 0 : returns[t - 1]) - c), returns[returns.length - 1]];
}

/** How often the flows change sign, zeros aside. */
function signChanges(flows: number[]): number {
  const signs = flows.filter((f) => f !== 0).map(Math.sign);
  return signs.filter((s, k) => k > 0 && s !== signs[k - 1]).length;
}

/** Σ f_k v^k. */
const polynomial = (flows: number[], v: number) => flows.reduce((s, f, k) => s + f * v ** k, 0);

/**
 * Every monthly rate m > −1 at which the flows' net present value is 0: the roots of Σ f_k v^k in
 * v = 1 / (1 + m), bracketed by a scan over v from 1e-4 to 1e4 and halved to the last bit.
 */
function monthlyRates(flows: number[]): number[] {
  const rates: number[] = [];
  const steps = 20000;
  let [v0, p0] = [1e-4, polynomial(flows, 1e-4)];
  for (let i = 1; i <= steps; i++) {
    const v1 = 1e-4 * 1e8 ** (i / steps);
    const p1 = polynomial(flows, v1);
    if (p0 === 0) rates.push(1 / v0 - 1);
    else if (Math.sign(p0) !== Math.sign(p1) && p1 !== 0) {
      let [lo, hi, plo] = [v0, v1, p0];
      for (let k = 0; k < 200 && hi - lo > 0; k++) {
        const mid = (lo + hi) / 2;
        if (mid === lo || mid === hi) break;
        const pm = polynomial(flows, mid);
        if (Math.sign(pm) === Math.sign(plo)) [lo, plo] = [mid, pm];
        else hi = mid;
      }
      rates.push(1 / ((lo + hi) / 2) - 1);
    }
    [v0, p0] = [v1, p1];
  }
  return rates;
}

/** Σ r_t v^t − Σ c_t v^(t−1) with v = (1 + annual)^(−1/12): DiscountedROI's numerator, in money. */
function presentValue(investment: number[], returns: number[], annual: number): number {
  const v = (1 + annual) ** (-1 / 12);
  return (
    returns.reduce((s, r, t) => s + r * v ** (t + 1), 0) - investment.reduce((s, c, t) => s + c * v ** t, 0)
  );
}

/** Every figure of the Deciding section, computed in plain TypeScript from the scenario's flows. */
function expectedFigures(scenario: Scenario): Record<string, number | string> {
  const a = scenario.answers;
  const n = a.profile.months;
  const t = messages(a.language).workbook.summary;
  const { investment, returns } = flowsOf(scenario);
  const I = investment.reduce((s, x) => s + x, 0);
  const R = returns.reduce((s, x) => s + x, 0);
  const roi = I > 0 ? (R - I) / I : t.noInvestment;
  const payback = (share: number) => {
    try {
      return paybackPeriod(
        { kind: 'series', amounts: investment },
        returns.map((r) => r * share),
      );
    } catch (e) {
      if (!(e instanceof RoiError)) throw e;
      return fill(t.notPaidBack, { n });
    }
  };
  const flows = cashFlows(investment, returns);
  let rate: number | string;
  if (Math.max(...flows) <= 0) rate = Math.min(...flows) < 0 ? t.neverReturns : t.noInvestment;
  else if (Math.min(...flows) >= 0) rate = t.neverCostsMore;
  else {
    // IRR starts from the net ROI: where several rates balance the flows, it reaches the nearest.
    const guess = typeof roi === 'number' ? roi : 0;
    const rates = monthlyRates(flows).sort((x, y) => Math.abs(x - guess) - Math.abs(y - guess));
    rate = rates.length === 0 ? t.noRateFound : (1 + rates[0]) ** 12 - 1;
  }
  const { pessimistic, optimistic } = SCENARIO_SHARES;
  const figures: Record<string, number | string> = {
    PessimisticShare: pessimistic,
    OptimisticShare: optimistic,
    BreakEvenShare: R > 0 ? I / R : t.noReturnPlanned,
    PessimisticNetROI: I > 0 ? (pessimistic * R - I) / I : t.noInvestment,
    OptimisticNetROI: I > 0 ? (optimistic * R - I) / I : t.noInvestment,
    PessimisticPaybackMonths: payback(pessimistic),
    OptimisticPaybackMonths: payback(optimistic),
    BreakEvenRate: rate,
    MeetsMinimum:
      scenario.minimum === null
        ? ''
        : typeof roi === 'number'
          ? roi >= scenario.minimum
            ? t.meets
            : t.belowMinimum
          : roi,
  };
  ALTERNATIVES.forEach(({ rate: annual }, i) => {
    const advantage = presentValue(investment, returns, annual);
    figures[`AlternativeRates ${i}`] = annual;
    figures[`AlternativeAdvantage ${i}`] = advantage;
    figures[`AlternativeVerdict ${i}`] = advantage > 0 ? t.beatsIt : t.fallsShort;
  });
  return figures;
}

/** The cell on its sheet of a named range of the plan, moved down `rows` and right `columns`. */
function namedCell(plan: WorkbookPlan, name: string, rows = 0, columns = 0): { sheet: string; cell: string } {
  const named = plan.namedRanges.find((n) => n.name === name);
  if (!named) throw new Error(`the plan has no named range ${name}`);
  const { sheet, range } = splitSheetRef(named.range);
  const [, column, row] = /^([A-Z]+)(\d+)/.exec(range) as RegExpExecArray;
  const letter = String.fromCharCode(column.charCodeAt(0) + columns);
  return { sheet, cell: `${letter}${Number(row) + rows}` };
}

/** The workbook of a scenario evaluated once, with the person's edits and minimum typed in. */
function evaluated(scenario: Scenario): { plan: WorkbookPlan; e: EvaluatedPlan } {
  const plan = planWorkbook(scenario.answers);
  const e = evaluatePlan(plan);
  const p = messages(scenario.answers.language).workbook.plan;
  const labels = plan.sheets[0].blocks[0].values.map((line) => line[0]);
  const rowOf = (row: PlanEdit['row']) =>
    labels.indexOf(row === 'events' ? p.moneyItems.events : p.deals) + 1;
  for (const { row, month, value } of scenario.edits)
    e.edit('plan', `${columnLetter(month + 1)}${rowOf(row)}`, value);
  if (scenario.minimum !== null) {
    const { sheet, cell } = namedCell(plan, 'MinimumROI');
    e.edit(sheet, cell, scenario.minimum);
  }
  return { plan, e };
}

/** A figure as the workbook shows it: a named range, or one item of a table's column. */
function shown(plan: WorkbookPlan, e: EvaluatedPlan, key: string) {
  const [name, item] = key.split(' ');
  if (item === undefined) return e.named(name);
  // The verdict has no name of its own: it stands right of the advantage.
  const { sheet, cell } =
    name === 'AlternativeVerdict'
      ? namedCell(plan, 'AlternativeAdvantage', Number(item), 1)
      : namedCell(plan, name, Number(item));
  return e.value(cell, sheet);
}

const example = exampleAnswers();
const SCENARIOS: Array<[string, Scenario]> = [
  [
    'the SPEC example, a team of 3 that never pays back, with a conference in month 1 (one sign change)',
    {
      answers: answersWith(example, () => {}),
      edits: [{ row: 'events', month: 1, value: 2600 }],
      minimum: 0.2,
      is: (flows) => signChanges(flows) === 1 && flows.reduce((s, f) => s + f, 0) < 0,
    },
  ],
  [
    'a plan whose return is 0',
    {
      answers: answersWith(example, (a) => {
        a.funnel = { newContacts: 20, conversions: 0, averageDeal: 0 };
      }),
      edits: [],
      minimum: null,
      is: (flows) => flows.every((f) => f <= 0) && flows.some((f) => f < 0),
    },
  ],
  [
    'a plan whose cash flows never change sign: returns and no investment',
    {
      answers: answersWith(example, (a) => {
        a.investments.hourlyRate = 0;
        a.investments.money = { events: 0, tools: 0, education: 0, gifts: 0, travel: 0 };
      }),
      edits: [],
      minimum: 0.5,
      is: (flows) => flows.every((f) => f >= 0) && flows.some((f) => f > 0),
    },
  ],
  [
    'a 60-month team plan: slow deals, a big one in month 24, an expensive month 30 (several sign changes)',
    {
      answers: answersWith(example, (a) => {
        a.profile = { ...a.profile, kind: 'team', people: 4, months: 60, discountRate: 0.12 };
        a.investments.resources = { staff: 300, technology: 80 };
        a.funnel.averageDeal = 90;
      }),
      edits: [
        { row: 'events', month: 1, value: 9000 },
        ...[1, 2, 3, 4, 5, 6].map((month) => ({ row: 'deals' as const, month, value: 0 })),
        { row: 'deals', month: 24, value: 60000 },
        { row: 'events', month: 30, value: 45000 },
      ],
      minimum: 0.3,
      is: (flows) => flows.length === 61 && signChanges(flows) > 2,
    },
  ],
  [
    'the default example answers (one person, 12 months)',
    {
      answers: answersWith(
        defaultAnswers({ language: 'en', currency: 'EUR', startMonth: '2027-01' }),
        () => {},
      ),
      edits: [],
      minimum: 0.5,
      is: (flows) => flows.length === 13,
    },
  ],
  [
    'two months whose flows no rate balances (a refund of 3,000 in month 2)',
    {
      answers: answersWith(example, (a) => {
        a.profile = { ...a.profile, kind: 'individual', people: 1, months: 2 };
        a.investments.hourlyRate = 0;
        a.investments.money = { events: 1000, tools: 0, education: 0, gifts: 0, travel: 0 };
        a.funnel = { newContacts: 1, conversions: 1, averageDeal: 4000 };
      }),
      // Flows −1000, 3000, −3000: −1000 + 3000 v − 3000 v² has no real root.
      edits: [{ row: 'deals', month: 2, value: -3000 }],
      minimum: null,
      is: (flows) => flows.join() === '-1000,3000,-3000' && monthlyRates(flows).length === 0,
    },
  ],
];

describe.each(SCENARIOS)('Deciding, %s', (_title, scenario) => {
  const { plan, e } = evaluated(scenario);
  const expected = expectedFigures(scenario);

  it('is the case its title names', () => {
    const { investment, returns } = flowsOf(scenario);
    expect(scenario.is(cashFlows(investment, returns))).toBe(true);
  });

  it('computes every figure as plain arithmetic does, to 1e-9 relative', () => {
    for (const [key, want] of Object.entries(expected)) expectFigure(key, shown(plan, e, key), want);
  });

  it('shows no error in any cell', () => {
    const errors = e
      .cells()
      .filter((c) => isError(c.value))
      .map((c) => `${c.sheet}!${c.address} ${c.written}`);
    expect(errors).toEqual([]);
  });

  if (typeof expected.BreakEvenRate === 'number') {
    it('sets DiscountedROI to 0 at BreakEvenRate, above 0 below it and below 0 above it', () => {
      const rate = e.named('BreakEvenRate') as number;
      const { sheet, cell } = namedCell(plan, 'DiscountRate');
      e.edit(sheet, cell, rate);
      const atRate = e.named('DiscountedROI') as number;
      expect({ atRate, zero: Math.abs(atRate) <= 1e-9 }).toEqual({ atRate, zero: true });
      // A percent either side of the rate, as (1 + rate) × 0.99 − 1 and × 1.01 − 1. With several
      // sign changes the NPV need not fall as the rate rises, so only one change is checked so.
      const { investment, returns } = flowsOf(scenario);
      if (signChanges(cashFlows(investment, returns)) === 1) {
        e.edit(sheet, cell, (1 + rate) * 0.99 - 1);
        expect(e.named('DiscountedROI')).toBeGreaterThan(0);
        e.edit(sheet, cell, (1 + rate) * 1.01 - 1);
        expect(e.named('DiscountedROI')).toBeLessThan(0);
      }
    });
  }
});

describe('the next budget by channel (no contacts log)', () => {
  const a = answersWith(example, (answers) => {
    answers.extras.channels = true;
  });
  const plan = planWorkbook(a);
  const e = evaluatePlan(plan);
  const ch = messages('en').workbook.channels;
  // Typed rows: name, cost, contacts, conversions, revenue, next budget (null: left empty).
  const typed: Array<[string, number | null, number, number, number, number | null]> = [
    ['LinkedIn', 400, 40, 6, 1200, null],
    ['Events', 2000, 30, 5, 2500, 1200],
    ['Referrals', 300, 12, 6, 2700, 1100],
    ['Podcast', 0, 5, 1, 150, null],
    ['Newsletter', 100, 8, 0, 0, 0],
  ];
  typed.forEach(([name, cost, contacts, conversions, revenue, next], i) => {
    const r = i + 2;
    for (const [column, value] of [
      ['A', name],
      ['B', cost],
      ['C', contacts],
      ['D', conversions],
      ['E', revenue],
      ['H', next],
    ] as const)
      e.edit('channels', `${column}${r}`, value);
  });
  const total = CHANNEL_ROWS + 2;

  it('scales each channel’s revenue by its next budget, or keeps it without a cost to scale from', () => {
    typed.forEach(([, cost, , , revenue, next], i) => {
      const want = cost !== null && cost > 0 ? (revenue * (next ?? cost)) / cost : ch.noCost;
      expectFigure(`row ${i + 2}`, e.value(`I${i + 2}`, 'channels'), want);
    });
    // An untouched row shows nothing.
    expect(e.value(`I${typed.length + 2}`, 'channels')).toBe('');
  });

  it('gives the table’s ROI today and with the next budgets as ChannelsROI and ReallocatedROI', () => {
    // Today: revenue 6550 on costs 2800. Next: every budget, the cost where it is empty (400 + 1200
    // + 1100 + 0 + 0 = 2700), against the revenue scaled where there is a cost to scale from and
    // kept where there is none: 1200 + 1500 + 9900 + 150 + 0 = 12750.
    const cost = typed.reduce((s, [, c]) => s + (c ?? 0), 0);
    const revenue = typed.reduce((s, row) => s + row[4], 0);
    const budget = typed.reduce((s, [, c, , , , n]) => s + (n ?? c ?? 0), 0);
    const scaled = typed.reduce(
      (s, [, c, , , r, n]) => s + (c !== null && c > 0 ? (r * (n ?? c)) / c : r),
      0,
    );
    expect([cost, revenue, budget, scaled]).toEqual([2800, 6550, 2700, 12750]);
    expectFigure('ChannelsROI', e.named('ChannelsROI'), (revenue - cost) / cost);
    expectFigure('ReallocatedROI', e.named('ReallocatedROI'), (scaled - budget) / budget);
    expectFigure('next budgets in total', e.value(`H${total}`, 'channels'), budget);
    expectFigure('revenue at the next budgets', e.value(`I${total}`, 'channels'), scaled);
  });

  it('gives ReallocatedROI equal to ChannelsROI while no next budget is typed', () => {
    typed.forEach((_row, i) => {
      e.edit('channels', `H${i + 2}`, null);
    });
    expectFigure('ReallocatedROI', e.named('ReallocatedROI'), e.named('ChannelsROI') as number);
  });

  it('says what is missing instead of a ratio when nothing is spent', () => {
    typed.forEach((_row, i) => {
      e.edit('channels', `B${i + 2}`, null);
    });
    expect(e.named('ChannelsROI')).toBe(ch.noCosts);
    expect(e.named('ReallocatedROI')).toBe(ch.noBudget);
    expect(e.cells().filter((c) => isError(c.value))).toEqual([]);
  });
});
