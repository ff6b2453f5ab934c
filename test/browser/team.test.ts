// Teams in the preview (SPEC section 10), in headless Chromium: the members' names typed in the
// wizard's first step, the log's Owner column filled by typing, and the Summary's per-member
// table counting them, adding up to the log.

import type { Frame, Page } from 'playwright-core';
import type { PreviewServer } from '../../dev/preview/server';
import { messages } from '../../src/i18n';
import { sidebarMessages } from '../../src/sidebar/i18n';
import type { WizardAnswers } from '../../src/workbook/answers';
import { columnLetter } from '../../src/workbook/cells';
import { type LogColumnKey, logColumnIndex } from '../../src/workbook/contactsLog';
import { memberNamesRange } from '../../src/workbook/sheets/summary';
import { previewForSuite, showSheet, typeInCell } from './previewPage';
import { saveScreenshot } from './screenshots';

jest.setTimeout(180_000);

const t = sidebarMessages('en');
const w = messages('en').workbook;

let page: Page;
let preview: PreviewServer;
previewForSuite((open) => {
  ({ page, preview } = open);
});

/** Contacts typed into the log: Name, Owner, Stage, Deal value ("" for none). */
const LOG: Array<[string, string, string, string]> = [
  ['Eve Adams', 'Anna', 'Client', '1200'],
  ['Lee Chen', 'Anna', 'Met', ''],
  ['Ola Berg', 'Boris', 'Partner', '800'],
  ['Ian Moss', 'chen', 'Proposal', ''],
  ['Uma Roy', '', 'Client', '500'],
  ['Sam Wu', 'Someone else', 'New', ''],
];

async function sidebar(): Promise<Frame> {
  const frame = await (await page.waitForSelector('#sidebar-frame')).contentFrame();
  if (!frame) throw new Error('the sidebar has no frame');
  return frame;
}

describe('a team in the preview', () => {
  let answers: WizardAnswers;

  it('takes the members’ names in step 1, checks them as the server does, and builds', async () => {
    const frame = await sidebar();
    await frame.waitForFunction(
      (title) => document.querySelector('h2')?.textContent === title,
      t.steps.profile,
    );
    await frame.click('#f-profile-kind-team');
    await frame.fill('#f-profile-people', '3');
    await frame.fill('#f-profile-members', 'Anna\nBoris\nChen\nDmitri');
    await frame.click('#next');
    await frame.waitForFunction(() =>
      document
        .querySelector('[data-for="profile.members"]:not([hidden])')
        ?.textContent?.includes('at most 3'),
    );
    await frame.fill('#f-profile-members', 'Anna\nBoris\n\nChen');
    for (const title of [t.steps.investments, t.steps.returns, t.steps.funnel, t.steps.review]) {
      await frame.click('#next');
      await frame.waitForFunction((x) => document.querySelector('h2')?.textContent === x, title);
    }
    expect(await frame.locator('.review').innerText()).toContain('Members: Anna, Boris, Chen');
    await frame.click('#build');
    await frame.waitForSelector('#sheets-made');
    answers = JSON.parse(preview.addon.env.documentProperties.store.get('networkingRoi.lastAnswers')!);
    expect(answers.profile.members).toEqual(['Anna', 'Boris', 'Chen']);
  });

  it('counts each member’s contacts in the Summary’s table, "(no owner)" for the rest, adding up to the log', async () => {
    await showSheet(page, w.sheets.contacts);
    const at = (key: LogColumnKey, row: number) => `${columnLetter(logColumnIndex(key))}${row}`;
    // Each input typed once the one before shows in its cell (an edit's answer moves the selection).
    const type = async (cell: string, input: string) => {
      await typeInCell(page, cell, input);
      await page.waitForFunction(
        (c) => (document.querySelector(`td[data-cell="${c}"]`)?.textContent ?? '') !== '',
        cell,
      );
    };
    for (const [i, [name, owner, stage, deal]] of LOG.entries()) {
      const row = i + 2;
      await type(at('name', row), name);
      if (owner) await type(at('owner', row), owner);
      await type(at('stage', row), stage);
      if (deal) await type(at('dealValue', row), deal);
    }
    await showSheet(page, w.sheets.summary);
    const names = memberNamesRange(answers, w.sheets.summary)!;
    const first = Number(/!A(\d+)/.exec(names)![1]);
    const cell = (c: string, r: number) => page.locator(`td[data-cell="${c}${r}"]`).innerText();
    // Anna 2 (one Client of 1,200), Boris 1 (a Partner of 800), Chen 1 ("chen", ignoring case);
    // "(no owner)": Uma (no Owner) and Sam (not a member); the total: the log's 6 contacts.
    const want = [
      ['Anna', '2', '1'],
      ['Boris', '1', '1'],
      ['Chen', '1', '0'],
      [w.summary.noOwner, '2', '1'],
      [w.plan.total, '6', '3'],
    ];
    // The table in view (the page draws the rows it shows), the sidebar closed to see all of it.
    await page.click('#sidebar-close');
    await page.$eval(
      '#grid-scroll',
      (grid, row) => {
        // The page draws only the rows in view: scroll by the rows' height (22 px each) to reach it.
        grid.scrollTop = (row - 2) * 22;
        grid.scrollLeft = 0;
      },
      first - 1,
    );
    await page.waitForFunction(
      ([r, n]) => document.querySelector(`td[data-cell="B${r}"]`)?.textContent === n,
      [first + 4, '6'] as const,
    );
    for (const [k, [label, contacts, conversions]] of want.entries()) {
      const r = first + k;
      expect([await cell('A', r), await cell('B', r), await cell('D', r)]).toEqual([
        label,
        contacts,
        conversions,
      ]);
    }
    expect(await cell('E', first + 4)).toContain('2,500');
    await page.click(`td[data-cell="A${first - 1}"]`);
    await saveScreenshot(page, 'team-table');
  });
});
