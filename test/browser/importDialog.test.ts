// The import dialog in headless Chromium: the built dist/ImportDialog.html against a stand-in
// google.script.run backed by the real server functions over the recording fake spreadsheet.

import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { type FakeEnvironment, installFakes, uninstallFakes } from '../../dev/fakes/spreadsheetApp';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import { columnLetters } from '../../src/formula/a1';
import { messages } from '../../src/i18n';
import { LINKEDIN_CHANNEL } from '../../src/import/check';
import { IMPORT_DIALOG_MESSAGES } from '../../src/import/dialog/i18n';
import { IMPORT_MESSAGES } from '../../src/import/i18n';
import { MAX_CELL_CHARACTERS } from '../../src/platform/limits';
import { createContactsSheet, getImportContext, importContacts } from '../../src/server/import';
import { LOG_COLUMNS, logColumnIndex } from '../../src/workbook/contactsLog';
import { KEEP_IN_TOUCH_DAYS } from '../../src/workbook/sheets/summaryFigures';
import { LINKEDIN_HEADER, LINKEDIN_NOTES, linkedinExport, windows1251 } from '../import/fixtures';
import { openDialogPage } from './dialogPage';
import { saveScreenshot } from './screenshots';
import { launchBrowser } from './sidebarPage';

/** The header row of a Contacts log as the wizard lays it out, in `language`. */
const logHeader = (language: 'en' | 'ru') =>
  LOG_COLUMNS.map((c) => messages(language).workbook.contacts[c.key]);

jest.setTimeout(120_000);

const DIALOG_HTML = path.resolve(__dirname, '../../dist/ImportDialog.html');
/** A folder to save screenshots into when set (never the repository's: they are for review). */
const t = IMPORT_DIALOG_MESSAGES.en;
const problemTexts = IMPORT_MESSAGES.en.problems;

let browser: Browser;
let env: FakeEnvironment;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  uninstallFakes(globalThis);
});

const SERVER: Record<string, (...args: never[]) => unknown> = {
  getImportContext,
  createContactsSheet,
  importContacts,
};

/** Loads the dialog with the server functions behind google.script.run; records every call. */
async function openDialog(
  gate?: (name: string, n: number) => Promise<void>,
): Promise<{ page: Page; calls: string[]; trouble: string[] }> {
  const calls: string[] = [];
  const { page, trouble } = await openDialogPage(
    browser,
    DIALOG_HTML,
    { width: 640, height: 520 },
    async (name, args) => {
      calls.push(name);
      await gate?.(name, calls.filter((c) => c === name).length);
      return (SERVER[name] as (...a: unknown[]) => unknown)(...args);
    },
  );
  return { page, calls, trouble };
}

/** A file on disk for setInputFiles, written from `text` (or bytes) into a fresh folder. */
function tempFile(name: string, content: string | Uint8Array): string {
  const dir = path.join(os.tmpdir(), `import-dialog-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

const SMALL = [
  'Name;Company;Email;Date met;Stage;Deal value;Notes',
  'Anna Virtanen;Acme Oy;anna@example.com;2024-03-15;Client;1 500;"met at the fair; wants a demo"',
  'Bo Ek;Beta AB;;3/4/2024;Lead;;',
  ';No Name Ltd;;;;;',
  'Cai Lo;Zeta;;31.02.2024;;-5;',
  '=HYPERLINK("x");+1;@SUM(A1);15 Mar 2024;;;-2',
  'anna virtanen;ACME OY;;;;;',
  'Old Contact;Old Co;;;;;',
].join('\n');

describe('the import dialog', () => {
  it('previews a file (counts and unreadable lines) before writing, then imports it into the log', async () => {
    env = installFakes(globalThis, { sheets: { Contacts: [logHeader('en'), ['Old Contact', 'Old Co']] } });
    const { page, calls, trouble } = await openDialog();
    await page.waitForSelector('#picker:not([hidden])');
    expect(await page.locator('#sheet-note').textContent()).toBe(t.target.replace('{sheet}', 'Contacts'));
    await page.setInputFiles('#file', tempFile('contacts.csv', `\uFEFF${SMALL}`));
    await page.waitForSelector('#summary:not([hidden])');
    expect(await page.locator('#to-add').textContent()).toBe('Rows to add: 4');
    expect(await page.locator('#duplicates').textContent()).toBe('Duplicates skipped: 2');
    const problems = await page.locator('#problems li').allTextContents();
    expect(problems.map((p) => p.split(':')[0])).toEqual(['Line 3', 'Line 4', 'Line 5', 'Line 5']);
    expect(problems[1]).toBe(`Line 4: ${problemTexts.noName.replace('{column}', 'Name')}`);
    await saveScreenshot(page, 'import-dialog');
    expect(calls).toEqual(['getImportContext']);
    expect(env.calls.filter((c) => c.method === 'Range.setValues')).toEqual([]);

    await page.click('#import');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Done'));
    expect(await page.locator('#status').textContent()).toBe(
      'Done: 4 rows added, 2 duplicates skipped, 4 lines reported.',
    );
    const grid = env.spreadsheet.peekSheet('Contacts')!.peekGrid();
    expect(grid.slice(2, 6).map((r) => r[0])).toEqual([
      'Anna Virtanen',
      'Bo Ek',
      'Cai Lo',
      '=HYPERLINK("x")',
    ]);
    expect(env.spreadsheet.peekSheet('Contacts')!.peekCell(6, 1)?.formula).toBeNull();
    expect(trouble).toEqual([]);
  });

  it('sends a large export in batches with progress, and stops cleanly on Cancel between batches', async () => {
    env = installFakes(globalThis, { sheets: { Contacts: [logHeader('en')] } });
    // The second batch waits at the server until the test has pressed Cancel.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { page, calls, trouble } = await openDialog((name, n) =>
      name === 'importContacts' && n === 2 ? held : Promise.resolve(),
    );
    await page.waitForSelector('#picker:not([hidden])');
    await page.setInputFiles('#file', tempFile('Connections.csv', linkedinExport(5000)));
    await page.waitForFunction(() => document.getElementById('to-add')?.textContent === 'Rows to add: 5000');
    await page.click('#import');
    await page.waitForFunction(() =>
      /batch 2 of 3/.test(document.getElementById('status')?.textContent ?? ''),
    );
    await page.click('#cancel');
    expect(await page.locator('#status').textContent()).toBe(t.stopping);
    release();
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Stopped'));
    expect(await page.locator('#status').textContent()).toBe(
      t.stopped.replace('{added}', '4000').replace('{duplicates}', '0'),
    );
    expect(calls.filter((c) => c === 'importContacts')).toHaveLength(2);
    const grid = env.spreadsheet.peekSheet('Contacts')!.peekGrid();
    expect(grid).toHaveLength(1 + 4000);
    expect(grid[4000][0]).toBe('Person 04000');
    expect(await page.locator('#cancel').textContent()).toBe(t.close);
    expect(trouble).toEqual([]);
  });

  it('reads a Windows-1251 file in Russian and words its problems in Russian', async () => {
    env = installFakes(globalThis, { userLocale: 'ru_RU', sheets: { Контакты: [logHeader('ru')] } });
    const { page, trouble } = await openDialog();
    await page.waitForSelector('#picker:not([hidden])');
    const text =
      'Имя;Компания;Дата знакомства;Этап\nЁлкин Пётр;Ромашка;31.02.2024;Клиент\nАнна;Лютик;;Партнёр\n';
    await page.setInputFiles('#file', tempFile('russian.csv', windows1251(text)));
    await page.waitForSelector('#summary:not([hidden])');
    const ru = IMPORT_DIALOG_MESSAGES.ru;
    expect(await page.locator('#file-note').textContent()).toBe(
      ru.encoding.replace('{encoding}', 'Windows-1251').replace('{source}', ru.sourceCsv),
    );
    expect(await page.locator('#to-add').textContent()).toBe(ru.toAdd.replace('{n}', '2'));
    expect(await page.locator('#problems li').allTextContents()).toEqual([
      `Строка 2: ${IMPORT_MESSAGES.ru.problems.badDate.replace('{value}', '31.02.2024').replace('{column}', 'Дата знакомства')}`,
    ]);
    await page.click('#import');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Готово'));
    expect(env.spreadsheet.peekSheet('Контакты')!.peekGrid()[1][0]).toBe('Ёлкин Пётр');
    expect(trouble).toEqual([]);
  });

  it('lists a line with cells past the header, an over-long cell and a Deal value past the log’s rule, and imports the rest', async () => {
    env = installFakes(globalThis, { sheets: { Contacts: [logHeader('en')] } });
    const { page, trouble } = await openDialog();
    await page.waitForSelector('#picker:not([hidden])');
    const text = [
      'Name,Company,Deal value,Notes',
      'Anna,Acme,100,ok',
      'Bo,Beta, Inc,200,',
      `Cai,Zeta,,${'n'.repeat(MAX_CELL_CHARACTERS + 1)}`,
      'Dan,Delta,2000000000000,',
      'Eve,"Epsilon\nLtd",,',
      'Fay,Phi,,',
    ].join('\r\n');
    await page.setInputFiles('#file', tempFile('mixed.csv', text));
    await page.waitForSelector('#summary:not([hidden])');
    expect(await page.locator('#to-add').textContent()).toBe('Rows to add: 4');
    const problems = await page.locator('#problems li').allTextContents();
    // Eve's company holds a line break (LF in a CRLF file), so Fay is on line 8.
    expect(problems.map((p) => p.split(':')[0])).toEqual(['Line 3', 'Line 4', 'Line 5']);
    expect(problems[0]).toContain('5 cells but the header names 4 columns');
    expect(problems[1]).toContain(
      `(${(MAX_CELL_CHARACTERS + 1).toLocaleString('en-US')} characters; at most`,
    );
    expect(problems[2]).toContain('"2000000000000" in Deal value is outside what the log accepts');
    await page.click('#import');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Done'));
    expect(await page.locator('#status').textContent()).toBe(
      'Done: 4 rows added, 0 duplicates skipped, 3 lines reported.',
    );
    const grid = env.spreadsheet.peekSheet('Contacts')!.peekGrid();
    expect(grid.slice(1).map((r) => r[0])).toEqual(['Anna', 'Dan', 'Eve', 'Fay']);
    expect(trouble).toEqual([]);
  });

  it('offers to make a Contacts sheet when there is none', async () => {
    env = installFakes(globalThis);
    const { page, calls, trouble } = await openDialog();
    await page.waitForSelector('#make:not([hidden])');
    expect(await page.locator('#sheet-note').textContent()).toBe(t.noSheet);
    await page.click('#make');
    await page.waitForSelector('#picker:not([hidden])');
    expect(calls).toEqual(['getImportContext', 'createContactsSheet']);
    expect(env.spreadsheet.peekSheetNames()).toContain('Contacts');
    expect(trouble).toEqual([]);
  });
});

describe('Import contacts in npm start', () => {
  const previews: PreviewServer[] = [];
  afterAll(async () => {
    await Promise.all(previews.map((p) => p.close()));
  });

  /** The preview with the import dialog opened from the Extensions menu and a Contacts sheet made in it. */
  async function openImport(): Promise<{ page: Page; frame: Frame }> {
    const preview = await startPreview({ port: 0, openWizard: false });
    previews.push(preview);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route(/^(https?|wss?):/, (route) =>
      route.request().url().startsWith(preview.url) ? route.continue() : route.abort(),
    );
    await page.goto(preview.url);
    await page.click('#menu-bar .menu:has(button:text-is("Extensions")) > button');
    await page.hover('.submenu > .item');
    await page.click('.submenu [role="menuitem"][data-function="showImportDialog"]');
    const handle = await page.waitForSelector('#modal[open] #modal-frame');
    const frame = (await handle.contentFrame())!;
    await frame.waitForSelector('#make:not([hidden])');
    await frame.click('#make');
    await frame.waitForSelector('#picker:not([hidden])');
    return { page, frame };
  }

  /** Imports `file` in the dialog, closes it and shows the Contacts sheet. */
  async function importAndShow(page: Page, frame: Frame, file: string, rows: number): Promise<void> {
    await frame.setInputFiles('#file', file);
    await frame.waitForFunction(
      (n) => document.getElementById('to-add')?.textContent === `Rows to add: ${n}`,
      rows,
    );
    await frame.click('#import');
    await frame.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Done'));
    await frame.click('#cancel');
    await page.waitForSelector('#modal:not([open])', { state: 'attached' });
    await page.click('#tabs button[data-sheet="Contacts"]');
    await page.waitForSelector('#tabs button.active[data-sheet="Contacts"]');
  }

  it('opens from the Extensions menu, makes the Contacts sheet, and fills the log', async () => {
    const { page, frame } = await openImport();
    await importAndShow(page, frame, tempFile('preview.csv', SMALL), 5);
    await page.waitForFunction(
      () => document.querySelector('td[data-cell="A2"]')?.textContent === 'Anna Virtanen',
    );
    await saveScreenshot(page, 'import-preview');
    // Row 5 holds the hostile cell as text: the preview shows it as typed, not computed.
    expect(await page.textContent('td[data-cell="A5"]')).toBe('=HYPERLINK("x")');
    await page.close();
  });

  it('shows a LinkedIn export’s Connected On as dates in the log, due after 90 days and overdue after 180', async () => {
    const { page, frame } = await openImport();
    // Made-up people, met 3 to 400 days before today (the log's Follow up reads TODAY(), and a
    // contact is due after 90 days without a touch).
    const people = [
      ['Aino', 'Virtanen', 'Nordic Robotics', 3],
      ['Mikko', 'Laine', 'Laine & Co', 12],
      ['Sofia', 'Berg', 'Harbor Analytics', 25],
      ['Jonas', 'Lind', 'Fjord Labs', 41],
      ['Elena', 'Petrova', 'Volga Systems', 60],
      ['Tuomas', 'Heikkinen', 'Kide Design', 130],
      ['Maria', 'Santos', 'Atlântico Media', 220],
      ['Oskar', 'Nyström', 'Skärgård Ventures', 400],
    ] as const;
    const today = Date.now();
    const dayAgo = (days: number) => new Date(today - days * 86_400_000);
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const linkedinDate = (d: Date) =>
      `${String(d.getUTCDate()).padStart(2, '0')} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    const lines = [...LINKEDIN_NOTES, LINKEDIN_HEADER];
    for (const [first, last, company, days] of people) {
      const slug = `${first}-${last}`.toLowerCase();
      lines.push(
        `${first},${last},https://www.linkedin.com/in/${slug},,"${company}",Founder,${linkedinDate(dayAgo(days))}`,
      );
    }
    await importAndShow(page, frame, tempFile('Connections.csv', `${lines.join('\r\n')}\r\n`), people.length);
    const letter = (key: (typeof LOG_COLUMNS)[number]['key']) => columnLetters(logColumnIndex(key));
    const cell = (key: (typeof LOG_COLUMNS)[number]['key'], row: number) =>
      page.locator(`td[data-cell="${letter(key)}${row}"]`);
    await page.waitForFunction(
      (a2) => document.querySelector(`td[data-cell="${a2}"]`)?.textContent === 'Aino Virtanen',
      `${letter('name')}2`,
    );
    const { due, overdue } = messages('en').workbook.contacts;
    // SPEC section 10: due past KeepInTouchDays, overdue past twice that.
    const state = (days: number) =>
      days > 2 * KEEP_IN_TOUCH_DAYS ? overdue : days > KEEP_IN_TOUCH_DAYS ? due : '';
    for (const [i, [, , , days]] of people.entries()) {
      const met = cell('dateMet', i + 2);
      // The log's date format, en_US's m/d/yyyy, shows the stored date; no "must be a valid date" mark.
      const d = dayAgo(days);
      expect(await met.textContent()).toBe(`${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`);
      expect(await met.getAttribute('class')).not.toMatch(/\binvalid\b/);
      expect(await cell('followUp', i + 2).textContent()).toBe(state(days));
      expect(await cell('channel', i + 2).textContent()).toBe(LINKEDIN_CHANNEL);
    }
    // The picture: Name (frozen) beside Channel … Follow up, the columns the import filled and computed.
    await page.setViewportSize({ width: 1800, height: 700 });
    await page.evaluate(
      (first) => {
        const scroll = document.getElementById('grid-scroll')!;
        const name = document.querySelector<HTMLElement>('td[data-cell="A1"]')!;
        const from = document.querySelector<HTMLElement>(`td[data-cell="${first}"]`)!;
        scroll.scrollLeft = from.offsetLeft - (name.offsetLeft + name.offsetWidth);
      },
      `${letter('channel')}1`,
    );
    await saveScreenshot(page, 'contacts-imported');
    await page.close();
  });
});
