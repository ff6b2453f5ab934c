// A built dialog page (dist/*.html) opened from disk in headless Chromium, with a stand-in server
// behind google.script.run, as HtmlService would run it: shared by the dialogs' browser tests.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

/** The opened page, what went wrong on it (alerts, page errors, any request), and whether it closed itself. */
export interface DialogPage {
  page: Page;
  trouble: string[];
  closed(): Promise<boolean>;
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
): Promise<DialogPage> {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  const page = await context.newPage();
  const trouble: string[] = [];
  page.on('dialog', (d) => {
    trouble.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => trouble.push(`error: ${e.message}`));
  await page.route(/^(https?|wss?):/, (route) => {
    trouble.push(`request: ${route.request().url()}`);
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
  await page.goto(pathToFileURL(file).href);
  return {
    page,
    trouble,
    closed: () => page.evaluate(() => (window as unknown as { __closed?: boolean }).__closed === true),
  };
}
