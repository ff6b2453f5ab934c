// The local preview (npm start) opened in headless Chromium, and what a person does on its grid:
// shared by the browser tests that drive the preview.
import type { Browser, Page } from 'playwright-core';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import type { SidebarMessages } from '../../src/sidebar/i18n';
import { launchBrowser } from './sidebarPage';

/** What openPreview opens: the browser, the preview server, the page on it. */
export interface OpenPreview {
  browser: Browser;
  preview: PreviewServer;
  page: Page;
}

/** A preview server on a free port and a 1400×900 page on it that may reach nothing else. */
export async function openPreview(): Promise<OpenPreview> {
  const [browser, preview] = await Promise.all([launchBrowser(), startPreview({ port: 0 })]);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.route(/^(https?|wss?):/, (route) =>
    route.request().url().startsWith(preview.url) ? route.continue() : route.abort(),
  );
  await page.goto(preview.url);
  return { browser, preview, page };
}

/** Closes what openPreview opened (either may be missing when opening failed). */
export async function closePreview(browser?: Browser, preview?: PreviewServer): Promise<void> {
  await browser?.close();
  await preview?.close();
}

/** Opens the preview before the suite's tests, handing it to `opened`, and closes it after them. */
export function previewForSuite(opened: (open: OpenPreview) => void): void {
  let open: Partial<OpenPreview> = {};
  beforeAll(async () => {
    open = await openPreview();
    opened(open as OpenPreview);
  });
  afterAll(() => closePreview(open.browser, open.preview));
}

/**
 * Runs the preview's sidebar wizard on its defaults as a person does: Next through every step,
 * waiting for each title in the language of `steps`, then Build; resolves once the sheets are made.
 */
export async function buildWithDefaults(page: Page, steps: SidebarMessages['steps']): Promise<void> {
  const frame = await (await page.waitForSelector('#sidebar-frame')).contentFrame();
  if (!frame) throw new Error('the sidebar has no frame');
  const titled = (title: string) =>
    frame.waitForFunction((t) => document.querySelector('h2')?.textContent === t, title);
  await titled(steps.profile);
  for (const title of [steps.investments, steps.returns, steps.funnel, steps.review]) {
    await frame.click('#next');
    await titled(title);
  }
  await frame.click('#build');
  await frame.waitForSelector('#sheets-made');
}

/** Clicks a sheet's tab and waits until it is the one shown. */
export async function showSheet(page: Page, name: string): Promise<void> {
  await page.click(`#tabs button[data-sheet="${name}"]`);
  await page.waitForSelector(`#tabs button.active[data-sheet="${name}"]`);
}

/** Types into a cell through the formula bar, as a person does, and presses Enter. */
export async function typeInCell(page: Page, cell: string, input: string): Promise<void> {
  await page.click(`td[data-cell="${cell}"]`);
  await page.fill('#formula-input', input);
  await page.press('#formula-input', 'Enter');
}
