/**
 * Opens the built dist/Sidebar.html in headless Chromium with a stand-in `google.script.run` that
 * forwards every call to a stand-in server in the test process (the pages' one harness,
 * ./dialogPage), and launches the system's Chromium for every browser test.
 */
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type DialogPage, openDialogPage } from './dialogPage';
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

/** The sidebar as opened, with what went wrong on it (./dialogPage). */
export type OpenedSidebar = DialogPage;

/**
 * Loads the sidebar at 300 × 700 px with `api` behind `google.script.run`. `locale` is the
 * browser's language (the server's uiLanguage decides the wizard's language once loaded).
 */
export async function openSidebar(browser: Browser, api: AsyncApi, locale = 'en-US'): Promise<OpenedSidebar> {
  const serve = (name: string, args: unknown[]) =>
    (api[name as keyof AsyncApi] as (...a: unknown[]) => unknown)(...args);
  const opened = await openDialogPage(browser, SIDEBAR_HTML, { width: 300, height: 700 }, serve, {
    locale,
    // When the first step's first input is on the page and enabled: the sidebar is usable.
    init: () => {
      const w = window as unknown as Record<string, unknown>;
      new MutationObserver((_, observer) => {
        const input = document.querySelector<HTMLInputElement>('input[data-field]');
        if (input && !input.disabled) {
          w.__firstInteractive = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    },
  });
  await opened.page.waitForSelector('input[data-field]:enabled');
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
