// The sidebar wizard in headless Chromium: the built dist/Sidebar.html against a stand-in server.

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { BuildOptions } from '../../src/server/contract';
import { SIDEBAR_MESSAGES } from '../../src/sidebar/i18n';
import type { Built } from '../../src/sidebar/state';
import type { WizardAnswers } from '../../src/workbook/answers';
import { saveScreenshot } from './screenshots';
import { defaultAnswers, planWorkbook, validateAnswers } from './serverSide';
import { launchBrowser, openSidebar, SIDEBAR_HTML, visibleTexts } from './sidebarPage';
import { type Call, expectedHeadline, standInServer } from './standInServer';

const { en, ru, fi } = SIDEBAR_MESSAGES;

jest.setTimeout(120_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const title = (page: Page) => page.locator('h2').innerText();
const problemAt = (page: Page, field: string) => page.locator(`.problem[data-for="${field}"]`);
const built = (calls: Call[]) => calls.filter((c) => c.name === 'buildWorkbook');
/**
 * Saves the whole sidebar at 300 px wide: the viewport grows to the page's height for the shot
 * (Chromium's full-page capture lets the sticky footer cover the end of a step), then shrinks back.
 */
async function shot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 300, height: Math.max(700, height) });
  await saveScreenshot(page, name, { animations: 'disabled' });
  await page.setViewportSize({ width: 300, height: 700 });
}

async function next(page: Page, expectedTitle: string): Promise<void> {
  await page.click('#next');
  await page.waitForFunction((t) => document.querySelector('h2')?.textContent === t, expectedTitle);
}

/** Next from the first step to the review, checking each step's title on the way. */
async function toReview(page: Page): Promise<void> {
  for (const t of [en.steps.investments, en.steps.returns, en.steps.funnel, en.steps.review])
    await next(page, t);
}

describe('the sidebar wizard', () => {
  it('builds a workbook from the defaults with Next, Next, Next, Next, Build, and names the sheets and the net ROI', async () => {
    const { api, calls } = standInServer();
    const { page, webRequests, pageErrors, dialogs } = await openSidebar(browser, api);

    expect(await title(page)).toBe(en.steps.profile);
    await page.waitForSelector('#first-run-note');
    await shot(page, 'sidebar-1-profile-en');
    await next(page, en.steps.investments);
    await shot(page, 'sidebar-2-investments-en');
    await next(page, en.steps.returns);
    await shot(page, 'sidebar-3-returns-en');
    await next(page, en.steps.funnel);
    expect(await page.locator('#extras-note').innerText()).toBe(en.notes.extras);
    await shot(page, 'sidebar-4-funnel-en');
    await next(page, en.steps.review);
    expect(await page.locator('#planned-sheets').innerText()).toBe(
      'Plan, Summary, Contacts, Actual, Channels, Events',
    );
    await shot(page, 'sidebar-5-review-en');
    await page.click('#build');
    await page.waitForSelector('#sheets-made');
    await shot(page, 'sidebar-6-done-en');

    // One call to build, with no validation round trip before it (contract 3 answers problems as data).
    expect(calls.map((c) => c.name)).toEqual(['getWizardDefaults', 'buildWorkbook']);
    const [build] = built(calls);
    const answers = build.args[0] as WizardAnswers;
    expect(validateAnswers(answers)).toEqual([]);
    expect(() => planWorkbook(answers)).not.toThrow();
    expect(build.args[1]).toEqual({ replaceExisting: false, uiLanguage: 'en' });
    expect(answers.language).toBe('en');
    expect(await page.locator('#sheets-made').innerText()).toBe(
      'Sheets made: Plan, Summary, Contacts, Actual, Channels, Events.',
    );
    // The figure shown is the plan's NetROI as HyperFormula computes it; it must agree with an
    // independent formula over the answers (relative 1e-9), and appear as Intl writes it in English.
    const roi = expectedHeadline(answers).netRoi!;
    const planned = build.result as Built;
    expect(Math.abs(planned.headline!.netRoi! - roi) / Math.abs(roi)).toBeLessThan(1e-9);
    const shown = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(roi);
    expect(await page.locator('#net-roi .figure').innerText()).toBe(shown);
    expect(webRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('shows a bad value’s message at its field as it is typed, and does not go on', async () => {
    const { api, calls } = standInServer();
    const { page } = await openSidebar(browser, api);
    await page.fill('[data-field="profile.months"]', 'abc');
    await expect(problemAt(page, 'profile.months').innerText()).resolves.toBe(
      'Enter a whole number from 1 to 60.',
    );
    expect(await page.getAttribute('[data-field="profile.months"]', 'aria-invalid')).toBe('true');
    await page.click('#next');
    await page.waitForSelector('[role="alert"]');
    expect(await title(page)).toBe(en.steps.profile);
    await page.fill('[data-field="profile.months"]', '61');
    expect(await problemAt(page, 'profile.months').innerText()).toBe('Enter a whole number from 1 to 60.');
    await page.fill('[data-field="profile.months"]', '24');
    await expect(problemAt(page, 'profile.months').isHidden()).resolves.toBe(true);
    await next(page, en.steps.investments);
    await page.fill('[data-field="investments.money.travel"]', '-5');
    expect(await problemAt(page, 'investments.money.travel').innerText()).toBe('Enter 0 or more.');
    await page.fill('[data-field="investments.hours.events"]', '1e3');
    expect(await problemAt(page, 'investments.hours.events').innerText()).toBe('Enter at most 744.');
    await page.fill('[data-field="investments.hours.events"]', '1e2');
    await expect(problemAt(page, 'investments.hours.events').isHidden()).resolves.toBe(true);
    await page.fill('[data-field="investments.hourlyRate"]', '12,5');
    expect(await problemAt(page, 'investments.hourlyRate').innerText()).toBe('Enter a number, such as 12.5.');
    await shot(page, 'sidebar-problem-en');
    await page.click('#next');
    await page.waitForSelector('[role="alert"]');
    expect(await title(page)).toBe(en.steps.investments);
    expect(built(calls)).toEqual([]);
  });

  it('moves focus to the first problem of a step it cannot leave', async () => {
    const { api } = standInServer();
    const { page } = await openSidebar(browser, api);
    await page.fill('[data-field="profile.months"]', '0');
    await page.fill('[data-field="profile.currency"]', 'E1');
    await page.focus('#language');
    await page.click('#next');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-field') === 'profile.currency',
    );
    expect(await page.locator('[role="alert"]').innerText()).toBe(en.app.fixProblems);
  });

  it('shows the server’s failure as text and runs none of it', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { api } = standInServer({ buildFailsWith: evil });
    const { page, dialogs, webRequests } = await openSidebar(browser, api);
    await toReview(page);
    await page.click('#build');
    await page.waitForSelector('#general-problems');
    expect(await page.locator('#general-problems p').allTextContents()).toEqual([en.result.failed, evil]);
    expect(await page.locator('#general-problems img').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    // The controls are usable again, and focus is on the message.
    await page.waitForSelector('#build:enabled');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('general-problems');
    expect(dialogs).toEqual([]);
    expect(webRequests).toEqual([]);
  });

  it('puts the server’s field-path problems at their fields, on their step', async () => {
    const message = 'The average deal must be under 1 000 000 000.';
    const { api, calls } = standInServer({
      serverProblems: [{ field: 'funnel.averageDeal', code: 'tooLarge', message }],
    });
    const { page } = await openSidebar(browser, api);
    await toReview(page);
    await page.click('#build');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-field') === 'funnel.averageDeal',
    );
    expect(await title(page)).toBe(en.steps.funnel);
    expect(await problemAt(page, 'funnel.averageDeal').innerText()).toBe(message);
    expect(built(calls).map((c) => c.result?.kind)).toEqual(['invalid']);
    // Editing the field clears the server's message.
    await page.fill('[data-field="funnel.averageDeal"]', '80');
    await expect(problemAt(page, 'funnel.averageDeal').isHidden()).resolves.toBe(true);
  });

  it('shows a failed build’s message as it is, without reading field names out of its text', async () => {
    const message =
      'funnel.averageDeal: Enter a smaller deal.; investments.hourlyRate: Enter a smaller rate.';
    const { api } = standInServer({ buildFailsWith: message });
    const { page } = await openSidebar(browser, api);
    await toReview(page);
    await page.click('#build');
    await page.waitForSelector('#general-problems');
    expect(await page.locator('#general-problems p').allTextContents()).toEqual([en.result.failed, message]);
    expect(await title(page)).toBe(en.steps.review);
  });

  it('asks the server to word its problems in the sidebar’s language', async () => {
    const { api, calls } = standInServer();
    const { page } = await openSidebar(browser, api);
    await page.selectOption('#language', 'fi');
    await page.waitForFunction((t) => document.querySelector('h2')?.textContent === t, fi.steps.profile);
    for (const t of [fi.steps.investments, fi.steps.returns, fi.steps.funnel, fi.steps.review])
      await next(page, t);
    await page.click('#build');
    await page.waitForSelector('#sheets-made');
    expect(built(calls)[0].args[1]).toEqual({ replaceExisting: false, uiLanguage: 'fi' });
  });

  it('changes every visible string when switched to Russian, and builds a Russian workbook with decimal commas', async () => {
    const { api, calls } = standInServer();
    const { page } = await openSidebar(browser, api);
    const before = await visibleTexts(page);
    expect(before.length).toBeGreaterThan(10);
    await page.selectOption('#language', 'ru');
    await page.waitForFunction((t) => document.querySelector('h2')?.textContent === t, ru.steps.profile);
    const after = await visibleTexts(page);
    expect(after.filter((t) => before.includes(t))).toEqual([]);
    // Latin letters only inside Russian sentences (the add-on's name, =NETROI).
    expect(after.filter((t) => /[A-Za-z]/.test(t) && !/[А-Яа-яЁё]/.test(t))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await shot(page, 'sidebar-1-profile-ru');

    await next(page, ru.steps.investments);
    const defaults = defaultAnswers({ language: 'ru', currency: 'EUR', startMonth: '2027-01' });
    expect(await page.inputValue('[data-field="investments.hourlyRate"]')).toBe(
      String(defaults.investments.hourlyRate),
    );
    await page.fill('[data-field="investments.hourlyRate"]', '12,5');
    await page.fill('[data-field="investments.money.gifts"]', '1 500,75');
    await expect(problemAt(page, 'investments.hourlyRate').isHidden()).resolves.toBe(true);
    await next(page, ru.steps.returns);
    await next(page, ru.steps.funnel);
    await next(page, ru.steps.review);
    const reviewBefore = await visibleTexts(page);
    await page.click('#build');
    await page.waitForSelector('#sheets-made');
    const answers = built(calls)[0].args[0] as WizardAnswers;
    expect(answers.language).toBe('ru');
    expect(answers.investments.hourlyRate).toBe(12.5);
    expect(answers.investments.money.gifts).toBe(1500.75);
    expect(await page.locator('#sheets-made').innerText()).toBe(
      'Созданы листы: План, Сводка, Контакты, Факт, Каналы, Мероприятия.',
    );
    // And back to English on the review: the typed figures are rewritten, not lost.
    await page.click('#edit-answers');
    await page.selectOption('#language', 'en');
    await page.waitForFunction((t) => document.querySelector('h2')?.textContent === t, en.steps.review);
    const reviewAfter = await visibleTexts(page);
    expect(reviewAfter.filter((t) => reviewBefore.includes(t))).toEqual([]);
    await page.click('[data-goto="investments"]');
    expect(await page.inputValue('[data-field="investments.hourlyRate"]')).toBe('12.5');
  });

  it('can be completed with the keyboard alone', async () => {
    const { api, calls } = standInServer();
    const { page } = await openSidebar(browser, api);
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    const tabTo = async (id: string) => {
      for (let i = 0; i < 40 && (await focused()) !== id; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(id);
    };
    await tabTo('f-profile-kind-individual');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-field="profile.people"]');
    expect(await focused()).toBe('f-profile-kind-team');
    await tabTo('f-profile-people');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => document.querySelector('h2')?.textContent === t, en.steps.investments);
    for (const [field, t] of [
      ['f-investments-hourlyRate', en.steps.returns],
      ['f-returns-direct-referrals', en.steps.funnel],
      ['f-funnel-newContacts', en.steps.review],
    ]) {
      await tabTo(field);
      await page.keyboard.press('Enter');
      await page.waitForFunction((x) => document.querySelector('h2')?.textContent === x, t);
    }
    await tabTo('build');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#sheets-made');
    const answers = built(calls)[0].args[0] as WizardAnswers;
    expect(answers.profile).toMatchObject({ kind: 'team', people: 3 });
    expect(answers.investments.resources).toEqual({ staff: 0, technology: 0 });
  });

  it('shows a progress state and disables the controls while it builds', async () => {
    let release!: () => void;
    const holdBuild = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { api } = standInServer({ holdBuild });
    const { page } = await openSidebar(browser, api);
    await toReview(page);
    await page.click('#build');
    await page.waitForSelector('#build:disabled');
    expect(await page.locator('#build-status').innerText()).toBe(en.app.building);
    expect(await page.locator('#announcer').textContent()).toBe(en.app.building);
    expect(await page.isDisabled('#back')).toBe(true);
    expect(await page.isDisabled('#language')).toBe(true);
    expect(await page.isDisabled('[data-goto="profile"]')).toBe(true);
    await shot(page, 'sidebar-building-en');
    release();
    await page.waitForSelector('#sheets-made');
  });

  it('is one small self-contained file, usable soon after it loads', async () => {
    const html = readFileSync(SIDEBAR_HTML, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(https?:/i);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { page, webRequests } = await openSidebar(browser, standInServer().api);
      times.push(
        await page.evaluate(() => (window as unknown as { __firstInteractive: number }).__firstInteractive),
      );
      expect(webRequests).toEqual([]);
      await page.context().close();
    }
    const median = [...times].sort((a, b) => a - b)[2];
    const kb = Buffer.byteLength(html) / 1024;
    console.log(
      `dist/Sidebar.html ${kb.toFixed(1)} KB; first step interactive after navigation start: median ${median.toFixed(0)} ms of ${times.map((t) => t.toFixed(0)).join(', ')} (the stand-in server answers at once)`,
    );
    // It takes only the names it shows from the server's texts (src/i18n/names.ts): with every text
    // of the workbook in three languages it weighed 89 KB.
    expect(kb).toBeLessThan(80);
    expect(median).toBeLessThan(3000);
  });

  it('offers the last answers again with a note', async () => {
    const { api } = standInServer({ restored: true, uiLanguage: 'fi' });
    const { page } = await openSidebar(browser, api);
    expect(await page.locator('#restored-note').innerText()).toBe(
      'Edelliset vastauksesi on täytetty valmiiksi.',
    );
    expect(await page.locator('#first-run-note').count()).toBe(0);
  });

  it('never replaces existing sheets without an explicit confirmation', async () => {
    const { api, calls } = standInServer({ existingSheets: ['Plan', 'Summary', 'Plan (2)', 'Notes'] });
    const { page } = await openSidebar(browser, api);
    await toReview(page);
    expect(await page.locator('#conflict-note p').innerText()).toBe(
      'This spreadsheet already has sheets named “Plan”, “Summary”. They stay as they are; the new sheets get free names, such as “Plan (3)”.',
    );
    await page.check('#replace-existing');
    await page.click('#build');
    await page.waitForSelector('#confirm-replace');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-cancel');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#confirm-replace', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('replace-existing');
    expect(built(calls)).toEqual([]);
    await page.click('#build');
    await page.click('#confirm-replace');
    await page.waitForSelector('#sheets-made');
    expect(built(calls)[0].args[1] as BuildOptions).toEqual({ replaceExisting: true, uiLanguage: 'en' });
  });

  it('shows the replace confirmation in view, its buttons uncovered, focus on a visible Cancel, naming the sheets as the spreadsheet spells them', async () => {
    const { api, calls } = standInServer({ existingSheets: ['plan', 'SUMMARY', 'Notes'] });
    const { page } = await openSidebar(browser, api);
    await toReview(page);
    await page.check('#replace-existing');
    await page.click('#build');
    await page.waitForSelector('#confirm-replace');
    expect(await page.locator('#confirm-text').innerText()).toBe(
      'Everything on “plan”, “SUMMARY” will be deleted and made anew. This cannot be undone from the add-on.',
    );
    // Each button lies inside the 300 × 700 viewport and is the element found at its centre, so
    // nothing (the sticky footer included) covers it; the focused element is one of them.
    const placed = await page.evaluate(() =>
      ['confirm-cancel', 'confirm-replace'].map((id) => {
        const el = document.getElementById(id)!;
        const r = el.getBoundingClientRect();
        const inside =
          r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.width > 0;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { id, inside, onTop: hit === el || el.contains(hit) };
      }),
    );
    expect(placed).toEqual([
      { id: 'confirm-cancel', inside: true, onTop: true },
      { id: 'confirm-replace', inside: true, onTop: true },
    ]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-cancel');
    await shot(page, 'sidebar-5-review-replace-en');
    await page.click('#confirm-replace');
    await page.waitForSelector('#sheets-replaced');
    expect(await page.locator('#sheets-replaced').innerText()).toBe('Replaced: plan, SUMMARY.');
    expect(built(calls)[0].args[1] as BuildOptions).toEqual({ replaceExisting: true, uiLanguage: 'en' });
  });

  it('says where the figures are when the server could not read them back after a build', async () => {
    const { api } = standInServer({ headlineFails: true });
    const { page } = await openSidebar(browser, api);
    await toReview(page);
    await page.click('#build');
    await page.waitForSelector('#sheets-made');
    expect(await page.locator('#no-figures').innerText()).toBe(en.result.noFigures);
    expect(await page.locator('#net-roi').count()).toBe(0);
  });

  it('builds under free names when the person does not choose to replace', async () => {
    const { api, calls } = standInServer({ existingSheets: ['Plan', 'Summary'] });
    const { page } = await openSidebar(browser, api);
    await toReview(page);
    await page.click('#build');
    await page.waitForSelector('#sheets-made');
    expect(built(calls)[0].args[1] as BuildOptions).toEqual({ replaceExisting: false, uiLanguage: 'en' });
    expect(await page.locator('#sheets-made').innerText()).toBe(
      'Sheets made: Plan (2), Summary (2), Contacts, Actual, Channels, Events.',
    );
  });
});
