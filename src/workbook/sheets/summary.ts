/**
 * The Summary sheet (SPEC section 2): the inputs that are not per month, then every figure, each
 * named, then the return by type and the monthly series behind its charts. The figures themselves
 * (which, in what order, and their formulas) are the tables of ./summaryFigures; this module lays
 * them out and builds the sheet in four parts: the figure rows, the by-type table, the monthly
 * series and the charts over them.
 *
 * Geometry: both charts are in view right after the build beside the open 300 px sidebar on a
 * 1280 × 800 screen, a grid area of about 930 × 560 px. Labels (column A, 250 px, wrapped) and
 * values (B, 130 px) end at x = 380; the charts hang from the top of C1 at x = 390, 520 px wide
 * (right edge 910), stacked: 255 px tall each with a 10 px gap (bottom edge 520). Notes are rows
 * of their own in column A, so nothing the charts cover holds text. Column C (the differences of
 * plan beside actual) is used only from row 26 down, below the charts (25 rows of at least 21 px
 * end at 525 px); the cumulative-net chart of plan and actual hangs to the right of the first
 * view (from x = 930), beside the first two, so it pushes neither out of view.
 */

import { fill } from '../../i18n/fill';
import type { WizardAnswers } from '../answers';
import {
  emptySheet,
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
import type { CellValue, ChartSpec, NamedRangePlan, SheetContent, StyleRule, ValidationRule } from '../plan';
import type { ActualLayout } from './actual';
import type { BuildContext, SheetBuild, WorkbookTexts } from './context';
import type { PlanLayout, PlanRowKey, SummaryInputs } from './plan';
import {
  type FigureContext,
  type FigureName,
  SUMMARY_FIGURES,
  SUMMARY_SECTIONS,
  type SummaryFigure,
  type SummarySection,
} from './summaryFigures';

/** The first section's heading row, under the title and the note on inputs. */
const FIRST_SECTION_ROW = 3;
/** Column widths: labels and notes (wrapped), values; the charts start at column C. */
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 130;
const CHART = { width: 520, height: 255, gap: 10, offsetX: 10 };
/** The grid's width beside the open sidebar at 1280 px: a third chart starts here, out of the first view. */
const FIRST_VIEW_WIDTH = 930;

/** Where the Summary puts its sections and the figures present for these answers. */
interface SummaryLayout {
  figures: SummaryFigure[];
  /** Heading rows by section. */
  headings: Array<{ section: SummarySection; row: number }>;
  /** The last row of the last section. */
  lastRow: number;
  row(name: FigureName): number;
  /** The figure's cell: B of its row, A for a note. */
  cell(name: FigureName): string;
}

function summaryLayout(answers: Pick<WizardAnswers, 'extras'>): SummaryLayout {
  // Each section with figures for these answers: its heading, its figures, a blank row.
  const figures = SUMMARY_FIGURES.filter((f) => !f.when || f.when(answers));
  const rows = new Map<FigureName, number>();
  const headings: SummaryLayout['headings'] = [];
  let next = FIRST_SECTION_ROW;
  for (const section of Object.keys(SUMMARY_SECTIONS) as SummarySection[]) {
    const listed = SUMMARY_SECTIONS[section].filter((name) => figures.some((f) => f.name === name));
    if (listed.length === 0) continue;
    headings.push({ section, row: next++ });
    for (const name of listed) rows.set(name, next++);
    next++;
  }
  const row = (name: FigureName) => {
    const r = rows.get(name);
    if (r === undefined) throw new Error(`the Summary has no figure ${name} for these answers`);
    return r;
  };
  const cell = (name: FigureName) => {
    const figure = figures.find((f) => f.name === name);
    return `${figure?.kind === 'note' ? 'A' : 'B'}${row(name)}`;
  };
  return { figures, headings, lastRow: next - 2, row, cell };
}

/** The Summary's input cells the Plan's formulas read, as absolute references. */
export function summaryInputs(answers: WizardAnswers): SummaryInputs {
  const layout = summaryLayout(answers);
  const at = (name: FigureName) => `$B$${layout.row(name)}`;
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
  const at = (name: FigureName) => `$B$${layout.row(name)}`;
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
  return fill(texts.summary.planStarts, { month: `${name} ${year}` });
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
 * The figure rows: title, note on inputs, each section's heading and figures (labels in A, values
 * in B, differences actual − plan in C), with their formats, styles, validations, the inputs left
 * free of the sheet's protection, column widths and a named range per figure. The last row used.
 */
function figureRows(
  sheet: SheetContent,
  ctx: BuildContext,
  layout: SummaryLayout,
  f: FigureContext,
): { lastRow: number; namedRanges: NamedRangePlan[] } {
  const m = ctx.texts.summary;
  const currency = ctx.answers.profile.currency;
  const { figures, lastRow } = layout;
  const rowOf = layout.row;
  const cellOf = layout.cell;
  const inputs = figures.filter((fig) => fig.kind === 'input');
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

  const formatted = figures.flatMap((fig) =>
    fig.kind !== 'note' && fig.format
      ? [{ row: rowOf(fig.name), pattern: formatPattern(fig.format, currency) }]
      : [],
  );
  const besideFormatted = formatted.filter(({ row }) => beside.some((fig) => rowOf(fig.name) === row));
  sheet.numberFormats.push(...formatRanges(formatted), ...formatRanges(besideFormatted, 'C'));
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

  // A note is a sentence about the figure above it, not a figure to refer to: it gets no named
  // range (each name costs a service call at build time).
  const namedRanges = figures
    .filter((fig) => fig.kind !== 'note')
    .map((fig) => ({ name: fig.name, range: sheetRef(ctx.names.summary, cellOf(fig.name)) }));
  return { lastRow, namedRanges };
}

/** Rows of a table the Summary lays out below its figures: its header row and its last row. */
interface Table {
  first: number;
  last: number;
}

/** The return by type, a row below the figures: each type's total over the plan. */
function byTypeTable(sheet: SheetContent, ctx: BuildContext, plan: PlanLayout, first: number): Table {
  const m = ctx.texts.summary;
  const p = ctx.texts.plan;
  const types: Array<[string, PlanRowKey]> = [
    [p.directTotal, 'directTotal'],
    [p.deals, 'deals'],
    [p.indirectTotal, 'indirectTotal'],
    [p.intangibleTotal, 'intangibleTotal'],
  ];
  const last = first + types.length;
  sheet.blocks.push({
    range: `A${first}:B${last}`,
    values: [
      [textCell(m.type), textCell(m.amount)],
      ...types.map(([label, key]): CellValue[] => [textCell(label), `=SUM(${plan.months(key)})`]),
    ],
  });
  sheet.numberFormats.push({
    range: `B${first + 1}:B${last}`,
    pattern: formatPattern('money', ctx.answers.profile.currency),
  });
  sheet.styles.push({ range: `A${first}:B${first}`, style: { bold: true, background: HEADER } });
  return { first, last };
}

/**
 * The monthly series behind the charts, a row below the by-type table: each month's investment,
 * return and cumulative net ROI; with the Actual sheet, the month again in E and the cumulative
 * net of plan and of actual (months 1…m only) in F and G, so that chart reads one rectangle.
 */
function monthlySeries(
  sheet: SheetContent,
  ctx: BuildContext,
  layout: SummaryLayout,
  plan: PlanLayout,
  actual: ActualLayout | null,
  first: number,
): Table {
  const m = ctx.texts.summary;
  const { currency, startMonth } = ctx.answers.profile;
  const last = first + ctx.months;
  const headers = [m.month, m.investment, m.return, ctx.texts.plan.cumulativeRoi];
  if (actual) headers.push(m.month, m.planCumulative, m.actualCumulative);
  const monthly: CellValue[][] = [headers.map(textCell)];
  for (let t = 1; t <= ctx.months; t++) {
    const line: CellValue[] = [
      monthDate(startMonth, t),
      `=${plan.cell('investment', t)}`,
      `=${plan.cell('countedReturn', t)}`,
      `=${plan.cell('cumulativeRoi', t)}`,
    ];
    if (actual) {
      const elapsed = `${actual.cell('monthNumber', t)}<=${layout.cell('MonthsElapsed')}`;
      line.push(
        `=A${first + t}`,
        `=${plan.cell('cumulativeNet', t)}`,
        `=IF(${elapsed},${actual.cell('cumulativeNet', t)},"")`,
      );
    }
    monthly.push(line);
  }
  const lastCol = actual ? 'G' : 'D';
  sheet.blocks.push({ range: `A${first}:${lastCol}${last}`, values: monthly });
  const money = formatPattern('money', currency);
  sheet.numberFormats.push(
    { range: `A${first + 1}:A${last}`, pattern: 'mmm yyyy' },
    { range: `B${first + 1}:C${last}`, pattern: money },
    { range: `D${first + 1}:D${last}`, pattern: '0.0%' },
  );
  if (actual)
    sheet.numberFormats.push(
      { range: `E${first + 1}:E${last}`, pattern: 'mmm yyyy' },
      { range: `F${first + 1}:G${last}`, pattern: money },
    );
  sheet.styles.push({ range: `A${first}:${lastCol}${first}`, style: { bold: true, background: HEADER } });
  return { first, last };
}

/**
 * The charts: monthly investment, return and cumulative net ROI, and the return by type, stacked
 * beside the figures; with the Actual sheet, the cumulative net of plan and actual right of them.
 */
function summaryCharts(
  sheet: SheetContent,
  ctx: BuildContext,
  byType: Table,
  monthly: Table,
  withActual: boolean,
): void {
  const m = ctx.texts.summary;
  const currency = ctx.answers.profile.currency;
  const position = (index: number) => ({
    row: 1,
    column: 3,
    offsetX: CHART.offsetX,
    offsetY: index * (CHART.height + CHART.gap),
  });
  const combo: ChartSpec = {
    type: 'combo',
    title: m.comboChart,
    ranges: [`A${monthly.first}:D${monthly.last}`],
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
    ranges: [`A${byType.first}:B${byType.last}`],
    position: position(1),
    width: CHART.width,
    height: CHART.height,
  };
  sheet.charts.push(combo, byTypeChart);
  if (withActual) {
    // Beside the first two, starting where the first view ends: it pushes neither out of view.
    // Two lines in the plan's currency, which the title names (no axis option to set).
    sheet.charts.push({
      type: 'line',
      title: fill(m.cumulativeChart, { currency }),
      ranges: [`E${monthly.first}:G${monthly.last}`],
      position: { row: 1, column: 3, offsetX: FIRST_VIEW_WIDTH - LABEL_WIDTH - VALUE_WIDTH, offsetY: 0 },
      width: CHART.width,
      height: CHART.height,
    });
  }
}

/**
 * The Summary sheet for the Plan laid out as `plan`, and the Actual sheet laid out as `actual`
 * when the contacts log is built.
 */
export function buildSummary(
  ctx: BuildContext,
  plan: PlanLayout,
  actual: ActualLayout | null = null,
): SheetBuild {
  const sheet = emptySheet('summary', ctx.names.summary);
  // Nothing frozen: the charts hang from row 1 and scroll with the figures.
  sheet.frozenRows = 0;
  const layout = summaryLayout(ctx.answers);
  const f: FigureContext = {
    answers: ctx.answers,
    texts: ctx.texts,
    months: ctx.months,
    cell: layout.cell,
    plan,
    actual,
    starts: formulaText(planStartsText(ctx.texts, ctx.answers.profile.startMonth)),
    text: formulaText,
  };
  const { lastRow, namedRanges } = figureRows(sheet, ctx, layout, f);
  const byType = byTypeTable(sheet, ctx, plan, lastRow + 2);
  const monthly = monthlySeries(sheet, ctx, layout, plan, actual, byType.last + 2);
  summaryCharts(sheet, ctx, byType, monthly, actual !== null);
  return { sheet, namedRanges };
}
