/**
 * The screenshots the README shows, under docs/screenshots. The browser tests ask for them at the
 * moments worth showing, but write them only under `npm run screenshots` (SCREENSHOTS=1), so an
 * ordinary test run never rewrites committed files.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Where the committed screenshots live. */
export const SCREENSHOTS_DIR = path.resolve(__dirname, '../../docs/screenshots');

/** True when this run should write the screenshots (`npm run screenshots`). */
export function writingScreenshots(): boolean {
  return process.env.SCREENSHOTS === '1';
}

/** Writes docs/screenshots/<name>.png from the page as it is now, when SCREENSHOTS=1. */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: {
    animations?: 'disabled' | 'allow';
    /** Only this part of the page (a strip such as the tab bar), in page pixels. */
    clip?: { x: number; y: number; width: number; height: number };
  } = {},
): Promise<void> {
  if (!writingScreenshots()) return;
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ ...options, path: path.join(SCREENSHOTS_DIR, `${name}.png`) });
}
