// `npm start` end to end: the preview page in headless Chromium runs the real sidebar and the
// sharing dialog against the built add-on, and the workbook it builds computes, charts and
// recomputes like the plan says.

import type { Browser, Frame, Page } from 'playwright-core';
import { SHEETS_TEXTS } from '../../dev/preview/cellRules';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import { NETROI } from '../../src/functions';
import { fill, messages } from '../../src/i18n';
import { SHARING_DIALOG_MESSAGES } from '../../src/sharing/dialog/i18n';
import { rewriteFormula } from '../../src/sharing/rewriter';
import { SIDEBAR_MESSAGES } from '../../src/sidebar/i18n';
import type { WizardAnswers } from '../../src/workbook/answers';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { evaluatePlan, isError } from '../support/hyperformula';
import { buildWithDefaults, previewForSuite, showSheet as showPreviewSheet, typeInCell } from './previewPage';
import { saveScreenshot } from './screenshots';

const serverEn = messages('en');
const { en, ru } = SIDEBAR_MESSAGES;

jest.setTimeout(120_000);

/**
 * The page shows HyperFormula's value of the same formulas the harness evaluates from the plan;
 * the two are independent evaluations (the bundle's adapter writes into the fake, the harness
 * reads the plan), so they agree to rounding: 1e-9 relative.
 */
const REL_TOL = 1e-9;
const HEADLINE = ['TotalInvestment', 'TotalReturn', 'TotalNetROI', 'DiscountedROI', 'PaybackMonths'];

let browser: Browser;
let preview: PreviewServer;
let page: Page;
previewForSuite((open) => {
  ({ browser, preview, page } = open);
});

const showSheet = (name: string) => showPreviewSheet(page, name);

/** Waits until the cell shows a number within REL_TOL of `expected`. */
async function waitForNumber(cell: string, expected: number): Promise<void> {
  await page.waitForFunction(
    ([a1, want, tol]) => {
      const got = Number(document.querySelector(`td[data-cell="${a1}"]`)?.getAttribute('data-value'));
      return Math.abs(got - want) <= tol * Math.max(1, Math.abs(want));
    },
    [cell, expected, REL_TOL] as const,
  );
}

const type = (cell: string, input: string) => typeInCell(page, cell, input);

/** Chooses Extensions → Networking ROI → the item that runs `functionName`. */
async function chooseMenuItem(functionName: string): Promise<void> {
  await page.click('#menu-bar .menu:has(button:text-is("Extensions")) > button');
  await page.hover('.submenu > .item');
  await page.click(`.submenu [role="menuitem"][data-function="${functionName}"]`);
}

/** The modal dialog's frame, once it is open and its document has loaded. */
async function modalDialog(): Promise<Frame> {
  const handle = await page.waitForSelector('#modal[open] #modal-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the dialog has no frame');
  return frame;
}

/** The cell of a named range of the built workbook ("B12" for TotalNetROI on the Summary). */
function namedCell(name: string): string {
  const named = preview.addon.env.spreadsheet.peekNamedRange(name);
  if (!named) throw new Error(`no named range ${name}`);
  return named.range.peekA1();
}

describe('npm start', () => {
  let answers: WizardAnswers;

  it('shows the add-on menu under Extensions as onOpen built it', async () => {
    await page.click('#menu-bar .menu:has(button:text-is("Extensions")) > button');
    await page.hover('.submenu > .item');
    const items = await page.locator('.submenu [role="menuitem"]').allInnerTexts();
    expect(items).toEqual(
      preview.addon.menu().flatMap((entry) => (entry === 'separator' ? [] : [entry.caption])),
    );
    expect(items).toContain('Build ROI workbook');
    await page.mouse.click(700, 600);
  });

  it('builds the workbook with the wizard’s defaults (Next … Build) and shows the Summary', async () => {
    await buildWithDefaults(page, en.steps);
    await page.waitForSelector('#tabs button.active[data-sheet="Summary"]');
    const saved = preview.addon.env.documentProperties.store.get('networkingRoi.lastAnswers');
    answers = JSON.parse(saved!) as WizardAnswers;
    expect(await page.locator('#tabs button').allInnerTexts()).toEqual([
      'Sheet1',
      'Plan',
      'Summary',
      'Contacts',
      'Actual',
      'Channels',
      'Events',
    ]);
  });

  it('shows the Summary’s headline figures as HyperFormula computes them from planWorkbook', async () => {
    const expected = evaluatePlan(planWorkbook(answers));
    for (const name of HEADLINE) {
      const value = expected.named(name);
      if (isError(value) || typeof value !== 'number') throw new Error(`${name} is ${JSON.stringify(value)}`);
      await waitForNumber(namedCell(name), value);
    }
    // The default answers pay back and return more than they cost (a sanity check on the figures).
    expect(expected.named('TotalNetROI')).toBeGreaterThan(0);
  });

  it('draws every Summary chart with its data', async () => {
    const count = planWorkbook(answers).sheets.find((s) => s.key === 'summary')!.charts.length;
    await page.waitForFunction((n) => document.querySelectorAll('.chart canvas').length === n, count);
    const drawn = await page.$$eval('.chart canvas', (canvases) =>
      canvases.map((c) => {
        const canvas = c as HTMLCanvasElement;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
        return { title: canvas.getAttribute('aria-label'), painted, pixels: canvas.width * canvas.height };
      }),
    );
    const titles = planWorkbook(answers)
      .sheets.find((s) => s.key === 'summary')!
      .charts.map((c) => c.title);
    expect(drawn.map((d) => d.title)).toEqual(titles);
    // Bars, lines, axes and legends paint well over 2 % of the canvas; a blank chart paints none.
    for (const d of drawn) expect(d.painted / d.pixels).toBeGreaterThan(0.02);
    await saveScreenshot(page, 'preview');
    // The Summary's charts sit right of its wide note column: a second picture scrolled to them.
    await page.$eval('#grid-scroll', (grid) => {
      const chart = grid.querySelector<HTMLElement>('.chart')!;
      grid.scrollLeft = chart.offsetLeft - 120;
    });
    await saveScreenshot(page, 'preview-charts');
    await page.$eval('#grid-scroll', (grid) => {
      grid.scrollLeft = 0;
    });
  });

  it('recomputes the Summary when a Plan input changes', async () => {
    // Plan!B3 holds the first month's hours establishing new contacts (an input of the plan).
    const harness = evaluatePlan(planWorkbook(answers));
    const before = harness.named('TotalNetROI') as number;
    harness.edit('Plan', 'B3', 100);
    const after = harness.named('TotalNetROI') as number;
    expect(Math.abs(after - before)).toBeGreaterThan(0.01);
    await showSheet('Plan');
    // The person moves to the Summary before the edit's answer is back (held here until the tab
    // is shown, as a slow machine does): the edit still lands on the Plan, and the late answer
    // for the Plan leaves the Summary on screen.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/edit', async (route) => {
      await held;
      await route.continue();
    });
    const summaryB3 = preview.addon.env.spreadsheet.getSheetByName('Summary')!.getRange('B3').getValue();
    await type('B3', '100');
    await page.click('#tabs button[data-sheet="Summary"]');
    await page.waitForSelector('#tabs button.active[data-sheet="Summary"]');
    release();
    await waitForNumber(namedCell('TotalNetROI'), after);
    await waitForNumber(namedCell('TotalInvestment'), harness.named('TotalInvestment') as number);
    await page.unroute('**/api/edit');
    expect(await page.locator('#tabs button.active').innerText()).toBe('Summary');
    expect(preview.addon.env.spreadsheet.getSheetByName('Plan')!.getRange('B3').getValue()).toBe(100);
    expect(preview.addon.env.spreadsheet.getSheetByName('Summary')!.getRange('B3').getValue()).toBe(
      summaryB3,
    );
  });

  it('computes a custom function typed into a cell, and shows #ERROR! with its sentence for bad input', async () => {
    await showSheet('Sheet1');
    await type('A1', '600');
    await type('A2', '450');
    await type('B1', '500');
    await type('C1', '=NETROI(A1:A2, B1)');
    // (600 + 450 − 500) / 500 = 1.1: SPEC.md section 1, one networker.
    await waitForNumber('C1', 1.1);
    await type('C2', '=NETROI(A1:A2, 0)');
    let sentence = '';
    try {
      NETROI([[600], [450]], 0);
    } catch (error) {
      sentence = (error as Error).message;
    }
    expect(sentence).toMatch(/^NETROI: /);
    await page.waitForSelector('td[data-cell="C2"]:text-is("#ERROR!")');
    expect(await page.getAttribute('td[data-cell="C2"]', 'title')).toBe(sentence);
    await page.click('td[data-cell="C2"]');
    await expect(page.locator('#cell-error').innerText()).resolves.toContain(sentence);
    expect(await page.inputValue('#formula-input')).toBe('=NETROI(A1:A2, 0)');
  });

  it('prepares the sheet for sharing in a modal dialog: Apply writes the native formula, the value stays', async () => {
    const rewrite = rewriteFormula('=NETROI(A1:A2, B1)');
    if (rewrite.kind !== 'rewritten') throw new Error('NETROI over a range and a cell has a native form');
    const t = SHARING_DIALOG_MESSAGES.en;
    const shownBefore = await page.textContent('td[data-cell="C1"]');

    await chooseMenuItem('prepareForSharing');
    const frame = await modalDialog();
    expect(await page.textContent('#modal-title')).toBe(serverEn.menu.prepareForSharing);
    // prepareForSharing sizes its output 760 × 520; the frame gets that size, as in Sheets.
    const size = preview.addon.env.ui.modalDialogs[0].output;
    expect(await page.$eval('#modal-frame', (f) => [f.clientWidth, f.clientHeight])).toEqual([
      size.width,
      size.height,
    ]);

    const c1 = frame.locator('.item:has(.cell:text-is("Sheet1!C1"))');
    await c1.waitFor();
    expect(await c1.locator('.formula').innerText()).toBe('=NETROI(A1:A2, B1)');
    expect(await c1.locator('.new').innerText()).toBe(rewrite.formula);
    // C2 divides by a typed 0: it shows an error now, so it is listed as such and offers no rewrite.
    expect(await frame.locator('.item:has(.cell:text-is("Sheet1!C2")) input').count()).toBe(0);
    await frame.click('#apply');
    await frame.waitForFunction((close) => document.getElementById('cancel')?.textContent === close, t.close);
    expect(await frame.textContent('#status')).toBe(
      fill(serverEn.sharing.done, { rewritten: 1, frozen: 0, kept: 1 }),
    );

    // Close runs google.script.host.close(), which closes the dialog.
    await frame.click('#cancel');
    await page.waitForSelector('#modal:not([open])', { state: 'attached' });
    await page.click('td[data-cell="C1"]');
    await page.waitForFunction(
      (want) => (document.getElementById('formula-input') as HTMLInputElement).value === want,
      rewrite.formula,
    );
    // (600 + 450 − 500) / 500 = 1.1 as before (SPEC.md section 1), now from SUM and a division.
    await waitForNumber('C1', 1.1);
    expect(await page.textContent('td[data-cell="C1"]')).toBe(shownBefore);
    await page.click('td[data-cell="C2"]');
    expect(await page.inputValue('#formula-input')).toBe('=NETROI(A1:A2, 0)');
    await expect(page.textContent('td[data-cell="C2"]')).resolves.toBe('#ERROR!');
  });

  it('opens the dialog afresh from the menu and closes it with its × button', async () => {
    await chooseMenuItem('prepareForSharing');
    const frame = await modalDialog();
    // Only the kept call is left to list.
    await frame.waitForSelector('.item');
    expect(await frame.locator('.item .cell').allInnerTexts()).toEqual(['Sheet1!C2']);
    await page.click('#modal-close');
    await page.waitForSelector('#modal:not([open])', { state: 'attached' });
  });

  it('shows Help as an alert with its title and text', async () => {
    await chooseMenuItem('showHelp');
    await page.waitForSelector('#alert[open]');
    expect(await page.textContent('#alert-title')).toBe(serverEn.menu.helpTitle);
    expect(await page.textContent('#alert-text')).toBe(serverEn.menu.helpText);
    await page.click('#alert .ok-button');
    await page.waitForSelector('#alert:not([open])', { state: 'attached' });
  });

  it('draws the Summary’s checkbox as a checkbox; clicking it toggles TRUE and FALSE', async () => {
    const summary = planWorkbook(answers).sheets.find((s) => s.key === 'summary')!;
    const rule = summary.validations.find((v) => v.kind === 'checkbox')!;
    await showSheet(summary.name);
    const box = `td[data-cell="${rule.range}"] input.cell-checkbox`;
    const before = await page.isChecked(box);
    await page.click(box);
    await page.waitForSelector(`td[data-cell="${rule.range}"][data-value="${!before}"]`);
    expect(await page.isChecked(box)).toBe(!before);
    await page.click(box);
    await page.waitForSelector(`td[data-cell="${rule.range}"][data-value="${before}"]`);
  });

  it('refuses a Summary rate outside its bounds with Sheets’ message and keeps the value', async () => {
    const summary = planWorkbook(answers).sheets.find((s) => s.key === 'summary')!;
    const rule = summary.validations.find((v) => v.kind === 'numberBetween')!;
    if (rule.kind !== 'numberBetween') throw new Error('the Summary has a bounded number');
    await showSheet(summary.name);
    const kept = await page.getAttribute(`td[data-cell="${rule.range}"]`, 'data-value');
    await type(rule.range, String(rule.max + 5));
    await page.waitForSelector('#alert[open]');
    expect(await page.textContent('#alert-title')).toBe(SHEETS_TEXTS.rejectedTitle);
    expect(await page.textContent('#alert-text')).toContain(`between ${rule.min} and ${rule.max}`);
    await page.click('#alert .ok-button');
    await page.waitForSelector('#alert:not([open])', { state: 'attached' });
    expect(await page.getAttribute(`td[data-cell="${rule.range}"]`, 'data-value')).toBe(kept);
  });

  it('asks "Heads up!" before overwriting a computed Summary figure; Cancel keeps it', async () => {
    const summary = planWorkbook(answers).sheets.find((s) => s.key === 'summary')!;
    await showSheet(summary.name);
    const figure = namedCell('TotalInvestment');
    const formula = preview.addon.env.spreadsheet.peekSheet(summary.name)!.peekContent(figure);
    expect(String(formula).startsWith('=')).toBe(true);
    const kept = await page.getAttribute(`td[data-cell="${figure}"]`, 'data-value');
    await type(figure, '1');
    await page.waitForSelector('#confirm[open]');
    expect(await page.textContent('#confirm-title')).toBe(SHEETS_TEXTS.protectedTitle);
    expect(await page.textContent('#confirm-text')).toBe(SHEETS_TEXTS.protectedMessage);
    await saveScreenshot(page, 'preview-widgets');
    await page.click('#confirm .cancel-button');
    await page.waitForSelector('#confirm:not([open])', { state: 'attached' });
    await page.click(`td[data-cell="${figure}"]`);
    expect(await page.inputValue('#formula-input')).toBe(formula);
    expect(await page.getAttribute(`td[data-cell="${figure}"]`, 'data-value')).toBe(kept);
  });

  it('offers the Contacts stage dropdown’s values and writes the one chosen', async () => {
    const contacts = planWorkbook(answers).sheets.find((s) => s.key === 'contacts')!;
    const rule = contacts.validations.find((v) => v.kind === 'list')!;
    if (rule.kind !== 'list') throw new Error('the Contacts log has a list');
    const first = rule.range.split(':')[0];
    await showSheet(contacts.name);
    await page.click(`td[data-cell="${first}"] .chip`);
    await page.waitForSelector('#dropdown-menu:not([hidden]) [role="option"]');
    expect(await page.locator('#dropdown-menu [role="option"]').allInnerTexts()).toEqual(rule.values);
    await saveScreenshot(page, 'preview-dropdown');
    await page.click(`#dropdown-menu [role="option"]:text-is("${rule.values[1]}")`);
    await page.waitForSelector(`td[data-cell="${first}"] .chip-text:text-is("${rule.values[1]}")`);
  });

  it('words a formula it cannot read as Sheets does, not as the engine’s parser', async () => {
    await showSheet('Sheet1');
    await type('D1', '=SUM(1,');
    await page.waitForSelector('td[data-cell="D1"]:text-is("#ERROR!")');
    await page.click('td[data-cell="D1"]');
    await expect(page.locator('#cell-error').innerText()).resolves.toContain('Formula parse error.');
    expect(await page.getAttribute('td[data-cell="D1"]', 'title')).toBe('Formula parse error.');
  });

  it('does not replay an alert or a toast after a reload', async () => {
    // A toast the add-on shows, then Help: the page draws both from its next state.
    preview.addon.env.activeSpreadsheet().toast('Once', 'Networking ROI');
    await chooseMenuItem('showHelp');
    await page.waitForSelector('#alert[open]');
    await page.waitForSelector('#toast:not([hidden]):has-text("Once")');
    await page.click('#alert .ok-button');
    await page.reload();
    // The reloaded page has drawn its first state once the tabs are there.
    await page.waitForFunction(() => Number(document.body.dataset.version) >= 1);
    expect(await page.$('#alert[open]')).toBeNull();
    expect(await page.isHidden('#toast')).toBe(true);
  });
});

describe('npm start in ru_RU', () => {
  let ruPreview: PreviewServer;
  let ruPage: Page;

  beforeAll(async () => {
    ruPreview = await startPreview({ port: 0 });
    ruPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await ruPage.route(/^(https?|wss?):/, (route) =>
      route.request().url().startsWith(ruPreview.url) ? route.continue() : route.abort(),
    );
    await ruPage.goto(ruPreview.url);
  });

  afterAll(async () => {
    await ruPage?.close();
    await ruPreview?.close();
  });

  it('switches to ru_RU, builds the Russian workbook in Russian, shows decimal commas and no error', async () => {
    await ruPage.waitForSelector('#locale option[value="ru_RU"]', { state: 'attached' });
    await ruPage.selectOption('#locale', 'ru_RU');
    await ruPage.waitForSelector('body[data-locale="ru_RU"]');
    expect(ruPreview.addon.env.activeSpreadsheet().getSpreadsheetLocale()).toBe('ru_RU');
    // The sidebar opens afresh in the locale's language.
    await buildWithDefaults(ruPage, ru.steps);
    const saved = ruPreview.addon.env.documentProperties.store.get('networkingRoi.lastAnswers');
    const plan = planWorkbook(JSON.parse(saved!) as WizardAnswers);
    expect(plan.language).toBe('ru');
    const summary = plan.sheets.find((s) => s.key === 'summary')!;
    await ruPage.waitForSelector(`#tabs button.active[data-sheet="${summary.name}"]`);

    // The formulas went through the `;` path, and the formula bar shows them that way.
    const named = ruPreview.addon.env.spreadsheet.peekNamedRange('TotalInvestment')!;
    const cell = named.range.peekA1();
    await ruPage.click(`td[data-cell="${cell}"]`);
    const formula = await ruPage.inputValue('#formula-input');
    expect(formula.startsWith('=')).toBe(true);
    // The total investment in money: grouped by non-breaking spaces, two decimals after a comma.
    const shown = (await ruPage.textContent(`td[data-cell="${cell}"]`)) ?? '';
    expect(shown).toMatch(/^\d{1,3}(\u00a0\d{3})*,\d{2} /);
    const value = Number(await ruPage.getAttribute(`td[data-cell="${cell}"]`, 'data-value'));
    // Two decimals shown: the figure read back from its text is within 0.005 of the value.
    const read = Number(
      shown
        .split(' ')[0]
        .replace(/\u00a0/g, '')
        .replace(',', '.'),
    );
    expect(Math.abs(read - value)).toBeLessThanOrEqual(0.005);

    for (const sheet of plan.sheets) {
      await ruPage.click(`#tabs button[data-sheet="${sheet.name}"]`);
      await ruPage.waitForSelector(`#tabs button.active[data-sheet="${sheet.name}"]`);
      expect(
        await ruPage.$$eval('td.error', (tds) => tds.map((td) => `${td.dataset.cell} ${td.textContent}`)),
      ).toEqual([]);
    }
    // The formula bar takes `;` separators and decimal commas: 1 + 2.5 = 3.5, shown "3,5".
    await ruPage.click('#tabs button[data-sheet="Sheet1"]');
    await ruPage.click('td[data-cell="A1"]');
    await ruPage.fill('#formula-input', '=SUM(1;2,5)');
    await ruPage.press('#formula-input', 'Enter');
    await ruPage.waitForSelector('td[data-cell="A1"][data-value="3.5"]:text-is("3,5")');
    await ruPage.click(`#tabs button[data-sheet="${summary.name}"]`);
    await ruPage.waitForSelector(`#tabs button.active[data-sheet="${summary.name}"]`);
    await saveScreenshot(ruPage, 'preview-ru');
  });
});
