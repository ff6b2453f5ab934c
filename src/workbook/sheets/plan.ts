/**
 * The Plan sheet (SPEC section 2): one row per category of the wizard, one column per month and a
 * Total; inputs are yellow, computed rows protected by the sheet's warning, helper rows feed the
 * Summary's discounting and payback.
 *
 * Decisions the SPEC leaves open:
 * - Every category of the wizard is shown (a zero estimate is a blank input a person can fill
 *   later), except team resources, shown for teams or when an individual entered some.
 * - Amounts per person are multiplied by the team's people; team resources (staff, technology) and
 *   the average deal are not: they are already the team's (SPEC section 2) or per deal.
 * - The Plan's formulas refer to the Summary's inputs by address, never by name, because the
 *   adapter may rename named ranges on a second build.
 * - Discounting uses two helper rows of discount factors and SUMPRODUCT (not NPV, which skips
 *   blank cells and would shift later months). Payback is built from helper rows: the balance
 *   after each month's investment, its lowest point, and the payback moment of a month where it
 *   turns non-negative (candidates increase month by month, so the first is their MIN).
 */

import { fill } from '../../i18n/fill';
import type { WizardAnswers } from '../answers';
import { columnLetter, type Format, runs, sheetRef } from '../cells';
import type { BuildContext, SheetBuild } from './context';
import { type CategoryField, type CategoryGroup, categoryRow, type FlowRowKey, flowFormulas } from './flows';
import type { MonthLayout, MonthRow } from './monthGrid';
import { formulaRow, layMonthGrid, rowIndex, sectionRow, sumRow } from './monthGrid';

/** The cases of SPEC section 8 besides the plan: a share of the planned return comes in. */
export type Scenario = 'pessimistic' | 'optimistic';

/** Every scenario, in the Summary's order. */
export const SCENARIOS: readonly Scenario[] = ['pessimistic', 'optimistic'];

/**
 * A scenario's helper rows, as the Plan's own payback has them with the return × the scenario's
 * share: the balance after each month's investment, its lowest point, the payback moment.
 */
type ScenarioRowKey = `${Scenario}${'Balance' | 'Lowest' | 'Payback'}`;

/**
 * The Plan's rows: those it shares with the Actual sheet, its funnel, its discounting helpers, the
 * scenarios' payback helpers and the cash flows of the plan's own rate of return (SPEC section 8).
 */
export type PlanRowKey =
  | FlowRowKey
  | 'cumulativeRoi'
  | 'funnel'
  | 'contacts'
  | 'conversions'
  | 'averageDeal'
  | 'discountStart'
  | 'discountEnd'
  | ScenarioRowKey
  | 'cashFlow';

/** Where the Plan put its rows, for the Summary. */
export type PlanLayout = MonthLayout<PlanRowKey>;

type Row = MonthRow<PlanRowKey>;

/** The Summary's input cells the Plan's formulas read (absolute A1 on the Summary). */
export interface SummaryInputs {
  discountRate: string;
  hourlyRate: string;
  countIntangible: string;
  /** Each scenario's share of the planned return. */
  shares: Record<Scenario, string>;
}

/** Team resources get rows for teams, or when an individual entered some (the Plan's and the Actual's rule). */
export function hasResources(a: WizardAnswers): boolean {
  const r = a.investments.resources;
  return a.profile.kind === 'team' || r.staff > 0 || r.technology > 0;
}

function planRows(ctx: BuildContext, row: (key: PlanRowKey) => number, inputs: SummaryInputs): Row[] {
  const a = ctx.answers;
  const p = ctx.texts.plan;
  const people = a.profile.people;
  const s = (cell: string) => sheetRef(ctx.names.summary, cell);
  const input = <K extends PlanRowKey>(
    key: K,
    label: string,
    estimate: number,
    format: Format | null,
    scale: number,
  ): MonthRow<K> => ({
    key,
    label,
    kind: 'input',
    format,
    cell: () => (estimate === 0 ? null : estimate * scale),
  });
  const sum = (key: PlanRowKey, label: string, rows: Row[], format: Format): Row =>
    sumRow(row, key, label, rows[0].key, rows[rows.length - 1].key, format);
  // A group of the answers, one input row per field.
  const group = <G extends CategoryGroup>(
    prefix: G,
    labels: Record<CategoryField<G>, string>,
    values: Record<CategoryField<G>, number>,
    format: Format,
    scale = people,
  ) =>
    (Object.keys(labels) as CategoryField<G>[]).map((k) =>
      input(categoryRow(prefix, k), labels[k], values[k], format, scale),
    );
  const section = sectionRow;
  const formula = formulaRow;
  const inv = a.investments;
  const ret = a.returns;
  const withResources = hasResources(a);
  const moneyRows = [
    ...group('money', p.moneyItems, inv.money, 'money'),
    // Team resources are the team's totals already (SPEC section 2): never multiplied by people.
    ...(withResources ? group('resources', p.resources, inv.resources, 'money', 1) : []),
  ];
  const hourRows = group('hours', p.hours, inv.hours, 'hours');
  const direct = group('direct', p.direct, ret.direct, 'money');
  const indirect = group('indirect', p.indirect, ret.indirect, 'money');
  const intangible = group('intangible', p.intangible, ret.intangible, 'money');
  const f = a.funnel;
  const r = row;
  const flow = flowFormulas({ row, summary: s, inputs });
  return [
    section('time', p.time),
    ...hourRows,
    sum('hoursTotal', p.hoursTotal, hourRows, 'hours'),
    formula('timeValue', p.timeValue, 'computed', 'money', flow.timeValue),
    section('money', p.money),
    ...moneyRows,
    sum('moneyTotal', p.moneyTotal, moneyRows, 'money'),
    formula('investment', p.investment, 'key', 'money', flow.investment),
    section('returns', p.returns),
    ...direct,
    sum('directTotal', p.directTotal, direct, 'money'),
    // An input holding a formula: a person overwrites a month with the revenue actually made.
    formula('deals', p.deals, 'input', 'money', (c) => `=${c}${r('conversions')}*${c}${r('averageDeal')}`),
    ...indirect,
    sum('indirectTotal', p.indirectTotal, indirect, 'money'),
    ...intangible,
    sum('intangibleTotal', p.intangibleTotal, intangible, 'money'),
    formula('countedReturn', p.countedReturn, 'key', 'money', flow.countedReturn),
    formula('net', p.net, 'key', 'money', flow.net),
    { ...formula('cumulativeNet', p.cumulativeNet, 'computed', 'money', flow.cumulativeNet), total: false },
    {
      ...formula(
        'cumulativeRoi',
        p.cumulativeRoi,
        'computed',
        'percent',
        (c) =>
          `=IF(SUM($B${r('investment')}:${c}${r('investment')})>0,${c}${r('cumulativeNet')}/SUM($B${r('investment')}:${c}${r('investment')}),"")`,
      ),
      total: false,
    },
    section('funnel', p.funnel),
    input('contacts', p.contacts, f.newContacts, null, people),
    input('conversions', p.conversions, f.conversions, null, people),
    // The average deal is a value per deal, not per person: it is not multiplied by people.
    { ...input('averageDeal', p.averageDeal, f.averageDeal, 'money', 1), total: false },
    section('helpers', p.helpers),
    formula('monthNumber', p.monthNumber, 'helper', null, (_c, t) => t),
    formula(
      'discountStart',
      p.discountStart,
      'helper',
      'factor',
      (c) => `=(1+${s(inputs.discountRate)})^(-(${c}${r('monthNumber')}-1)/12)`,
    ),
    formula(
      'discountEnd',
      p.discountEnd,
      'helper',
      'factor',
      (c) => `=(1+${s(inputs.discountRate)})^(-${c}${r('monthNumber')}/12)`,
    ),
    formula('balance', p.balance, 'helper', 'money', flow.balance),
    formula('lowest', p.lowest, 'helper', 'money', flow.lowest),
    formula('payback', p.payback, 'helper', 'months', flow.payback),
    ...SCENARIOS.flatMap((scenario) => scenarioRows(ctx, row, s(inputs.shares[scenario]), scenario)),
    {
      ...formula('cashFlow', fill(p.cashFlow, { total: p.total }), 'helper', 'money', (c, t) => {
        const before = columnLetter(t);
        if (t === 1) return `=-${c}${r('investment')}`;
        return t > ctx.months
          ? `=${before}${r('countedReturn')}`
          : `=${before}${r('countedReturn')}-${c}${r('investment')}`;
      }),
      continues: true,
    },
  ];
}

/**
 * A scenario's payback helpers (SPEC section 8): PAYBACK_PERIOD's balance, lowest point and payback
 * moment, as the Plan's own rows have them (./flows), with each month's return × `share`.
 */
function scenarioRows(
  ctx: BuildContext,
  row: (key: PlanRowKey) => number,
  share: string,
  scenario: Scenario,
): Row[] {
  const p = ctx.texts.plan;
  const [balance, lowest, payback] = [
    `${scenario}Balance`,
    `${scenario}Lowest`,
    `${scenario}Payback`,
  ] as const;
  const named = (label: string) => fill(p.inScenario, { row: label, scenario: p[scenario] });
  // Rows are numbered once they are all listed: look them up when the formulas are written.
  const b = (c: string) => `${c}${row(balance)}`;
  const returned = (c: string) => `${share}*${c}${row('countedReturn')}`;
  const invested = (c: string) => `${c}${row('investment')}`;
  return [
    formulaRow(balance, named(p.balance), 'helper', 'money', (c, t) =>
      t === 1 ? `=-${invested(c)}` : `=${b(columnLetter(t))}+${returned(columnLetter(t))}-${invested(c)}`,
    ),
    formulaRow(lowest, named(p.lowest), 'helper', 'money', (c) => `=MIN(${b(c)},${b(c)}+${returned(c)})`),
    formulaRow(
      payback,
      named(p.payback),
      'helper',
      'months',
      (c) =>
        `=IF(AND(${b(c)}<0,${b(c)}+${returned(c)}>=0),${c}${row('monthNumber')}-1+(-${b(c)})/(${returned(c)}),"")`,
    ),
  ];
}

/** The Plan sheet and where its rows are; `inputs` are the Summary's cells its formulas read. */
export function buildPlan(ctx: BuildContext, inputs: SummaryInputs): SheetBuild & { layout: PlanLayout } {
  const index = rowIndex<PlanRowKey>('Plan');
  const row = index.row;
  const rows = planRows(ctx, row, inputs);
  const { sheet, last, span, layout } = layMonthGrid(ctx, 'plan', rows, index);
  // One warning for the whole sheet; the month cells of input rows are edited freely.
  sheet.protection = {
    unprotected: runs(rows, (line) => (line.kind === 'input' ? true : null), 2).map(([from, to]) =>
      span(from, to, 'B', last),
    ),
  };
  sheet.notes.push({ cell: `A${row('deals')}`, text: ctx.texts.plan.dealsNote });
  return { sheet, namedRanges: [], layout };
}
