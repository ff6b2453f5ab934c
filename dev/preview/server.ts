// `npm start`: serves the add-on as a person meets it in Sheets (a computing workbook, the
// add-on menu, the real sidebar and dialogs) from the built dist/ on 127.0.0.1.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { FakeHtmlOutput, FakeOptions } from '../fakes/spreadsheetApp';
import { PreviewAddon } from './addon';
import { LOCALES } from './locale';
import { type GridUpdate, PageViews, type ViewRequest } from './pageViews';
import { injectShim } from './shim';

/** The port `npm start` tries first when PORT is not set. */
export const DEFAULT_PORT = 8765;

export interface PreviewOptions {
  /** Port to listen on; 0 for any free port. When taken, a free port is used instead. */
  port?: number;
  /** The repository's root (where dist/ and dev/ are). */
  root?: string;
  /** The fake spreadsheet's locale, time zone and user locale. */
  fake?: FakeOptions;
  /** Open the wizard at start, as a person would from the menu (default true). */
  openWizard?: boolean;
}

export interface PreviewServer {
  url: string;
  addon: PreviewAddon;
  close(): Promise<void>;
}

/** Where the page loads an HtmlOutput the add-on showed, with what Sheets frames it with. */
export interface ShownPage {
  title: string;
  /** Unique per showSidebar/showModalDialog call, so showing the page again reloads it. */
  url: string;
  /** The size setWidth/setHeight asked for, in pixels; null when not set. */
  width: number | null;
  height: number | null;
}

/** What the page draws around the grid: the menu, the sidebar, a modal dialog, the tabs, the locale. */
export interface PreviewMeta {
  addonName: string;
  menu: ReturnType<PreviewAddon['menu']>;
  sidebar: ShownPage | null;
  /** The latest modal dialog the add-on showed (Ui.showModalDialog). */
  dialog: ShownPage | null;
  /**
   * Every sheet in tab order, with its id (the page keeps the shown sheet's id in its address)
   * and how many charts it has (after a build the page shows the first new sheet with charts).
   */
  sheets: Array<{ name: string; id: number; charts: number }>;
  /** The spreadsheet's locale (en_US, ru_RU, fi_FI) and the ones the picker offers. */
  locale: string;
  locales: Array<{ code: string; label: string }>;
}

/**
 * One answer to a page: what changed since that page's last answer. `meta` comes only when it
 * changed; the grid part carries only the changed cells of the window the page shows.
 */
export interface PreviewUpdate extends GridUpdate {
  /** The engine's count of changes when this was made. */
  version: number;
  meta?: PreviewMeta;
  /** Toasts and alerts shown since the last answer to any page: each is delivered once, never replayed. */
  toasts: Array<{ message: string; title?: string }>;
  alerts: Array<{ title: string | null; prompt: string }>;
  /** A range the add-on selected (Range.activate) since the last answer to any page: delivered once. */
  select?: { sheet: string; row: number; column: number };
}

/** What a page sends with an edit: the typing, and what it shows (for the update that answers it). */
export interface EditRequest extends ViewRequest {
  /**
   * The sheet the person typed in. It is not the view's `sheet`: the page may have moved to another
   * tab while the edit waited in its queue, and the edit still belongs where it was typed.
   */
  target: string;
  cell: string;
  input: string;
  /** The person answered "Edit anyway?" with OK. */
  confirmed?: boolean;
}

/** Bundles the page's script and styles (chart.js included: the page loads nothing remote). */
async function buildPage(root: string): Promise<{ html: string; js: string; css: string }> {
  const dir = path.join(root, 'dev/preview/page');
  const [js, css, html] = await Promise.all([
    esbuild.build({
      entryPoints: [path.join(dir, 'main.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
    }),
    esbuild.build({
      entryPoints: [path.join(dir, 'styles.css')],
      bundle: true,
      write: false,
      minify: true,
      logLevel: 'warning',
    }),
    readFile(path.join(dir, 'index.html'), 'utf8'),
  ]);
  return { html, js: js.outputFiles[0].text, css: css.outputFiles[0].text };
}

/** A page's view request as sent (anything else in the body is ignored). */
function viewRequest(body: Partial<ViewRequest>): ViewRequest {
  return {
    page: String(body.page ?? ''),
    ...(typeof body.sheet === 'string' ? { sheet: body.sheet } : {}),
    ...(typeof body.sheetId === 'number' ? { sheetId: body.sheetId } : {}),
    ...(body.window && typeof body.window === 'object' ? { window: body.window } : {}),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

const json = (res: http.ServerResponse, value: unknown, status = 200) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/** Starts the preview server; resolves once it listens. */
export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const root = options.root ?? path.resolve(__dirname, '../..');
  const page = await buildPage(root);
  const addon = PreviewAddon.fromDist(path.join(root, 'dist'), options.fake);
  const opened = addon.open();
  if (!opened.ok) console.error(`onOpen failed: ${opened.error}`);
  if (options.openWizard !== false) addon.run('showWizard');

  // Every HtmlOutput the add-on has shown, by where it opened; served at /<where>/<index>.
  const shown = {
    sidebar: (): Array<{ output: FakeHtmlOutput; title: string }> =>
      addon.env.ui.sidebars.map((output) => ({ output, title: output.title })),
    dialog: () => addon.env.ui.modalDialogs,
  };
  const latest = (where: keyof typeof shown): ShownPage | null => {
    const list = shown[where]();
    if (list.length === 0) return null;
    const { output, title } = list[list.length - 1];
    return { title, url: `/${where}/${list.length - 1}`, width: output.width, height: output.height };
  };

  // How many toasts and alerts pages have been handed: Sheets shows each once, so a reload (or a
  // second tab) does not show them again.
  const delivered = { toasts: 0, alerts: 0 };
  let selected = addon.env.spreadsheet.selection;
  const views = new PageViews(addon.workbook);
  const meta = (): PreviewMeta => ({
    addonName: 'Networking ROI',
    menu: addon.menu(),
    sidebar: latest('sidebar'),
    dialog: latest('dialog'),
    sheets: addon.env.spreadsheet.sheets.map((sheet) => ({
      name: sheet.name,
      id: sheet.sheetId,
      charts: sheet.charts.length,
    })),
    locale: addon.env.spreadsheet.locale,
    locales: LOCALES.map(({ code, label }) => ({ code, label })),
  });
  const update = (request: ViewRequest): PreviewUpdate => {
    const grid = views.grid(request);
    const toasts = addon.env.toasts.slice(delivered.toasts);
    const alerts = addon.env.ui.alerts.slice(delivered.alerts);
    delivered.toasts += toasts.length;
    delivered.alerts += alerts.length;
    const selection = addon.env.spreadsheet.selection;
    const select =
      selection && selection !== selected
        ? { sheet: selection.sheet.name, row: selection.row, column: selection.column }
        : null;
    selected = selection;
    const changedMeta = views.changedMeta(request.page, meta());
    return {
      ...grid,
      version: addon.workbook.live.version,
      ...(changedMeta ? { meta: changedMeta } : {}),
      toasts,
      alerts,
      ...(select ? { select } : {}),
    };
  };

  const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>> = {
    'GET /': async (_req, res) => send(res, 200, 'text/html; charset=utf-8', page.html),
    'GET /page.js': async (_req, res) => send(res, 200, 'text/javascript; charset=utf-8', page.js),
    'GET /page.css': async (_req, res) => send(res, 200, 'text/css; charset=utf-8', page.css),
    'POST /api/update': async (req, res) => json(res, update(viewRequest(JSON.parse(await readBody(req))))),
    'POST /api/run': async (req, res) => {
      const { name, args } = JSON.parse(await readBody(req)) as { name: string; args: unknown[] };
      json(res, addon.run(String(name), JSON.stringify(args ?? [])));
    },
    'POST /api/edit': async (req, res) => {
      const body = JSON.parse(await readBody(req)) as EditRequest;
      const outcome = addon.workbook.edit(String(body.target), String(body.cell), String(body.input), {
        confirmed: body.confirmed === true,
      });
      // The answer carries the recomputed cells the page shows, so an edit is one round trip.
      json(res, { ok: true, outcome, update: update(viewRequest(body)) });
    },
    'POST /api/locale': async (req, res) => {
      const { locale } = JSON.parse(await readBody(req)) as { locale: string };
      json(res, addon.setLocale(String(locale)));
    },
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const hosted = /^\/(sidebar|dialog)\/(\d+)$/.exec(url.pathname);
    if (req.method === 'GET' && hosted) {
      const output = shown[hosted[1] as keyof typeof shown]()[Number(hosted[2])]?.output;
      const html = output ? addon.env.htmlFiles[output.fileName] : undefined;
      if (html) send(res, 200, 'text/html; charset=utf-8', injectShim(html));
      else
        send(
          res,
          404,
          'text/html; charset=utf-8',
          `<p style="font:13px sans-serif;padding:12px">dist/${output?.fileName ?? 'this page'}.html is not built yet: run npm run build.</p>`,
        );
      return;
    }
    const route = routes[`${req.method} ${url.pathname}`];
    if (!route) {
      send(res, 404, 'text/plain', 'Not found');
      return;
    }
    route(req, res).catch((err: Error) => json(res, { ok: false, error: err.message }, 500));
  });

  const wanted = options.port ?? DEFAULT_PORT;
  try {
    await listen(server, wanted);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || wanted === 0) throw err;
    await listen(server, 0);
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    addon,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
