// A built page (dist/*.html) opened from disk in headless Chromium, with a stand-in server behind
// google.script.run, as HtmlService would run it: shared by the sidebar's and the dialogs' browser tests.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

/**
 * The opened page, what went wrong on it, and whether it closed itself. Every list fills as the
 * test goes on; `trouble` holds all of them, each entry prefixed with its kind.
 */
export interface DialogPage {
  page: Page;
  /** Messages of every alert/confirm/prompt the page opened. */
  dialogs: string[];
  /** URLs the page tried to fetch from the web (all are blocked). */
  webRequests: string[];
  /** Uncaught errors and console errors in the page. */
  pageErrors: string[];
  trouble: string[];
  closed(): Promise<boolean>;
}

/** How a page is opened besides its file and size. */
export interface PageOptions {
  /** The browser's language (a page starts in it until its server names the user's). */
  locale?: string;
  /** Browser code run before the page's own, for what a test watches from inside the page. */
  init?: () => void;
}

/**
 * Opens `file` in a fresh context of `viewport` size. Every `google.script.run.<name>(...args)` the
 * page makes is answered by `serve(name, args)` (its value through JSON, as HtmlService sends it; a
 * throw as the failure handler's Error); google.script.host.close() marks the page closed.
 */
export async function openDialogPage(
  browser: Browser,
  file: string,
  viewport: { width: number; height: number },
  serve: (name: string, args: unknown[]) => unknown,
  options: PageOptions = {},
): Promise<DialogPage> {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const context = await browser.newContext({ viewport, locale: options.locale ?? 'en-US' });
  const page = await context.newPage();
  const opened = { dialogs: [] as string[], webRequests: [] as string[], pageErrors: [] as string[] };
  const trouble: string[] = [];
  const note = (list: string[], kind: string, text: string) => {
    list.push(text);
    trouble.push(`${kind}: ${text}`);
  };
  page.on('dialog', (d) => {
    note(opened.dialogs, 'dialog', d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => note(opened.pageErrors, 'error', e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') note(opened.pageErrors, 'console', m.text());
  });
  await page.route(/^(https?|wss?):/, (route) => {
    note(opened.webRequests, 'request', route.request().url());
    void route.abort();
  });
  await page.exposeFunction('__standInServer', async (name: string, args: unknown[]) => {
    try {
      return { ok: true, value: JSON.parse(JSON.stringify((await serve(name, args)) ?? null)) };
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
    // google.script.run: a chain of withSuccessHandler/withFailureHandler, then the server function.
    const runner = (success: Handler, failure: Handler): unknown =>
      new Proxy(
        {},
        {
          get: (_target, name: string) => {
            if (name === 'withSuccessHandler') return (f: Handler) => runner(f, failure);
            if (name === 'withFailureHandler') return (f: Handler) => runner(success, f);
            return (...args: unknown[]) =>
              void call(name, args).then((r) =>
                r.ok ? success?.(r.value) : failure?.(new Error(r.message)),
              );
          },
        },
      );
    const close = () => {
      w.__closed = true;
    };
    w.google = { script: { run: runner(undefined, undefined), host: { close } } };
  });
  if (options.init) await page.addInitScript(options.init);
  await page.goto(pathToFileURL(file).href);
  return {
    page,
    ...opened,
    trouble,
    closed: () => page.evaluate(() => (window as unknown as { __closed?: boolean }).__closed === true),
  };
}
