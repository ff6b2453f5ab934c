/**
 * The Channels sheet: cost, contacts, conversions and revenue per channel, with ROI per channel and
 * a chart. With a contacts log (SPEC section 5), contacts, conversions and revenue are counted from
 * the log's Channel column and a last row "(no channel)" counts the log rows with no channel or a
 * channel not in the table (the log's totals minus the named channels), so the table adds up to the
 * log; each channel's cost stays an input.
 *
 * Decisions the SPEC leaves open: a channel's conversions are its contacts whose stage is
 * converted, and its revenue their Deal value (as the Actual sheet's revenue from deals). Channel
 * names match the log's Channel as COUNTIFS compares text: ignoring case. The next budget's
 * columns (SPEC section 8) come after the ratios, so the columns before them stay where they were.
 */
import { emptySheet, formatPattern, formulaText, HEADER, INPUT, sheetRef, textCell } from '../cells';
import { CONTACT_ROWS, CONVERTED_STAGES, logRange } from '../contactsLog';
import type { CellValue } from '../plan';
import type { BuildContext, SheetBuild } from './context';

/** Rows of the channels table a person fills in. */
export const CHANNEL_ROWS = 10;

/** The channel-name cells, which the Contacts log's Channel dropdown lists. */
export const CHANNEL_NAMES = `A2:A${CHANNEL_ROWS + 1}`;

/**
 * Every column's width in pixels: room for the longest header ("Revenue at next budget", in Russian
 * and Finnish too) and a 6-digit amount with its currency ("123,456.00 EUR"). One width for all,
 * so the build sets it with one call.
 */
const COLUMN_WIDTH = 190;

/** The table's columns, A to I: the channel, its figures, its ratios, then the next budget's. */
const COLUMNS = 9;

/** The named ranges of SPEC section 8 on this sheet: the table's total ROI today and with the next budgets. */
export const CHANNEL_NAMED_RANGES = ['ChannelsROI', 'ReallocatedROI'] as const;

/** The converted stages' labels in the workbook's language, as formula literals. */
const convertedLabels = (ctx: BuildContext) =>
  CONVERTED_STAGES.map((s) => formulaText(ctx.texts.contacts.stages[s]));

/** The log formulas of a channels row: contacts, conversions, revenue where the log's Channel is `channel`. */
function fromLog(ctx: BuildContext, channel: string): [string, string, string] {
  return counts(ctx, `${CONTACT_ROWS},${logRange('channel')},"="&${channel}`);
}

/** The log's totals: every contact, every converted contact, their Deal value. */
function logTotals(ctx: BuildContext): [string, string, string] {
  const [, conversions, revenue] = counts(ctx, CONTACT_ROWS);
  return [`COUNTIF(${CONTACT_ROWS})`, conversions, revenue];
}

/** Contacts, conversions and revenue over the log rows that meet `criteria` (COUNTIFS pairs). */
function counts(ctx: BuildContext, criteria: string): [string, string, string] {
  const converted = convertedLabels(ctx);
  const stage = logRange('stage');
  return [
    `COUNTIFS(${criteria})`,
    converted.map((s) => `COUNTIFS(${criteria},${stage},${s})`).join('+'),
    converted.map((s) => `SUMIFS(${logRange('dealValue')},${criteria},${stage},${s})`).join('+'),
  ];
}

/**
 * The Channels sheet: example channel names, costs to fill in, guarded ratios and a total row;
 * then the next budget by channel (SPEC section 8): an input per channel (empty: the same as its
 * cost) and its revenue at that budget, assuming revenue grows in proportion to spend (a text when
 * the channel has no cost to scale from), with the table's ROI today (`ChannelsROI`, the total
 * row's) and with the next budgets (`ReallocatedROI`, the row below). In the totals a channel that
 * cannot be scaled keeps its revenue and spends its next budget.
 */
export function buildChannels(ctx: BuildContext): SheetBuild {
  const ch = ctx.texts.channels;
  const p = ctx.texts.plan;
  const withLog = ctx.answers.extras.contactsLog;
  const sheet = emptySheet('channels', ctx.names.channels);
  const end = CHANNEL_ROWS + 1;
  const noChannelRow = withLog ? end + 1 : null;
  const totalRow = (noChannelRow ?? end) + 1;
  const reallocatedRow = totalRow + 1;
  const last = totalRow - 1;
  const text = formulaText;
  // Example channels a person renames or extends; their numbers are left blank to fill in.
  const examples = ['LinkedIn', ch.events, p.direct.referrals];
  const values: CellValue[][] = [
    [
      ch.channel,
      ch.cost,
      p.contacts,
      p.conversions,
      ch.revenue,
      ch.roi,
      ch.conversionRate,
      ch.nextBudget,
      ch.revenueAtNextBudget,
    ].map(textCell),
  ];
  // A count is text ("") on an unnamed row: ISNUMBER first, as "" > 0 is TRUE in Sheets.
  const ratios = (r: number): CellValue[] => [
    `=IF(B${r}>0,(E${r}-B${r})/B${r},"")`,
    `=IF(ISNUMBER(C${r}),IF(C${r}>0,D${r}/C${r},""),"")`,
  ];
  // Revenue × next budget / cost, the next budget being the cost while it is empty; nothing while
  // neither is entered, as the ratios beside it.
  const nextRevenue = (r: number): CellValue =>
    `=IF(AND(B${r}="",H${r}=""),"",IF(AND(ISNUMBER(B${r}),B${r}>0),IF(ISNUMBER(E${r}),E${r},0)*IF(H${r}="",B${r},H${r})/B${r},${text(ch.noCost)}))`;
  for (let r = 2; r <= end; r++) {
    const name = examples[r - 2];
    const counted: CellValue[] = withLog
      ? fromLog(ctx, `A${r}`).map((f) => `=IF(A${r}="","",${f})`)
      : [null, null, null];
    values.push([
      name === undefined ? null : textCell(name),
      null,
      ...counted,
      ...ratios(r),
      null,
      nextRevenue(r),
    ]);
  }
  if (noChannelRow !== null) {
    const rest = logTotals(ctx).map((total, i) => {
      const col = ['C', 'D', 'E'][i];
      return `=${total}-SUM(${col}2:${col}${end})`;
    });
    values.push([
      textCell(ch.noChannel),
      null,
      ...rest,
      ...ratios(noChannelRow),
      null,
      nextRevenue(noChannelRow),
    ]);
  }
  const rows = (col: string) => `${col}2:${col}${last}`;
  const sums = ['B', 'C', 'D', 'E'].map((col) => `=SUM(${rows(col)})`);
  const t = totalRow;
  values.push([
    textCell(p.total),
    ...sums,
    `=IF(B${t}>0,(E${t}-B${t})/B${t},${text(ch.noCosts)})`,
    ratios(t)[1],
    // Every next budget, the cost where it is empty.
    `=SUM(${rows('H')})+SUM(${rows('B')})-SUMIF(${rows('H')},"<>",${rows('B')})`,
    // The revenue at the next budgets, and as it is where there is no cost to scale.
    `=SUM(${rows('E')})+SUM(${rows('I')})-SUMIF(${rows('B')},">0",${rows('E')})`,
  ]);
  const reallocated: CellValue[] = Array<CellValue>(COLUMNS).fill(null);
  reallocated[0] = textCell(ch.reallocatedRoi);
  reallocated[5] = `=IF(H${t}>0,(I${t}-H${t})/H${t},${text(ch.noBudget)})`;
  values.push(reallocated);
  sheet.blocks.push({ range: `A1:I${reallocatedRow}`, values });
  // A table of a dozen rows fits any screen: nothing is frozen (each frozen pane costs the build a
  // call).
  sheet.frozenRows = 0;
  // Without a log every number is typed; with one only names and costs are; next budgets always.
  const inputs = [withLog ? `A2:B${end}` : `A2:E${end}`, `H2:H${end}`];
  sheet.styles.push(
    { range: 'A1:I1', style: { bold: true, background: HEADER } },
    ...inputs.map((range) => ({ range, style: { background: INPUT } })),
    { range: `A${totalRow}:I${reallocatedRow}`, style: { bold: true } },
  );
  const money = formatPattern('money', ctx.answers.profile.currency);
  const percent = formatPattern('percent', ctx.answers.profile.currency);
  sheet.numberFormats.push(
    { range: `B2:B${totalRow}`, pattern: money },
    { range: `E2:E${totalRow}`, pattern: money },
    { range: `H2:I${totalRow}`, pattern: money },
    { range: `F2:F${reallocatedRow}`, pattern: percent },
    { range: `G2:G${totalRow}`, pattern: percent },
  );
  sheet.notes.push({ cell: 'H1', text: ch.nextBudgetNote }, { cell: 'I1', text: ch.proportionalNote });
  sheet.protection = { unprotected: inputs };
  for (let column = 1; column <= COLUMNS; column++) sheet.columnWidths.push({ column, width: COLUMN_WIDTH });
  // Below the table, where it is seen with it.
  sheet.charts.push({
    type: 'column',
    title: ch.chart,
    ranges: [`A1:A${last}`, `F1:F${last}`],
    vAxes: { 0: { format: 'percent' } },
    // Below the table: the size Sheets gives a new chart (no call sets it).
    position: { row: reallocatedRow + 2, column: 1 },
  });
  const [today, next] = CHANNEL_NAMED_RANGES;
  return {
    sheet,
    namedRanges: [
      { name: today, range: sheetRef(ctx.names.channels, `F${totalRow}`) },
      { name: next, range: sheetRef(ctx.names.channels, `F${reallocatedRow}`) },
    ],
  };
}
