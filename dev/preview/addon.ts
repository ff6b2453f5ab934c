// The add-on as Apps Script runs it: the built dist/Code.js in a node:vm context whose globals
// are the recording fake of the Apps Script services, with HyperFormula computing the cells.
import { readdirSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import {
  type FakeEnvironment,
  type FakeMenuItem,
  type FakeOptions,
  installFakes,
} from '../fakes/spreadsheetApp';
import type { CustomFunctionImpl } from './hyperformulaBridge';
import { formulaForLocale, localeSpec } from './locale';
import { PreviewWorkbook } from './workbook';

/** Where the built add-on is read from. */
export interface AddonFiles {
  /** dist/Code.js */
  code: string;
  /**
   * The built HtmlService pages (dist/Sidebar.html, dist/SharingDialog.html, …), keyed by the name
   * createHtmlOutputFromFile is given: the file name without `.html`.
   */
  pages?: Record<string, string>;
}

/** The outcome of one server call, as google.script.run reports it to the sidebar. */
export type RunResult = { ok: true; value: unknown } | { ok: false; error: string };

/** One entry of the add-on's menu as onOpen built it. */
export type MenuEntry = FakeMenuItem | 'separator';

/** True for a Date made in any realm. */
function isDate(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** google.script.run cannot carry a Date anywhere in an argument or a result (PLATFORM.md). */
function holdsDate(value: unknown): boolean {
  if (isDate(value)) return true;
  if (Array.isArray(value)) return value.some(holdsDate);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsDate);
  return false;
}

function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as Error).message === 'string')
    return (error as Error).message;
  return String(error);
}

/** The add-on loaded into one fake spreadsheet. */
export class PreviewAddon {
  readonly context: vm.Context;
  readonly env: FakeEnvironment;
  readonly workbook: PreviewWorkbook;
  /** Top-level functions of dist/Code.js: what google.script.run and menu items may call. */
  readonly entryPoints: Set<string>;

  constructor(files: AddonFiles, options: FakeOptions = {}) {
    this.context = vm.createContext({ console });
    // A spreadsheet in ru_RU reads formulas with `;` and belongs to someone whose Google account
    // speaks Russian, unless the options say otherwise.
    const locale = localeSpec(options.locale);
    this.env = installFakes(this.context, {
      ...options,
      separators: options.separators ?? locale.separators,
      userLocale: options.userLocale ?? locale.userLocale,
    });
    Object.assign(this.env.htmlFiles, files.pages);
    vm.runInContext(files.code, this.context, { filename: 'Code.js' });
    this.entryPoints = new Set([...files.code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]));
    this.workbook = new PreviewWorkbook(this.env, (name) => this.customFunction(name));
    this.env.evaluateFormula = this.workbook.evaluate;
  }

  /** Loads dist/Code.js and every HTML page beside it from a build folder. */
  static fromDist(dist: string, options: FakeOptions = {}): PreviewAddon {
    const pages: Record<string, string> = {};
    for (const file of readdirSync(dist)) {
      if (file.endsWith('.html'))
        pages[file.slice(0, -'.html'.length)] = readFileSync(`${dist}/${file}`, 'utf8');
    }
    return new PreviewAddon({ code: readFileSync(`${dist}/Code.js`, 'utf8'), pages }, options);
  }

  private customFunction(name: string): CustomFunctionImpl | undefined {
    const fn = this.context[name];
    return this.entryPoints.has(name) && typeof fn === 'function' ? (fn as CustomFunctionImpl) : undefined;
  }

  /**
   * Calls a top-level function of the bundle with JSON arguments, as google.script.run does:
   * arguments are rebuilt inside the script's realm, a Date in the result fails the call.
   */
  run(name: string, argsJson = '[]'): RunResult {
    const fn = this.context[name];
    if (!this.entryPoints.has(name) || typeof fn !== 'function' || name.endsWith('_'))
      return { ok: false, error: `Script function not found: ${name}` };
    try {
      const args = vm.runInContext('JSON.parse', this.context)(argsJson) as unknown[];
      const value: unknown = fn(...args);
      if (holdsDate(value))
        return { ok: false, error: `${name} returned a Date, which google.script.run cannot carry.` };
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (error) {
      return { ok: false, error: messageOf(error) };
    }
  }

  /** Opens the spreadsheet: runs onOpen as Sheets does for a document where the add-on is in use. */
  open(): RunResult {
    return this.run('onOpen', JSON.stringify([{ authMode: 'LIMITED' }]));
  }

  /**
   * Switches the spreadsheet's locale as File → Settings does: formulas show in the new locale's
   * syntax, numbers in its marks, and the person is one from that country (their Google account's
   * language). Sheets reloads the document after the switch, so onOpen runs again; the wizard
   * opens afresh when it was open, in the new language.
   */
  setLocale(code: string): RunResult {
    const to = localeSpec(code);
    const from = this.workbook.locale;
    for (const sheet of this.env.spreadsheet.sheets)
      for (const cell of sheet.cells.values())
        if (cell.formula !== null)
          cell.formula = formulaForLocale(cell.formula, from.separators, to.separators);
    this.env.spreadsheet.locale = to.code;
    this.env.separators = to.separators;
    this.env.userLocale = to.userLocale;
    this.workbook.locale = to;
    this.workbook.invalidate();
    const opened = this.open();
    if (!opened.ok || this.env.ui.sidebars.length === 0) return opened;
    return this.run('showWizard');
  }

  /** The add-on menu's entries as onOpen last built them (Extensions → Networking ROI → …). */
  menu(): MenuEntry[] {
    const menus = this.env.ui.menus;
    return menus.length > 0 ? [...menus[menus.length - 1].items] : [];
  }
}
