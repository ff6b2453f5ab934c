/**
 * The Summary sheet (SPEC section 2): the inputs that are not per month, then every figure, each
 * named, then the return by type, the net ROI of each case and the monthly series behind its
 * charts. The figures themselves (which, in what order, and their formulas) are the tables of
 * ./summaryFigures; this module lays them out and builds the sheet in five parts: the figure rows
 * (a small table among them, the Deciding section's alternatives), the by-type table, the cases
 * table, the monthly series and the charts over them.
 *
 * Geometry: both charts are in view right after the build beside the open 300 px sidebar on a
 * 1280 × 800 screen, a grid area of about 930 × 560 px, and the first one on a 1024-px screen
 * (about 678 px wide). Labels (column A, 200 px, wrapped) and values (B, 125 px) end at x = 325;
 * the charts hang from the top of C1 at x = 333, 320 px wide (right edge 653), stacked: 255 px
 * tall each with a 10 px gap (bottom edge 520). Notes are rows of their own in column A, so
 * nothing the charts cover holds text. Column C (the differences of plan beside actual) is used
 * only from row 26 down, below the charts (25 rows of at least 21 px end at 525 px); the
 * cumulative-net chart of plan and actual hangs to the right of the first view (from x = 930),
 * beside the first two, so it pushes neither out of view. Columns C and D hold the Deciding
 * section's alternatives (from row 33 down at the earliest), and its chart hangs beside that
 * section, right of column D, from row 28 at the earliest: below the first view.
 */

import { fill } from '../../i18n/fill';
import type { WizardAnswers } from '../answers';
import {
  columnLetter,
  emptySheet,
  exactCriterion,
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
import { CONTACT_ROWS, CONVERTED_STAGES, logRange, overConverted } from '../contactsLog';
import type { CellValue, ChartSpec, NamedRangePlan, SheetContent, StyleRule, ValidationRule } from '../plan';
import type { ActualLayout } from './actual';
import type { BuildContext, SheetBuild, WorkbookTexts } from './context';
import type { PlanLayout, PlanRowKey, SummaryInputs } from './plan';
import {
  type FigureContext,
  type FigureName,
  SHARE_INPUT,
  SUMMARY_FIGURES,
  SUMMARY_SECTIONS,
  type SummaryFigure,
  type SummarySection,
} from './summaryFigures';

/** The first section's heading row, under the title and the note on inputs. */
const FIRST_SECTION_ROW = 3;
/** Column widths: labels and notes (wrapped), values; the charts start at column C. */
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 125;
const CHART = { width: 320, height: 255, gap: 10, offsetX: 8 };
/** The grid's width beside the open sidebar at 1280 px: a third chart starts here, out of the first view. */
const FIRST_VIEW_WIDTH = 930;
/**
 * The first row below the first view (560 px tall beside the sidebar): rows are at least 21 px, so
 * the 27 rows above it end at 567 px or lower.
 */
const FIRST_ROW_BELOW_VIEW = Math.ceil(560 / 21) + 1;

/** Where a figure stands: its column (1 = A), its rows (one per item of a table), its table's header row. */
interface Placement {
  column: number;
  rows: number[];
  /** The header row of the table it is a column of; null for a figure of one row. */
  header: number | null;
}

/** Where the Summary puts its sections and the figures present for these answers. */
interface SummaryLayout {
  figures: SummaryFigure[];
  /** Heading rows by section. */
  headings: Array<{ section: SummarySection; row: number }>;
  /** The last row of the last section. */
  lastRow: number;
  /** The last column the figures use (2 = B). */
  lastColumn: number;
  /** The figure's first row. */
  row(name: FigureName): number;
  /** The figure's cell: B of its row, A for a note, its own column in a table; item `item`'s in a table. */
  cell(name: FigureName, item?: number): string;
  /** Every cell of the figure: its cell, or a table column's rectangle. */
  range(name: FigureName): string;
  place(name: FigureName): Placement;
}

function summaryLayout(answers: Pick<WizardAnswers, 'extras'>): SummaryLayout {
  // Each section with figures for these answers: its heading, its figures, a blank row. A table
  // takes a header row and a row per item; its further columns stand alongside its first.
  const figures = SUMMARY_FIGURES.filter((f) => !f.when || f.when(answers));
  const byName = new Map(figures.map((f) => [f.name, f]));
  const places = new Map<FigureName, Placement>();
  const headings: SummaryLayout['headings'] = [];
  let next = FIRST_SECTION_ROW;
  for (const section of Object.keys(SUMMARY_SECTIONS) as SummarySection[]) {
    const listed = SUMMARY_SECTIONS[section].filter((name) => byName.has(name));
    if (listed.length === 0) continue;
    headings.push({ section, row: next++ });
    for (const name of listed) {
      const figure = byName.get(name) as SummaryFigure;
      if (figure.alongside) continue;
      const column = figure.kind === 'note' ? 1 : 2;
      if (figure.items) {
        const header = next++;
        places.set(name, { column, rows: figure.items.map(() => next++), header });
      } else places.set(name, { column, rows: [next++], header: null });
    }
    next++;
  }
  const place = (name: FigureName): Placement => {
    const found = places.get(name);
    if (found) return found;
    const figure = byName.get(name);
    if (!figure?.alongside) throw new Error(`the Summary has no figure ${name} for these answers`);
    const beside = place(figure.alongside);
    const placed = { ...beside, column: beside.column + 1 };
    places.set(name, placed);
    return placed;
  };
  const cell = (name: FigureName, item = 0) => {
    const { column, rows } = place(name);
    if (rows[item] === undefined) throw new Error(`the Summary's ${name} has no item ${item}`);
    return `${columnLetter(column)}${rows[item]}`;
  };
  const range = (name: FigureName) => {
    const { rows } = place(name);
    return rows.length === 1 ? cell(name) : `${cell(name)}:${cell(name, rows.length - 1)}`;
  };
  const lastColumn = Math.max(2, ...figures.map((f) => place(f.name).column + (f.beside ? 1 : 0)));
  return {
    figures,
    headings,
    lastRow: next - 2,
    lastColumn,
    row: (name) => place(name).rows[0],
    cell,
    range,
    place,
  };
}

/** The Summary's input cells the Plan's formulas read, as absolute references. */
export function summaryInputs(answers: WizardAnswers): SummaryInputs {
  const layout = summaryLayout(answers);
  const at = (name: FigureName) => `$B$${layout.row(name)}`;
  return {
    discountRate: at('DiscountRate'),
    hourlyRate: at('HourlyRate'),
    countIntangible: at('CountIntangible'),
    shares: { pessimistic: at(SHARE_INPUT.pessimistic), optimistic: at(SHARE_INPUT.optimistic) },
  };
}

/** The Summary's cells the contacts log and the Actual sheet read (absolute A1 on the Summary). */
export function logInputs(): { asOfDate: string; keepInTouchDays: string; monthsElapsed: string } {
  // They exist only with the contacts log; where they are depends on nothing else.
  const layout = summaryLayout({ extras: { contactsLog: true, channels: false, events: false } });
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

/** Merges cells (in any order) that share a column and a pattern into ranges of consecutive rows. */
function formatRanges(cells: Array<{ column: number; row: number; pattern: string }>) {
  const sorted = [...cells].sort((x, y) => x.column - y.column || x.row - y.row);
  const out: Array<{ column: number; from: number; to: number; pattern: string }> = [];
  for (const { column, row, pattern } of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.column === column && prev.pattern === pattern && prev.to === row - 1) prev.to = row;
    else out.push({ column, from: row, to: row, pattern });
  }
  return out.map(({ column, from, to, pattern }) => {
    const letter = columnLetter(column);
    return { range: from === to ? `${letter}${from}` : `${letter}${from}:${letter}${to}`, pattern };
  });
}

/**
 * The figure rows: title, note on inputs, each section's heading and figures (labels in A, values
 * in B, differences actual − plan in C, the further columns of a table after B), with their
 * formats, styles, validations, the inputs left free of the sheet's protection, column widths and
 * a named range per figure. The last row used.
 */
function figureRows(
  sheet: SheetContent,
  ctx: BuildContext,
  layout: SummaryLayout,
  f: FigureContext,
): { lastRow: number; namedRanges: NamedRangePlan[] } {
  const m = ctx.texts.summary;
  const currency = ctx.answers.profile.currency;
  const { figures, lastRow, lastColumn } = layout;
  const { cell: cellOf, range: rangeOf, place } = layout;
  const inputs = figures.filter((fig) => fig.kind === 'input');
  // Column C holds the differences actual − plan to date, when any figure is set beside a plan one.
  const beside = figures.filter((fig) => fig.beside);
  const top: CellValue[][] = Array.from({ length: lastRow }, () => Array<CellValue>(lastColumn).fill(null));
  top[0][0] = textCell(m.title);
  top[1][0] = textCell(m.inputNote);
  for (const { section, row } of layout.headings) top[row - 1][0] = textCell(m[section]);
  const headers: number[] = [];
  for (const figure of figures) {
    const { column, rows, header } = place(figure.name);
    const label = figure.label === null ? null : textCell(m[figure.label]);
    if (header !== null) {
      // A table: its first column's label heads the row labels, each column's caption its cells.
      if (!figure.alongside) headers.push(header);
      if (!figure.alongside) top[header - 1][0] = label;
      if (figure.caption) top[header - 1][column - 1] = textCell(m[figure.caption]);
      rows.forEach((row, item) => {
        if (figure.items) top[row - 1][0] = textCell(m[figure.items[item]]);
        top[row - 1][column - 1] = figure.value(f, item);
      });
      continue;
    }
    // A note's sentence fills the label column; a figure's label is in A and its value in B.
    const line = top[rows[0] - 1];
    [line[0], line[1]] = figure.kind === 'note' ? [figure.value(f, 0), null] : [label, figure.value(f, 0)];
    if (figure.beside) {
      const [actualCell, planCell] = [cellOf(figure.name), cellOf(figure.beside)];
      line[2] = `=IF(AND(ISNUMBER(${actualCell}),ISNUMBER(${planCell})),${actualCell}-${planCell},"")`;
    }
  }
  const besideSection = beside[0]?.section;
  const besideHeading = layout.headings.find((h) => h.section === besideSection)?.row;
  if (besideHeading !== undefined) top[besideHeading - 1][2] = textCell(m.difference);
  const lastCol = columnLetter(lastColumn);
  sheet.blocks.push({ range: `A1:${lastCol}${lastRow}`, values: top });

  const formatted = figures.flatMap((fig) => {
    if (fig.kind === 'note' || !fig.format) return [];
    const pattern = formatPattern(fig.format, currency);
    const { column, rows } = place(fig.name);
    // The difference actual − plan beside a figure shows in the figure's format.
    const columns = fig.beside ? [column, column + 1] : [column];
    return columns.flatMap((c) => rows.map((row) => ({ column: c, row, pattern })));
  });
  sheet.numberFormats.push(...formatRanges(formatted));
  const section = { bold: true, background: SECTION };
  const styles: StyleRule[] = [
    { range: `A2:A${lastRow}`, style: { wrap: true } },
    // The title is bold in the default size: a font size would cost a call of its own at build time.
    { range: 'A1', style: { bold: true } },
    // Notes are grey: italics as well would cost the build a call (as on the Plan's helper rows).
    { range: 'A2', style: { fontColor: HELPER_FONT } },
    ...layout.headings.map(({ row }) => ({ range: `A${row}:${lastCol}${row}`, style: section })),
    ...headers.map((row) => ({
      range: `A${row}:${lastCol}${row}`,
      style: { bold: true, background: HEADER },
    })),
  ];
  for (const figure of figures) {
    const range = rangeOf(figure.name);
    if (figure.kind === 'input') styles.push({ range, style: { background: INPUT } });
    else if (figure.kind === 'note') styles.push({ range, style: { fontColor: HELPER_FONT } });
    else if (figure.bold) styles.push({ range, style: { bold: true } });
  }
  sheet.styles.push(...styles);
  for (const figure of inputs) {
    if (figure.validation)
      sheet.validations.push({ ...figure.validation, range: rangeOf(figure.name) } as ValidationRule);
  }
  sheet.protection = {
    unprotected: inputs.map((fig) => rangeOf(fig.name)),
  };
  sheet.columnWidths.push({ column: 1, width: LABEL_WIDTH });
  for (let column = 2; column <= lastColumn; column++)
    sheet.columnWidths.push({ column, width: VALUE_WIDTH });

  // A note is a sentence about the figure beside it, not a figure to refer to: it gets no named
  // range (each name costs a service call at build time).
  const namedRanges = figures
    .filter((fig) => fig.kind !== 'note')
    .map((fig) => ({ name: fig.name, range: sheetRef(ctx.names.summary, rangeOf(fig.name)) }));
  return { lastRow, namedRanges };
}

/** Rows of a table the Summary lays out below its figures: its header row and its last row. */
interface Table {
  first: number;
  last: number;
}

/** A team's members (SPEC section 10) when the Summary counts per member: a team with named members and a log. */
function teamMembers(answers: Pick<WizardAnswers, 'profile' | 'extras'>): string[] {
  const { kind, members } = answers.profile;
  return kind === 'team' && answers.extras.contactsLog ? members : [];
}

/**
 * Where the per-member table sits, a row below the figures: its header row, one row per member,
 * "(no owner)", the total. Null without named members.
 */
function teamRows(answers: Pick<WizardAnswers, 'profile' | 'extras'>): (Table & { members: number }) | null {
  const members = teamMembers(answers).length;
  if (members === 0) return null;
  const first = summaryLayout(answers).lastRow + 2;
  return { first, last: first + members + 2, members };
}

/**
 * The member names of the per-member table, which the log's Owner dropdown lists (`'Summary'!A72:A74`
 * on a Summary named `summary`); null without named members.
 */
export function memberNamesRange(answers: WizardAnswers, summary: string): string | null {
  const rows = teamRows(answers);
  return rows ? sheetRef(summary, `A${rows.first + 1}:A${rows.first + rows.members}`) : null;
}

/** The columns of the per-member table after the member's name, in order. */
const TEAM_COLUMNS = ['contacts', 'staged', 'conversions', 'revenue', 'rate', 'followUps'] as const;

/**
 * The per-member table (SPEC section 10), a row below the figures: for each member, the contacts
 * whose Owner names them (as COUNTIFS compares: ignoring case), those with a stage, conversions
 * (converted stage), their Deal value, the conversion rate (conversions / with a stage, as
 * LogConversionRate) and the follow-ups due or overdue; "(no owner)" counts the rest (no Owner, or
 * one who is not a member: the log's totals less the members'), so the rows add up to the log's
 * totals in the last row. The names are inputs a person may correct; the Owner dropdown lists them.
 */
function teamTable(sheet: SheetContent, ctx: BuildContext, rows: Table & { members: number }): Table {
  const m = ctx.texts.summary;
  const { first, last } = rows;
  const converted = CONVERTED_STAGES.map((s) => formulaText(ctx.texts.contacts.stages[s]));
  const states = [ctx.texts.contacts.due, ctx.texts.contacts.overdue].map(formulaText);
  const stage = logRange('stage');
  /** The six counts over the log's contacts that meet `criteria` more (COUNTIFS pairs). */
  const counts = (criteria: string[]): string[] => {
    const all = [CONTACT_ROWS, ...criteria].join(',');
    return [
      `COUNTIFS(${all})`,
      `COUNTIFS(${all},${stage},"<>")`,
      overConverted(converted, criteria, (c) => `COUNTIFS(${c})`),
      overConverted(converted, criteria, (c) => `SUMIFS(${logRange('dealValue')},${c})`),
      '',
      states.map((state) => `COUNTIFS(${all},${logRange('followUp')},${state})`).join('+'),
    ];
  };
  const rate = (r: number) => `=IF(C${r}>0,D${r}/C${r},"")`;
  const line = (r: number, label: CellValue, formulas: string[]): CellValue[] => [
    label,
    ...formulas.map((f, i) => (TEAM_COLUMNS[i] === 'rate' ? rate(r) : `=${f}`)),
  ];
  const values: CellValue[][] = [
    [
      m.member,
      m.contacts,
      m.withStage,
      ctx.texts.plan.conversions,
      ctx.texts.channels.revenue,
      ctx.texts.channels.conversionRate,
      m.followUps,
    ].map(textCell),
  ];
  teamMembers(ctx.answers).forEach((name, i) => {
    const r = first + 1 + i;
    values.push(line(r, textCell(name), counts([`${logRange('owner')},${exactCriterion(`A${r}`)}`])));
  });
  const noOwner = last - 1;
  const letters = ['B', 'C', 'D', 'E', 'F', 'G'];
  const rest = counts([]).map(
    (total, i) => `${total}-SUM(${letters[i]}${first + 1}:${letters[i]}${noOwner - 1})`,
  );
  values.push(line(noOwner, textCell(m.noOwner), rest));
  values.push(
    line(
      last,
      textCell(ctx.texts.plan.total),
      letters.map((l) => `SUM(${l}${first + 1}:${l}${noOwner})`),
    ),
  );
  sheet.blocks.push({ range: `A${first}:G${last}`, values });
  const currency = ctx.answers.profile.currency;
  sheet.numberFormats.push(
    { range: `B${first + 1}:D${last}`, pattern: formatPattern('count', currency) },
    { range: `E${first + 1}:E${last}`, pattern: formatPattern('money', currency) },
    { range: `F${first + 1}:F${last}`, pattern: formatPattern('percent', currency) },
    { range: `G${first + 1}:G${last}`, pattern: formatPattern('count', currency) },
  );
  sheet.styles.push(
    { range: `A${first}:G${first}`, style: { bold: true, background: HEADER } },
    { range: `A${first + 1}:A${noOwner - 1}`, style: { background: INPUT } },
    { range: `A${last}:G${last}`, style: { bold: true } },
  );
  // Wide enough for an amount with its currency: one run with B and C, so no call more.
  for (let column = 4; column <= 7; column++) sheet.columnWidths.push({ column, width: VALUE_WIDTH });
  return { first, last };
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
 * The net ROI of each case of the Deciding section (SPEC section 8), a row below the by-type table,
 * with the minimum beside each (blank while none is set), for the chart beside that section.
 */
function scenarioTable(sheet: SheetContent, ctx: BuildContext, layout: SummaryLayout, first: number): Table {
  const m = ctx.texts.summary;
  const minimum = layout.cell('MinimumROI');
  const cases: Array<[string, FigureName]> = [
    [m.pessimistic, 'PessimisticNetROI'],
    [m.planned, 'TotalNetROI'],
    [m.optimistic, 'OptimisticNetROI'],
  ];
  const last = first + cases.length;
  sheet.blocks.push({
    range: `A${first}:C${last}`,
    values: [
      [m.scenarioCase, m.scenarioRoi, m.minimum].map(textCell),
      ...cases.map(([label, name]): CellValue[] => [
        textCell(label),
        `=${layout.cell(name)}`,
        `=IF(ISNUMBER(${minimum}),${minimum},"")`,
      ]),
    ],
  });
  sheet.numberFormats.push({
    range: `B${first + 1}:C${last}`,
    pattern: formatPattern('percent', ctx.answers.profile.currency),
  });
  sheet.styles.push({ range: `A${first}:C${first}`, style: { bold: true, background: HEADER } });
  return { first, last };
}

/**
 * The monthly series behind the charts, a row below the scenario table: each month's investment,
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
 * beside the figures; with the Actual sheet, the cumulative net of plan and actual right of them;
 * the net ROI of each case, and the minimum, beside the Deciding section.
 */
function summaryCharts(
  sheet: SheetContent,
  ctx: BuildContext,
  layout: SummaryLayout,
  tables: { byType: Table; scenarios: Table; monthly: Table },
  withActual: boolean,
): void {
  const { byType, monthly, scenarios } = tables;
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
      // Out of the first view: the size Sheets gives a new chart (no call sets it).
    });
  }
  // Beside the Deciding section, right of its table, and below the first view even when the
  // section starts inside it (without the contacts log).
  const deciding = layout.headings.find((h) => h.section === 'deciding');
  if (deciding)
    sheet.charts.push({
      type: 'combo',
      title: m.decidingChart,
      ranges: [`A${scenarios.first}:C${scenarios.last}`],
      series: [
        { index: 0, type: 'bars', targetAxisIndex: 0, color: '#4f81bd' },
        { index: 1, type: 'line', targetAxisIndex: 0, color: '#c0504d' },
      ],
      vAxes: { 0: { format: 'percent' } },
      position: {
        row: Math.max(deciding.row, FIRST_ROW_BELOW_VIEW),
        column: layout.lastColumn + 1,
        offsetX: CHART.offsetX,
        offsetY: 0,
      },
      // Below the first view, right of every table: the size Sheets gives a new chart.
    });
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
    names: ctx.names,
    starts: formulaText(planStartsText(ctx.texts, ctx.answers.profile.startMonth)),
    text: formulaText,
  };
  const { lastRow, namedRanges } = figureRows(sheet, ctx, layout, f);
  const teamAt = teamRows(ctx.answers);
  const team = teamAt ? teamTable(sheet, ctx, teamAt) : null;
  // The member names are inputs a person may correct: the Owner dropdown follows them.
  if (team) sheet.protection?.unprotected.push(`A${team.first + 1}:A${team.last - 2}`);
  const byType = byTypeTable(sheet, ctx, plan, (team?.last ?? lastRow) + 2);
  const scenarios = scenarioTable(sheet, ctx, layout, byType.last + 2);
  const monthly = monthlySeries(sheet, ctx, layout, plan, actual, scenarios.last + 2);
  summaryCharts(sheet, ctx, layout, { byType, scenarios, monthly }, actual !== null);
  return { sheet, namedRanges };
}
