// Deciding in the preview (issue 18): the Summary's Deciding section after a build with the
// wizard's defaults, and the Channels what-if after moving budget between channels as the
// published guide's example does (40 % of a 70 % channel's budget to a 220 % and a 580 % one).

import type { Page } from 'playwright-core';
import type { PreviewServer } from '../../dev/preview/server';
import { SIDEBAR_MESSAGES } from '../../src/sidebar/i18n';
import { columnLetter } from '../../src/workbook/cells';
import { LOG_FIRST_ROW, logColumnIndex } from '../../src/workbook/contactsLog';
import { eventLetter } from '../../src/workbook/sheets/events';
import { buildWithDefaults, previewForSuite, showSheet, typeInCell } from './previewPage';
import { saveScreenshot } from './screenshots';

jest.setTimeout(90_000);

let preview: PreviewServer;
let page: Page;
previewForSuite((open) => {
  ({ preview, page } = open);
});

/** The value the page shows in a cell of the sheet on screen. */
const shown = (cell: string) =>
  page.$eval(`td[data-cell="${cell}"]`, (td) => Number(td.getAttribute('data-value')));

/** The row of a named range's first cell, as the preview's stand-in holds it. */
function namedRow(name: string): number {
  const named = preview.addon.env.spreadsheet.peekNamedRange(name);
  if (!named) throw new Error(`no named range ${name}`);
  return Number(/\d+/.exec(named.range.peekA1())![0]);
}

/** Types into a cell of a sheet as a person does: its tab, the cell, the formula bar, Enter. */
async function edit(sheet: string, cell: string, input: string): Promise<void> {
  if ((await page.getAttribute('#tabs button.active', 'data-sheet')) !== sheet) await showSheet(page, sheet);
  await typeInCell(page, cell, input);
  await page.waitForFunction(
    ([a1, want]) => document.querySelector(`td[data-cell="${a1}"]`)?.textContent?.includes(want) === true,
    [cell, input.replace(/\B(?=(\d{3})+$)/g, ',')] as const,
  );
}

describe('deciding in the preview', () => {
  it('builds with the defaults and shows the Deciding section of the Summary', async () => {
    await buildWithDefaults(page, SIDEBAR_MESSAGES.en.steps);
    await page.waitForSelector('#tabs button.active[data-sheet="Summary"]');
    const top = namedRow('PessimisticShare') - 2;
    await page.$eval(
      '#grid-scroll',
      (grid, row) => {
        const td = grid.querySelector<HTMLElement>(`td[data-cell="A${row}"]`);
        grid.scrollTop = td ? td.offsetTop - 30 : grid.scrollTop;
      },
      top,
    );
    await page.waitForSelector(`td[data-cell="B${namedRow('BreakEvenRate')}"]`);
    await saveScreenshot(page, 'deciding-section');
  });

  it('recomputes the Channels what-if when budget moves from a weak channel to strong ones', async () => {
    // Deals in the log, by channel: LinkedIn 1,700, Events 3,200, Referrals 3,400.
    const col = (key: Parameters<typeof logColumnIndex>[0]) => columnLetter(logColumnIndex(key));
    const deals: Array<[string, string, number]> = [
      ['Ann', 'LinkedIn', 1700],
      ['Bob', 'Events', 1200],
      ['Cid', 'Events', 2000],
      ['Dee', 'Referrals', 3400],
    ];
    for (const [i, [name, channel, value]] of deals.entries()) {
      const row = LOG_FIRST_ROW + i;
      await edit('Contacts', `${col('name')}${row}`, name);
      await edit('Contacts', `${col('channel')}${row}`, channel);
      await edit('Contacts', `${col('stage')}${row}`, 'Client');
      await edit('Contacts', `${col('dealValue')}${row}`, String(value));
    }
    // Costs 1,000 / 1,000 / 500 (ROI 70 %, 220 %, 580 %); next budgets move 400 of LinkedIn's.
    for (const [row, cost, next] of [
      [2, 1000, 600],
      [3, 1000, 1200],
      [4, 500, 700],
    ]) {
      await edit('Channels', `B${row}`, String(cost));
      await edit('Channels', `H${row}`, String(next));
    }
    await showSheet(page, 'Channels');
    // Today: (8,300 − 2,500) / 2,500 = 2.32. Next: revenue 1,700 × 0.6 + 3,200 × 1.2 + 3,400 × 1.4
    // = 9,620 for the same 2,500, so (9,620 − 2,500) / 2,500 = 2.848 (1e-9 relative).
    const at = (name: string) => {
      const named = preview.addon.env.spreadsheet.peekNamedRange(name)!;
      return named.range.peekA1();
    };
    await page.waitForFunction(
      (cell) => Number(document.querySelector(`td[data-cell="${cell}"]`)?.getAttribute('data-value')) > 2.8,
      at('ReallocatedROI'),
    );
    expect(Math.abs((await shown(at('ChannelsROI'))) - 2.32)).toBeLessThan(2.32e-9);
    expect(Math.abs((await shown(at('ReallocatedROI'))) - 2.848)).toBeLessThan(2.848e-9);
    expect(Math.abs((await shown('I2')) - 1020)).toBeLessThan(1020e-9);
    await saveScreenshot(page, 'channels-what-if');
  });

  it('shows the Events sheet with what each event cost and returned', async () => {
    const col = (key: Parameters<typeof logColumnIndex>[0]) => columnLetter(logColumnIndex(key));
    await edit('Events', 'A2', 'Web Summit');
    await edit('Events', 'D2', '800');
    await edit('Events', 'G2', '16');
    await edit('Events', 'A3', 'Local meetup');
    await edit('Events', 'F3', '25');
    await edit('Events', 'G3', '3');
    await edit('Contacts', `${col('metAt')}${LOG_FIRST_ROW + 1}`, 'Web Summit');
    await edit('Contacts', `${col('metAt')}${LOG_FIRST_ROW + 2}`, 'Local meetup');
    await edit('Contacts', `${col('introducedBy')}${LOG_FIRST_ROW + 3}`, 'Cid');
    await showSheet(page, 'Events');
    // Cost = fees + hours × people × the hourly rate (30): 800 + 16 × 30 = 1,280 and 25 + 3 × 30 =
    // 115. Bob (a client, 1,200) met at Web Summit, Cid (a client, 2,000) at the meetup: ROI
    // (1,200 − 1,280) / 1,280 = −0.0625 and (2,000 − 115) / 115 (1e-9 relative).
    const cell = (key: Parameters<typeof eventLetter>[0], row: number) => `${eventLetter(key)}${row}`;
    await page.waitForFunction(
      (a1) => Number(document.querySelector(`td[data-cell="${a1}"]`)?.getAttribute('data-value')) === 2000,
      cell('revenue', 3),
    );
    const expected: Array<[string, number]> = [
      [cell('cost', 2), 1280],
      [cell('contactsMet', 2), 1],
      [cell('revenue', 2), 1200],
      [cell('roi', 2), -0.0625],
      [cell('cost', 3), 115],
      [cell('roi', 3), (2000 - 115) / 115],
    ];
    for (const [a1, want] of expected)
      expect(Math.abs((await shown(a1)) - want)).toBeLessThanOrEqual(1e-9 * Math.abs(want));
    // The whole table in view: the sidebar closed, as a person reading it would.
    await page.click('#sidebar-close');
    await saveScreenshot(page, 'events-sheet');
  });
});
