/**
 * The Actual sheet (SPEC section 5): the Plan's months and categories, where a person records what
 * really happened, as team totals (never multiplied by people), and the rows computed from those
 * inputs and from the contacts log.
 *
 * Decisions the SPEC leaves open:
 * - The input rows are grouped so that each named rectangle holds input rows only: the five hour
 *   rows (`ActualHoursInputs`), the money and resource rows (`ActualMoneyInputs`), and the nine
 *   return rows, direct, indirect and intangible (`ActualReturnInputs`); totals come after them.
 * - New contacts, conversions and revenue from deals count log rows with a Name (a row is a contact
 *   only then), by the month their Date met or Converted on falls in: on or after the month's first
 *   day and before the next month's (EDATE), read through the log's named ranges.
 * - Payback helpers look at months 1…m only (m is the Summary's MonthsElapsed), so the Summary's
 *   actual payback never counts a month that has not begun.
 * - The Actual's formulas refer to the Summary's cells by address, as the Plan's do.
 */

import { type Format, formulaText, runs, sheetRef } from '../cells';
import { CONTACT_ROWS, CONVERTED_STAGES, type LogRangeKey, logRange } from '../contactsLog';
import type { BuildContext, SheetBuild } from './context';
import { type CategoryField, type CategoryGroup, categoryRow, type FlowRowKey, flowFormulas } from './flows';
import type { MonthLayout, MonthRow } from './monthGrid';
import { formulaRow, layMonthGrid, rowIndex, sectionRow, sumRow } from './monthGrid';
import { hasResources, type SummaryInputs } from './plan';

/** The Actual sheet's rows: those it shares with the Plan, and the counts from the contacts log. */
export type ActualRowKey = FlowRowKey | 'fromLog' | 'contacts' | 'conversions';

/** Where the Actual sheet put its rows, for the Summary. */
export type ActualLayout = MonthLayout<ActualRowKey>;

/** The Summary's cells the Actual reads: the Plan's inputs and the months elapsed. */
export interface ActualInputs extends SummaryInputs {
  monthsElapsed: string;
}

interface Row extends MonthRow<ActualRowKey> {
  /** The named range over this row's group of inputs (on the group's first row). */
  group?: string;
}

/** The named input rectangles, by the group of rows they cover. */
export const ACTUAL_INPUTS = {
  hours: 'ActualHoursInputs',
  money: 'ActualMoneyInputs',
  returns: 'ActualReturnInputs',
} as const;

/** The Actual sheet and where its rows are. */
export function buildActual(ctx: BuildContext, inputs: ActualInputs): SheetBuild & { layout: ActualLayout } {
  const a = ctx.answers;
  const p = ctx.texts.plan;
  const t = ctx.texts.actual;
  const s = (cell: string) => sheetRef(ctx.names.summary, cell);
  const index = rowIndex<ActualRowKey>('Actual');
  const r = index.row;
  const input = (key: ActualRowKey, label: string, format: Format, group: string): Row => ({
    key,
    label,
    kind: 'input',
    format,
    group,
  });
  const inputsOf = <G extends CategoryGroup>(
    prefix: G,
    labels: Record<CategoryField<G>, string>,
    format: Format,
    group: string,
  ) =>
    (Object.keys(labels) as CategoryField<G>[]).map((k) =>
      input(categoryRow(prefix, k), labels[k], format, group),
    );
  const section = sectionRow;
  const computed = formulaRow;
  const sum = (key: ActualRowKey, label: string, from: ActualRowKey, to: ActualRowKey, format: Format): Row =>
    sumRow(r, key, label, from, to, format);
  // A log row of month c: a contact (Name filled) whose `date` column falls in the month.
  const inMonth = (c: string, column: LogRangeKey) => {
    const date = logRange(column);
    return `${CONTACT_ROWS},${date},">="&${c}$1,${date},"<"&EDATE(${c}$1,1)`;
  };
  const converted = CONVERTED_STAGES.map((stage) => formulaText(ctx.texts.contacts.stages[stage]));
  const byConversion = (c: string, f: (criteria: string) => string) =>
    `=${converted.map((stage) => f(`${inMonth(c, 'convertedOn')},${logRange('stage')},${stage}`)).join('+')}`;
  const elapsed = (c: string) => `${c}${r('monthNumber')}<=${s(inputs.monthsElapsed)}`;
  const flow = flowFormulas({ row: r, summary: s, inputs, counts: elapsed });

  const hours = inputsOf('hours', p.hours, 'hours', ACTUAL_INPUTS.hours);
  const money = [
    ...inputsOf('money', p.moneyItems, 'money', ACTUAL_INPUTS.money),
    ...(hasResources(a) ? inputsOf('resources', p.resources, 'money', ACTUAL_INPUTS.money) : []),
  ];
  const returns = [
    ...inputsOf('direct', p.direct, 'money', ACTUAL_INPUTS.returns),
    ...inputsOf('indirect', p.indirect, 'money', ACTUAL_INPUTS.returns),
    ...inputsOf('intangible', p.intangible, 'money', ACTUAL_INPUTS.returns),
  ];
  const rows: Row[] = [
    section('time', p.time),
    ...hours,
    sum('hoursTotal', p.hoursTotal, hours[0].key, hours[hours.length - 1].key, 'hours'),
    computed('timeValue', p.timeValue, 'computed', 'money', flow.timeValue),
    section('money', p.money),
    ...money,
    sum('moneyTotal', p.moneyTotal, money[0].key, money[money.length - 1].key, 'money'),
    computed('investment', p.investment, 'key', 'money', flow.investment),
    section('returns', p.returns),
    ...returns,
    sum('directTotal', p.directTotal, 'direct.referrals', 'direct.investment', 'money'),
    computed('deals', t.deals, 'computed', 'money', (c) =>
      byConversion(c, (k) => `SUMIFS(${logRange('dealValue')},${k})`),
    ),
    sum('indirectTotal', p.indirectTotal, 'indirect.salary', 'indirect.otherIncome', 'money'),
    sum('intangibleTotal', p.intangibleTotal, 'intangible.knowledge', 'intangible.opportunities', 'money'),
    computed('countedReturn', p.countedReturn, 'key', 'money', flow.countedReturn),
    computed('net', p.net, 'key', 'money', flow.net),
    // A running sum: its Total would add the months' running sums up.
    { ...computed('cumulativeNet', p.cumulativeNet, 'computed', 'money', flow.cumulativeNet), total: false },
    section('fromLog', t.fromLog),
    computed('contacts', t.contacts, 'computed', 'count', (c) => `=COUNTIFS(${inMonth(c, 'dateMet')})`),
    computed('conversions', t.conversions, 'computed', 'count', (c) =>
      byConversion(c, (k) => `COUNTIFS(${k})`),
    ),
    section('helpers', p.helpers),
    computed('monthNumber', p.monthNumber, 'helper', null, (_c, k) => k),
    computed('balance', p.balance, 'helper', 'money', flow.balance),
    computed('lowest', p.lowest, 'helper', 'money', flow.lowest),
    computed('payback', p.payback, 'helper', 'months', flow.payback),
  ];
  const { sheet, last, span, layout } = layMonthGrid(ctx, 'actual', rows, index);
  const groups = runs(rows, (line) => line.group ?? null, 2);
  sheet.protection = {
    unprotected: groups.map(([from, to]) => span(from, to, 'B', last)),
  };
  const name = ctx.names.actual;
  const namedRanges = groups.map(([from, to, group]) => ({
    name: group,
    range: sheetRef(name, span(from, to, 'B', last)),
  }));
  return { sheet, namedRanges, layout };
}
