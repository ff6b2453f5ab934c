// The "who to contact now" panel in the preview (SPEC section 10), in headless Chromium: opened from
// the Extensions menu over a Contacts log, its list most urgent first, a name selecting the row,
// and "Done today" recording the touch and showing the list the server returns.

import type { Browser, Frame, Page } from 'playwright-core';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import { columnLetters } from '../../src/formula/a1';
import { messages } from '../../src/i18n';
import { LOG_COLUMNS, type LogColumnKey } from '../../src/workbook/contactsLog';
import { saveScreenshot } from './screenshots';
import { launchBrowser } from './sidebarPage';

jest.setTimeout(120_000);

const t = messages('en').contactNow;
const DAY = 86_400_000;
/** ISO text of the day `days` before today (UTC; every margin below is many days wide). */
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

/** Contacts and how urgent each is on 90 days: worked out by hand in the comments. */
const ROWS: Array<Partial<Record<LogColumnKey, string | number>>> = [
  { name: 'Anna Virtanen', company: 'Nordic Soft', stage: 'Client', dateMet: ago(30) }, // not due
  {
    name: 'Boris Petrov',
    company: 'Volga Partners',
    stage: 'Proposal',
    dateMet: ago(400),
    lastInteraction: ago(150),
  }, // 60 past, 0.67
  { name: 'Chen Li', company: 'Harbour Labs', stage: 'Met', dateMet: ago(300) }, // 210 past, overdue, 2.33
  { name: 'Dana Scott', stage: 'New' }, // no dates: last
  { name: 'Erik Lund', company: 'Lund & Co', stage: 'In touch', keepInTouch: 14, lastInteraction: ago(40) }, // 26 past 14, overdue, 1.86
  { name: 'Fatima Khan', company: 'Gulf Trade', stage: 'Lost', dateMet: ago(500) }, // Lost: never
];

let browser: Browser;
let preview: PreviewServer;
let page: Page;
let panel: Frame;

beforeAll(async () => {
  browser = await launchBrowser();
  preview = await startPreview({ port: 0, openWizard: false });
  // The log as the import makes it when a spreadsheet has none (the wizard's layout and formats,
  // its Follow up against today), then the contacts typed into their cells.
  const made = preview.addon.run('createContactsSheet');
  if (!made.ok) throw new Error(made.error);
  const sheet = preview.addon.env.spreadsheet.peekSheet('Contacts')!;
  ROWS.forEach((row, i) => {
    for (const [key, value] of Object.entries(row))
      sheet.peekWrite(i + 2, LOG_COLUMNS.findIndex((c) => c.key === key) + 1, [[value]]);
  });
  preview.addon.workbook.invalidate();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route(/^(https?|wss?):/, (route) =>
    route.request().url().startsWith(preview.url) ? route.continue() : route.abort(),
  );
  await page.goto(preview.url);
  await page.click('#menu-bar .menu:has(button:text-is("Extensions")) > button');
  await page.hover('.submenu > .item');
  await page.click('.submenu [role="menuitem"][data-function="showContactNow"]');
  const frame = await page.waitForSelector('#sidebar:not([hidden]) #sidebar-frame');
  panel = (await frame.contentFrame())!;
  await panel.waitForSelector('#list li');
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const names = () => panel.locator('#list li .name').allInnerTexts();

describe('who to contact now in the preview', () => {
  it('lists the due and overdue contacts most urgent first, those without dates last', async () => {
    expect(await page.locator('#sidebar-title').innerText()).toBe(t.title);
    expect(await names()).toEqual(['Chen Li', 'Erik Lund', 'Boris Petrov', 'Dana Scott']);
    const states = await panel.locator('#list li .state').allInnerTexts();
    expect(states).toEqual([
      `${t.overdue}, 210 days past due`,
      `${t.overdue}, 26 days past due`,
      `${t.due}, 60 days past due`,
      `${t.due}, ${t.noDates}`,
    ]);
    expect(await panel.locator('#count').innerText()).toBe('Showing 4 of 4.');
    // The log beside the panel, as a person sees it.
    await page.click('#tabs button[data-sheet="Contacts"]');
    await saveScreenshot(page, 'contact-now');
  });

  it('selects the contact’s row in the Contacts sheet when its name is clicked', async () => {
    await panel.click('#list li:nth-child(2) .name');
    await page.waitForFunction(
      () => document.querySelector('td.selected')?.getAttribute('data-cell') === 'A6',
    );
    // The stand-in's selection, and the preview's grid showing it: the Contacts tab, the row's first cell.
    expect(preview.addon.env.spreadsheet.selection?.peekA1()).toBe(
      `A6:${columnLetters(LOG_COLUMNS.length)}6`,
    );
    await page.waitForSelector('#tabs button.active[data-sheet="Contacts"]');
    await page.waitForSelector('td.selected[data-cell="A6"]');
  });

  it('records Done today with today’s date and one more interaction, and drops the contact from the list', async () => {
    await panel.click('#list li:first-child button.done');
    await panel.waitForFunction(() => !document.getElementById('list')?.textContent?.includes('Chen Li'));
    expect(await names()).toEqual(['Erik Lund', 'Boris Petrov', 'Dana Scott']);
    expect(await panel.locator('#status').innerText()).toBe('Recorded: in touch with Chen Li today.');
    const sheet = preview.addon.env.spreadsheet.peekSheet('Contacts')!;
    const at = (key: LogColumnKey) => LOG_COLUMNS.findIndex((c) => c.key === key);
    expect(sheet.peekGrid()[3][at('interactions')]).toBe(1);
    expect(sheet.peekGrid()[3][at('lastInteraction')]).toBeInstanceOf(Date);
  });
});
