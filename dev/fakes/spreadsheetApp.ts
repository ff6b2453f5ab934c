/**
 * A recording stand-in for the Apps Script services the add-on uses: SpreadsheetApp (spreadsheets,
 * sheets, ranges, named ranges, sheet and range protections, data validations, conditional
 * formats, charts, formats, Ui menus, sidebars, alerts, toasts), LockService (whose document lock
 * can be null, as outside a document), PropertiesService (document properties), Session,
 * HtmlService, Utilities.formatDate and ScriptApp.AuthMode. Every service call is recorded as
 * `{ method: 'Range.setValues', args }` so a test can hold a build to a budget of calls.
 *
 * As strict as Sheets: every rule of src/platform/behaviours.ts (rendered in
 * docs/sheets-behaviours.md, each held by a test in test/dev/fakes/spreadsheetApp.test.ts) is
 * kept here. A sheet's grid is finite (a new sheet is 1,000 × 26) and a range past it is refused;
 * rows and columns are inserted and deleted anywhere, moving cells, formats, notes, validations and
 * the ranges of named ranges, conditional formats, protections and charts (formula references are
 * not rewritten: the add-on only grows grids at their end); a spreadsheet holds at most 10 million
 * cells; setValues reads strings as typed in the spreadsheet's locale (src/platform/typedInput.ts),
 * refuses a cell over 50,000 characters and a value that breaks a rejecting data validation, and
 * writes nothing when it refuses; conditional-format formulas refer to their own sheet only and to
 * no named range; insertSheet activates the new sheet; setNamedRange refuses a name in use.
 *
 * Each class implements `Modelled<Fake, AppsScriptInterface>` (./faithful.ts): a method that Apps
 * Script lacks, or whose arguments or result differ from Apps Script's, fails to compile.
 *
 * `installFakes(target)` puts the services as globals onto any object (globalThis in jest, a
 * node:vm context for the local preview). The fake can read formulas like a comma-decimal locale
 * (`separators: 'semicolon'`), where a formula with `,` separators or `0.5` shows `#ERROR!` and
 * `0,5` is a number.
 * Formulas without references (the separator probe) are computed by HyperFormula (once per
 * distinct formula) when no other evaluator is plugged in. Test-side inspection helpers start
 * with `peek` and are not recorded.
 *
 * Like Sheets, the fake queues writes: a read of the document while writes are pending forces a
 * flush, which it counts in `forcedFlushes` (an explicit SpreadsheetApp.flush() is not counted).
 * `failWhen` makes a chosen call throw, to try what a build does when Sheets refuses something.
 */
import { HyperFormula } from 'hyperformula';
import {
  type CellRect,
  columnLetters,
  parseA1,
  readCell,
  sheetRange,
  splitSheetRange,
  unquoteSheetName,
} from '../../src/formula/a1';
import { FormulaSyntaxError, type Token, tokenize } from '../../src/formula/tokenizer';
import {
  MAX_CELL_CHARACTERS,
  MAX_SPREADSHEET_CELLS,
  NEW_SHEET_COLUMN_WIDTH,
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
} from '../../src/platform/limits';
import { localeWriting, readTyped } from '../../src/platform/typedInput';
import { type Modelled, modelled } from './faithful';
import { SHEETS_SENTENCES, satisfies } from './sheetsRules';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ServiceCall {
  method: string;
  args: unknown[];
}

export type SeparatorMode = 'comma' | 'semicolon';
export type FakeValue = string | number | boolean | Date | null;

export interface FakeOptions {
  /** The spreadsheet's locale, "en_US" unless given. */
  locale?: string;
  /** The spreadsheet's time zone, "Etc/UTC" unless given. */
  timeZone?: string;
  /** The user's locale (Session.getActiveUserLocale), "en" unless given. */
  userLocale?: string;
  /** How the spreadsheet reads formula separators written through the API. */
  separators?: SeparatorMode;
  /**
   * Sheets to start with, by name: rows of values (strings read as setValues reads them). Each is
   * a new sheet's 1,000 × 26 grid, grown to hold its rows and columns as a person's sheet would be.
   */
  sheets?: Record<string, FakeValue[][]>;
}

interface Cell {
  value: FakeValue;
  formula: string | null;
  formats: Record<string, unknown>;
  note: string;
  validation: FakeDataValidation | null;
}

/** What a written value leaves in a cell: a formula, or a value (null for blank). */
interface Content {
  formula: string | null;
  value: FakeValue;
}

/** The formula with the insides of strings and quoted sheet names emptied. */
function codeOf(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
}

/**
 * A number with a decimal comma (`0,5`) as comma-decimal locales write it: digits, a comma, digits,
 * not part of a name or of a longer run like `0,1,0`.
 */
const DECIMAL_COMMA = /(^|[^A-Za-z0-9_$.,])(\d+),(\d+)(?![\d,])/g;

/**
 * True when a formula would not parse in the given locale's syntax (independent of src/): in a
 * semicolon locale any comma but a decimal one, or a decimal point; in a comma locale a backslash.
 */
function parseError(formula: string, mode: SeparatorMode): boolean {
  const code = codeOf(formula);
  if (mode === 'semicolon')
    return code.replace(DECIMAL_COMMA, '$1N').includes(',') || /(^|[^A-Za-z0-9_$.])\d+\.\d/.test(code);
  return code.includes('\\');
}

/** Values of constant formulas already computed, by separator mode and formula. */
const constantValues = new Map<string, FakeValue>();
/** One engine computes every constant formula, one cell at a time (building one per formula took seconds). */
let constantEngine: HyperFormula | null = null;

/**
 * The value of a formula that refers to no cell, no sheet and no name (`=IF(1>0,1,0)`), as
 * HyperFormula computes it; undefined for any other formula. A formula in semicolon style has
 * already passed `parseError`, so its only commas are decimal ones and its separators map back one
 * to one. Each distinct formula is computed once.
 */
function constantFormulaValue(formula: string, mode: SeparatorMode): FakeValue | undefined {
  const key = `${mode}\n${formula}`;
  if (constantValues.has(key)) return constantValues.get(key);
  const code = codeOf(formula);
  let value: FakeValue | undefined;
  if (!/[!:']/.test(code)) {
    value = computeConstant(formula, code, mode);
  }
  if (value !== undefined) constantValues.set(key, value);
  return value;
}

function computeConstant(formula: string, code: string, mode: SeparatorMode): FakeValue | undefined {
  for (const m of code.matchAll(/(?<![A-Za-z0-9_.$])[A-Za-z_$][A-Za-z0-9_.$]*/g)) {
    const followedBy = code.slice((m.index ?? 0) + m[0].length).trimStart()[0];
    if (followedBy !== '(' && !/^(TRUE|FALSE)$/i.test(m[0])) return undefined;
  }
  let comma = formula;
  if (mode === 'semicolon') {
    let depth = 0;
    let inString = false;
    comma = [...formula.replace(DECIMAL_COMMA, '$1$2.$3')]
      .map((ch) => {
        if (ch === '"') inString = !inString;
        if (inString) return ch;
        if (ch === '{') depth += 1;
        if (ch === '}') depth -= 1;
        if (ch === '\\') return ',';
        return ch === ';' && depth === 0 ? ',' : ch;
      })
      .join('');
  }
  constantEngine ??= HyperFormula.buildFromArray([[null]], { licenseKey: 'gpl-v3' });
  const cell = { sheet: 0, row: 0, col: 0 };
  constantEngine.setCellContents(cell, [[comma]]);
  const value = constantEngine.getCellValue(cell);
  if (value !== null && typeof value === 'object') return `#${(value as { type: string }).type}!`;
  return value as FakeValue;
}

/** One formatter per time zone: making one costs far more than using it (an import reads 30,000 dates). */
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/** Midnight of a calendar day in a time zone, as Sheets stores a typed date there. */
function midnightIn(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  let formatter = zoneFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    zoneFormatters.set(timeZone, formatter);
  }
  const zone = formatter;
  const offsetAt = (instant: number) => {
    const parts = zone.formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return (
      Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant
    );
  };
  const first = guess - offsetAt(guess);
  // Across a change of offset the zone's offset at the result itself is the one that counts.
  return new Date(guess - offsetAt(first));
}

/** Objects whose calls read or change the document (builders and menus do neither). */
const DOCUMENT_OBJECT = /^(Spreadsheet|Sheet|Range|RangeList|NamedRange|Protection)\./;
/** Verbs that change the document. */
const WRITE = /\.(set|insert|delete|remove|clear|protect|add|hide|show|copy|move|merge|sort|append)/;
/** Verbs that read it. */
const READ = /\.(get|is|has)/;
/** Getters that only hand out an object to call next: Sheets answers them without a flush. */
const HANDLE = /^((Spreadsheet|Sheet)\.(getRange|getRangeList)|Range\.getSheet|RangeList\.getRanges)$/;

export class FakeEnvironment {
  readonly calls: ServiceCall[] = [];
  separators: SeparatorMode;
  userLocale: string;
  /** Set to make LockService.waitLock time out (another build holds the lock). */
  lockBusy = false;
  /** Set to make PropertiesService.getDocumentProperties() return null. */
  documentPropertiesUnavailable = false;
  /** Set to make LockService.getDocumentLock() return null (as outside a containing document). */
  documentLockUnavailable = false;
  /** When it returns a message for a call, the call throws an Error with it before taking effect. */
  failWhen: ((call: ServiceCall) => string | null | undefined) | null = null;
  /** Reads of the document made while writes were pending (each forces Sheets to flush). */
  forcedFlushes = 0;
  /** True while writes wait to be flushed. */
  private pendingWrites = false;
  /** Optional formula evaluator (the preview plugs a spreadsheet engine in); '' when absent. */
  evaluateFormula: ((sheet: string, row: number, column: number, formula: string) => FakeValue) | null = null;
  /** Contents of HTML files by name, for createHtmlOutputFromFile. */
  htmlFiles: Record<string, string> = {};
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui = new FakeUi(this);
  readonly documentProperties = new FakeProperties(this);
  /** The script's properties, shared by every document (what a developer sets in the script editor). */
  readonly scriptProperties = new FakeProperties(this);
  readonly lock = new FakeLock(this);
  readonly toasts: Array<{ message: string; title?: string }> = [];

  constructor(options: FakeOptions = {}) {
    this.separators = options.separators ?? 'comma';
    this.userLocale = options.userLocale ?? 'en';
    this.spreadsheet = new FakeSpreadsheet(this, options.locale ?? 'en_US', options.timeZone ?? 'Etc/UTC');
    const initial = options.sheets ?? { Sheet1: [] };
    for (const [name, rows] of Object.entries(initial)) {
      const columns = Math.max(0, ...rows.map((r) => r.length));
      const sheet = this.spreadsheet.peekAddSheet(name, this.spreadsheet.sheets.length, {
        rows: Math.max(NEW_SHEET_ROWS, rows.length),
        columns: Math.max(NEW_SHEET_COLUMNS, columns),
      });
      if (rows.length > 0) sheet.peekWrite(1, 1, rows);
    }
  }

  record(method: string, args: unknown[]): void {
    const call = { method, args: [...args] };
    this.calls.push(call);
    if (method === 'SpreadsheetApp.flush') this.pendingWrites = false;
    else if (DOCUMENT_OBJECT.test(method)) {
      if (WRITE.test(method)) this.pendingWrites = true;
      else if (READ.test(method) && !HANDLE.test(method) && this.pendingWrites) {
        this.forcedFlushes += 1;
        this.pendingWrites = false;
      }
    }
    const failure = this.failWhen?.(call);
    if (failure) throw new Error(failure);
  }

  /** Records a call without arguments and returns what `result` gives. */
  private returning<T>(method: string, result: () => T): T {
    this.record(method, []);
    return result();
  }

  /** Number of calls recorded so far, or of calls whose method starts with `prefix`. */
  countCalls(prefix = ''): number {
    return this.calls.filter((c) => c.method.startsWith(prefix)).length;
  }

  resetCalls(): void {
    this.calls.length = 0;
    this.forcedFlushes = 0;
  }

  /** The fake spreadsheet typed as the real service's object. */
  activeSpreadsheet(): GasSpreadsheet {
    return this.spreadsheet as unknown as GasSpreadsheet;
  }

  /** The service globals, by their Apps Script names. */
  globals(): Record<string, unknown> {
    const spreadsheetApp = modelled<GoogleAppsScript.Spreadsheet.SpreadsheetApp>()({
      getActiveSpreadsheet: () =>
        this.returning('SpreadsheetApp.getActiveSpreadsheet', () => this.spreadsheet),
      getActive: () => this.returning('SpreadsheetApp.getActive', () => this.spreadsheet),
      getActiveSheet: () =>
        this.returning('SpreadsheetApp.getActiveSheet', () => this.spreadsheet.peekActiveSheet()),
      setActiveSheet: (sheet: FakeSheet) => {
        this.record('SpreadsheetApp.setActiveSheet', [sheet.name]);
        return this.spreadsheet.peekActivate(sheet);
      },
      getUi: () => this.returning('SpreadsheetApp.getUi', () => this.ui),
      flush: () => this.record('SpreadsheetApp.flush', []),
      newDataValidation: () =>
        this.returning('SpreadsheetApp.newDataValidation', () => new FakeDataValidationBuilder(this)),
      newConditionalFormatRule: () =>
        this.returning(
          'SpreadsheetApp.newConditionalFormatRule',
          () => new FakeConditionalFormatRuleBuilder(this),
        ),
    });
    return {
      SpreadsheetApp: {
        ...spreadsheetApp,
        ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
        BooleanCriteria: { CUSTOM_FORMULA: 'CUSTOM_FORMULA' },
      },
      LockService: modelled<GoogleAppsScript.Lock.LockService>()({
        getDocumentLock: () =>
          this.returning('LockService.getDocumentLock', () =>
            this.documentLockUnavailable ? null : this.lock,
          ),
      }),
      PropertiesService: modelled<GoogleAppsScript.Properties.PropertiesService>()({
        getDocumentProperties: () => {
          this.record('PropertiesService.getDocumentProperties', []);
          return this.documentPropertiesUnavailable ? null : this.documentProperties;
        },
        getScriptProperties: () =>
          this.returning('PropertiesService.getScriptProperties', () => this.scriptProperties),
      }),
      Session: modelled<GoogleAppsScript.Base.Session>()({
        getActiveUserLocale: () => this.returning('Session.getActiveUserLocale', () => this.userLocale),
        getScriptTimeZone: () => this.returning('Session.getScriptTimeZone', () => 'Etc/UTC'),
      }),
      HtmlService: modelled<GoogleAppsScript.HTML.HtmlService>()({
        createHtmlOutputFromFile: (name: string) => {
          this.record('HtmlService.createHtmlOutputFromFile', [name]);
          return new FakeHtmlOutput(this, name);
        },
      }),
      Utilities: modelled<GoogleAppsScript.Utilities.Utilities>()({
        formatDate: (date: GoogleAppsScript.Base.Date, timeZone: string, pattern: string) => {
          this.record('Utilities.formatDate', [date, timeZone, pattern]);
          return formatDate(new Date(date.getTime()), timeZone, pattern);
        },
        // Nothing to wait for: the stand-in computes a formula when it is read.
        sleep: (milliseconds: number) => this.record('Utilities.sleep', [milliseconds]),
      }),
      ScriptApp: {
        AuthMode: { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' },
      },
    };
  }
}

/** Formats a date in a time zone with the yyyy MM dd HH mm ss tokens of Utilities.formatDate. */
function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return pattern
    .replace('yyyy', get('year'))
    .replace('MM', get('month'))
    .replace('dd', get('day'))
    .replace('HH', get('hour'))
    .replace('mm', get('minute'))
    .replace('ss', get('second'));
}

const SERVICE_NAMES = [
  'SpreadsheetApp',
  'LockService',
  'PropertiesService',
  'Session',
  'HtmlService',
  'Utilities',
  'ScriptApp',
];

/** Installs a fresh fake environment's services as globals of `target` and returns it. */
export function installFakes(target: object = globalThis, options: FakeOptions = {}): FakeEnvironment {
  const env = new FakeEnvironment(options);
  Object.assign(target, env.globals());
  return env;
}

/** Removes the fake services from `target`. */
export function uninstallFakes(target: object = globalThis): void {
  for (const name of SERVICE_NAMES) delete (target as Record<string, unknown>)[name];
}

/** A sheet's grid size: rows and columns. */
export interface GridSize {
  rows: number;
  columns: number;
}

export class FakeSpreadsheet implements Modelled<FakeSpreadsheet, GasSpreadsheet> {
  readonly sheets: FakeSheet[] = [];
  readonly namedRanges: FakeNamedRange[] = [];
  private nextSheetId = 1;
  /** The sheet a person sees; null only before the first sheet is added. */
  private active: FakeSheet | null = null;

  constructor(
    readonly env: FakeEnvironment,
    public locale: string,
    public timeZone: string,
  ) {}

  private rec(method: string, args: unknown[]): void {
    this.env.record(`Spreadsheet.${method}`, args);
  }

  /**
   * Adds a sheet without recording a call (test setup): a new sheet's grid unless `size` says
   * otherwise. It becomes the active sheet only when it is the first.
   */
  peekAddSheet(
    name: string,
    index = this.sheets.length,
    size: GridSize = { rows: NEW_SHEET_ROWS, columns: NEW_SHEET_COLUMNS },
  ): FakeSheet {
    if (this.peekSheet(name)) throw new Error(SHEETS_SENTENCES.sheetNameInUse(name));
    const sheet = new FakeSheet(this, name, this.nextSheetId++, size);
    this.sheets.splice(index, 0, sheet);
    this.active ??= sheet;
    return sheet;
  }

  peekSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  peekSheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  peekNamedRange(name: string): FakeNamedRange | undefined {
    return this.namedRanges.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  /** Cells of every sheet's grid, filled or not: what the 10-million-cell limit counts. */
  peekCellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  /** Refuses a change that would take the spreadsheet past its cell limit. */
  peekCheckCellLimit(added: number): void {
    if (this.peekCellCount() + added > MAX_SPREADSHEET_CELLS) throw new Error(SHEETS_SENTENCES.cellLimit);
  }

  /** The range a script selected last (Range.activate), which the preview shows selected. */
  selection: FakeRange | null = null;

  /** The active sheet, without recording a call. */
  peekActiveSheet(): FakeSheet {
    if (!this.active) throw new Error('The spreadsheet has no sheet.');
    return this.active;
  }

  /** Makes `sheet` the active one, without recording a call. */
  peekActivate(sheet: FakeSheet): FakeSheet {
    if (sheet.deleted || !this.sheets.includes(sheet)) throw new Error('Sheet not found.');
    this.active = sheet;
    return sheet;
  }

  /**
   * What a value written by setValues leaves in a cell: a string is read as typed in the
   * spreadsheet's locale (a date at midnight in its time zone); other values stay as they are.
   */
  peekContent(value: FakeValue): Content {
    if (typeof value !== 'string') return { formula: null, value: value ?? null };
    const typed = readTyped(value, localeWriting(this.locale));
    switch (typed.kind) {
      case 'blank':
        return { formula: null, value: null };
      case 'formula':
        return { formula: typed.formula, value: null };
      case 'text':
        return { formula: null, value: typed.text };
      case 'date':
        return { formula: null, value: midnightIn(typed.year, typed.month, typed.day, this.timeZone) };
      default:
        return { formula: null, value: typed.value };
    }
  }

  getId(): string {
    this.rec('getId', []);
    return 'fake-spreadsheet';
  }

  getSheets(): FakeSheet[] {
    this.rec('getSheets', []);
    return [...this.sheets];
  }

  getNumSheets(): number {
    this.rec('getNumSheets', []);
    return this.sheets.length;
  }

  getSheetByName(name: string): FakeSheet | null {
    this.rec('getSheetByName', [name]);
    return this.peekSheet(name) ?? null;
  }

  getActiveSheet(): FakeSheet {
    this.rec('getActiveSheet', []);
    return this.peekActiveSheet();
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.rec('setActiveSheet', [sheet.name]);
    return this.peekActivate(sheet);
  }

  /** A new 1,000 × 26 sheet, which becomes the active sheet (Apps Script's reference says so). */
  insertSheet(name?: string | number, index?: number): FakeSheet {
    this.rec(
      'insertSheet',
      [name, index].filter((a) => a !== undefined),
    );
    this.peekCheckCellLimit(NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const sheetName = typeof name === 'string' ? name : `Sheet${this.nextSheetId}`;
    const at = typeof name === 'number' ? name : (index ?? this.sheets.length);
    const sheet = this.peekAddSheet(sheetName, Math.min(at, this.sheets.length));
    this.active = sheet;
    return sheet;
  }

  /** Removes a sheet; when it was the active one, the sheet before it (or the first) becomes active. */
  deleteSheet(sheet: FakeSheet): void {
    this.rec('deleteSheet', [sheet.name]);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error('Sheet not found.');
    this.sheets.splice(i, 1);
    sheet.deleted = true;
    if (this.active === sheet) this.active = this.sheets[Math.max(0, i - 1)];
  }

  getNamedRanges(): FakeNamedRange[] {
    this.rec('getNamedRanges', []);
    return [...this.namedRanges];
  }

  /**
   * Names a range. Apps Script's reference does not say what happens when the name is in use, so
   * the stand-in takes the stricter answer and refuses it: the add-on changes a named range with
   * NamedRange.setRange (documented), and then works whichever way Sheets answers.
   */
  setNamedRange(name: string, range: FakeRange): void {
    this.rec('setNamedRange', [name, range.peekA1()]);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || readCell(name) !== null)
      throw new Error(SHEETS_SENTENCES.invalidNamedRangeName(name));
    if (this.peekNamedRange(name)) throw new Error(SHEETS_SENTENCES.namedRangeExists(name));
    this.namedRanges.push(new FakeNamedRange(this, name, range));
  }

  removeNamedRange(name: string): void {
    this.rec('removeNamedRange', [name]);
    const named = this.peekNamedRange(name);
    if (!named) throw new Error(`Named range "${name}" not found.`);
    this.namedRanges.splice(this.namedRanges.indexOf(named), 1);
  }

  /**
   * Everything a build could change, as plain data: sheets in tab order with their grid sizes,
   * cells, formats, notes, validations, panes, widths, charts, protections and conditional formats,
   * the active sheet, and the named ranges. Two equal snapshots mean the spreadsheet was left
   * exactly as it was.
   */
  peekSnapshot(): unknown {
    return {
      sheets: this.sheets.map((sheet) => ({
        id: sheet.sheetId,
        name: sheet.name,
        grid: [sheet.maxRows, sheet.maxColumns],
        cells: [...sheet.cells.entries()]
          .filter(
            ([, c]) =>
              c.formula !== null ||
              c.value !== null ||
              c.note !== '' ||
              c.validation !== null ||
              Object.keys(c.formats).length > 0,
          )
          .sort(([a], [b]) => a.localeCompare(b)),
        frozen: [sheet.frozenRows, sheet.frozenColumns],
        widths: [...sheet.columnWidths.entries()],
        charts: sheet.charts,
        protections: sheet.protections.map((p) => p.peek()),
        conditionalFormats: sheet.conditionalFormatRules.map((r) => r.peek()),
      })),
      active: this.active?.name ?? null,
      // Sheets lists named ranges in no order a person sees, so they compare as a set.
      namedRanges: this.namedRanges
        .map((n) => [n.name, n.range.sheet.name, n.range.peekA1()])
        .sort(([a], [b]) => a.localeCompare(b)),
    };
  }

  getRangeByName(name: string): FakeRange | null {
    this.rec('getRangeByName', [name]);
    const named = this.peekNamedRange(name);
    return named && !named.range.sheet.deleted ? named.range : null;
  }

  /** A range of a named sheet ("'Plan'!B2:C9"); refused past the sheet's grid. */
  getRange(a1: string): FakeRange {
    this.rec('getRange', [a1]);
    let parts: { sheet: string | null; a1: string };
    try {
      parts = splitSheetRange(a1);
    } catch {
      throw new Error(`Range not found: ${a1}`);
    }
    const sheet = parts.sheet === null ? undefined : this.peekSheet(parts.sheet);
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return sheet.peekCheckedRange(parts.a1);
  }

  getSpreadsheetLocale(): string {
    this.rec('getSpreadsheetLocale', []);
    return this.locale;
  }

  getSpreadsheetTimeZone(): string {
    this.rec('getSpreadsheetTimeZone', []);
    return this.timeZone;
  }

  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this.rec(
      'toast',
      [message, title, timeoutSeconds].filter((a) => a !== undefined),
    );
    this.env.toasts.push({ message, title });
  }
}

export class FakeNamedRange implements Modelled<FakeNamedRange, GoogleAppsScript.Spreadsheet.NamedRange> {
  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    public range: FakeRange,
  ) {}

  getName(): string {
    this.spreadsheet.env.record('NamedRange.getName', []);
    return this.name;
  }

  getRange(): FakeRange {
    this.spreadsheet.env.record('NamedRange.getRange', []);
    if (this.range.sheet.deleted) throw new Error('Range not found');
    return this.range;
  }

  /** Points the name at another range: Apps Script's documented way to widen a named range. */
  setRange(range: FakeRange): FakeNamedRange {
    this.spreadsheet.env.record('NamedRange.setRange', [range.peekA1()]);
    this.range = range;
    return this;
  }

  remove(): void {
    this.spreadsheet.env.record('NamedRange.remove', []);
    const list = this.spreadsheet.namedRanges;
    list.splice(list.indexOf(this), 1);
  }
}

/** Rows or columns: the dimension a sheet grows or shrinks along. */
type Dimension = 'rows' | 'columns';

/**
 * Where a row (or column) goes when rows are inserted or deleted: `null` when it is deleted.
 * `at` is the first inserted or deleted position, `count` how many, `insert` which of the two.
 */
interface GridChange {
  dimension: Dimension;
  at: number;
  count: number;
  insert: boolean;
}

function movedPosition(p: number, change: GridChange): number | null {
  const { at, count, insert } = change;
  if (p < at) return p;
  if (insert) return p + count;
  return p >= at + count ? p - count : null;
}

/**
 * A span of positions after the change, as Sheets moves a range: inserting inside it widens it,
 * inserting at or before its start moves it, deleting takes its deleted part away; null when all of
 * it is deleted.
 */
function movedSpan(first: number, last: number, change: GridChange): [number, number] | null {
  if (change.insert) return [movedPosition(first, change)!, movedPosition(last, change)!];
  const end = change.at + change.count;
  const start =
    first < change.at ? first : first >= end ? first - change.count : last >= end ? change.at : null;
  const stop =
    last >= end ? last - change.count : last < change.at ? last : first < change.at ? change.at - 1 : null;
  return start === null || stop === null ? null : [start, stop];
}

/** `range` after the change, or null when every cell of it was deleted. */
function movedRange(range: FakeRange, change: GridChange): FakeRange | null {
  const rows = change.dimension === 'rows';
  const first = rows ? range.row : range.column;
  const last = first + (rows ? range.numRows : range.numColumns) - 1;
  const span = movedSpan(first, last, change);
  if (!span) return null;
  const [start, stop] = span;
  return rows
    ? new FakeRange(range.sheet, start, range.column, stop - start + 1, range.numColumns)
    : new FakeRange(range.sheet, range.row, start, range.numRows, stop - start + 1);
}

export class FakeSheet implements Modelled<FakeSheet, GoogleAppsScript.Spreadsheet.Sheet> {
  readonly cells = new Map<string, Cell>();
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  readonly charts: FakeChart[] = [];
  readonly protections: FakeProtection[] = [];
  conditionalFormatRules: FakeConditionalFormatRule[] = [];
  deleted = false;
  /** Rows of the grid: writes never grow it; insertRows*, deleteRows change it. */
  maxRows: number;
  /** Columns of the grid (26, A–Z, on a new sheet). */
  maxColumns: number;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
    size: GridSize,
  ) {
    this.maxRows = size.rows;
    this.maxColumns = size.columns;
  }

  get env(): FakeEnvironment {
    return this.spreadsheet.env;
  }

  private rec(method: string, args: unknown[]): void {
    this.env.record(`Sheet.${method}`, args);
  }

  peekCell(row: number, column: number, create = false): Cell | undefined {
    const key = `${row}:${column}`;
    let cell = this.cells.get(key);
    if (!cell && create) {
      cell = { value: null, formula: null, formats: {}, note: '', validation: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Writes values as setValues reads them, without recording or checking (test setup, the preview). */
  peekWrite(row: number, column: number, rows: FakeValue[][]): void {
    this.peekPut(
      row,
      column,
      rows.map((values) => values.map((v) => this.spreadsheet.peekContent(v))),
    );
  }

  /**
   * Puts contents into cells as they are. Even test setup cannot put a cell past the grid: the
   * stand-in never holds what Sheets could not (grow the sheet first, or give peekAddSheet a size).
   */
  peekPut(row: number, column: number, rows: Content[][]): void {
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (rows.length > 0 && width > 0) this.peekCheckInside(row, column, rows.length, width);
    rows.forEach((values, r) => {
      values.forEach((content, c) => {
        const cell = this.peekCell(row + r, column + c, true)!;
        cell.formula = content.formula;
        cell.value = content.value;
      });
    });
  }

  /** Refuses a rectangle that is empty or reaches past the grid, with Sheets' sentences. */
  peekCheckInside(row: number, column: number, numRows: number, numColumns: number): void {
    if (numRows < 1) throw new Error(SHEETS_SENTENCES.noRows);
    if (numColumns < 1) throw new Error(SHEETS_SENTENCES.noColumns);
    if (
      row < 1 ||
      column < 1 ||
      row + numRows - 1 > this.maxRows ||
      column + numColumns - 1 > this.maxColumns
    )
      throw new Error(SHEETS_SENTENCES.outsideGrid);
  }

  /** A range of this sheet without recording a call, unchecked (test setup and inspection). */
  peekRange(a1: string): FakeRange {
    let rect: CellRect;
    try {
      rect = parseA1(a1);
    } catch {
      throw new Error(`Range not found: ${a1}`);
    }
    return new FakeRange(
      this,
      rect.row,
      rect.column,
      rect.lastRow - rect.row + 1,
      rect.lastColumn - rect.column + 1,
    );
  }

  /** A range of this sheet, refused past the grid as Sheets refuses it. */
  peekCheckedRange(a1: string): FakeRange {
    const range = this.peekRange(a1);
    this.peekCheckInside(range.row, range.column, range.numRows, range.numColumns);
    return range;
  }

  /** What a cell holds: its formula, else its value ('' when blank). */
  peekContent(a1: string): FakeValue {
    const r = this.peekRange(a1);
    const cell = this.peekCell(r.row, r.column);
    return cell?.formula ?? cell?.value ?? '';
  }

  /** The sheet's contents as rows (formula or value), from A1 to the last used cell. */
  peekGrid(): FakeValue[][] {
    let rows = 0;
    let cols = 0;
    for (const [key, cell] of this.cells) {
      if (cell.formula === null && (cell.value === null || cell.value === '')) continue;
      const [r, c] = key.split(':').map(Number);
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const cell = this.peekCell(r + 1, c + 1);
        return cell?.formula ?? cell?.value ?? '';
      }),
    );
  }

  getName(): string {
    this.rec('getName', []);
    return this.name;
  }

  setName(name: string): FakeSheet {
    this.rec('setName', [name]);
    const other = this.spreadsheet.peekSheet(name);
    if (other && other !== this) throw new Error(SHEETS_SENTENCES.sheetNameInUse(name));
    this.name = name;
    return this;
  }

  getSheetId(): number {
    this.rec('getSheetId', []);
    return this.sheetId;
  }

  getIndex(): number {
    this.rec('getIndex', []);
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  /** Makes this the active sheet. */
  activate(): FakeSheet {
    this.rec('activate', []);
    return this.spreadsheet.peekActivate(this);
  }

  getRange(...args: [string] | [number, number, number?, number?]): FakeRange {
    this.rec('getRange', args);
    const [a, column, numRows, numColumns] = args;
    if (typeof a === 'string') return this.peekCheckedRange(a);
    const range = new FakeRange(this, a, column ?? 1, numRows ?? 1, numColumns ?? 1);
    this.peekCheckInside(range.row, range.column, range.numRows, range.numColumns);
    return range;
  }

  getRangeList(a1s: string[]): FakeRangeList {
    this.rec('getRangeList', [a1s]);
    return new FakeRangeList(
      this,
      a1s.map((a) => this.peekCheckedRange(a)),
    );
  }

  /** The range from A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): FakeRange {
    this.rec('getDataRange', []);
    const grid = this.peekGrid();
    return new FakeRange(this, 1, 1, Math.max(1, grid.length), Math.max(1, grid[0]?.length ?? 0));
  }

  getLastRow(): number {
    this.rec('getLastRow', []);
    return this.peekGrid().length;
  }

  getLastColumn(): number {
    this.rec('getLastColumn', []);
    return this.peekGrid()[0]?.length ?? 0;
  }

  getMaxRows(): number {
    this.rec('getMaxRows', []);
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.rec('getMaxColumns', []);
    return this.maxColumns;
  }

  /** `howMany` blank rows after row `afterPosition` (anywhere in the grid); cells below move down. */
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.rec('insertRowsAfter', [afterPosition, howMany]);
    this.insert('rows', afterPosition, afterPosition + 1, howMany);
    return this;
  }

  /** `howMany` blank rows before row `beforePosition`; that row and those below move down. */
  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    this.rec('insertRowsBefore', [beforePosition, howMany]);
    this.insert('rows', beforePosition, beforePosition, howMany);
    return this;
  }

  /** `howMany` blank columns after column `afterPosition`; columns to its right move right. */
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.rec('insertColumnsAfter', [afterPosition, howMany]);
    this.insert('columns', afterPosition, afterPosition + 1, howMany);
    return this;
  }

  /** `howMany` blank columns before column `beforePosition`. */
  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    this.rec('insertColumnsBefore', [beforePosition, howMany]);
    this.insert('columns', beforePosition, beforePosition, howMany);
    return this;
  }

  /** Deletes `howMany` rows from `rowPosition`; the rows below move up. */
  deleteRows(rowPosition: number, howMany: number): void {
    this.rec('deleteRows', [rowPosition, howMany]);
    this.remove('rows', rowPosition, howMany);
  }

  /** Deletes `howMany` columns from `columnPosition`; the columns to their right move left. */
  deleteColumns(columnPosition: number, howMany: number): void {
    this.rec('deleteColumns', [columnPosition, howMany]);
    this.remove('columns', columnPosition, howMany);
  }

  private insert(dimension: Dimension, position: number, at: number, count: number): void {
    const rows = dimension === 'rows';
    const max = rows ? this.maxRows : this.maxColumns;
    const outOfBounds = rows ? SHEETS_SENTENCES.rowsOutOfBounds : SHEETS_SENTENCES.columnsOutOfBounds;
    if (
      !Number.isInteger(position) ||
      !Number.isInteger(count) ||
      position < 1 ||
      position > max ||
      count < 1
    )
      throw new Error(outOfBounds);
    this.spreadsheet.peekCheckCellLimit(count * (rows ? this.maxColumns : this.maxRows));
    if (rows) this.maxRows += count;
    else this.maxColumns += count;
    this.move({ dimension, at, count, insert: true });
  }

  private remove(dimension: Dimension, at: number, count: number): void {
    const rows = dimension === 'rows';
    const max = rows ? this.maxRows : this.maxColumns;
    if (!Number.isInteger(at) || !Number.isInteger(count) || at < 1 || count < 1 || at + count - 1 > max)
      throw new Error(rows ? SHEETS_SENTENCES.rowsOutOfBounds : SHEETS_SENTENCES.columnsOutOfBounds);
    if (count === max)
      throw new Error(rows ? SHEETS_SENTENCES.deleteAllRows : SHEETS_SENTENCES.deleteAllColumns);
    if (rows) this.maxRows -= count;
    else this.maxColumns -= count;
    this.move({ dimension, at, count, insert: false });
  }

  /**
   * Moves everything anchored to rows or columns as Sheets does: cells with their formats, notes and
   * validations; column widths; the ranges of named ranges, conditional formats, protections,
   * dropdown sources and charts on this sheet; charts' anchors. Formulas are not rewritten.
   */
  private move(change: GridChange): void {
    const rows = change.dimension === 'rows';
    const moved = new Map<string, Cell>();
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(':').map(Number);
      const p = movedPosition(rows ? r : c, change);
      if (p !== null) moved.set(rows ? `${p}:${c}` : `${r}:${p}`, cell);
    }
    this.cells.clear();
    for (const [key, cell] of moved) this.cells.set(key, cell);
    if (!rows) {
      const widths = [...this.columnWidths];
      this.columnWidths.clear();
      for (const [column, width] of widths) {
        const p = movedPosition(column, change);
        if (p !== null) this.columnWidths.set(p, width);
      }
    }
    const mine = (range: FakeRange) => range.sheet === this;
    const spreadsheet = this.spreadsheet;
    for (const named of [...spreadsheet.namedRanges].filter((n) => mine(n.range))) {
      const range = movedRange(named.range, change);
      if (range) named.range = range;
      else spreadsheet.namedRanges.splice(spreadsheet.namedRanges.indexOf(named), 1);
    }
    for (const rule of this.conditionalFormatRules)
      rule.ranges = rule.ranges.flatMap((r) => movedRange(r, change) ?? []);
    for (const protection of this.protections) {
      if (protection.range) protection.range = movedRange(protection.range, change) ?? protection.range;
      protection.unprotected = protection.unprotected.flatMap((r) => movedRange(r, change) ?? []);
    }
    const sources = new Set<FakeDataValidation>();
    for (const sheet of spreadsheet.sheets)
      for (const cell of sheet.cells.values())
        if (cell.validation?.criteria === 'VALUE_IN_RANGE') sources.add(cell.validation);
    for (const rule of sources) {
      const source = rule.args[0] as FakeRange;
      if (mine(source)) rule.args[0] = movedRange(source, change) ?? source;
    }
    for (const sheet of spreadsheet.sheets)
      for (const chart of sheet.charts) {
        chart.ranges = chart.ranges.map((ref) => {
          const { sheet: name, a1 } = splitSheetRange(ref);
          if (name === null || spreadsheet.peekSheet(name) !== this) return ref;
          const range = movedRange(this.peekRange(a1), change);
          return range ? sheetRange(name, range.peekA1()) : ref;
        });
        if (sheet === this && chart.position) {
          const anchor = rows ? chart.position.row : chart.position.column;
          const p = movedPosition(anchor, change) ?? change.at;
          chart.position = rows ? { ...chart.position, row: p } : { ...chart.position, column: p };
        }
      }
  }

  setFrozenRows(n: number): void {
    this.rec('setFrozenRows', [n]);
    this.frozenRows = n;
  }

  setFrozenColumns(n: number): void {
    this.rec('setFrozenColumns', [n]);
    this.frozenColumns = n;
  }

  /** Refuses columns past the grid, as Sheets does ("Those columns are out of bounds."). */
  private checkColumns(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this.maxColumns)
      throw new Error(SHEETS_SENTENCES.columnsOutOfBounds);
  }

  /** A column's width: the one set, else a new sheet's. */
  getColumnWidth(column: number): number {
    this.rec('getColumnWidth', [column]);
    this.checkColumns(column, 1);
    return this.columnWidths.get(column) ?? NEW_SHEET_COLUMN_WIDTH;
  }

  setColumnWidth(column: number, width: number): FakeSheet {
    this.rec('setColumnWidth', [column, width]);
    this.checkColumns(column, 1);
    this.columnWidths.set(column, width);
    return this;
  }

  setColumnWidths(start: number, count: number, width: number): FakeSheet {
    this.rec('setColumnWidths', [start, count, width]);
    this.checkColumns(start, count);
    for (let c = start; c < start + count; c += 1) this.columnWidths.set(c, width);
    return this;
  }

  newChart(): FakeChartBuilder {
    this.rec('newChart', []);
    return new FakeChartBuilder(this.env);
  }

  /** Inserts a chart; its anchor cell must lie inside the grid. */
  insertChart(chart: FakeChart): void {
    this.rec('insertChart', [chart.type]);
    if (chart.position) this.peekCheckInside(chart.position.row, chart.position.column, 1, 1);
    this.charts.push(chart);
  }

  getCharts(): FakeChart[] {
    this.rec('getCharts', []);
    return [...this.charts];
  }

  /** The named ranges whose range lies on this sheet. */
  getNamedRanges(): FakeNamedRange[] {
    this.rec('getNamedRanges', []);
    return this.spreadsheet.namedRanges.filter((n) => n.range.sheet === this);
  }

  /** The sheet's one whole-sheet protection: made on the first call, the same one afterwards. */
  protect(): FakeProtection {
    this.rec('protect', []);
    let protection = this.protections.find((p) => p.type === 'SHEET');
    if (!protection) {
      protection = new FakeProtection(this, 'SHEET', null);
      this.protections.push(protection);
    }
    return protection;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType | 'RANGE' | 'SHEET'): FakeProtection[] {
    this.rec('getProtections', [type]);
    return this.protections.filter((p) => p.type === String(type));
  }

  /** Sets the sheet's rules; each must cover this sheet only (its formula was checked at build). */
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.rec('setConditionalFormatRules', [rules.map((r) => r.peek())]);
    for (const rule of rules) {
      for (const range of rule.ranges)
        if (range.sheet !== this)
          throw new Error('A conditional format rule cannot reference a different sheet.');
      checkConditionalFormula(rule.formula, this, this.env.separators);
    }
    this.conditionalFormatRules = [...rules];
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.rec('getConditionalFormatRules', []);
    return [...this.conditionalFormatRules];
  }
}

/** What Apps Script reports as the number format of a cell nobody formatted. */
const DEFAULT_NUMBER_FORMAT = '0.###############';

/** A word of a formula that reads as a cell, column or row reference (`$B2`, `AA10`, `A` in `A:A`). */
const REFERENCE_WORD = /^\$?[A-Za-z]{1,3}\$?\d+$|^\$?[A-Za-z]{1,3}$/;

/**
 * Refuses a conditional format's custom formula that Sheets refuses: one that refers to another
 * sheet (only INDIRECT may reach one, as text) or to a named range. A formula the tokenizer cannot
 * read is left to the locale check (`parseError`).
 */
function checkConditionalFormula(formula: string, sheet: FakeSheet, mode: SeparatorMode): void {
  let tokens: Token[];
  try {
    tokens = tokenize(formula, mode).filter((t) => t.kind !== 'space');
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return;
    throw error;
  }
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const before = tokens[i - 1];
    if ((t.kind === 'quoted' || t.kind === 'word') && next?.kind === 'bang') {
      const name = t.kind === 'quoted' ? unquoteSheetName(t.text) : t.text;
      if (name.toLowerCase() !== sheet.name.toLowerCase())
        throw new Error(SHEETS_SENTENCES.conditionalFormatOtherSheet);
      return;
    }
    if (t.kind !== 'word' || next?.kind === 'open' || before?.kind === 'bang') return;
    if (/^(TRUE|FALSE)$/i.test(t.text)) return;
    const nearColon = next?.kind === 'colon' || before?.kind === 'colon';
    if (REFERENCE_WORD.test(t.text) && (/\d/.test(t.text) || nearColon)) return;
    throw new Error(SHEETS_SENTENCES.conditionalFormatNamedRange(t.text));
  });
}

/** Style setters shared by Range and RangeList: each stores its value under a format key. */
const FORMAT_SETTERS = {
  setNumberFormat: 'numberFormat',
  setBackground: 'background',
  setFontColor: 'fontColor',
  setFontWeight: 'fontWeight',
  setFontStyle: 'fontStyle',
  setFontSize: 'fontSize',
  setHorizontalAlignment: 'horizontalAlignment',
  setWrap: 'wrap',
} as const;

/** The grid setters of Range: each stores one value per cell under a format key; null resets it. */
const GRID_SETTERS = {
  setNumberFormats: 'numberFormat',
  setBackgrounds: 'background',
  setFontColors: 'fontColor',
  setFontWeights: 'fontWeight',
  setFontStyles: 'fontStyle',
  setFontSizes: 'fontSize',
  setHorizontalAlignments: 'horizontalAlignment',
  setWraps: 'wrap',
} as const;

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;

/** The setters installed from FORMAT_SETTERS and GRID_SETTERS, typed with Apps Script's arguments. */
type SettersOf<Names extends string, Real, Self> = {
  [K in Names]: (
    ...args: K extends keyof Real ? (Real[K] extends (...a: infer A) => unknown ? A : never) : never
  ) => Self;
};

// The setters below are installed on the prototype by loops; these declarations give them types.
export interface FakeRange
  extends SettersOf<keyof typeof FORMAT_SETTERS | keyof typeof GRID_SETTERS, GasRange, FakeRange> {}

export class FakeRange implements Modelled<FakeRange, GasRange> {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private rec(method: string, args: unknown[]): void {
    this.sheet.env.record(`Range.${method}`, args);
  }

  /** Selects this range: its sheet becomes the active one, the range its selection (the preview draws it). */
  activate(): FakeRange {
    this.rec('activate', []);
    this.sheet.spreadsheet.peekActivate(this.sheet);
    this.sheet.spreadsheet.selection = this;
    return this;
  }

  peekA1(): string {
    const start = `${columnLetters(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetters(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
  }

  /** Refuses a write when the grid no longer holds the range (rows or columns deleted since). */
  peekCheckInside(): void {
    this.sheet.peekCheckInside(this.row, this.column, this.numRows, this.numColumns);
  }

  /** Applies `f` to every cell of the range (creating cells); the range must lie inside the grid. */
  peekEach(f: (cell: Cell, row: number, column: number) => void): void {
    this.peekCheckInside();
    for (let r = 0; r < this.numRows; r += 1)
      for (let c = 0; c < this.numColumns; c += 1)
        f(this.sheet.peekCell(this.row + r, this.column + c, true)!, this.row + r, this.column + c);
  }

  private computed(cell: Cell | undefined, row: number, column: number): FakeValue {
    if (!cell) return '';
    if (cell.formula !== null) {
      const { separators, evaluateFormula } = this.sheet.env;
      if (parseError(cell.formula, separators)) return '#ERROR!';
      if (evaluateFormula) return evaluateFormula(this.sheet.name, row, column, cell.formula) ?? '';
      return constantFormulaValue(cell.formula, separators) ?? '';
    }
    return cell.value ?? '';
  }

  private grid<T>(f: (cell: Cell | undefined, row: number, column: number) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from({ length: this.numColumns }, (_, c) =>
        f(this.sheet.peekCell(this.row + r, this.column + c), this.row + r, this.column + c),
      ),
    );
  }

  /** The values getValues would read, without recording a call. */
  peekValues(): FakeValue[][] {
    return this.grid((cell, r, c) => this.computed(cell, r, c));
  }

  /**
   * Writes contents as setValues does, all or nothing: a cell over Sheets' character limit, or a
   * value that breaks a data validation that rejects invalid input, refuses the whole write.
   */
  private write(contents: Content[][]): void {
    this.peekCheckInside();
    for (const line of contents)
      for (const { formula, value } of line) {
        const text = formula ?? (typeof value === 'string' ? value : '');
        if (text.length > MAX_CELL_CHARACTERS) throw new Error(SHEETS_SENTENCES.tooLong);
      }
    contents.forEach((line, r) => {
      line.forEach(({ formula, value }, c) => {
        const rule = this.sheet.peekCell(this.row + r, this.column + c)?.validation;
        if (!rule || rule.allowInvalid || formula !== null) return;
        const listed =
          rule.criteria === 'VALUE_IN_RANGE'
            ? (rule.args[0] as FakeRange)
                .peekValues()
                .flat()
                .filter((v) => v !== '' && v !== null)
                .map(String)
            : undefined;
        if (!satisfies(rule, value, listed))
          throw new Error(SHEETS_SENTENCES.rejected(`${columnLetters(this.column + c)}${this.row + r}`));
      });
    });
    this.sheet.peekPut(this.row, this.column, contents);
  }

  getA1Notation(): string {
    this.rec('getA1Notation', []);
    return this.peekA1();
  }

  getSheet(): FakeSheet {
    this.rec('getSheet', []);
    return this.sheet;
  }

  getRow(): number {
    this.rec('getRow', []);
    return this.row;
  }

  getColumn(): number {
    this.rec('getColumn', []);
    return this.column;
  }

  getNumRows(): number {
    this.rec('getNumRows', []);
    return this.numRows;
  }

  getNumColumns(): number {
    this.rec('getNumColumns', []);
    return this.numColumns;
  }

  /** Writes values, reading strings as typed in the spreadsheet's locale (see `write`). */
  setValues(values: FakeValue[][]): FakeRange {
    this.rec('setValues', [values]);
    checkGrid(this, values);
    this.write(values.map((line) => line.map((v) => this.sheet.spreadsheet.peekContent(v))));
    return this;
  }

  /** Writes one value into every cell of the range, as setValues reads it. */
  setValue(value: FakeValue): FakeRange {
    this.rec('setValue', [value]);
    const content = this.sheet.spreadsheet.peekContent(value);
    this.write(Array.from({ length: this.numRows }, () => new Array<Content>(this.numColumns).fill(content)));
    return this;
  }

  setFormula(formula: string): FakeRange {
    this.rec('setFormula', [formula]);
    this.peekEach((cell) => {
      cell.formula = formula;
      cell.value = null;
    });
    return this;
  }

  getValues(): FakeValue[][] {
    this.rec('getValues', []);
    return this.peekValues();
  }

  getValue(): FakeValue {
    this.rec('getValue', []);
    return this.computed(this.sheet.peekCell(this.row, this.column), this.row, this.column);
  }

  getFormulas(): string[][] {
    this.rec('getFormulas', []);
    return this.grid((cell) => cell?.formula ?? '');
  }

  getDisplayValue(): string {
    this.rec('getDisplayValue', []);
    const v = this.computed(this.sheet.peekCell(this.row, this.column), this.row, this.column);
    return v === null ? '' : String(v);
  }

  getDisplayValues(): string[][] {
    this.rec('getDisplayValues', []);
    return this.grid((cell, r, c) => String(this.computed(cell, r, c) ?? ''));
  }

  clearContent(): FakeRange {
    this.rec('clearContent', []);
    this.peekEach((cell) => {
      cell.formula = null;
      cell.value = null;
    });
    return this;
  }

  setNote(note: string | null): FakeRange {
    this.rec('setNote', [note]);
    this.peekEach((cell) => {
      cell.note = note ?? '';
    });
    return this;
  }

  getNote(): string {
    this.rec('getNote', []);
    return this.sheet.peekCell(this.row, this.column)?.note ?? '';
  }

  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    this.rec('setDataValidation', [rule?.criteria ?? null]);
    this.peekEach((cell) => {
      cell.validation = rule;
    });
    return this;
  }

  setDataValidations(rules: Array<Array<FakeDataValidation | null>>): FakeRange {
    this.rec('setDataValidations', [rules.map((r) => r.map((v) => v?.criteria ?? null))]);
    checkGrid(this, rules);
    this.peekEach((cell, row, column) => {
      cell.validation = rules[row - this.row][column - this.column];
    });
    return this;
  }

  setNotes(notes: Array<Array<string | null>>): FakeRange {
    this.rec('setNotes', [notes]);
    checkGrid(this, notes);
    this.peekEach((cell, row, column) => {
      cell.note = notes[row - this.row][column - this.column] ?? '';
    });
    return this;
  }

  getDataValidation(): FakeDataValidation | null {
    this.rec('getDataValidation', []);
    return this.sheet.peekCell(this.row, this.column)?.validation ?? null;
  }

  getDataValidations(): Array<Array<FakeDataValidation | null>> {
    this.rec('getDataValidations', []);
    return this.grid((cell) => cell?.validation ?? null);
  }

  /** Each cell's number format; an unformatted cell reports the pattern Sheets reports for one. */
  getNumberFormats(): string[][] {
    this.rec('getNumberFormats', []);
    return this.grid((cell) => (cell?.formats.numberFormat as string | undefined) ?? DEFAULT_NUMBER_FORMAT);
  }

  /** Each cell's background; white where none was set. */
  getBackgrounds(): string[][] {
    this.rec('getBackgrounds', []);
    return this.grid((cell) => (cell?.formats.background as string | undefined) ?? '#ffffff');
  }

  protect(): FakeProtection {
    this.rec('protect', []);
    const protection = new FakeProtection(this.sheet, 'RANGE', this);
    this.sheet.protections.push(protection);
    return protection;
  }
}

for (const [method, key] of Object.entries(FORMAT_SETTERS)) {
  (FakeRange.prototype as unknown as Record<string, unknown>)[method] = function (
    this: FakeRange,
    value: unknown,
  ) {
    this.sheet.env.record(`Range.${method}`, [value]);
    this.peekEach((cell) => {
      cell.formats[key] = value;
    });
    return this;
  };
}

/** Refuses a grid whose size differs from the range's, as Sheets does. */
function checkGrid(range: FakeRange, grid: unknown[][]): void {
  if (grid.length !== range.numRows || grid.some((r) => r.length !== range.numColumns))
    throw new Error(
      `The number of rows or columns in the data does not match the range (${range.numRows}×${range.numColumns}).`,
    );
}

for (const [method, key] of Object.entries(GRID_SETTERS)) {
  (FakeRange.prototype as unknown as Record<string, unknown>)[method] = function (
    this: FakeRange,
    grid: unknown[][],
  ) {
    this.sheet.env.record(`Range.${method}`, [grid]);
    checkGrid(this, grid);
    this.peekEach((cell, row, column) => {
      const value = grid[row - this.row][column - this.column];
      if (value === null || value === undefined) delete cell.formats[key];
      else cell.formats[key] = value;
    });
    return this;
  };
}

// The style setters below are installed on the prototype by a loop; this declaration types them.
export interface FakeRangeList extends SettersOf<keyof typeof FORMAT_SETTERS, GasRangeList, FakeRangeList> {}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the merged interface types the setters the loops below install.
export class FakeRangeList implements Modelled<FakeRangeList, GasRangeList> {
  constructor(
    readonly sheet: FakeSheet,
    readonly ranges: FakeRange[],
  ) {}

  getRanges(): FakeRange[] {
    this.sheet.env.record('RangeList.getRanges', []);
    return [...this.ranges];
  }

  setNote(note: string | null): FakeRangeList {
    this.sheet.env.record('RangeList.setNote', [note]);
    for (const r of this.ranges)
      r.peekEach((cell) => {
        cell.note = note ?? '';
      });
    return this;
  }
}

for (const [method, key] of Object.entries(FORMAT_SETTERS)) {
  (FakeRangeList.prototype as unknown as Record<string, unknown>)[method] = function (
    this: FakeRangeList,
    value: unknown,
  ) {
    this.sheet.env.record(`RangeList.${method}`, [value]);
    for (const r of this.ranges)
      r.peekEach((cell) => {
        cell.formats[key] = value;
      });
    return this;
  };
}

/** A protection of a whole sheet (`range` null) or of one range. */
export class FakeProtection implements Modelled<FakeProtection, GoogleAppsScript.Spreadsheet.Protection> {
  description = '';
  warningOnly = false;
  unprotected: FakeRange[] = [];
  removed = false;

  constructor(
    readonly sheet: FakeSheet,
    readonly type: 'RANGE' | 'SHEET',
    /** The protected range (moved when rows or columns are inserted or deleted); null for a sheet. */
    public range: FakeRange | null,
  ) {}

  private rec(method: string, args: unknown[]): void {
    this.sheet.env.record(`Protection.${method}`, args);
  }

  /** The protection as plain data (ranges in A1). */
  peek(): {
    type: string;
    range: string | null;
    description: string;
    warningOnly: boolean;
    unprotected: string[];
  } {
    return {
      type: this.type,
      range: this.range?.peekA1() ?? null,
      description: this.description,
      warningOnly: this.warningOnly,
      unprotected: this.unprotected.map((r) => r.peekA1()),
    };
  }

  setDescription(description: string): FakeProtection {
    this.rec('setDescription', [description]);
    this.description = description;
    return this;
  }

  getDescription(): string {
    this.rec('getDescription', []);
    return this.description;
  }

  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.rec('setWarningOnly', [warningOnly]);
    this.warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    this.rec('isWarningOnly', []);
    return this.warningOnly;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType | 'RANGE' | 'SHEET' {
    this.rec('getProtectionType', []);
    return this.type;
  }

  /** The protected range; a sheet protection's is the whole sheet's data range. */
  getRange(): FakeRange {
    this.rec('getRange', []);
    return this.range ?? new FakeRange(this.sheet, 1, 1, this.sheet.maxRows, this.sheet.maxColumns);
  }

  /** Only a sheet protection has unprotected ranges, and they must lie on its sheet. */
  setUnprotectedRanges(ranges: FakeRange[]): FakeProtection {
    this.rec('setUnprotectedRanges', [ranges.map((r) => r.peekA1())]);
    if (this.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    if (ranges.some((r) => r.sheet !== this.sheet))
      throw new Error('The ranges must be on the protected sheet.');
    this.unprotected = [...ranges];
    return this;
  }

  getUnprotectedRanges(): FakeRange[] {
    this.rec('getUnprotectedRanges', []);
    return [...this.unprotected];
  }

  remove(): void {
    this.rec('remove', []);
    const list = this.sheet.protections;
    list.splice(list.indexOf(this), 1);
    this.removed = true;
  }
}

/** A colour as Apps Script's Color object hands it out. */
function colorObject(hex: string | null): { asRgbColor(): { asHexString(): string } } | null {
  return hex === null ? null : { asRgbColor: () => ({ asHexString: () => hex }) };
}

/** The condition of a custom-formula rule, as ConditionalFormatRule.getBooleanCondition hands it out. */
export class FakeBooleanCondition
  implements Modelled<FakeBooleanCondition, GoogleAppsScript.Spreadsheet.BooleanCondition>
{
  constructor(
    private readonly env: FakeEnvironment,
    private readonly rule: FakeConditionalFormatRule,
  ) {}

  private read<T>(method: string, value: T): T {
    this.env.record(`BooleanCondition.${method}`, []);
    return value;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria | 'CUSTOM_FORMULA' {
    return this.read('getCriteriaType', 'CUSTOM_FORMULA');
  }

  getCriteriaValues(): unknown[] {
    return this.read('getCriteriaValues', [this.rule.formula]);
  }

  getBackgroundObject() {
    return this.read('getBackgroundObject', colorObject(this.rule.background));
  }

  getFontColorObject() {
    return this.read('getFontColorObject', colorObject(this.rule.fontColor));
  }

  getBold(): boolean | null {
    return this.read('getBold', this.rule.bold);
  }
}

/** A conditional format rule with a custom formula, as SpreadsheetApp builds it. */
export class FakeConditionalFormatRule
  implements Modelled<FakeConditionalFormatRule, GoogleAppsScript.Spreadsheet.ConditionalFormatRule>
{
  constructor(
    private readonly env: FakeEnvironment,
    /** The ranges it formats (moved when rows or columns are inserted or deleted). */
    public ranges: FakeRange[],
    readonly formula: string,
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly bold: boolean | null,
  ) {}

  /** The rule as plain data (ranges in A1). */
  peek(): {
    ranges: string[];
    formula: string;
    background: string | null;
    fontColor: string | null;
    bold: boolean | null;
  } {
    return {
      ranges: this.ranges.map((r) => r.peekA1()),
      formula: this.formula,
      background: this.background,
      fontColor: this.fontColor,
      bold: this.bold,
    };
  }

  getRanges(): FakeRange[] {
    this.env.record('ConditionalFormatRule.getRanges', []);
    return [...this.ranges];
  }

  /** A builder holding this rule's settings. */
  copy(): FakeConditionalFormatRuleBuilder {
    this.env.record('ConditionalFormatRule.copy', []);
    return new FakeConditionalFormatRuleBuilder(this.env, this);
  }

  getBooleanCondition(): FakeBooleanCondition {
    this.env.record('ConditionalFormatRule.getBooleanCondition', []);
    return new FakeBooleanCondition(this.env, this);
  }
}

export class FakeConditionalFormatRuleBuilder
  implements
    Modelled<FakeConditionalFormatRuleBuilder, GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>
{
  private formula: string | null = null;
  private ranges: FakeRange[] = [];
  private background: string | null = null;
  private fontColor: string | null = null;
  private bold: boolean | null = null;

  constructor(
    private readonly env: FakeEnvironment,
    from?: FakeConditionalFormatRule,
  ) {
    if (from) {
      this.formula = from.formula;
      this.ranges = [...from.ranges];
      this.background = from.background;
      this.fontColor = from.fontColor;
      this.bold = from.bold;
    }
  }

  private step(method: string, args: unknown[], change: () => void): FakeConditionalFormatRuleBuilder {
    this.env.record(`ConditionalFormatRuleBuilder.${method}`, args);
    change();
    return this;
  }

  whenFormulaSatisfied(formula: string): FakeConditionalFormatRuleBuilder {
    return this.step('whenFormulaSatisfied', [formula], () => {
      this.formula = formula;
    });
  }

  setBackground(color: string | null): FakeConditionalFormatRuleBuilder {
    return this.step('setBackground', [color], () => {
      this.background = color;
    });
  }

  setFontColor(color: string | null): FakeConditionalFormatRuleBuilder {
    return this.step('setFontColor', [color], () => {
      this.fontColor = color;
    });
  }

  setBold(bold: boolean | null): FakeConditionalFormatRuleBuilder {
    return this.step('setBold', [bold], () => {
      this.bold = bold;
    });
  }

  setRanges(ranges: FakeRange[]): FakeConditionalFormatRuleBuilder {
    return this.step('setRanges', [ranges.map((r) => r.peekA1())], () => {
      this.ranges = [...ranges];
    });
  }

  /**
   * Refuses a rule without a condition or ranges; like the formula bar, a custom formula that does
   * not parse in the spreadsheet's locale; and, as Sheets does, one that refers to another sheet
   * than its ranges' or to a named range.
   */
  build(): FakeConditionalFormatRule {
    this.env.record('ConditionalFormatRuleBuilder.build', []);
    if (this.formula === null || this.ranges.length === 0)
      throw new Error('A conditional format rule needs a condition and at least one range.');
    if (parseError(this.formula, this.env.separators)) throw new Error(`Invalid formula: ${this.formula}`);
    checkConditionalFormula(this.formula, this.ranges[0].sheet, this.env.separators);
    return new FakeConditionalFormatRule(
      this.env,
      this.ranges,
      this.formula,
      this.background,
      this.fontColor,
      this.bold,
    );
  }
}

export interface FakeDataValidation {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidationBuilder
  implements Modelled<FakeDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>
{
  private rule: FakeDataValidation = { criteria: 'NONE', args: [], allowInvalid: true, helpText: '' };

  constructor(private readonly env: FakeEnvironment) {}

  private set(
    method: string,
    args: unknown[],
    change: Partial<FakeDataValidation>,
  ): FakeDataValidationBuilder {
    this.env.record(`DataValidationBuilder.${method}`, args);
    this.rule = { ...this.rule, ...change };
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): FakeDataValidationBuilder {
    return this.set('requireValueInList', [values, showDropdown], {
      criteria: 'VALUE_IN_LIST',
      args: [values, showDropdown],
    });
  }

  requireValueInRange(range: FakeRange, showDropdown = true): FakeDataValidationBuilder {
    return this.set('requireValueInRange', [range.peekA1(), showDropdown], {
      criteria: 'VALUE_IN_RANGE',
      args: [range, showDropdown],
    });
  }

  requireNumberBetween(min: number, max: number): FakeDataValidationBuilder {
    return this.set('requireNumberBetween', [min, max], { criteria: 'NUMBER_BETWEEN', args: [min, max] });
  }

  requireCheckbox(): FakeDataValidationBuilder {
    return this.set('requireCheckbox', [], { criteria: 'CHECKBOX', args: [], allowInvalid: false });
  }

  requireDate(): FakeDataValidationBuilder {
    return this.set('requireDate', [], { criteria: 'DATE_IS_VALID_DATE', args: [] });
  }

  setAllowInvalid(allowInvalid: boolean): FakeDataValidationBuilder {
    return this.set('setAllowInvalid', [allowInvalid], { allowInvalid });
  }

  setHelpText(helpText: string): FakeDataValidationBuilder {
    return this.set('setHelpText', [helpText], { helpText });
  }

  build(): FakeDataValidation {
    this.env.record('DataValidationBuilder.build', []);
    return { ...this.rule };
  }
}

export interface FakeChart {
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
  position: { row: number; column: number; offsetX: number; offsetY: number } | null;
}

export class FakeChartBuilder
  implements Modelled<FakeChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>
{
  private chart: FakeChart = {
    type: 'NONE',
    ranges: [],
    options: {},
    numHeaders: -1,
    transpose: false,
    position: null,
  };

  constructor(private readonly env: FakeEnvironment) {}

  private step(method: string, args: unknown[], change: (c: FakeChart) => void): FakeChartBuilder {
    this.env.record(`EmbeddedChartBuilder.${method}`, args);
    change(this.chart);
    return this;
  }

  asComboChart(): FakeChartBuilder {
    return this.step('asComboChart', [], (c) => {
      c.type = 'COMBO';
    });
  }

  asBarChart(): FakeChartBuilder {
    return this.step('asBarChart', [], (c) => {
      c.type = 'BAR';
    });
  }

  asColumnChart(): FakeChartBuilder {
    return this.step('asColumnChart', [], (c) => {
      c.type = 'COLUMN';
    });
  }

  asLineChart(): FakeChartBuilder {
    return this.step('asLineChart', [], (c) => {
      c.type = 'LINE';
    });
  }

  asPieChart(): FakeChartBuilder {
    return this.step('asPieChart', [], (c) => {
      c.type = 'PIE';
    });
  }

  addRange(range: FakeRange): FakeChartBuilder {
    return this.step('addRange', [range.peekA1()], (c) => {
      c.ranges.push(sheetRange(range.sheet.name, range.peekA1()));
    });
  }

  setNumHeaders(n: number): FakeChartBuilder {
    return this.step('setNumHeaders', [n], (c) => {
      c.numHeaders = n;
    });
  }

  setTransposeRowsAndColumns(t: boolean): FakeChartBuilder {
    return this.step('setTransposeRowsAndColumns', [t], (c) => {
      c.transpose = t;
    });
  }

  setOption(key: string, value: unknown): FakeChartBuilder {
    return this.step('setOption', [key, value], (c) => {
      c.options[key] = value;
    });
  }

  setPosition(row: number, column: number, offsetX: number, offsetY: number): FakeChartBuilder {
    return this.step('setPosition', [row, column, offsetX, offsetY], (c) => {
      c.position = { row, column, offsetX, offsetY };
    });
  }

  build(): FakeChart {
    this.env.record('EmbeddedChartBuilder.build', []);
    if (this.chart.type === 'NONE') throw new Error('Chart type is not set.');
    return { ...this.chart, ranges: [...this.chart.ranges], options: { ...this.chart.options } };
  }
}

export interface FakeMenuItem {
  caption: string;
  functionName: string;
}

export class FakeMenu implements Modelled<FakeMenu, GoogleAppsScript.Base.Menu> {
  readonly items: Array<FakeMenuItem | 'separator'> = [];

  constructor(
    private readonly env: FakeEnvironment,
    readonly caption: string | null,
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    this.env.record('Menu.addItem', [caption, functionName]);
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.env.record('Menu.addSeparator', []);
    this.items.push('separator');
    return this;
  }

  addToUi(): void {
    this.env.record('Menu.addToUi', []);
    this.env.ui.menus.push(this);
  }
}

type ButtonSet = GoogleAppsScript.Base.ButtonSet;
type Button = GoogleAppsScript.Base.Button;

export class FakeUi implements Modelled<FakeUi, GoogleAppsScript.Base.Ui> {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  /** Modal dialogs shown, with their titles. */
  readonly modalDialogs: Array<{ output: FakeHtmlOutput; title: string }> = [];
  readonly alerts: Array<{ title: string | null; prompt: string }> = [];
  // Apps Script's enums; the stand-in's members are their names.
  readonly ButtonSet = {
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  } as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  readonly Button = {
    OK: 'OK',
    CANCEL: 'CANCEL',
    YES: 'YES',
    NO: 'NO',
    CLOSE: 'CLOSE',
  } as unknown as typeof GoogleAppsScript.Base.Button;

  constructor(private readonly env: FakeEnvironment) {}

  createAddonMenu(): FakeMenu {
    this.env.record('Ui.createAddonMenu', []);
    return new FakeMenu(this.env, null);
  }

  createMenu(caption: string): FakeMenu {
    this.env.record('Ui.createMenu', [caption]);
    return new FakeMenu(this.env, caption);
  }

  showSidebar(output: FakeHtmlOutput): void {
    this.env.record('Ui.showSidebar', [output.title]);
    this.sidebars.push(output);
  }

  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.env.record('Ui.showModalDialog', [output.fileName, title]);
    this.modalDialogs.push({ output, title });
  }

  alert(titleOrPrompt: string, promptOrButtons?: string | ButtonSet, _buttons?: ButtonSet): Button {
    this.env.record(
      'Ui.alert',
      [titleOrPrompt, promptOrButtons, _buttons].filter((a) => a !== undefined),
    );
    const hasTitle = _buttons !== undefined;
    this.alerts.push(
      hasTitle
        ? { title: titleOrPrompt, prompt: String(promptOrButtons) }
        : { title: null, prompt: titleOrPrompt },
    );
    return this.Button.OK;
  }
}

export class FakeHtmlOutput implements Modelled<FakeHtmlOutput, GoogleAppsScript.HTML.HtmlOutput> {
  title = '';
  width: number | null = null;
  height: number | null = null;

  constructor(
    private readonly env: FakeEnvironment,
    readonly fileName: string,
  ) {}

  setTitle(title: string): FakeHtmlOutput {
    this.env.record('HtmlOutput.setTitle', [title]);
    this.title = title;
    return this;
  }

  setWidth(width: number): FakeHtmlOutput {
    this.env.record('HtmlOutput.setWidth', [width]);
    this.width = width;
    return this;
  }

  setHeight(height: number): FakeHtmlOutput {
    this.env.record('HtmlOutput.setHeight', [height]);
    this.height = height;
    return this;
  }

  getTitle(): string {
    this.env.record('HtmlOutput.getTitle', []);
    return this.title;
  }

  getContent(): string {
    this.env.record('HtmlOutput.getContent', []);
    return this.env.htmlFiles[this.fileName] ?? '';
  }
}

export class FakeProperties implements Modelled<FakeProperties, GoogleAppsScript.Properties.Properties> {
  readonly store = new Map<string, string>();

  constructor(private readonly env: FakeEnvironment) {}

  getProperty(key: string): string | null {
    this.env.record('Properties.getProperty', [key]);
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): FakeProperties {
    this.env.record('Properties.setProperty', [key, value]);
    this.store.set(key, String(value));
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    this.env.record('Properties.deleteProperty', [key]);
    this.store.delete(key);
    return this;
  }

  getProperties(): Record<string, string> {
    this.env.record('Properties.getProperties', []);
    return Object.fromEntries(this.store);
  }
}

export class FakeLock implements Modelled<FakeLock, GoogleAppsScript.Lock.Lock> {
  held = false;

  constructor(private readonly env: FakeEnvironment) {}

  waitLock(timeoutInMillis: number): void {
    this.env.record('Lock.waitLock', [timeoutInMillis]);
    if (this.env.lockBusy)
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    this.held = true;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.env.record('Lock.tryLock', [timeoutInMillis]);
    if (this.env.lockBusy) return false;
    this.held = true;
    return true;
  }

  hasLock(): boolean {
    this.env.record('Lock.hasLock', []);
    return this.held;
  }

  releaseLock(): void {
    this.env.record('Lock.releaseLock', []);
    this.held = false;
  }
}
