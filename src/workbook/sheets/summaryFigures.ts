/**
 * The Summary's figures (SPEC sections 2, 5, 6, 8 and 9): which section lists each, in sheet order
 * (`SUMMARY_SECTIONS`), and what each one is (`FIGURES`: label, formula, format, validation).
 * Everything else about a figure (its row, number format, named range, validation, whether it is
 * left unprotected, the headline the server reads back) is derived from these two tables in
 * ./summary, so adding a figure is its name in a section and its entry here. A figure's name is a
 * literal type: a formula that names a figure, or a Plan or Actual row, that does not exist fails
 * to compile.
 *
 * Decisions the SPEC leaves open:
 * - ConversionRate is the Plan's funnel (conversions / new contacts); the contacts log's stages
 *   (Client and Partner count as converted) feed a second figure, LogConversionRate.
 * - With a contacts log (SPEC sections 5 and 6), `AsOfDate` and `KeepInTouchDays` join the inputs,
 *   a section sets plan to date beside actual (months 1…m, m = `MonthsElapsed`, the plan months
 *   whose first day is on or before AsOfDate) with the difference actual − plan in column C, and a
 *   section measures network health from the log. Every to-date figure shows "the plan starts in
 *   <month>" while m = 0 (the month's name is fixed by the answers, so the plan writes it); every
 *   ratio with nothing to divide by shows what is missing. Sums "to date" are SUMIF over the
 *   month-number helper rows against m (no OFFSET or INDIRECT: volatile, and not read alike by
 *   every spreadsheet). The log is read through its named ranges; the Summary's own cells by address.
 * - RealROI is always present: a text asks for inflation while the Inflation cell is blank, so
 *   inflation can be added later. Ratios whose denominator is zero show a short text, not an error.
 * - Where returns come from (SPEC section 9) is measured over the whole Events table and the whole
 *   log, like LogConversionRate: no month window. The Events table's figures read its columns by
 *   address (as the Summary reads the Plan), the log's through its named ranges. BestEvent and
 *   TopIntroducer are names (INDEX/MATCH on the largest ROI or introduced revenue, the first in
 *   table or log order on a tie); a contact is direct when Introduced by is empty.
 * - No decimal literal in any formula (`1/2`, not `0.5`): the adapter converts separators for
 *   comma-decimal locales, and an integer reads the same in every locale.
 * - Deciding (SPEC section 8) is in every build, after network health; its decisions are written
 *   where its figures are, below.
 */
import { fill } from '../../i18n/fill';
import type { WizardAnswers } from '../answers';
import type { Format } from '../cells';
import { CADENCE_BOUNDS, CONTACT_ROWS, CONVERTED_STAGES, type LogRangeKey, logRange } from '../contactsLog';
import type { CellValue, SheetKey, ValidationRule } from '../plan';
import { SUMMARY_INPUT_BOUNDS } from '../schema';
import type { ActualLayout } from './actual';
import type { WorkbookTexts } from './context';
import { eventRange } from './events';
import type { MonthLayout } from './monthGrid';
import type { PlanLayout, PlanRowKey, Scenario } from './plan';

/**
 * The Summary's sections in sheet order, each a heading row (its label's key is the section's
 * name) over its figures, in this order. A section with no figure for the answers is left out.
 */
export const SUMMARY_SECTIONS = {
  inputs: ['DiscountRate', 'HourlyRate', 'Inflation', 'CountIntangible', 'AsOfDate', 'KeepInTouchDays'],
  results: [
    'TotalInvestment',
    'TotalReturn',
    'TotalNetROI',
    'NetROIBand',
    'ReturnPerUnit',
    'DiscountedROI',
    'AnnualizedROI',
    'RealROI',
    'PaybackMonths',
    'ConversionRate',
    'CostPerContact',
    'CostPerConversion',
    'HoursInvested',
  ],
  toDate: [
    'MonthsElapsed',
    'PlanToDateInvestment',
    'PlanToDateReturn',
    'PlanToDateNetROI',
    'ActualInvestment',
    'ActualReturn',
    'ActualNetROI',
    'ActualReturnPerUnit',
    'ActualConversionRate',
    'ActualCostPerContact',
    'ActualCostPerConversion',
    'ActualHoursInvested',
    'ActualPaybackMonths',
  ],
  health: [
    'NewContactsPerMonth',
    'InteractionsPerContactMonth',
    'TouchedRecently',
    'FollowUpsDue',
    'FollowUpsOverdue',
    'EventHoursPerMonth',
    'LogConversionRate',
    'AverageDepth',
    'AverageMutualBenefit',
    'AverageInformationValue',
    'InboundShare',
  ],
  deciding: [
    'PessimisticShare',
    'OptimisticShare',
    'BreakEvenShare',
    'PessimisticNetROI',
    'OptimisticNetROI',
    'PessimisticPaybackMonths',
    'OptimisticPaybackMonths',
    'BreakEvenRate',
    'AlternativeRates',
    'AlternativeAdvantage',
    'AlternativeVerdict',
    'MinimumROI',
    'MeetsMinimum',
  ],
  // SPEC section 9: where returns come from.
  sources: [
    'EventsCost',
    'EventsROI',
    'BestEvent',
    'ReferredShare',
    'ReferredConversionRate',
    'DirectConversionRate',
    'IntroducedRevenue',
    'TopIntroducer',
  ],
} as const;

export type SummarySection = keyof typeof SUMMARY_SECTIONS;

/** A figure of the Summary: its named range, and how other figures refer to it. Never a function's name. */
export type FigureName = (typeof SUMMARY_SECTIONS)[SummarySection][number];

/** What a figure's formula may refer to. */
export interface FigureContext {
  answers: WizardAnswers;
  /** The workbook's texts (the Summary's under `summary`). */
  texts: WorkbookTexts;
  months: number;
  /**
   * The Summary cell of another figure of this build, by its name ("B12" for TotalNetROI); for a
   * column of a table, the cell of its item `item` (0-based).
   */
  cell(name: FigureName, item?: number): string;
  /** Where the Plan put its rows. */
  plan: PlanLayout;
  /** Where the Actual sheet put its rows: present with the contacts log, which the figures using it need. */
  actual: ActualLayout | null;
  /** Every sheet's name in the workbook's language, by key (the Events table's figures read it by address). */
  names: Record<SheetKey, string>;
  /** "the plan starts in January 2027" as a formula literal: what a to-date figure shows while m = 0. */
  starts: string;
  /** A formula string literal of a text. */
  text(text: string): string;
}

type ValidationSpec = ValidationRule extends infer V
  ? V extends ValidationRule
    ? Omit<V, 'range'>
    : never
  : never;

/** The figures the server reads back after a build (contract 2). */
export type HeadlineKey = 'totalInvestment' | 'totalReturn' | 'netRoi' | 'paybackMonths';

/** A key of the Summary's texts. */
export type SummaryText = keyof WorkbookTexts['summary'];

/**
 * What one row of the Summary is, or one column of a small table in it (`items`, `alongside`).
 * A table is a header row (the first column's label in A, each column's caption above it) over
 * one row per item, labelled in A; its first column lists the items, the next ones stand
 * `alongside` it in the columns after B, and each column is one figure: one named rectangle.
 */
export interface FigureSpec {
  /**
   * `input`: a yellow cell a person changes (value in B); `figure`: a computed value in B;
   * `note`: a computed sentence in A, under the figure it explains (or in its own column of a
   * table, beside the cells it explains).
   */
  kind: 'input' | 'figure' | 'note';
  /** The label's key in the Summary texts (a table's: its first column's header); a note has none. */
  label: SummaryText | null;
  /** An input's starting value, or a figure's or note's formula; in a table, item `item`'s. */
  value(f: FigureContext, item: number): CellValue;
  /** A table's first column: the items' labels, one row each, under a header row. */
  items?: readonly SummaryText[];
  /** A column of a table: the figure whose rows it shares, standing in the column after that one. */
  alongside?: FigureName;
  /** A column of a table: its caption in the header row. */
  caption?: SummaryText;
  format: Format | null;
  validation?: ValidationSpec;
  /** Shown bold: the figures a person reads first. */
  bold?: boolean;
  headline?: HeadlineKey;
  /** The plan-to-date figure this actual figure is set beside: the difference actual − plan shows in C. */
  beside?: FigureName;
  /** Present only for these extras (always when absent): the layout depends on nothing else. */
  when?: (answers: Pick<WizardAnswers, 'extras'>) => boolean;
}

/** KeepInTouchDays' starting value (SPEC section 5). */
export const KEEP_IN_TOUCH_DAYS = 90;

/** Formula pieces figures share. */
const inv = (f: FigureContext) => f.plan.months('investment');
const ret = (f: FigureContext) => f.plan.months('countedReturn');
const sumOf = (f: FigureContext, row: PlanRowKey) => `SUM(${f.plan.months(row)})`;
const noInvestment = (f: FigureContext) => f.text(f.texts.summary.noInvestment);
const noContacts = (f: FigureContext) => f.text(f.texts.summary.noContacts);

const withLog = (a: Pick<WizardAnswers, 'extras'>) => a.extras.contactsLog;
const actualOf = (f: FigureContext): ActualLayout => {
  if (!f.actual) throw new Error('a figure of the contacts log needs the Actual sheet');
  return f.actual;
};
/** The months elapsed, m, and the first month's first day. */
const mCell = (f: FigureContext) => f.cell('MonthsElapsed');
/** `body` for months 1…m; "the plan starts in …" while m = 0. */
const toDate = (f: FigureContext, body: string) => `=IF(${mCell(f)}=0,${f.starts},${body})`;
/** A row of the Plan or the Actual summed over months 1…m. */
const sumToDate = <K extends string>(f: FigureContext, layout: MonthLayout<K | 'monthNumber'>, key: K) =>
  `SUMIF(${layout.months('monthNumber')},"<="&${mCell(f)},${layout.months(key)})`;
/** `numerator / denominator`, or the text `missing` when the denominator is not above 0. */
const ratio = (f: FigureContext, numerator: string, denominator: string, missing: string) =>
  `IF(${denominator}>0,${numerator}/${denominator},${f.text(missing)})`;
/** Contacts of the log: rows with a Name. */
const LOGGED = `COUNTIF(${CONTACT_ROWS})`;
/** COUNTIFS over the log's contacts and `criteria` more. */
const countContacts = (...criteria: string[]) => `COUNTIFS(${[CONTACT_ROWS, ...criteria].join(',')})`;
/** The converted stages' labels as formula literals. */
const convertedStages = (f: FigureContext) =>
  CONVERTED_STAGES.map((st) => f.text(f.texts.contacts.stages[st]));
/** The average of a 1–5 rating column over the contacts that have one. */
const averageRating = (f: FigureContext, key: LogRangeKey) => {
  const column = logRange(key);
  const rated = countContacts(column, '">=1"');
  return `=${ratio(f, `SUMIFS(${column},${CONTACT_ROWS},${column},">=1")`, rated, f.texts.summary.noRatings)}`;
};

/** The Follow up texts of a contact to get in touch with (SPEC section 10): "due" and "overdue", as formula literals. */
const followUpStates = (f: FigureContext) => [f.text(f.texts.contacts.due), f.text(f.texts.contacts.overdue)];

/**
 * PAYBACK_PERIOD over the Plan's months from its helper rows: the first month's payback moment
 * (candidates grow month by month, so the first is their MIN), else a text when the balance went
 * negative, else 0.
 */
const paybackOf = (f: FigureContext, payback: PlanRowKey, lowest: PlanRowKey) => {
  const notPaidBack = f.text(fill(f.texts.summary.notPaidBack, { n: f.months }));
  const [moments, lows] = [f.plan.months(payback), f.plan.months(lowest)];
  return `=IF(COUNT(${moments})>0,MIN(${moments}),IF(MIN(${lows})<0,${notPaidBack},0))`;
};

/** COUNTIFS criteria of the contacts introduced by someone (SPEC section 9): Introduced by filled. */
const REFERRED = [logRange('introducedBy'), '"<>"'];

/** Converted contacts and contacts with a stage, among the log's contacts that meet `criteria` too. */
const conversions = (f: FigureContext, criteria: string[]): [converted: string, staged: string] => {
  const stage = logRange('stage');
  const converted = convertedStages(f)
    .map((s) => countContacts(...criteria, stage, s))
    .join('+');
  return [converted, countContacts(...criteria, stage, '"<>"')];
};

/** A figure of the Events table: present with the Events sheet, which comes only with the log. */
function eventsFigure(
  label: FigureSpec['label'],
  format: Format | null,
  value: FigureSpec['value'],
): FigureSpec {
  return { kind: 'figure', label, value, format, when: (a) => a.extras.contactsLog && a.extras.events };
}

/** A figure of the contacts log, the Actual sheet or AsOfDate: present only with the log. */
function logFigure(
  label: FigureSpec['label'],
  format: Format | null,
  value: FigureSpec['value'],
  more: Partial<FigureSpec> = {},
): FigureSpec {
  return { kind: 'figure', label, value, format, when: withLog, ...more };
}

/**
 * Deciding (SPEC section 8), the decisions the section leaves open:
 * - A scenario scales the planned counted return (the return in ROI) by its share; investment
 *   stays as planned, being mostly known. Its payback period is PAYBACK_PERIOD's over the Plan's
 *   months with the return × share, from the Plan's helper rows for that scenario.
 * - BreakEvenRate is IRR over the Plan's cash-flow row (time 0: month 1's investment out; time k:
 *   month k's return in and month k+1's investment out; time n: month n's return), annualised. It
 *   says "never returns what it costs" when no flow is positive, "never costs more than it
 *   returns" when none is negative, and "no investment yet" when every flow is 0. IRR is given
 *   the plan's net ROI as its guess: Sheets, Excel and LibreOffice start from 10 % without one and
 *   HyperFormula can fail from there; from this guess a plan whose months are alike is solved at
 *   once. When the flows change sign more than once several rates can balance them; IRR gives the
 *   one it reaches from that guess, which still sets DiscountedROI to 0. Should IRR find none, a
 *   text says so: never an error cell.
 * - An alternative's advantage is the plan's net present value at the alternative's rate (the
 *   numerator of DiscountedROI at that rate, in money): the plan "beats it" when that is above 0.
 * - MinimumROI is compared with the planned net ROI; bounds 0–1000 % like the shares.
 */

/** A scenario's share input. */
export const SHARE_INPUT: Readonly<Record<Scenario, FigureName>> = {
  pessimistic: 'PessimisticShare',
  optimistic: 'OptimisticShare',
};

/** Each scenario's starting share of the planned return (SPEC section 8). */
export const SCENARIO_SHARES: Readonly<Record<Scenario, number>> = { pessimistic: 0.5, optimistic: 1.5 };

/**
 * The alternatives of SPEC section 8 at the midpoints of the ranges a published ROI guide gives:
 * bank deposit 3–7 %, bonds 5–12 %, stocks 10–20 %, real estate 8–15 % a year.
 */
export const ALTERNATIVES: ReadonlyArray<{ label: SummaryText; rate: number }> = [
  { label: 'alternativeDeposit', rate: 0.05 },
  { label: 'alternativeBonds', rate: 0.085 },
  { label: 'alternativeStocks', rate: 0.15 },
  { label: 'alternativeRealEstate', rate: 0.115 },
];

/** The Plan's cash flows at times 0…n (its month columns, then the Total column). */
function cashFlows(f: FigureContext): string {
  return f.plan.span('cashFlow', 1, f.months + 1);
}

function shareInput(
  name: 'PessimisticShare' | 'OptimisticShare',
  scenario: Scenario,
  label: SummaryText,
): FigureSpec {
  return {
    kind: 'input',
    label,
    value: () => SCENARIO_SHARES[scenario],
    format: 'percent',
    validation: { kind: 'numberBetween', ...SUMMARY_INPUT_BOUNDS[name], allowInvalid: false },
  };
}

/** A scenario's net ROI: (share × return − investment) / investment. */
function scenarioRoi(scenario: Scenario, label: SummaryText): FigureSpec {
  return {
    kind: 'figure',
    label,
    value: (f) => {
      const [i, r, share] = [f.cell('TotalInvestment'), f.cell('TotalReturn'), f.cell(SHARE_INPUT[scenario])];
      return `=IF(${i}>0,(${share}*${r}-${i})/${i},${noInvestment(f)})`;
    },
    format: 'percent',
  };
}

/** A scenario's payback period, from the Plan's helper rows for it. */
function scenarioPayback(scenario: Scenario, label: SummaryText): FigureSpec {
  return {
    kind: 'figure',
    label,
    value: (f) => paybackOf(f, `${scenario}Payback`, `${scenario}Lowest`),
    format: 'months',
  };
}

/**
 * Every figure of the Summary, by name. The order of the entries is the order in which the
 * figures' formats, styles, validations and named ranges are listed: the figures of every build
 * first, then those of the contacts log, then each later section's.
 */
export const FIGURES: { readonly [N in FigureName]: FigureSpec } = {
  DiscountRate: {
    kind: 'input',
    label: 'discountRate',
    value: (f) => f.answers.profile.discountRate,
    format: 'percent',
    validation: { kind: 'numberBetween', ...SUMMARY_INPUT_BOUNDS.DiscountRate, allowInvalid: false },
  },
  HourlyRate: {
    kind: 'input',
    label: 'hourlyRate',
    value: (f) => f.answers.investments.hourlyRate,
    format: 'money',
    validation: { kind: 'numberBetween', ...SUMMARY_INPUT_BOUNDS.HourlyRate, allowInvalid: false },
  },
  Inflation: {
    kind: 'input',
    label: 'inflation',
    value: (f) => f.answers.profile.inflation,
    format: 'percent',
    validation: { kind: 'numberBetween', ...SUMMARY_INPUT_BOUNDS.Inflation, allowInvalid: false },
  },
  CountIntangible: {
    kind: 'input',
    label: 'countIntangible',
    value: (f) => f.answers.returns.countIntangible,
    format: null,
    validation: { kind: 'checkbox' },
  },
  TotalInvestment: {
    kind: 'figure',
    label: 'totalInvestment',
    value: (f) => `=SUM(${inv(f)})`,
    format: 'money',
    bold: true,
    headline: 'totalInvestment',
  },
  TotalReturn: {
    kind: 'figure',
    label: 'totalReturn',
    value: (f) => `=SUM(${ret(f)})`,
    format: 'money',
    bold: true,
    headline: 'totalReturn',
  },
  TotalNetROI: {
    kind: 'figure',
    label: 'netRoi',
    value: (f) => {
      const [i, r] = [f.cell('TotalInvestment'), f.cell('TotalReturn')];
      return `=IF(${i}>0,(${r}-${i})/${i},${noInvestment(f)})`;
    },
    format: 'percent',
    bold: true,
    headline: 'netRoi',
  },
  NetROIBand: {
    kind: 'note',
    label: null,
    value: (f) => {
      const roi = f.cell('TotalNetROI');
      const t = f.texts.summary;
      return `=IF(ISNUMBER(${roi}),IF(${roi}<1/2,${f.text(t.roiBelow)},IF(${roi}>2,${f.text(t.roiAbove)},${f.text(t.roiWithin)})),"")`;
    },
    format: null,
  },
  ReturnPerUnit: {
    kind: 'figure',
    label: 'returnPerUnit',
    value: (f) => {
      const [i, r] = [f.cell('TotalInvestment'), f.cell('TotalReturn')];
      return `=IF(${i}>0,${r}/${i},${noInvestment(f)})`;
    },
    format: 'percent',
    bold: true,
  },
  DiscountedROI: {
    kind: 'figure',
    label: 'discountedRoi',
    value: (f) => {
      const start = `SUMPRODUCT(${inv(f)},${f.plan.months('discountStart')})`;
      const end = `SUMPRODUCT(${ret(f)},${f.plan.months('discountEnd')})`;
      return `=IF(${start}>0,(${end}-${start})/${start},${noInvestment(f)})`;
    },
    format: 'percent',
  },
  AnnualizedROI: {
    kind: 'figure',
    label: 'annualizedRoi',
    value: (f) => {
      const roi = f.cell('TotalNetROI');
      return `=IF(ISNUMBER(${roi}),IF(${roi}>=-1,(1+${roi})^(12/${f.months})-1,""),${roi})`;
    },
    format: 'percent',
  },
  RealROI: {
    kind: 'figure',
    label: 'realRoi',
    value: (f) => {
      const [roi, inflation] = [f.cell('TotalNetROI'), f.cell('Inflation')];
      return `=IF(ISNUMBER(${inflation}),IF(ISNUMBER(${roi}),(1+${roi})/(1+${inflation})^(${f.months}/12)-1,${roi}),${f.text(f.texts.summary.noInflation)})`;
    },
    format: 'percent',
  },
  PaybackMonths: {
    kind: 'figure',
    label: 'paybackMonths',
    value: (f) => paybackOf(f, 'payback', 'lowest'),
    format: 'months',
    headline: 'paybackMonths',
  },
  ConversionRate: {
    kind: 'figure',
    label: 'conversionRate',
    value: (f) =>
      `=IF(${sumOf(f, 'contacts')}>0,${sumOf(f, 'conversions')}/${sumOf(f, 'contacts')},${noContacts(f)})`,
    format: 'percent',
  },
  CostPerContact: {
    kind: 'figure',
    label: 'costPerContact',
    value: (f) =>
      `=IF(${sumOf(f, 'contacts')}>0,${f.cell('TotalInvestment')}/${sumOf(f, 'contacts')},${noContacts(f)})`,
    format: 'money',
  },
  CostPerConversion: {
    kind: 'figure',
    label: 'costPerConversion',
    value: (f) =>
      `=IF(${sumOf(f, 'conversions')}>0,${f.cell('TotalInvestment')}/${sumOf(f, 'conversions')},${f.text(f.texts.summary.noConversions)})`,
    format: 'money',
  },
  HoursInvested: {
    kind: 'figure',
    label: 'hoursInvested',
    value: (f) => `=${sumOf(f, 'hoursTotal')}`,
    format: 'hours',
  },
  // The figures of SPEC sections 5 and 6: inputs of time, plan beside actual, network health.
  AsOfDate: logFigure('asOfDate', 'date', () => '=TODAY()', {
    kind: 'input',
    validation: { kind: 'date', allowInvalid: false },
  }),
  KeepInTouchDays: logFigure('keepInTouchDays', 'count', () => KEEP_IN_TOUCH_DAYS, {
    kind: 'input',
    // A contact's own interval's bounds (SPEC section 10): one rule for both, a week to ten years.
    validation: { kind: 'numberBetween', ...CADENCE_BOUNDS, allowInvalid: false },
  }),
  MonthsElapsed: logFigure(
    'monthsElapsed',
    'count',
    (f) => `=COUNTIF(${actualOf(f).months('header')},"<="&${f.cell('AsOfDate')})`,
  ),
  PlanToDateInvestment: logFigure('planToDateInvestment', 'money', (f) =>
    toDate(f, sumToDate(f, f.plan, 'investment')),
  ),
  PlanToDateReturn: logFigure('planToDateReturn', 'money', (f) =>
    toDate(f, sumToDate(f, f.plan, 'countedReturn')),
  ),
  PlanToDateNetROI: logFigure('planToDateNetRoi', 'percent', (f) => {
    const [i, r] = [f.cell('PlanToDateInvestment'), f.cell('PlanToDateReturn')];
    return toDate(f, ratio(f, `(${r}-${i})`, i, f.texts.summary.noInvestment));
  }),
  ActualInvestment: logFigure(
    'actualInvestment',
    'money',
    (f) => toDate(f, sumToDate(f, actualOf(f), 'investment')),
    { beside: 'PlanToDateInvestment', bold: true },
  ),
  ActualReturn: logFigure(
    'actualReturn',
    'money',
    (f) => toDate(f, sumToDate(f, actualOf(f), 'countedReturn')),
    { beside: 'PlanToDateReturn', bold: true },
  ),
  ActualNetROI: logFigure(
    'actualNetRoi',
    'percent',
    (f) => {
      const [i, r] = [f.cell('ActualInvestment'), f.cell('ActualReturn')];
      return toDate(f, ratio(f, `(${r}-${i})`, i, f.texts.summary.noActualInvestment));
    },
    { beside: 'PlanToDateNetROI', bold: true },
  ),
  ActualReturnPerUnit: logFigure('actualReturnPerUnit', 'percent', (f) => {
    const [i, r] = [f.cell('ActualInvestment'), f.cell('ActualReturn')];
    return toDate(f, ratio(f, r, i, f.texts.summary.noActualInvestment));
  }),
  ActualConversionRate: logFigure('actualConversionRate', 'percent', (f) => {
    const a = actualOf(f);
    const [conversions, contacts] = [sumToDate(f, a, 'conversions'), sumToDate(f, a, 'contacts')];
    return toDate(f, ratio(f, conversions, contacts, f.texts.summary.noLoggedContacts));
  }),
  ActualCostPerContact: logFigure('actualCostPerContact', 'money', (f) =>
    toDate(
      f,
      ratio(
        f,
        f.cell('ActualInvestment'),
        sumToDate(f, actualOf(f), 'contacts'),
        f.texts.summary.noLoggedContacts,
      ),
    ),
  ),
  ActualCostPerConversion: logFigure('actualCostPerConversion', 'money', (f) =>
    toDate(
      f,
      ratio(
        f,
        f.cell('ActualInvestment'),
        sumToDate(f, actualOf(f), 'conversions'),
        f.texts.summary.noLoggedConversions,
      ),
    ),
  ),
  ActualHoursInvested: logFigure('actualHoursInvested', 'hours', (f) =>
    toDate(f, sumToDate(f, actualOf(f), 'hoursTotal')),
  ),
  ActualPaybackMonths: logFigure('actualPaybackMonths', 'months', (f) => {
    // PAYBACK_PERIOD over months 1…m: the Actual's helper rows hold "" after month m.
    const [payback, lowest] = [actualOf(f).months('payback'), actualOf(f).months('lowest')];
    const notYet = f.text(f.texts.summary.notPaidBackYet);
    return toDate(f, `IF(COUNT(${payback})>0,MIN(${payback}),IF(MIN(${lowest})<0,${notYet},0))`);
  }),
  NewContactsPerMonth: logFigure('newContactsPerMonth', 'decimal', (f) => {
    const [m, asOf, start] = [mCell(f), f.cell('AsOfDate'), actualOf(f).cell('header', 1)];
    const met = logRange('dateMet');
    const inWindow = countContacts(
      met,
      `">="&${start}`,
      met,
      `"<"&EDATE(${start},${m})`,
      met,
      `"<="&${asOf}`,
    );
    return toDate(f, `IF(${LOGGED}>0,${inWindow}/${m},${f.text(f.texts.summary.noLog)})`);
  }),
  InteractionsPerContactMonth: logFigure('interactionsPerContactMonth', 'decimal', (f) =>
    toDate(
      f,
      ratio(
        f,
        `SUMIFS(${logRange('interactions')},${CONTACT_ROWS})/${mCell(f)}`,
        LOGGED,
        f.texts.summary.noLog,
      ),
    ),
  ),
  TouchedRecently: logFigure('touchedRecently', 'percent', (f) => {
    // Exactly the rule of the Follow up column: the contacts not Lost that are neither due nor overdue.
    const notLost = [logRange('stage'), `"<>"&${f.text(f.texts.contacts.stages.lost)}`];
    const open = countContacts(...notLost);
    const notDue = followUpStates(f).flatMap((state) => [logRange('followUp'), `"<>"&${state}`]);
    const touched = countContacts(...notLost, ...notDue);
    return `=${ratio(f, touched, open, f.texts.summary.noOpenContacts)}`;
  }),
  FollowUpsDue: logFigure(
    'followUpsDue',
    'count',
    (f) =>
      `=IF(${LOGGED}>0,${followUpStates(f)
        .map((state) => `COUNTIF(${logRange('followUp')},${state})`)
        .join('+')},${f.text(f.texts.summary.noLog)})`,
  ),
  FollowUpsOverdue: logFigure(
    'followUpsOverdue',
    'count',
    (f) =>
      `=IF(${LOGGED}>0,COUNTIF(${logRange('followUp')},${f.text(f.texts.contacts.overdue)}),${f.text(f.texts.summary.noLog)})`,
  ),
  EventHoursPerMonth: logFigure('eventHoursPerMonth', 'hours', (f) => {
    const a = actualOf(f);
    const recorded = `COUNTIFS(${a.months('monthNumber')},"<="&${mCell(f)},${a.months('hours.events')},"<>")`;
    const hours = `${sumToDate(f, a, 'hours.events')}/${mCell(f)}`;
    return toDate(f, `IF(${recorded}>0,${hours},${f.text(f.texts.summary.noEventHours)})`);
  }),
  LogConversionRate: logFigure('logConversionRate', 'percent', (f) => {
    const stage = logRange('stage');
    const staged = countContacts(stage, '"<>"');
    const converted = convertedStages(f)
      .map((s) => countContacts(stage, s))
      .join('+');
    return `=${ratio(f, `(${converted})`, staged, f.texts.summary.noStages)}`;
  }),
  AverageDepth: logFigure('averageDepth', 'decimal', (f) => averageRating(f, 'depth')),
  AverageMutualBenefit: logFigure('averageMutualBenefit', 'decimal', (f) =>
    averageRating(f, 'mutualBenefit'),
  ),
  AverageInformationValue: logFigure('averageInformationValue', 'decimal', (f) =>
    averageRating(f, 'information'),
  ),
  InboundShare: logFigure(
    'inboundShare',
    'percent',
    (f) => `=${ratio(f, countContacts(logRange('inbound'), 'TRUE()'), LOGGED, f.texts.summary.noLog)}`,
  ),
  // Deciding (SPEC section 8): scenarios, break-even, alternatives, a minimum.
  PessimisticShare: shareInput('PessimisticShare', 'pessimistic', 'pessimisticShare'),
  OptimisticShare: shareInput('OptimisticShare', 'optimistic', 'optimisticShare'),
  BreakEvenShare: {
    kind: 'figure',
    label: 'breakEvenShare',
    value: (f) => {
      const [i, r] = [f.cell('TotalInvestment'), f.cell('TotalReturn')];
      return `=IF(${r}>0,${i}/${r},${f.text(f.texts.summary.noReturnPlanned)})`;
    },
    format: 'percent',
    bold: true,
  },
  PessimisticNetROI: scenarioRoi('pessimistic', 'pessimisticNetRoi'),
  OptimisticNetROI: scenarioRoi('optimistic', 'optimisticNetRoi'),
  PessimisticPaybackMonths: scenarioPayback('pessimistic', 'pessimisticPaybackMonths'),
  OptimisticPaybackMonths: scenarioPayback('optimistic', 'optimisticPaybackMonths'),
  BreakEvenRate: {
    kind: 'figure',
    label: 'breakEvenRate',
    value: (f) => {
      const t = f.texts.summary;
      const flows = cashFlows(f);
      const roi = f.cell('TotalNetROI');
      // The net ROI is the exact monthly rate of a plan whose months are alike (invest c, get r
      // back a month later: r / c − 1), and a near guess for one whose months differ.
      const irr = `IRR(${flows},IF(ISNUMBER(${roi}),${roi},0))`;
      const [low, high] = [`MIN(${flows})`, `MAX(${flows})`];
      return `=IF(${high}<=0,IF(${low}<0,${f.text(t.neverReturns)},${noInvestment(f)}),IF(${low}>=0,${f.text(t.neverCostsMore)},IFERROR((1+${irr})^12-1,${f.text(t.noRateFound)})))`;
    },
    format: 'percent',
    bold: true,
  },
  AlternativeRates: {
    kind: 'input',
    label: 'alternative',
    caption: 'annualRate',
    items: ALTERNATIVES.map((a) => a.label),
    value: (_f, item) => ALTERNATIVES[item].rate,
    format: 'percent',
    validation: { kind: 'numberBetween', ...SUMMARY_INPUT_BOUNDS.AlternativeRates, allowInvalid: false },
  },
  AlternativeAdvantage: {
    kind: 'figure',
    label: null,
    caption: 'presentValue',
    alongside: 'AlternativeRates',
    value: (f, item) => {
      // DiscountedROI's numerator at the alternative's rate: the flow at time 0, then NPV of the
      // rest at the monthly rate (every cell of the row is a formula, so NPV skips no month).
      const rate = f.cell('AlternativeRates', item);
      const later = f.plan.span('cashFlow', 2, f.months + 1);
      const npv = `${f.plan.cell('cashFlow', 1)}+NPV((1+${rate})^(1/12)-1,${later})`;
      return `=IF(ISNUMBER(${rate}),${npv},${f.text(f.texts.summary.enterRate)})`;
    },
    format: 'money',
  },
  AlternativeVerdict: {
    kind: 'note',
    label: null,
    caption: 'verdict',
    alongside: 'AlternativeAdvantage',
    value: (f, item) => {
      const t = f.texts.summary;
      const advantage = f.cell('AlternativeAdvantage', item);
      return `=IF(ISNUMBER(${advantage}),IF(${advantage}>0,${f.text(t.beatsIt)},${f.text(t.fallsShort)}),"")`;
    },
    format: null,
  },
  MinimumROI: {
    kind: 'input',
    label: 'minimumRoi',
    value: () => null,
    format: 'percent',
    validation: { kind: 'numberBetween', ...SUMMARY_INPUT_BOUNDS.MinimumROI, allowInvalid: false },
  },
  MeetsMinimum: {
    kind: 'figure',
    label: 'meetsMinimum',
    value: (f) => {
      const t = f.texts.summary;
      const [minimum, roi] = [f.cell('MinimumROI'), f.cell('TotalNetROI')];
      const verdict = `IF(${roi}>=${minimum},${f.text(t.meets)},${f.text(t.belowMinimum)})`;
      return `=IF(ISNUMBER(${minimum}),IF(ISNUMBER(${roi}),${verdict},${roi}),"")`;
    },
    format: null,
  },
  // SPEC section 9: over the whole Events table and the whole log, no month window.
  EventsCost: eventsFigure('eventsCost', 'money', (f) => {
    const cost = eventRange(f.names.events, 'cost');
    return `=IF(COUNT(${cost})>0,SUM(${cost}),${f.text(f.texts.summary.noEvents)})`;
  }),
  EventsROI: eventsFigure('eventsRoi', 'percent', (f) => {
    const cost = `SUM(${eventRange(f.names.events, 'cost')})`;
    const revenue = `SUM(${eventRange(f.names.events, 'revenue')})`;
    const s = f.texts.summary;
    const counted = ratio(f, `(${revenue}-${cost})`, cost, s.noEventCosts);
    return `=IF(COUNT(${eventRange(f.names.events, 'cost')})>0,${counted},${f.text(s.noEvents)})`;
  }),
  BestEvent: eventsFigure('bestEvent', null, (f) => {
    // An event's ROI is a number only when its cost is above 0; MATCH finds the first of equals.
    const roi = eventRange(f.names.events, 'roi');
    const best = `INDEX(${eventRange(f.names.events, 'event')},MATCH(MAX(${roi}),${roi},0))`;
    return `=IF(COUNT(${roi})>0,${best},${f.text(f.texts.summary.noEventWithCost)})`;
  }),
  ReferredShare: logFigure(
    'referredShare',
    'percent',
    (f) => `=${ratio(f, countContacts(...REFERRED), LOGGED, f.texts.summary.noLog)}`,
  ),
  ReferredConversionRate: logFigure('referredConversionRate', 'percent', (f) => {
    const [converted, staged] = conversions(f, REFERRED);
    return `=${ratio(f, `(${converted})`, staged, f.texts.summary.noReferredStages)}`;
  }),
  DirectConversionRate: logFigure('directConversionRate', 'percent', (f) => {
    // Every contact less the referred ones: a blank Introduced by, as COUNTIFS reads "<>".
    const [converted, staged] = conversions(f, []);
    const [referredConverted, referredStaged] = conversions(f, REFERRED);
    return `=${ratio(f, `(${converted}-(${referredConverted}))`, `(${staged}-${referredStaged})`, f.texts.summary.noDirectStages)}`;
  }),
  IntroducedRevenue: logFigure('introducedRevenue', 'money', (f) => {
    const revenue = convertedStages(f)
      .map(
        (s) =>
          `SUMIFS(${logRange('dealValue')},${CONTACT_ROWS},${REFERRED.join(',')},${logRange('stage')},${s})`,
      )
      .join('+');
    return `=IF(${countContacts(...REFERRED)}>0,${revenue},${f.text(f.texts.summary.noIntroductions)})`;
  }),
  TopIntroducer: logFigure('topIntroducer', null, (f) => {
    // Introduced revenue is a number on every contact's row; MATCH finds the first of equals.
    const revenue = logRange('introducedRevenue');
    const top = `INDEX(${logRange('name')},MATCH(MAX(${revenue}),${revenue},0))`;
    return `=IF(MAX(${revenue})>0,${top},${f.text(f.texts.summary.noIntroducedRevenue)})`;
  }),
};

/** One row of the Summary: what it is, its name and the section that lists it. */
export interface SummaryFigure extends FigureSpec {
  name: FigureName;
  section: SummarySection;
}

/** The section that lists each figure. */
const SECTION_OF = new Map<FigureName, SummarySection>(
  (Object.keys(SUMMARY_SECTIONS) as SummarySection[]).flatMap((section) =>
    SUMMARY_SECTIONS[section].map((name): [FigureName, SummarySection] => [name, section]),
  ),
);

/** Every figure of the Summary with its name and section, in the order of `FIGURES`. */
export const SUMMARY_FIGURES: readonly SummaryFigure[] = (Object.keys(FIGURES) as FigureName[]).map(
  (name) => {
    const section = SECTION_OF.get(name);
    if (section === undefined) throw new Error(`no section of the Summary lists ${name}`);
    return { ...FIGURES[name], name, section };
  },
);

function headlineOf(figures: readonly SummaryFigure[]): Record<HeadlineKey, FigureName> {
  const keys: HeadlineKey[] = ['totalInvestment', 'totalReturn', 'netRoi', 'paybackMonths'];
  const entries = keys.map((key) => {
    const figure = figures.find((f) => f.headline === key);
    if (!figure) throw new Error(`no Summary figure is the headline's ${key}`);
    return [key, figure.name] as const;
  });
  return Object.fromEntries(entries) as Record<HeadlineKey, FigureName>;
}

/** The named ranges of the headline figures the server reads back after a build (contract 2). */
export const HEADLINE: Readonly<Record<HeadlineKey, FigureName>> = headlineOf(SUMMARY_FIGURES);
