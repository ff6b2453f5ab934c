// The "Prepare for sharing" dialog in headless Chromium: the built dist/SharingDialog.html against a
// stand-in google.script.run backed by the real listing and apply over a recording fake spreadsheet.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { en as serverEn } from '../../src/i18n/en';
import { ru as serverRu } from '../../src/i18n/ru';
import { applySharingChoices, listSharingRows } from '../../src/server/sharing';
import type { SharingChoice, SharingRows } from '../../src/sharing/dialog/contract';
import { SHARING_DIALOG_MESSAGES } from '../../src/sharing/dialog/i18n';
import type { Language } from '../../src/workbook/answers';
import { FakeSpreadsheet } from '../support/sharingFakes';
import { launchBrowser } from './sidebarPage';

jest.setTimeout(120_000);

const DIALOG_HTML = path.resolve(__dirname, '../../dist/SharingDialog.html');
const HOSTILE = '<img src=x onerror=alert(1)>';
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function workbook(): FakeSpreadsheet {
  return new FakeSpreadsheet({
    Summary: [
      ['Label', 'typed text'],
      ['Net ROI', { formula: `=NETROI(B5:B9, C5:C9) & "${HOSTILE}"`, value: 0.5 }],
      ['Payback', { formula: '=PAYBACK_PERIOD(C5, B5:B9)', value: 3.5 }],
      ['Unknown', { formula: `=PAYBACK_PERIOD(C6, "${HOSTILE}")`, value: '#ERROR!' }],
    ],
    [`</script>${HOSTILE}`]: [[{ formula: '=REAL_ROI(B2, 8%, 3)', value: 0.1 }]],
  });
}

interface Opened {
  page: Page;
  /** Every call the page made to the server, with its arguments. */
  calls: Array<{ name: string; args: unknown[] }>;
  /** alert/confirm/prompt messages, uncaught errors and web requests: all must stay empty. */
  trouble: string[];
  closed: () => Promise<boolean>;
}

/** Loads the dialog with a stand-in server over `ss` that answers in `language`. */
async function openDialog(ss: FakeSpreadsheet, language: Language): Promise<Opened> {
  if (!existsSync(DIALOG_HTML))
    throw new Error('dist/SharingDialog.html is missing: run npm run build first');
  const context = await browser.newContext({ viewport: { width: 760, height: 520 }, locale: 'en-US' });
  const page = await context.newPage();
  const opened: Opened = {
    page,
    calls: [],
    trouble: [],
    closed: () => page.evaluate(() => (window as unknown as { __closed?: boolean }).__closed === true),
  };
  page.on('dialog', (d) => {
    opened.trouble.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => opened.trouble.push(`error: ${e.message}`));
  await page.route(/^(https?|wss?):/, (route) => {
    opened.trouble.push(`request: ${route.request().url()}`);
    void route.abort();
  });
  const server: Record<string, (...args: unknown[]) => unknown> = {
    getSharingRows: (): SharingRows => ({ language, rows: listSharingRows(ss as unknown as Spreadsheet) }),
    applySharingRewrite: (choices) =>
      applySharingChoices(
        ss as unknown as Spreadsheet,
        choices,
        language === 'ru' ? serverRu.sharing : serverEn.sharing,
      ),
  };
  await page.exposeFunction('__standInServer', (name: string, args: unknown[]) => {
    opened.calls.push({ name, args });
    try {
      return { ok: true, value: JSON.parse(JSON.stringify(server[name](...args))) };
    } catch (error) {
      return { ok: false, message: `Exception: ${(error as Error).message}` };
    }
  });
  await page.addInitScript(() => {
    type Handler = ((value: unknown) => void) | undefined;
    const w = window as unknown as Record<string, unknown>;
    const call = w.__standInServer as (
      n: string,
      a: unknown[],
    ) => Promise<{ ok: boolean; value?: unknown; message?: string }>;
    const runner = (success: Handler, failure: Handler): Record<string, unknown> => ({
      withSuccessHandler: (f: Handler) => runner(f, failure),
      withFailureHandler: (f: Handler) => runner(success, f),
      getSharingRows: (...args: unknown[]) =>
        void call('getSharingRows', args).then((r) =>
          r.ok ? success?.(r.value) : failure?.(new Error(r.message)),
        ),
      applySharingRewrite: (...args: unknown[]) =>
        void call('applySharingRewrite', args).then((r) =>
          r.ok ? success?.(r.value) : failure?.(new Error(r.message)),
        ),
    });
    w.google = {
      script: {
        run: runner(undefined, undefined),
        host: {
          close: () => {
            w.__closed = true;
          },
        },
      },
    };
  });
  await page.goto(pathToFileURL(DIALOG_HTML).href);
  return opened;
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

describe('the sharing dialog', () => {
  it('shows every cell and formula as text, never as markup', async () => {
    const { page, trouble } = await openDialog(workbook(), 'en');
    await page.waitForSelector('.item');
    const t = SHARING_DIALOG_MESSAGES.en;
    expect(await page.locator('#intro').textContent()).toBe(t.intro);
    expect(await texts(page, '.cell')).toEqual([
      'Summary!B2',
      'Summary!B3',
      'Summary!B4',
      `'</script>${HOSTILE}'!A1`,
    ]);
    expect(await texts(page, '.formula')).toEqual([
      `=NETROI(B5:B9, C5:C9) & "${HOSTILE}"`,
      '=PAYBACK_PERIOD(C5, B5:B9)',
      `=PAYBACK_PERIOD(C6, "${HOSTILE}")`,
      '=REAL_ROI(B2, 8%, 3)',
    ]);
    expect(await texts(page, '.new')).toEqual([
      `=((SUM(B5:B9)-SUM(C5:C9))/SUM(C5:C9)) & "${HOSTILE}"`,
      '=(1+B2)/(1+8%)^3-1',
    ]);
    expect(await page.locator('body img, body b').count()).toBe(0);
    // The freeze choice offers the number the cell shows, and is off where it shows none.
    expect(await texts(page, '.item[data-row="1"] label')).toEqual([
      ` ${t.keep}`,
      ' Replace it with its value 3.5',
    ]);
    expect(await page.locator('.item[data-row="2"] input[value="freeze"]').isDisabled()).toBe(true);
    expect(await texts(page, '.item[data-row="2"] label')).toContain(
      ' Replace it with its value (it shows no number, so it cannot be frozen)',
    );
    expect(trouble).toEqual([]);
  });

  it('sends the choices on Apply, changes the sheet only then, and shows the summary', async () => {
    const ss = workbook();
    const { page, calls, trouble } = await openDialog(ss, 'en');
    await page.waitForSelector('.item');
    expect(calls.map((c) => c.name)).toEqual(['getSharingRows']);
    expect(ss.calls.filter((c) => c.method === 'setValues')).toEqual([]);

    await page.locator('.item[data-row="0"] input[type="checkbox"]').uncheck();
    await page.locator('.item[data-row="1"] input[value="freeze"]').check();
    await page.click('#apply');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Done'));

    const apply = calls.find((c) => c.name === 'applySharingRewrite')!;
    const choices = apply.args[0] as SharingChoice[];
    expect(choices.map((c) => [c.sheetId, c.row, c.column, c.formula, c.action])).toEqual([
      [100, 2, 2, `=NETROI(B5:B9, C5:C9) & "${HOSTILE}"`, 'keep'],
      [100, 3, 2, '=PAYBACK_PERIOD(C5, B5:B9)', 'freeze'],
      [100, 4, 2, `=PAYBACK_PERIOD(C6, "${HOSTILE}")`, 'keep'],
      [101, 1, 1, '=REAL_ROI(B2, 8%, 3)', 'rewrite'],
    ]);
    expect(await page.locator('#status').textContent()).toBe(
      'Done: 1 formulas rewritten, 1 frozen to their values, 2 kept.',
    );
    expect(ss.sheet('Summary').cells[2][1]).toEqual({ formula: '', value: 3.5 });
    expect(ss.sheet('Summary').cells[1][1].formula).toBe(`=NETROI(B5:B9, C5:C9) & "${HOSTILE}"`);
    expect(await page.locator('#apply').isDisabled()).toBe(true);
    expect(await page.locator('#cancel').textContent()).toBe(SHARING_DIALOG_MESSAGES.en.close);
    expect(trouble).toEqual([]);
  });

  it("shows the server's sentence when a formula changed after listing, and lets Apply be tried again", async () => {
    const ss = workbook();
    const { page, trouble } = await openDialog(ss, 'ru');
    await page.waitForSelector('.item');
    expect(await page.locator('#apply').textContent()).toBe(SHARING_DIALOG_MESSAGES.ru.apply);
    ss.sheet('Summary').cells[1][1].formula = '=NETROI(B5:B9, C5:C8)';
    await page.click('#apply');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('Summary!B2'));
    expect(await page.locator('#status').textContent()).toBe(
      serverRu.sharing.stale.replace('{cell}', 'Summary!B2'),
    );
    expect(ss.calls.filter((c) => c.method === 'setValues')).toEqual([]);
    expect(await page.locator('#apply').isEnabled()).toBe(true);
    expect(trouble).toEqual([]);
  });

  it('says there is nothing to do when no cell uses the functions, and closes', async () => {
    const { page, trouble, closed } = await openDialog(new FakeSpreadsheet({ Plan: [['=SUM(1,2)']] }), 'en');
    const t = SHARING_DIALOG_MESSAGES.en;
    await page.waitForFunction(
      (text) => document.getElementById('intro')?.textContent === text,
      t.nothingToDo,
    );
    expect(await page.locator('#apply').isHidden()).toBe(true);
    expect(await page.locator('#cancel').textContent()).toBe(t.close);
    await page.click('#cancel');
    expect(await closed()).toBe(true);
    expect(trouble).toEqual([]);
  });
});
