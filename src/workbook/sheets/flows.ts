/**
 * The month formulas the Plan and the Actual sheet share (SPEC sections 2 and 5): the value of the
 * hours, the investment, the return counted in ROI, the net, and the helper rows of the payback
 * period. Both sheets take them from here, so a plan and what really happened are computed alike.
 */
import type { HoursPerMonth, MoneyPerMonth, ResourcesPerMonth, Returns } from '../answers';
import { columnLetter } from '../cells';
import type { SummaryInputs } from './plan';

/** `group.field` keys of an answers group's fields ("hours.events"). */
type FieldsOf<P extends string, T> = `${P}.${keyof T & string}`;

/** The rows of the wizard's categories, one per field of the answers, keyed by group and field. */
export type CategoryRowKey =
  | FieldsOf<'hours', HoursPerMonth>
  | FieldsOf<'money', MoneyPerMonth>
  | FieldsOf<'resources', ResourcesPerMonth>
  | FieldsOf<'direct', Returns['direct']>
  | FieldsOf<'indirect', Returns['indirect']>
  | FieldsOf<'intangible', Returns['intangible']>;

/** The groups of the wizard's categories ("hours"). */
export type CategoryGroup = CategoryRowKey extends `${infer G}.${string}` ? G : never;

/** The fields of a group of categories ("events" of "hours"). */
export type CategoryField<G extends CategoryGroup> = CategoryRowKey extends infer R
  ? R extends `${G}.${infer F}`
    ? F
    : never
  : never;

/** The key of a category's row: `categoryRow('hours', 'events')` is "hours.events". */
export function categoryRow<G extends CategoryGroup>(group: G, field: CategoryField<G>): CategoryRowKey {
  return `${group}.${field}` as CategoryRowKey;
}

/** The rows the Plan and the Actual sheet both have, in the sections both lay out alike. */
export type FlowRowKey =
  | CategoryRowKey
  | 'time'
  | 'hoursTotal'
  | 'timeValue'
  | 'money'
  | 'moneyTotal'
  | 'investment'
  | 'returns'
  | 'directTotal'
  | 'deals'
  | 'indirectTotal'
  | 'intangibleTotal'
  | 'countedReturn'
  | 'net'
  | 'cumulativeNet'
  | 'helpers'
  | 'monthNumber'
  | 'balance'
  | 'lowest'
  | 'payback';

/** A month cell's formula: `c` is the month's column letter, `t` its number (1-based). */
export type MonthFormula = (c: string, t: number) => string;

/** Where the formulas look: the sheet's own rows by key, and the Summary's inputs. */
export interface FlowRefs {
  row(key: FlowRowKey): number;
  /** A Summary cell as a quoted reference (`'Summary'!$B$5`). */
  summary(cell: string): string;
  inputs: SummaryInputs;
  /**
   * A condition a month must meet for the payback helpers to look at it (the Actual sheet's
   * "month k has begun"); every month counts when absent.
   */
  counts?: (c: string) => string;
}

/** The shared formulas, by the key of the row that holds them. */
export function flowFormulas(
  refs: FlowRefs,
): Record<
  'timeValue' | 'investment' | 'countedReturn' | 'net' | 'cumulativeNet' | 'balance' | 'lowest' | 'payback',
  MonthFormula
> {
  const { summary: s, inputs, counts } = refs;
  const r = refs.row;
  const when = (c: string) => (counts ? [counts(c)] : []);
  return {
    timeValue: (c) => `=${c}${r('hoursTotal')}*${s(inputs.hourlyRate)}`,
    investment: (c) => `=${c}${r('timeValue')}+${c}${r('moneyTotal')}`,
    // Intangible returns count only while the Summary's CountIntangible is ticked.
    countedReturn: (c) =>
      `=${c}${r('directTotal')}+${c}${r('deals')}+${c}${r('indirectTotal')}+IF(${s(inputs.countIntangible)},${c}${r('intangibleTotal')},0)`,
    net: (c) => `=${c}${r('countedReturn')}-${c}${r('investment')}`,
    cumulativeNet: (c) => `=${c}${r('balance')}+${c}${r('countedReturn')}`,
    // PAYBACK_PERIOD's balance after paying month t's investment (its start), before its return.
    balance: (c, t) =>
      t === 1
        ? `=-${c}${r('investment')}`
        : `=${columnLetter(t)}${r('cumulativeNet')}-${c}${r('investment')}`,
    lowest: (c) => {
      const min = `MIN(${c}${r('balance')},${c}${r('cumulativeNet')})`;
      return counts ? `=IF(${counts(c)},${min},"")` : `=${min}`;
    },
    // The moment within month t the balance is back at zero, in the month it turns non-negative.
    payback: (c) =>
      `=IF(AND(${[...when(c), `${c}${r('balance')}<0`, `${c}${r('cumulativeNet')}>=0`].join(',')}),${c}${r('monthNumber')}-1+(-${c}${r('balance')})/${c}${r('countedReturn')},"")`,
  };
}
