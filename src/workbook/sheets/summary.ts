/**
 * The Summary sheet (SPEC section 2): the inputs that are not per month, then every figure, each
 * named, then the return by type and the monthly series behind its two charts.
 *
 * One table, `SUMMARY_FIGURES`, drives the Summary's rows, their number formats, named ranges,
 * validations, the cells left unprotected and the headline the server reads back: adding a figure
 * is one entry (and a section one entry of `SUMMARY_SECTIONS`). A figure's formula is built from a
 * `FigureContext` that knows the other figures' cells by name and the Plan's rows by key.
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
 * - No decimal literal in any formula (`1/2`, not `0.5`): the adapter converts separators for
 *   comma-decimal locales, and an integer reads the same in every locale.
 *
 * Geometry: both charts are in view right after the build beside the open 300 px sidebar on a
 * 1280 × 800 screen, a grid area of about 930 × 560 px, and the first one on a 1024-px screen
 * (about 678 px wide). Labels (column A, 200 px, wrapped) and values (B, 125 px) end at x = 325;
 * the charts hang from the top of C1 at x = 333, 320 px wide (right edge 653), stacked: 255 px
 * tall each with a 10 px gap (bottom edge 520). Notes are rows of their own in column A, so
 * nothing the charts cover holds text. Column C (the differences of plan beside actual) is used
 * only from row 26 down, below the charts (25 rows of at least 21 px end at 525 px); the
 * cumulative-net chart of plan and actual hangs to the right of the first view (from x = 930),
 * beside the first two, so it pushes neither out of view.
 */

import type { WizardAnswers } from '../answers';
import {
  emptySheet,
  type Format,
  formatPattern,
  formulaText,
  HEADER,
  HELPER_FONT,
  INPUT,
  monthDate,
  SECTION,
  sheetRef,
  textCell,
} from '../cells';
import { CONVERTED_STAGES } from '../contactsLog';
import type { CellValue, ChartSpec, SheetKey, StyleRule, ValidationRule } from '../plan';
import { SUMMARY_INPUT_BOUNDS } from '../schema';
import type { BuildContext, SheetBuild, WorkbookTexts } from './context';
import type { PlanLayout, SummaryInputs } from './plan';

/** What a figure's formula may refer to. */
export interface FigureContext {
  answers: WizardAnswers;
  /** The workbook's texts (the Summary's under `summary`). */
  texts: WorkbookTexts;
  months: number;
  /** The Summary cell of another figure of this build, by its name ("B12" for TotalNetROI). */
  cell(name: string): string;
  /** Where the Plan put its rows. */
  plan: PlanLayout;
  /** Where the Actual sheet put its rows: present with the contacts log, which the figures using it need. */
  actual: PlanLayout | null;
  /** "the plan starts in January 2027" as a formula literal: what a to-date figure shows while m = 0. */
  starts: string;
  /** A range of another sheet of the workbook, quoted. */
  ref(sheet: SheetKey, range: string): string;
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

/** The Summary's sections in sheet order, each a heading row over its figures; by their label's key. */
export const SUMMARY_SECTIONS = ['inputs', 'results', 'toDate', 'health'] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

/** One row of the Summary. */
export interface SummaryFigure {
  /** Its named range, and how other figures refer to it. Never a function's name. */
  name: string;
  /** The section it is listed under. */
  section: SummarySection;
  /**
   * `input`: a yellow cell a person changes (value in B); `figure`: a computed value in B;
   * `note`: a computed sentence in A, under the figure it explains.
   */
  kind: 'input' | 'figure' | 'note';
  /** The label's key in the Summary texts; a note has none. */
  label: keyof WorkbookTexts['summary'] | null;
  /** An input's starting value, or a figure's or note's formula. */
  value(f: FigureContext): CellValue;
  format: Format | null;
  validation?: ValidationSpec;
  /** Shown bold: the figures a person reads first. */
  bold?: boolean;
  headline?: HeadlineKey;
  /** The plan-to-date figure this actual figure is set beside: the difference actual − plan shows in C. */
  beside?: string;
  /** Present only for these extras (always when absent): the layout depends on nothing else. */
  when?: (answers: Pick<WizardAnswers, 'extras'>) => boolean;
}

/** Formula pieces figures share. */
const inv = (f: FigureContext) => f.plan.months('investment');
const ret = (f: FigureContext) => f.plan.months('countedReturn');
const sumOf = (f: FigureContext, row: string) => `SUM(${f.plan.months(row)})`;
const noInvestment = (f: FigureContext) => f.text(f.texts.summary.noInvestment);
const noContacts = (f: FigureContext) => f.text(f.texts.summary.noContacts);

const withLog = (a: Pick<WizardAnswers, 'extras'>) => a.extras.contactsLog;
const actualOf = (f: FigureContext): PlanLayout => {
  if (!f.actual) throw new Error('a figure of the contacts log needs the Actual sheet');
  return f.actual;
};
/** The months elapsed, m, and the first month's first day. */
const mCell = (f: FigureContext) => f.cell('MonthsElapsed');
/** `body` for months 1…m; "the plan starts in …" while m = 0. */
const toDate = (f: FigureContext, body: string) => `=IF(${mCell(f)}=0,${f.starts},${body})`;
/** A row of the Plan or the Actual summed over months 1…m. */
const sumToDate = (f: FigureContext, layout: PlanLayout, key: string) =>
  `SUMIF(${layout.months('monthNumber')},"<="&${mCell(f)},${layout.months(key)})`;
/** `numerator / denominator`, or the text `missing` when the denominator is not above 0. */
const ratio = (f: FigureContext, numerator: string, denominator: string, missing: string) =>
  `IF(${denominator}>0,${numerator}/${denominator},${f.text(missing)})`;
/** Contacts of the log: rows with a Name. */
const LOGGED = 'COUNTIF(LogName,"<>")';
/** The converted stages' labels as formula literals. */
const convertedStages = (f: FigureContext) =>
  CONVERTED_STAGES.map((st) => f.text(f.texts.contacts.stages[st]));
/** The average of a 1–5 rating column over the contacts that have one. */
const averageRating = (f: FigureContext, column: string) => {
  const rated = `COUNTIFS(LogName,"<>",${column},">=1")`;
  return `=${ratio(f, `SUMIFS(${column},LogName,"<>",${column},">=1")`, rated, f.texts.summary.noRatings)}`;
};

/** A figure of the contacts log, the Actual sheet or AsOfDate: present only with the log. */
function logFigure(
  name: string,
  section: SummarySection,
  label: SummaryFigure['label'],
  format: Format,
  value: SummaryFigure['value'],
  more: Partial<SummaryFigure> = {},
): SummaryFigure {
  return { name, section, kind: 'figure', label, value, format, when: withLog, ...more };
}

/** The figures of SPEC sections 5 and 6: inputs of time, plan beside actual, network health. */
const LOG_FIGURES: readonly SummaryFigure[] = [
  logFigure('AsOfDate', 'inputs', 'asOfDate', 'date', () => '=TODAY()', {
    kind: 'input',
    validation: { kind: 'date', allowInvalid: false },
  }),
  logFigure('KeepInTouchDays', 'inputs', 'keepInTouchDays', 'count', () => KEEP_IN_TOUCH_DAYS, {
    kind: 'input',
    validation: { kind: 'numberBetween', min: 0, max: 3650, allowInvalid: false },
  }),
  logFigure(
    'MonthsElapsed',
    'toDate',
    'monthsElapsed',
    'count',
    (f) => `=COUNTIF(${actualOf(f).months('header')},"<="&${f.cell('AsOfDate')})`,
  ),
  logFigure('PlanToDateInvestment', 'toDate', 'planToDateInvestment', 'money', (f) =>
    toDate(f, sumToDate(f, f.plan, 'investment')),
  ),
  logFigure('PlanToDateReturn', 'toDate', 'planToDateReturn', 'money', (f) =>
    toDate(f, sumToDate(f, f.plan, 'countedReturn')),
  ),
  logFigure('PlanToDateNetROI', 'toDate', 'planToDateNetRoi', 'percent', (f) => {
    const [i, r] = [f.cell('PlanToDateInvestment'), f.cell('PlanToDateReturn')];
    return toDate(f, ratio(f, `(${r}-${i})`, i, f.texts.summary.noInvestment));
  }),
  logFigure(
    'ActualInvestment',
    'toDate',
    'actualInvestment',
    'money',
    (f) => toDate(f, sumToDate(f, actualOf(f), 'investment')),
    { beside: 'PlanToDateInvestment', bold: true },
  ),
  logFigure(
    'ActualReturn',
    'toDate',
    'actualReturn',
    'money',
    (f) => toDate(f, sumToDate(f, actualOf(f), 'countedReturn')),
    { beside: 'PlanToDateReturn', bold: true },
  ),
  logFigure(
    'ActualNetROI',
    'toDate',
    'actualNetRoi',
    'percent',
    (f) => {
      const [i, r] = [f.cell('ActualInvestment'), f.cell('ActualReturn')];
      return toDate(f, ratio(f, `(${r}-${i})`, i, f.texts.summary.noActualInvestment));
    },
    { beside: 'PlanToDateNetROI', bold: true },
  ),
  logFigure('ActualReturnPerUnit', 'toDate', 'actualReturnPerUnit', 'percent', (f) => {
    const [i, r] = [f.cell('ActualInvestment'), f.cell('ActualReturn')];
    return toDate(f, ratio(f, r, i, f.texts.summary.noActualInvestment));
  }),
  logFigure('ActualConversionRate', 'toDate', 'actualConversionRate', 'percent', (f) => {
    const a = actualOf(f);
    const [conversions, contacts] = [sumToDate(f, a, 'conversions'), sumToDate(f, a, 'contacts')];
    return toDate(f, ratio(f, conversions, contacts, f.texts.summary.noLoggedContacts));
  }),
  logFigure('ActualCostPerContact', 'toDate', 'actualCostPerContact', 'money', (f) =>
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
  logFigure('ActualCostPerConversion', 'toDate', 'actualCostPerConversion', 'money', (f) =>
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
  logFigure('ActualHoursInvested', 'toDate', 'actualHoursInvested', 'hours', (f) =>
    toDate(f, sumToDate(f, actualOf(f), 'hoursTotal')),
  ),
  logFigure('ActualPaybackMonths', 'toDate', 'actualPaybackMonths', 'months', (f) => {
    // PAYBACK_PERIOD over months 1…m: the Actual's helper rows hold "" after month m.
    const [payback, lowest] = [actualOf(f).months('payback'), actualOf(f).months('lowest')];
    const notYet = f.text(f.texts.summary.notPaidBackYet);
    return toDate(f, `IF(COUNT(${payback})>0,MIN(${payback}),IF(MIN(${lowest})<0,${notYet},0))`);
  }),
  logFigure('NewContactsPerMonth', 'health', 'newContactsPerMonth', 'decimal', (f) => {
    const [m, asOf, start] = [mCell(f), f.cell('AsOfDate'), actualOf(f).cell('header', 1)];
    const met = `COUNTIFS(LogName,"<>",LogDateMet,">="&${start},LogDateMet,"<"&EDATE(${start},${m}),LogDateMet,"<="&${asOf})`;
    return toDate(f, `IF(${LOGGED}>0,${met}/${m},${f.text(f.texts.summary.noLog)})`);
  }),
  logFigure('InteractionsPerContactMonth', 'health', 'interactionsPerContactMonth', 'decimal', (f) =>
    toDate(f, ratio(f, `SUMIFS(LogInteractions,LogName,"<>")/${mCell(f)}`, LOGGED, f.texts.summary.noLog)),
  ),
  logFigure('TouchedRecently', 'health', 'touchedRecently', 'percent', (f) => {
    // Exactly the rule of the Follow up column: the contacts not Lost that are not due.
    const open = `COUNTIFS(LogName,"<>",LogStage,"<>"&${f.text(f.texts.contacts.stages.lost)})`;
    const touched = `COUNTIFS(LogName,"<>",LogStage,"<>"&${f.text(f.texts.contacts.stages.lost)},LogFollowUp,"<>"&${f.text(f.texts.contacts.due)})`;
    return `=${ratio(f, touched, open, f.texts.summary.noOpenContacts)}`;
  }),
  logFigure(
    'FollowUpsDue',
    'health',
    'followUpsDue',
    'count',
    (f) =>
      `=IF(${LOGGED}>0,COUNTIF(LogFollowUp,${f.text(f.texts.contacts.due)}),${f.text(f.texts.summary.noLog)})`,
  ),
  logFigure('EventHoursPerMonth', 'health', 'eventHoursPerMonth', 'hours', (f) => {
    const a = actualOf(f);
    const recorded = `COUNTIFS(${a.months('monthNumber')},"<="&${mCell(f)},${a.months('hours.events')},"<>")`;
    const hours = `${sumToDate(f, a, 'hours.events')}/${mCell(f)}`;
    return toDate(f, `IF(${recorded}>0,${hours},${f.text(f.texts.summary.noEventHours)})`);
  }),
  logFigure('LogConversionRate', 'health', 'logConversionRate', 'percent', (f) => {
    const staged = 'COUNTIFS(LogName,"<>",LogStage,"<>")';
    const converted = convertedStages(f)
      .map((stage) => `COUNTIFS(LogName,"<>",LogStage,${stage})`)
      .join('+');
    return `=${ratio(f, `(${converted})`, staged, f.texts.summary.noStages)}`;
  }),
  logFigure('AverageDepth', 'health', 'averageDepth', 'decimal', (f) => averageRating(f, 'LogDepth')),
  logFigure('AverageMutualBenefit', 'health', 'averageMutualBenefit', 'decimal', (f) =>
    averageRating(f, 'LogMutualBenefit'),
  ),
  logFigure('AverageInformationValue', 'health', 'averageInformationValue', 'decimal', (f) =>
    averageRating(f, 'LogInformation'),
  ),
  logFigure(
    'InboundShare',
    'health',
    'inboundShare',
    'percent',
    (f) => `=${ratio(f, 'COUNTIFS(LogName,"<>",LogInbound,TRUE())', LOGGED, f.texts.summary.noLog)}`,
  ),
];

/** Every figure of the Summary; each section lists its own in this order. */
export const SUMMARY_FIGURES: readonly SummaryFigure[] = [
  {
    name: 'DiscountRate',
    section: 'inputs',
    kind: 'input',
    label: 'discountRate',
    value: (f) => f.answers.profile.discountRate,
    format: 'percent',
    validation: { kind: 'numberBetween', ...SUMMARY_INPUT_BOUNDS.DiscountRate, allowInvalid: false },
  },
  {
    name: 'HourlyRate',
    section: 'inputs',
    kind: 'input',
    label: 'hourlyRate',
    value: (f) => f.answers.investments.hourlyRate,
    format: 'money',
    validation: { kind: 'numberBetween', ...SUMMARY_INPUT_BOUNDS.HourlyRate, allowInvalid: false },
  },
  {
    name: 'Inflation',
    section: 'inputs',
    kind: 'input',
    label: 'inflation',
    value: (f) => f.answers.profile.inflation,
    format: 'percent',
    validation: { kind: 'numberBetween', ...SUMMARY_INPUT_BOUNDS.Inflation, allowInvalid: false },
  },
  {
    name: 'CountIntangible',
    section: 'inputs',
    kind: 'input',
    label: 'countIntangible',
    value: (f) => f.answers.returns.countIntangible,
    format: null,
    validation: { kind: 'checkbox' },
  },
  {
    name: 'TotalInvestment',
    section: 'results',
    kind: 'figure',
    label: 'totalInvestment',
    value: (f) => `=SUM(${inv(f)})`,
    format: 'money',
    bold: true,
    headline: 'totalInvestment',
  },
  {
    name: 'TotalReturn',
    section: 'results',
    kind: 'figure',
    label: 'totalReturn',
    value: (f) => `=SUM(${ret(f)})`,
    format: 'money',
    bold: true,
    headline: 'totalReturn',
  },
  {
    name: 'TotalNetROI',
    section: 'results',
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
  {
    name: 'NetROIBand',
    section: 'results',
    kind: 'note',
    label: null,
    value: (f) => {
      const roi = f.cell('TotalNetROI');
      const t = f.texts.summary;
      return `=IF(ISNUMBER(${roi}),IF(${roi}<1/2,${f.text(t.roiBelow)},IF(${roi}>2,${f.text(t.roiAbove)},${f.text(t.roiWithin)})),"")`;
    },
    format: null,
  },
  {
    name: 'ReturnPerUnit',
    section: 'results',
    kind: 'figure',
    label: 'returnPerUnit',
    value: (f) => {
      const [i, r] = [f.cell('TotalInvestment'), f.cell('TotalReturn')];
      return `=IF(${i}>0,${r}/${i},${noInvestment(f)})`;
    },
    format: 'percent',
    bold: true,
  },
  {
    name: 'DiscountedROI',
    section: 'results',
    kind: 'figure',
    label: 'discountedRoi',
    value: (f) => {
      const start = `SUMPRODUCT(${inv(f)},${f.plan.months('discountStart')})`;
      const end = `SUMPRODUCT(${ret(f)},${f.plan.months('discountEnd')})`;
      return `=IF(${start}>0,(${end}-${start})/${start},${noInvestment(f)})`;
    },
    format: 'percent',
  },
  {
    name: 'AnnualizedROI',
    section: 'results',
    kind: 'figure',
    label: 'annualizedRoi',
    value: (f) => {
      const roi = f.cell('TotalNetROI');
      return `=IF(ISNUMBER(${roi}),IF(${roi}>=-1,(1+${roi})^(12/${f.months})-1,""),${roi})`;
    },
    format: 'percent',
  },
  {
    name: 'RealROI',
    section: 'results',
    kind: 'figure',
    label: 'realRoi',
    value: (f) => {
      const [roi, inflation] = [f.cell('TotalNetROI'), f.cell('Inflation')];
      return `=IF(ISNUMBER(${inflation}),IF(ISNUMBER(${roi}),(1+${roi})/(1+${inflation})^(${f.months}/12)-1,${roi}),${f.text(f.texts.summary.noInflation)})`;
    },
    format: 'percent',
  },
  {
    name: 'PaybackMonths',
    section: 'results',
    kind: 'figure',
    label: 'paybackMonths',
    value: (f) => {
      const notPaidBack = f.text(f.texts.summary.notPaidBack.replace('{n}', String(f.months)));
      const payback = f.plan.months('payback');
      return `=IF(COUNT(${payback})>0,MIN(${payback}),IF(MIN(${f.plan.months('lowest')})<0,${notPaidBack},0))`;
    },
    format: 'months',
    headline: 'paybackMonths',
  },
  {
    name: 'ConversionRate',
    section: 'results',
    kind: 'figure',
    label: 'conversionRate',
    value: (f) =>
      `=IF(${sumOf(f, 'contacts')}>0,${sumOf(f, 'conversions')}/${sumOf(f, 'contacts')},${noContacts(f)})`,
    format: 'percent',
  },
  {
    name: 'CostPerContact',
    section: 'results',
    kind: 'figure',
    label: 'costPerContact',
    value: (f) =>
      `=IF(${sumOf(f, 'contacts')}>0,${f.cell('TotalInvestment')}/${sumOf(f, 'contacts')},${noContacts(f)})`,
    format: 'money',
  },
  {
    name: 'CostPerConversion',
    section: 'results',
    kind: 'figure',
    label: 'costPerConversion',
    value: (f) =>
      `=IF(${sumOf(f, 'conversions')}>0,${f.cell('TotalInvestment')}/${sumOf(f, 'conversions')},${f.text(f.texts.summary.noConversions)})`,
    format: 'money',
  },
  {
    name: 'HoursInvested',
    section: 'results',
    kind: 'figure',
    label: 'hoursInvested',
    value: (f) => `=${sumOf(f, 'hoursTotal')}`,
    format: 'hours',
  },
  ...LOG_FIGURES,
];

function headlineOf(figures: readonly SummaryFigure[]): Record<HeadlineKey, string> {
  const keys: HeadlineKey[] = ['totalInvestment', 'totalReturn', 'netRoi', 'paybackMonths'];
  const entries = keys.map((key) => {
    const figure = figures.find((f) => f.headline === key);
    if (!figure) throw new Error(`no Summary figure is the headline's ${key}`);
    return [key, figure.name] as const;
  });
  return Object.fromEntries(entries) as Record<HeadlineKey, string>;
}

/** The named ranges of the headline figures the server reads back after a build (contract 2). */
export const HEADLINE: Readonly<Record<HeadlineKey, string>> = headlineOf(SUMMARY_FIGURES);

/** The first section's heading row, under the title and the note on inputs. */
const FIRST_SECTION_ROW = 3;
/** Column widths: labels and notes (wrapped), values; the charts start at column C. */
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 125;
const CHART = { width: 320, height: 255, gap: 10, offsetX: 8 };
/** The grid's width beside the open sidebar at 1280 px: a third chart starts here, out of the first view. */
const FIRST_VIEW_WIDTH = 930;
/** KeepInTouchDays' starting value (SPEC section 5). */
export const KEEP_IN_TOUCH_DAYS = 90;

/** Where the Summary puts its sections and the figures present for these answers. */
interface SummaryLayout {
  figures: SummaryFigure[];
  /** Heading rows by section. */
  headings: Array<{ section: SummarySection; row: number }>;
  /** The last row of the last section. */
  lastRow: number;
  row(name: string): number;
  /** The figure's cell: B of its row, A for a note. */
  cell(name: string): string;
}

function summaryLayout(answers: Pick<WizardAnswers, 'extras'>): SummaryLayout {
  // Each section with figures for these answers: its heading, its figures, a blank row.
  const figures = SUMMARY_FIGURES.filter((f) => !f.when || f.when(answers));
  const rows = new Map<string, number>();
  const headings: SummaryLayout['headings'] = [];
  let next = FIRST_SECTION_ROW;
  for (const section of SUMMARY_SECTIONS) {
    if (!figures.some((f) => f.section === section)) continue;
    headings.push({ section, row: next++ });
    for (const f of figures) if (f.section === section) rows.set(f.name, next++);
    next++;
  }
  const row = (name: string) => {
    const r = rows.get(name);
    if (r === undefined) throw new Error(`the Summary has no figure ${name} for these answers`);
    return r;
  };
  const cell = (name: string) => {
    const figure = figures.find((f) => f.name === name);
    return `${figure?.kind === 'note' ? 'A' : 'B'}${row(name)}`;
  };
  return { figures, headings, lastRow: next - 2, row, cell };
}

/** The Summary's input cells the Plan's formulas read, as absolute references. */
export function summaryInputs(answers: WizardAnswers): SummaryInputs {
  const layout = summaryLayout(answers);
  const at = (name: string) => `$B$${layout.row(name)}`;
  return {
    discountRate: at('DiscountRate'),
    hourlyRate: at('HourlyRate'),
    countIntangible: at('CountIntangible'),
  };
}

/** The Summary's cells the contacts log and the Actual sheet read (absolute A1 on the Summary). */
export function logInputs(): { asOfDate: string; keepInTouchDays: string; monthsElapsed: string } {
  // They exist only with the contacts log; where they are depends on nothing else.
  const layout = summaryLayout({ extras: { contactsLog: true, channels: false } });
  const at = (name: string) => `$B$${layout.row(name)}`;
  return {
    asOfDate: at('AsOfDate'),
    keepInTouchDays: at('KeepInTouchDays'),
    monthsElapsed: at('MonthsElapsed'),
  };
}

/** "the plan starts in January 2027", in the workbook's language, for a plan starting in `startMonth`. */
export function planStartsText(texts: WorkbookTexts, startMonth: string): string {
  const [year, month] = startMonth.split('-').map(Number);
  const name = texts.summary.monthNames.split('|')[month - 1];
  return texts.summary.planStarts.replace('{month}', `${name} ${year}`);
}

/** Merges rows (in any order) that share a pattern into ranges of consecutive rows of a column. */
function formatRanges(cells: Array<{ row: number; pattern: string }>, column = 'B') {
  const sorted = [...cells].sort((x, y) => x.row - y.row);
  const out: Array<{ from: number; to: number; pattern: string }> = [];
  for (const { row, pattern } of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.pattern === pattern && prev.to === row - 1) prev.to = row;
    else out.push({ from: row, to: row, pattern });
  }
  return out.map(({ from, to, pattern }) => ({
    range: from === to ? `${column}${from}` : `${column}${from}:${column}${to}`,
    pattern,
  }));
}

/**
 * The Summary sheet for the Plan laid out as `plan`, and the Actual sheet laid out as `actual`
 * when the contacts log is built.
 */
export function buildSummary(
  ctx: BuildContext,
  plan: PlanLayout,
  actual: PlanLayout | null = null,
): SheetBuild {
  const a = ctx.answers;
  const m = ctx.texts.summary;
  const n = ctx.months;
  const names = ctx.names;
  const currency = a.profile.currency;
  const sheet = emptySheet('summary', names.summary);
  // Nothing frozen: the charts hang from row 1 and scroll with the figures.
  sheet.frozenRows = 0;

  const layout = summaryLayout(a);
  const { figures, lastRow } = layout;
  const rowOf = layout.row;
  const cellOf = layout.cell;
  const inputs = figures.filter((fig) => fig.kind === 'input');
  const f: FigureContext = {
    answers: a,
    texts: ctx.texts,
    months: n,
    cell: cellOf,
    plan,
    actual,
    starts: formulaText(planStartsText(ctx.texts, a.profile.startMonth)),
    ref: (key, range) => sheetRef(names[key], range),
    text: formulaText,
  };
  // Column C holds the differences actual − plan to date, when any figure is set beside a plan one.
  const beside = figures.filter((fig) => fig.beside);
  const width = beside.length > 0 ? 3 : 2;
  const top: CellValue[][] = Array.from({ length: lastRow }, () => Array<CellValue>(width).fill(null));
  top[0][0] = textCell(m.title);
  top[1][0] = textCell(m.inputNote);
  for (const { section, row } of layout.headings) top[row - 1][0] = textCell(m[section]);
  for (const figure of figures) {
    // A note's sentence fills the label column; a figure's label is in A and its value in B.
    const label = figure.label === null ? null : textCell(m[figure.label]);
    const line = top[rowOf(figure.name) - 1];
    [line[0], line[1]] = figure.kind === 'note' ? [figure.value(f), null] : [label, figure.value(f)];
    if (figure.beside) {
      const [actualCell, planCell] = [cellOf(figure.name), cellOf(figure.beside)];
      line[2] = `=IF(AND(ISNUMBER(${actualCell}),ISNUMBER(${planCell})),${actualCell}-${planCell},"")`;
    }
  }
  const besideSection = beside[0]?.section;
  const besideHeading = layout.headings.find((h) => h.section === besideSection)?.row;
  if (besideHeading !== undefined) top[besideHeading - 1][2] = textCell(m.difference);
  const lastCol = width === 3 ? 'C' : 'B';
  sheet.blocks.push({ range: `A1:${lastCol}${lastRow}`, values: top });

  // Return by type, and the monthly series behind the charts.
  const types: Array<[string, string]> = [
    [ctx.texts.plan.directTotal, 'directTotal'],
    [ctx.texts.plan.deals, 'deals'],
    [ctx.texts.plan.indirectTotal, 'indirectTotal'],
    [ctx.texts.plan.intangibleTotal, 'intangibleTotal'],
  ];
  const byType = lastRow + 2;
  const typeEnd = byType + types.length;
  sheet.blocks.push({
    range: `A${byType}:B${typeEnd}`,
    values: [
      [textCell(m.type), textCell(m.amount)],
      ...types.map(([label, key]): CellValue[] => [textCell(label), `=SUM(${plan.months(key)})`]),
    ],
  });
  const monthlyStart = typeEnd + 2;
  const monthlyEnd = monthlyStart + n;
  // With the Actual sheet: cumulative net of plan and of actual (months 1…m only) in E and F.
  const headers = [m.month, m.investment, m.return, ctx.texts.plan.cumulativeRoi];
  if (actual) headers.push(m.planCumulative, m.actualCumulative);
  const monthly: CellValue[][] = [headers.map(textCell)];
  for (let t = 1; t <= n; t++) {
    const line: CellValue[] = [
      monthDate(a.profile.startMonth, t),
      `=${plan.cell('investment', t)}`,
      `=${plan.cell('countedReturn', t)}`,
      `=${plan.cell('cumulativeRoi', t)}`,
    ];
    if (actual) {
      const elapsed = `${actual.cell('monthNumber', t)}<=${cellOf('MonthsElapsed')}`;
      line.push(`=${plan.cell('cumulativeNet', t)}`, `=IF(${elapsed},${actual.cell('cumulativeNet', t)},"")`);
    }
    monthly.push(line);
  }
  const monthlyLast = actual ? 'F' : 'D';
  sheet.blocks.push({ range: `A${monthlyStart}:${monthlyLast}${monthlyEnd}`, values: monthly });

  const money = formatPattern('money', currency);
  const formatted = figures.flatMap((fig) =>
    fig.kind !== 'note' && fig.format
      ? [{ row: rowOf(fig.name), pattern: formatPattern(fig.format, currency) }]
      : [],
  );
  const besideFormatted = formatted.filter(({ row }) => beside.some((fig) => rowOf(fig.name) === row));
  sheet.numberFormats.push(
    ...formatRanges(formatted),
    ...formatRanges(besideFormatted, 'C'),
    { range: `B${byType + 1}:B${typeEnd}`, pattern: money },
    { range: `A${monthlyStart + 1}:A${monthlyEnd}`, pattern: 'mmm yyyy' },
    { range: `B${monthlyStart + 1}:C${monthlyEnd}`, pattern: money },
    { range: `D${monthlyStart + 1}:D${monthlyEnd}`, pattern: '0.0%' },
  );
  if (actual) sheet.numberFormats.push({ range: `E${monthlyStart + 1}:F${monthlyEnd}`, pattern: money });
  const section = { bold: true, background: SECTION };
  const styles: StyleRule[] = [
    { range: `A2:A${lastRow}`, style: { wrap: true } },
    // The title is bold in the default size: a font size would cost a call of its own at build time.
    { range: 'A1', style: { bold: true } },
    { range: 'A2', style: { italic: true, fontColor: HELPER_FONT } },
    ...layout.headings.map(({ row }) => ({ range: `A${row}:${lastCol}${row}`, style: section })),
  ];
  for (const figure of figures) {
    const cell = cellOf(figure.name);
    if (figure.kind === 'input') styles.push({ range: cell, style: { background: INPUT } });
    else if (figure.kind === 'note')
      styles.push({ range: cell, style: { italic: true, fontColor: HELPER_FONT } });
    else if (figure.bold) styles.push({ range: cell, style: { bold: true } });
  }
  styles.push(
    { range: `A${byType}:B${byType}`, style: { bold: true, background: HEADER } },
    { range: `A${monthlyStart}:${monthlyLast}${monthlyStart}`, style: { bold: true, background: HEADER } },
  );
  sheet.styles.push(...styles);
  for (const figure of inputs) {
    if (figure.validation)
      sheet.validations.push({ ...figure.validation, range: cellOf(figure.name) } as ValidationRule);
  }
  sheet.protection = {
    description: ctx.texts.protection,
    unprotected: inputs.map((fig) => cellOf(fig.name)),
  };
  sheet.columnWidths.push({ column: 1, width: LABEL_WIDTH }, { column: 2, width: VALUE_WIDTH });
  if (width === 3) sheet.columnWidths.push({ column: 3, width: VALUE_WIDTH });

  const position = (index: number) => ({
    row: 1,
    column: 3,
    offsetX: CHART.offsetX,
    offsetY: index * (CHART.height + CHART.gap),
  });
  const combo: ChartSpec = {
    type: 'combo',
    title: m.comboChart,
    ranges: [`A${monthlyStart}:D${monthlyEnd}`],
    series: [
      { index: 0, type: 'bars', targetAxisIndex: 0, color: '#c0504d' },
      { index: 1, type: 'bars', targetAxisIndex: 0, color: '#4f81bd' },
      { index: 2, type: 'line', targetAxisIndex: 1, color: '#2e7d32' },
    ],
    vAxes: { 0: { title: currency }, 1: { format: 'percent' } },
    position: position(0),
    width: CHART.width,
    height: CHART.height,
  };
  const byTypeChart: ChartSpec = {
    type: 'column',
    title: m.byType,
    ranges: [`A${byType}:B${typeEnd}`],
    position: position(1),
    width: CHART.width,
    height: CHART.height,
  };
  sheet.charts.push(combo, byTypeChart);
  if (actual) {
    // Beside the first two, starting where the first view ends: it pushes neither out of view.
    sheet.charts.push({
      type: 'combo',
      title: m.cumulativeChart,
      ranges: [`A${monthlyStart}:A${monthlyEnd}`, `E${monthlyStart}:F${monthlyEnd}`],
      series: [
        { index: 0, type: 'line', targetAxisIndex: 0, color: '#4f81bd' },
        { index: 1, type: 'line', targetAxisIndex: 0, color: '#2e7d32' },
      ],
      vAxes: { 0: { title: currency } },
      position: { row: 1, column: 3, offsetX: FIRST_VIEW_WIDTH - LABEL_WIDTH - VALUE_WIDTH, offsetY: 0 },
      width: CHART.width,
      height: CHART.height,
    });
  }

  // A note is a sentence about the figure above it, not a figure to refer to: it gets no named
  // range (each name costs a service call at build time).
  const namedRanges = figures
    .filter((fig) => fig.kind !== 'note')
    .map((fig) => ({
      name: fig.name,
      range: sheetRef(names.summary, cellOf(fig.name)),
    }));
  return { sheet, namedRanges };
}
