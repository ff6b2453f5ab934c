/**
 * Opens the built dist/Sidebar.html in headless Chromium with a stand-in `google.script.run` that
 * forwards every call to a stand-in server in the test process, and records what a test checks
 * besides the page: dialogs, requests to the web, errors in the page.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { AsyncApi } from './standInServer';

/** The built sidebar (npm test builds it first). */
export const SIDEBAR_HTML = path.resolve(__dirname, '../../dist/Sidebar.html');

/** Launches the system's headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface OpenedSidebar {
  page: Page;
  /** Messages of every alert/confirm/prompt the page opened. */
  dialogs: string[];
  /** URLs the page tried to fetch from the web (all are blocked). */
  webRequests: string[];
  /** Uncaught errors and console errors in the page. */
  pageErrors: string[];
}

/**
 * Loads the sidebar at 300 × 700 px with `api` behind `google.script.run`. `locale` is the
 * browser's language (the server's uiLanguage decides the wizard's language once loaded).
 */
export async function openSidebar(browser: Browser, api: AsyncApi, locale = 'en-US'): Promise<OpenedSidebar> {
  if (!existsSync(SIDEBAR_HTML)) throw new Error('dist/Sidebar.html is missing: run npm run build first');
  const context = await browser.newContext({ viewport: { width: 300, height: 700 }, locale });
  const page = await context.newPage();
  const opened: OpenedSidebar = { page, dialogs: [], webRequests: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => opened.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.pageErrors.push(message.text());
  });
  await page.route(/^(https?|wss?):/, (route) => {
    opened.webRequests.push(route.request().url());
    void route.abort();
  });
  await page.exposeFunction('__standInServer', async (name: keyof AsyncApi, args: unknown[]) => {
    try {
      const fn = api[name] as (...a: unknown[]) => Promise<unknown>;
      return { ok: true, value: JSON.parse(JSON.stringify(await fn(...args))) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(() => {
    type Handler = ((value: unknown) => void) | undefined;
    const w = window as unknown as Record<string, unknown>;
    const call = w.__standInServer as (
      name: string,
      args: unknown[],
    ) => Promise<{ ok: boolean; value?: unknown; message?: string }>;
    // google.script.run: a chain of withSuccessHandler/withFailureHandler, then the server function.
    const runner = (success: Handler, failure: Handler): Record<string, unknown> => {
      const run: Record<string, unknown> = {
        withSuccessHandler: (f: Handler) => runner(f, failure),
        withFailureHandler: (f: Handler) => runner(success, f),
      };
      for (const name of ['getWizardDefaults', 'buildWorkbook']) {
        run[name] = (...args: unknown[]) => {
          void call(name, args).then((r) => (r.ok ? success?.(r.value) : failure?.(new Error(r.message))));
        };
      }
      return run;
    };
    w.google = { script: { run: runner(undefined, undefined) } };
    // When the first step's first input is on the page and enabled: the sidebar is usable.
    new MutationObserver((_, observer) => {
      const input = document.querySelector<HTMLInputElement>('input[data-field]');
      if (input && !input.disabled) {
        w.__firstInteractive = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(pathToFileURL(SIDEBAR_HTML).href);
  await page.waitForSelector('input[data-field]:enabled');
  return opened;
}

/** The texts a person sees: every rendered text node, outside the language list's options. */
export function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = (walker.currentNode.textContent ?? '').trim();
      const el = walker.currentNode.parentElement;
      if (!text || !el || el.closest('option, script, style')) continue;
      if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      out.push(text);
    }
    return out;
  });
}
