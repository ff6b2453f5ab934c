// The "Prepare for sharing" dialog in headless Chromium: the built dist/SharingDialog.html against a
// stand-in google.script.run backed by the real listing and apply over a recording fake spreadsheet.

import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type FakeEnvironment, uninstallFakes } from '../../dev/fakes/spreadsheetApp';
import { fill, messages } from '../../src/i18n';
import { applySharingChoices, listSharingRows } from '../../src/server/sharing';
import type { SharingChoice, SharingRows } from '../../src/sharing/contract';
import { SHARING_DIALOG_MESSAGES } from '../../src/sharing/dialog/i18n';
import { installComputedFakes } from '../support/computedFake';
import { openDialogPage } from './dialogPage';
import { saveScreenshot } from './screenshots';
import { launchBrowser } from './sidebarPage';

const [serverEn, serverRu] = [messages('en'), messages('ru')];

jest.setTimeout(120_000);

const DIALOG_HTML = path.resolve(__dirname, '../../dist/SharingDialog.html');
const HOSTILE = '<img src=x onerror=alert(1)>';
/** Where the screenshot for the lead goes when that folder exists; nothing is written into the repository. */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => uninstallFakes());

/** A spreadsheet whose formulas HyperFormula computes: rewritable, refused and error-now calls. */
function workbook(): FakeEnvironment {
  return installComputedFakes({
    sheets: {
      Summary: [
        ['Label', 'typed text', 600, 500],
        ['Net ROI', `=NETROI(C1, D1) & "${HOSTILE}"`],
        ['Payback', '=PAYBACK_PERIOD(D1, C1:C1)'],
        ['Unknown', `=PAYBACK_PERIOD(C6, "${HOSTILE}")`],
        ['Error now', '=NETROI(C5:C7, D5:D7)', 1000, 600],
        ['', '', '1 500', 300],
        ['', '', 500, 600],
      ],
      [`</script>${HOSTILE}`]: [['=REAL_ROI(0.3, 8%, 3)']],
    },
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

/** Loads the dialog with a stand-in server over `env` that answers in `language`. */
async function openDialog(env: FakeEnvironment, language: string): Promise<Opened> {
  const server: Record<string, (...args: unknown[]) => unknown> = {
    getSharingRows: () =>
      ({ language, rows: listSharingRows(env.activeSpreadsheet()) }) as unknown as SharingRows,
    applySharingRewrite: (choices) =>
      applySharingChoices(
        env.activeSpreadsheet(),
        choices,
        language === 'ru' ? serverRu.sharing : serverEn.sharing,
      ),
  };
  const calls: Opened['calls'] = [];
  const opened = await openDialogPage(browser, DIALOG_HTML, { width: 760, height: 520 }, (name, args) => {
    calls.push({ name, args });
    return server[name](...args);
  });
  return { ...opened, calls };
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();
const writes = (env: FakeEnvironment) => env.calls.filter((c) => c.method === 'Range.setValues');

describe('the sharing dialog', () => {
  it('shows every cell and formula as text, never as markup, with the count of calls found', async () => {
    const { page, trouble } = await openDialog(workbook(), 'en');
    await page.waitForSelector('.item');
    const t = SHARING_DIALOG_MESSAGES.en;
    expect(await page.locator('#intro').textContent()).toBe(t.intro);
    expect(await page.locator('#count').textContent()).toBe("5 cells use the add-on's functions.");
    expect(await texts(page, '.cell')).toEqual([
      'Summary!B2',
      'Summary!B3',
      'Summary!B4',
      'Summary!B5',
      `'</script>${HOSTILE}'!A1`,
    ]);
    expect(await texts(page, '.formula')).toEqual([
      `=NETROI(C1, D1) & "${HOSTILE}"`,
      '=PAYBACK_PERIOD(D1, C1:C1)',
      `=PAYBACK_PERIOD(C6, "${HOSTILE}")`,
      '=NETROI(C5:C7, D5:D7)',
      '=REAL_ROI(0.3, 8%, 3)',
    ]);
    expect(await texts(page, '.new')).toEqual([`=((C1-D1)/D1) & "${HOSTILE}"`, '=(1+0.3)/(1+8%)^3-1']);
    expect(await page.locator('body img, body b').count()).toBe(0);
    // The freeze choice offers the number the cell shows: PAYBACK_PERIOD(500, 600) pays back within period 1, at 500/600.
    const freeze = await texts(page, '.item[data-row="1"] label');
    expect(freeze[0]).toBe(` ${t.keep}`);
    expect(freeze[1]).toMatch(/^ Replace it with its value 0\.83333/);
    expect(trouble).toEqual([]);
  });

  it('lists a call that shows an error now with the function’s sentence, and never offers to rewrite or freeze it', async () => {
    const { page, trouble } = await openDialog(workbook(), 'en');
    await page.waitForSelector('.item');
    const t = SHARING_DIALOG_MESSAGES.en;
    const item = page.locator('.item[data-row="3"]');
    expect(await item.locator('.reason').textContent()).toMatch(
      new RegExp(`^${t.errorNow}: The function says: NETROI: returns, row 2 column 1 holds the text "1 500"`),
    );
    expect(await item.locator('input').count()).toBe(0);
    expect(await item.locator('.stays').textContent()).toBe(t.stays);
    expect(await page.locator('.item[data-row="2"] input').count()).toBe(0);
    await item.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'sharing-dialog');
    expect(trouble).toEqual([]);
  });

  it('selects all and none of the rewrites', async () => {
    const { page, calls, trouble } = await openDialog(workbook(), 'en');
    await page.waitForSelector('.item');
    const boxes = page.locator('.item input[type="checkbox"]');
    await page.click('#none');
    expect(await boxes.evaluateAll((b) => b.map((x) => (x as HTMLInputElement).checked))).toEqual([
      false,
      false,
    ]);
    await page.click('#all');
    expect(await boxes.evaluateAll((b) => b.map((x) => (x as HTMLInputElement).checked))).toEqual([
      true,
      true,
    ]);
    await page.locator('.item[data-row="1"] input[value="freeze"]').check();
    await page.click('#none');
    expect(await page.locator('.item[data-row="1"] input[value="keep"]').isChecked()).toBe(true);
    expect(calls.map((c) => c.name)).toEqual(['getSharingRows']);
    expect(trouble).toEqual([]);
  });

  it('sends the choices on Apply, changes the sheet only then, and shows the list read again', async () => {
    const env = workbook();
    const { page, calls, trouble } = await openDialog(env, 'en');
    await page.waitForSelector('.item');
    expect(calls.map((c) => c.name)).toEqual(['getSharingRows']);
    expect(writes(env)).toEqual([]);

    await page.locator('.item[data-row="0"] input[type="checkbox"]').uncheck();
    await page.locator('.item[data-row="1"] input[value="freeze"]').check();
    await page.click('#apply');
    await page.waitForFunction(() => document.getElementById('count')?.textContent?.startsWith('3 '));

    const apply = calls.find((c) => c.name === 'applySharingRewrite')!;
    const choices = apply.args[0] as SharingChoice[];
    expect(choices.map((c) => [c.sheet, c.row, c.column, c.formula, c.action])).toEqual([
      ['Summary', 2, 2, `=NETROI(C1, D1) & "${HOSTILE}"`, 'keep'],
      ['Summary', 3, 2, '=PAYBACK_PERIOD(D1, C1:C1)', 'freeze'],
      ['Summary', 4, 2, `=PAYBACK_PERIOD(C6, "${HOSTILE}")`, 'keep'],
      ['Summary', 5, 2, '=NETROI(C5:C7, D5:D7)', 'keep'],
      [`</script>${HOSTILE}`, 1, 1, '=REAL_ROI(0.3, 8%, 3)', 'rewrite'],
    ]);
    expect(calls.map((c) => c.name)).toEqual(['getSharingRows', 'applySharingRewrite', 'getSharingRows']);
    expect(await page.locator('#status').textContent()).toBe(
      'Done: 1 formulas rewritten, 1 frozen to their values, 3 kept.',
    );
    // The frozen and the rewritten cells are gone from the list; the kept ones are still there.
    expect(await texts(page, '.cell')).toEqual(['Summary!B2', 'Summary!B4', 'Summary!B5']);
    expect(env.spreadsheet.peekSheet('Summary')!.peekContent('B2')).toBe(`=NETROI(C1, D1) & "${HOSTILE}"`);
    expect(await page.locator('#cancel').textContent()).toBe(SHARING_DIALOG_MESSAGES.en.close);
    expect(trouble).toEqual([]);
  });

  it('offers a call over numbers written in the formula for replacing by its value, reports it frozen, then keeps Apply off until a new choice', async () => {
    const env = installComputedFakes({
      sheets: {
        Plan: [
          [1000, 300, '=PAYBACK_PERIOD(1000, {300;300;300;300})'],
          [600, 900, '=NETROI(A2, B2)'],
          ['', '', '=PAYBACK_PERIOD(A1, B1:B2)'],
        ],
      },
    });
    const { page, trouble } = await openDialog(env, 'en');
    await page.waitForSelector('.item');
    const t = SHARING_DIALOG_MESSAGES.en;
    // No formula to show for it: its rewrite would be the number it shows, 1,000 paid back by 300
    // a period after 3 + 1/3 periods (SPEC section 1).
    const constant = page.locator('.item[data-row="0"]');
    expect(await constant.locator('.new').count()).toBe(0);
    expect(await constant.locator('label').textContent()).toMatch(/^ Replace it with its value 3\.33333/);
    expect(await constant.locator('input[type="checkbox"]').isChecked()).toBe(true);
    await page.click('#apply');
    await page.waitForFunction(() => document.getElementById('count')?.textContent?.startsWith('1 '));
    expect(await page.locator('#status').textContent()).toBe(
      fill(serverEn.sharing.done, { rewritten: 1, frozen: 1, kept: 1 }),
    );
    expect(env.spreadsheet.peekSheet('Plan')!.peekContent('C1')).toBeCloseTo(3 + 1 / 3, 12);
    // Apply has run: it stays off until the person chooses something again.
    expect(await page.locator('#apply').isDisabled()).toBe(true);
    await page.locator('.item[data-row="0"] input[value="freeze"]').check();
    expect(await page.locator('#apply').isEnabled()).toBe(true);
    expect(t.apply).toBe(await page.locator('#apply').textContent());
    expect(trouble).toEqual([]);
  });

  it("shows the server's sentence when a formula changed after listing, and lets Apply be tried again", async () => {
    const env = workbook();
    const { page, trouble } = await openDialog(env, 'ru');
    await page.waitForSelector('.item');
    expect(await page.locator('#apply').textContent()).toBe(SHARING_DIALOG_MESSAGES.ru.apply);
    env.spreadsheet.peekSheet('Summary')!.peekWrite(2, 2, [['=NETROI(C1, D2)']]);
    await page.click('#apply');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('Summary!B2'));
    expect(await page.locator('#status').textContent()).toBe(
      serverRu.sharing.stale.replace('{cell}', 'Summary!B2'),
    );
    expect(writes(env)).toEqual([]);
    expect(await page.locator('#apply').isEnabled()).toBe(true);
    expect(trouble).toEqual([]);
  });

  it('falls back to English for a language it has no texts for, instead of showing nothing', async () => {
    const { page, trouble } = await openDialog(workbook(), 'de');
    await page.waitForSelector('.item');
    expect(await page.locator('#intro').textContent()).toBe(SHARING_DIALOG_MESSAGES.en.intro);
    expect(await page.locator('#apply').textContent()).toBe(SHARING_DIALOG_MESSAGES.en.apply);
    expect(trouble).toEqual([]);
  });

  it('says there is nothing to do when no cell uses the functions, and closes', async () => {
    const { page, trouble, closed } = await openDialog(
      installComputedFakes({ sheets: { Plan: [['=SUM(1,2)']] } }),
      'en',
    );
    const t = SHARING_DIALOG_MESSAGES.en;
    await page.waitForFunction(
      (text) => document.getElementById('intro')?.textContent === text,
      t.nothingToDo,
    );
    expect(await page.locator('#apply').isHidden()).toBe(true);
    expect(await page.locator('#tools').isHidden()).toBe(true);
    expect(await page.locator('#cancel').textContent()).toBe(t.close);
    await page.click('#cancel');
    expect(await closed()).toBe(true);
    expect(trouble).toEqual([]);
  });
});
