/**
 * The Channels sheet: cost, contacts, conversions and revenue per channel, with ROI per channel and
 * a chart. With a contacts log (SPEC section 5), contacts, conversions and revenue are counted from
 * the log's Channel column and a last row "(no channel)" counts the log rows with no channel or a
 * channel not in the table (the log's totals minus the named channels), so the table adds up to the
 * log; each channel's cost stays an input.
 *
 * Decisions the SPEC leaves open: a channel's conversions are its contacts whose stage is
 * converted, and its revenue their Deal value (as the Actual sheet's revenue from deals). Channel
 * names match the log's Channel as COUNTIFS compares text: ignoring case.
 */
import { emptySheet, formatPattern, formulaText, HEADER, INPUT, textCell } from '../cells';
import { CONTACT_ROWS, CONVERTED_STAGES, logRange } from '../contactsLog';
import type { CellValue } from '../plan';
import type { BuildContext, SheetBuild } from './context';

/** Rows of the channels table a person fills in. */
export const CHANNEL_ROWS = 10;

/** The channel-name cells, which the Contacts log's Channel dropdown lists. */
export const CHANNEL_NAMES = `A2:A${CHANNEL_ROWS + 1}`;

/**
 * Column widths in pixels: names; cost, counts and revenue alike, wide enough for a 6-digit amount
 * with its currency ("123,456.00 EUR"); ratios. Equal neighbours are set with one call.
 */
const WIDTHS = [200, 140, 140, 140, 140, 110, 110];

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

/** The Channels sheet: example channel names, costs to fill in, guarded ratios and a total row. */
export function buildChannels(ctx: BuildContext): SheetBuild {
  const ch = ctx.texts.channels;
  const p = ctx.texts.plan;
  const withLog = ctx.answers.extras.contactsLog;
  const sheet = emptySheet('channels', ctx.names.channels);
  const end = CHANNEL_ROWS + 1;
  const noChannelRow = withLog ? end + 1 : null;
  const totalRow = (noChannelRow ?? end) + 1;
  // Example channels a person renames or extends; their numbers are left blank to fill in.
  const examples = ['LinkedIn', ch.events, p.direct.referrals];
  const values: CellValue[][] = [
    [ch.channel, ch.cost, p.contacts, p.conversions, ch.revenue, ch.roi, ch.conversionRate].map(textCell),
  ];
  // A count is text ("") on an unnamed row: ISNUMBER first, as "" > 0 is TRUE in Sheets.
  const ratios = (r: number): CellValue[] => [
    `=IF(B${r}>0,(E${r}-B${r})/B${r},"")`,
    `=IF(ISNUMBER(C${r}),IF(C${r}>0,D${r}/C${r},""),"")`,
  ];
  for (let r = 2; r <= end; r++) {
    const name = examples[r - 2];
    const counted: CellValue[] = withLog
      ? fromLog(ctx, `A${r}`).map((f) => `=IF(A${r}="","",${f})`)
      : [null, null, null];
    values.push([name === undefined ? null : textCell(name), null, ...counted, ...ratios(r)]);
  }
  if (noChannelRow !== null) {
    const rest = logTotals(ctx).map((total, i) => {
      const col = ['C', 'D', 'E'][i];
      return `=${total}-SUM(${col}2:${col}${end})`;
    });
    values.push([textCell(ch.noChannel), null, ...rest, ...ratios(noChannelRow)]);
  }
  const last = totalRow - 1;
  const sums = ['B', 'C', 'D', 'E'].map((col) => `=SUM(${col}2:${col}${last})`);
  values.push([textCell(p.total), ...sums, ...ratios(totalRow)]);
  sheet.blocks.push({ range: `A1:G${totalRow}`, values });
  // Seven columns fit any screen: only the header row is frozen.
  // Without a log every number is typed; with one only names and costs are.
  const inputs = withLog ? [`A2:B${end}`] : [`A2:E${end}`];
  sheet.styles.push(
    { range: 'A1:G1', style: { bold: true, background: HEADER } },
    ...inputs.map((range) => ({ range, style: { background: INPUT } })),
    { range: `A${totalRow}:G${totalRow}`, style: { bold: true } },
  );
  if (noChannelRow !== null) sheet.styles.push({ range: `A${noChannelRow}`, style: { italic: true } });
  const money = formatPattern('money', ctx.answers.profile.currency);
  sheet.numberFormats.push(
    { range: `B2:B${totalRow}`, pattern: money },
    { range: `E2:E${totalRow}`, pattern: money },
    { range: `F2:G${totalRow}`, pattern: formatPattern('percent', ctx.answers.profile.currency) },
  );
  sheet.protection = { description: ctx.texts.protection, unprotected: inputs };
  WIDTHS.forEach((width, i) => {
    sheet.columnWidths.push({ column: i + 1, width });
  });
  sheet.charts.push({
    type: 'column',
    title: ch.chart,
    ranges: [`A1:A${last}`, `F1:F${last}`],
    vAxes: { 0: { format: 'percent' } },
    position: { row: 2, column: WIDTHS.length + 2 },
    width: 520,
    height: 320,
  });
  return { sheet, namedRanges: [] };
}
