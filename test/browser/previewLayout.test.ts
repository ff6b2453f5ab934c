// The preview laid out as Sheets lays it out: the Summary's charts in view beside the open sidebar
// in every language, the sidebar in the user's language after a locale switch, and a tab bar that
// keeps fifteen sheets on one line, every one of them reachable.
import type { Browser, Frame, Page } from 'playwright-core';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import { messages } from '../../src/i18n';
import { SIDEBAR_MESSAGES } from '../../src/sidebar/i18n';
import type { Language, WizardAnswers } from '../../src/workbook/answers';
import { saveScreenshot } from './screenshots';
import { launchBrowser } from './sidebarPage';

jest.setTimeout(120_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A preview in `locale` and a page of `width` × `height` on it that may reach nothing else. */
async function open(
  locale: string,
  width: number,
  height: number,
): Promise<{ preview: PreviewServer; page: Page }> {
  const preview = await startPreview({ port: 0, fake: { locale } });
  const page = await browser.newPage({ viewport: { width, height } });
  await page.route(/^(https?|wss?):/, (route) =>
    route.request().url().startsWith(preview.url) ? route.continue() : route.abort(),
  );
  await page.goto(preview.url);
  return { preview, page };
}

async function sidebarFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#sidebar-frame')).contentFrame();
  if (!frame) throw new Error('the sidebar has no frame');
  return frame;
}

/** Next … Build in the sidebar, its steps titled in `language`; resolves when it says ready. */
async function buildThroughSidebar(page: Page, language: Language): Promise<void> {
  const frame = await sidebarFrame(page);
  const steps = SIDEBAR_MESSAGES[language].steps;
  await frame.waitForFunction((t) => document.querySelector('h2')?.textContent === t, steps.profile);
  for (const title of [steps.investments, steps.returns, steps.funnel, steps.review]) {
    await frame.click('#next');
    await frame.waitForFunction((t) => document.querySelector('h2')?.textContent === t, title);
  }
  await frame.click('#build');
  await frame.waitForSelector('#sheets-made');
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The part of the grid a person sees (inside the scroll area, below the column letters and right
 * of the row numbers), the sidebar's left edge, and each chart's box and title lines.
 */
async function layout(page: Page) {
  return page.evaluate(() => {
    const grid = document.getElementById('grid-scroll')!;
    const g = grid.getBoundingClientRect();
    const corner = grid.querySelector('th.corner')!.getBoundingClientRect();
    const sidebar = document.getElementById('sidebar')!;
    const view = {
      left: corner.right,
      top: corner.bottom,
      right: g.left + grid.clientWidth,
      bottom: g.top + grid.clientHeight,
    };
    const charts = Array.from(document.querySelectorAll<HTMLElement>('.chart')).map((box) => {
      const r = box.getBoundingClientRect();
      const canvas = box.querySelector('canvas')!;
      const context = canvas.getContext('2d')!;
      const lines = JSON.parse(canvas.dataset.titleLines ?? '[]') as string[];
      return {
        title: box.dataset.title ?? '',
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        lines,
        // The widest title line as the chart's font draws it (set by Chart.js on the context).
        widest: Math.max(0, ...lines.map((l) => context.measureText(l).width)),
        canvasWidth: canvas.width,
      };
    });
    return { view, sidebarLeft: sidebar.hidden ? Infinity : sidebar.getBoundingClientRect().left, charts };
  });
}

/** True when `box` lies wholly inside `view` and left of the sidebar. */
function inView(box: Box, view: Box, sidebarLeft: number): boolean {
  return (
    box.left >= view.left &&
    box.top >= view.top &&
    box.right <= Math.min(view.right, sidebarLeft) &&
    box.bottom <= view.bottom
  );
}

describe('the Summary’s charts beside the open sidebar', () => {
  it.each([
    ['en_US', 'en'],
    ['ru_RU', 'ru'],
    ['fi_FI', 'fi'],
  ] as const)(
    'in %s: both in view at 1280 × 800 with whole titles, the first at 1024 × 768',
    async (locale, language) => {
      const { preview, page } = await open(locale, 1280, 800);
      try {
        await buildThroughSidebar(page, language);
        const summary = messages(language).workbook.sheets.summary;
        await page.waitForSelector(`#tabs .active[data-sheet="${summary}"]`);
        await page.waitForFunction(() => document.querySelectorAll('.chart canvas').length >= 2);
        const wide = await layout(page);
        expect(wide.sidebarLeft).toBeLessThan(1280);
        for (const chart of wide.charts.slice(0, 2)) {
          expect({
            title: chart.title,
            box: chart.box,
            inView: inView(chart.box, wide.view, wide.sidebarLeft),
          }).toEqual({
            title: chart.title,
            box: chart.box,
            inView: true,
          });
          // The whole title, in lines that each fit the chart.
          expect(chart.lines.join(' ')).toBe(chart.title);
          expect(chart.widest).toBeLessThanOrEqual(chart.canvasWidth);
        }
        if (language === 'fi') await saveScreenshot(page, 'preview-fi');
        await page.setViewportSize({ width: 1024, height: 768 });
        const narrow = await layout(page);
        const [first] = narrow.charts;
        expect({ title: first.title, inView: inView(first.box, narrow.view, narrow.sidebarLeft) }).toEqual({
          title: first.title,
          inView: true,
        });
      } finally {
        await page.close();
        await preview.close();
      }
    },
  );
});

describe('the sidebar after a locale switch', () => {
  it('opens in the new locale’s language although the last answers were built in English', async () => {
    const { preview, page } = await open('en_US', 1280, 800);
    try {
      await buildThroughSidebar(page, 'en');
      await page.selectOption('#locale', 'fi_FI');
      await page.waitForSelector('body[data-locale="fi_FI"]');
      const frame = await sidebarFrame(page);
      await frame.waitForFunction(
        (t) => document.querySelector('h2')?.textContent === t,
        SIDEBAR_MESSAGES.fi.steps.profile,
      );
      // The answers of the English build are offered again, now for a Finnish workbook.
      const saved = JSON.parse(preview.addon.env.documentProperties.store.get('networkingRoi.lastAnswers')!);
      expect((saved as WizardAnswers).language).toBe('en');
      expect(await frame.inputValue('#language')).toBe('fi');
    } finally {
      await page.close();
      await preview.close();
    }
  });
});

describe('the tab bar with fifteen sheets', () => {
  let preview: PreviewServer;
  let page: Page;
  let names: string[];

  beforeAll(async () => {
    ({ preview, page } = await open('en_US', 1280, 800));
    // Sheet1 and three workbooks: one with every sheet, two with the log but neither Channels nor
    // Events (1 + 6 + 4 + 4).
    const defaults = preview.addon.run('getWizardDefaults') as {
      ok: true;
      value: { answers: WizardAnswers };
    };
    const answers = defaults.value.answers;
    const logOnly = { ...answers, extras: { ...answers.extras, channels: false, events: false } };
    for (const a of [answers, logOnly, logOnly]) {
      const built = preview.addon.run('buildWorkbook', JSON.stringify([a, { replaceExisting: false }]));
      if (!built.ok) throw new Error(built.error);
    }
    names = preview.addon.env.spreadsheet.sheets.map((s) => s.name);
    await page.reload();
    await page.waitForSelector('#tabs .tab.active');
  });

  afterAll(async () => {
    await page?.close();
    await preview?.close();
  });

  it('keeps every tab on one line, whole, in the workbook’s order', async () => {
    expect(names).toHaveLength(15);
    expect(names).toContain('Plan (2)');
    expect(await page.locator('#tabs button').allInnerTexts()).toEqual(names);
    const tabs = await page.$$eval('#tabs .tab', (els) =>
      els.map((el) => ({
        name: el.textContent,
        height: el.getBoundingClientRect().height,
        whole: el.scrollWidth <= el.clientWidth,
      })),
    );
    const stripHeight = await page.$eval('#tabs', (el) => el.getBoundingClientRect().height);
    for (const tab of tabs)
      expect({ name: tab.name, height: tab.height, whole: tab.whole }).toEqual({
        name: tab.name,
        height: stripHeight,
        whole: true,
      });
  });

  it('scrolls with its arrows to the last tab, which then opens with a click', async () => {
    expect(await page.isVisible('#tabs-right')).toBe(true);
    expect(await page.isDisabled('#tabs-left')).toBe(true);
    while (!(await page.isDisabled('#tabs-right'))) await page.click('#tabs-right');
    const last = names[names.length - 1];
    const fits = await page.$eval(
      '#tabs',
      (strip, name) => {
        const tab = strip.querySelector<HTMLElement>(`.tab[data-sheet="${name}"]`)!.getBoundingClientRect();
        const box = strip.getBoundingClientRect();
        // Within a pixel: the strip scrolls by whole pixels, and tabs can be a fraction of one wide.
        return tab.left >= box.left && tab.right <= box.right + 1;
      },
      last,
    );
    expect(fits).toBe(true);
    await page.click(`#tabs .tab[data-sheet="${last}"]`);
    await page.waitForSelector(`#tabs .tab.active[data-sheet="${last}"]`);
    expect(await page.isEnabled('#tabs-left')).toBe(true);
  });

  it('lists every sheet under ☰, the shown one checked; choosing one shows it and brings its tab into view', async () => {
    await page.click('#all-sheets');
    await page.waitForSelector('#sheet-list:not([hidden])');
    expect(await page.locator('#sheet-list [role="menuitemradio"]').allInnerTexts()).toEqual(names);
    expect(await page.getAttribute('#sheet-list [aria-checked="true"]', 'data-list-sheet')).toBe(
      names[names.length - 1],
    );
    // The picture: the tab bar with the list open above it.
    const top = (await page.$eval('#sheet-list', (el) => el.getBoundingClientRect().top)) - 8;
    await saveScreenshot(page, 'tab-bar', { clip: { x: 0, y: top, width: 1280, height: 800 - top } });
    await page.click('#sheet-list [data-list-sheet="Plan (2)"]');
    await page.waitForSelector('#tabs .tab.active[data-sheet="Plan (2)"]');
    expect(await page.isHidden('#sheet-list')).toBe(true);
    const visible = await page.$eval('#tabs', (strip) => {
      const tab = strip.querySelector<HTMLElement>('.tab.active')!.getBoundingClientRect();
      const box = strip.getBoundingClientRect();
      return tab.left >= box.left && tab.right <= box.right + 1;
    });
    expect(visible).toBe(true);
    // The grid shows that sheet: its first month header is there.
    await page.waitForSelector('#grid-scroll td[data-cell="A1"]');
  });
});
