/** The Channels sheet: cost, contacts, conversions and revenue per channel, with ROI per channel and a chart. */
import { emptySheet, formatPattern, HEADER, INPUT, textCell } from '../cells';
import type { CellValue } from '../plan';
import type { BuildContext, SheetBuild } from './context';

/** Rows of the channels table a person fills in. */
export const CHANNEL_ROWS = 10;

/**
 * Column widths in pixels: names; cost, counts and revenue alike, wide enough for a 6-digit amount
 * with its currency ("123,456.00 EUR"); ratios. Equal neighbours are set with one call.
 */
const WIDTHS = [200, 140, 140, 140, 140, 110, 110];

/** The Channels sheet: example channel names, blank numbers, guarded ratios and a total row. */
export function buildChannels(ctx: BuildContext): SheetBuild {
  const ch = ctx.texts.channels;
  const p = ctx.texts.plan;
  const sheet = emptySheet('channels', ctx.names.channels);
  const end = CHANNEL_ROWS + 1;
  const totalRow = end + 1;
  // Example channels a person renames or extends; their numbers are left blank to fill in.
  const examples = ['LinkedIn', ch.events, p.direct.referrals];
  const values: CellValue[][] = [
    [ch.channel, ch.cost, p.contacts, p.conversions, ch.revenue, ch.roi, ch.conversionRate].map(textCell),
  ];
  const ratios = (r: number): CellValue[] => [
    `=IF(B${r}>0,(E${r}-B${r})/B${r},"")`,
    `=IF(C${r}>0,D${r}/C${r},"")`,
  ];
  for (let r = 2; r <= end; r++) {
    const name = examples[r - 2];
    values.push([name === undefined ? null : textCell(name), null, null, null, null, ...ratios(r)]);
  }
  const sums = ['B', 'C', 'D', 'E'].map((col) => `=SUM(${col}2:${col}${end})`);
  values.push([textCell(p.total), ...sums, ...ratios(totalRow)]);
  sheet.blocks.push({ range: `A1:G${totalRow}`, values });
  // Seven columns fit any screen: only the header row is frozen.
  sheet.styles.push(
    { range: 'A1:G1', style: { bold: true, background: HEADER } },
    { range: `A2:E${end}`, style: { background: INPUT } },
    { range: `A${totalRow}:G${totalRow}`, style: { bold: true } },
  );
  const money = formatPattern('money', ctx.answers.profile.currency);
  sheet.numberFormats.push(
    { range: `B2:B${totalRow}`, pattern: money },
    { range: `E2:E${totalRow}`, pattern: money },
    { range: `F2:G${totalRow}`, pattern: formatPattern('percent', ctx.answers.profile.currency) },
  );
  sheet.protection = { description: ctx.texts.protection, unprotected: [`A2:E${end}`] };
  WIDTHS.forEach((width, i) => {
    sheet.columnWidths.push({ column: i + 1, width });
  });
  sheet.charts.push({
    type: 'column',
    title: ch.chart,
    ranges: [`A1:A${end}`, `F1:F${end}`],
    vAxes: { 0: { format: 'percent' } },
    position: { row: 2, column: WIDTHS.length + 2 },
    width: 520,
    height: 320,
  });
  return { sheet, namedRanges: [] };
}
