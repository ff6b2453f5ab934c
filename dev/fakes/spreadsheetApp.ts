/**
 * A recording fake of the Apps Script services the add-on uses: SpreadsheetApp (spreadsheets,
 * sheets, ranges, named ranges, sheet and range protections, data validations, conditional
 * formats, charts, formats, Ui menus, sidebars, alerts, toasts), LockService (whose document lock
 * can be null, as outside a document), PropertiesService (document properties), Session,
 * HtmlService, Utilities.formatDate and ScriptApp.AuthMode. Every service call is recorded as
 * `{ method: 'Range.setValues', args }` so a test can hold a build to a budget of calls.
 *
 * `installFakes(target)` puts the services as globals onto any object (globalThis in jest, a
 * node:vm context for the local preview). The fake can read formulas like a comma-decimal locale
 * (`separators: 'semicolon'`), where a formula with `,` separators or `0.5` shows `#ERROR!` and
 * `0,5` is a number.
 * Formulas without references (the separator probe) are computed by HyperFormula when no other
 * evaluator is plugged in. Test-side inspection helpers start with `peek` and are not recorded.
 *
 * Like Sheets, the fake queues writes: a read of the document while writes are pending forces a
 * flush, which it counts in `forcedFlushes` (an explicit SpreadsheetApp.flush() is not counted).
 * `failWhen` makes a chosen call throw, to try what a build does when Sheets refuses something.
 */
import { HyperFormula } from 'hyperformula';
import { type CellRect, columnLetters, parseA1 } from '../../src/formula/a1';

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
  /** Sheets to start with, by name: rows of values (strings read as setValues reads them). */
  sheets?: Record<string, FakeValue[][]>;
}

interface Cell {
  value: FakeValue;
  formula: string | null;
  formats: Record<string, unknown>;
  note: string;
  validation: FakeDataValidation | null;
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

/**
 * The value of a formula that refers to no cell, no sheet and no name (`=IF(1>0,1,0)`), as
 * HyperFormula computes it; undefined for any other formula. A formula in semicolon style has
 * already passed `parseError`, so its only commas are decimal ones and its separators map back one
 * to one.
 */
function constantFormulaValue(formula: string, mode: SeparatorMode): FakeValue | undefined {
  const code = codeOf(formula);
  if (/[!:']/.test(code)) return undefined;
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
  const hf = HyperFormula.buildFromArray([[comma]], { licenseKey: 'gpl-v3' });
  try {
    const value = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
    if (value !== null && typeof value === 'object') return `#${(value as { type: string }).type}!`;
    return value as FakeValue;
  } finally {
    hf.destroy();
  }
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
  readonly lock = new FakeLock(this);
  readonly toasts: Array<{ message: string; title?: string }> = [];

  constructor(options: FakeOptions = {}) {
    this.separators = options.separators ?? 'comma';
    this.userLocale = options.userLocale ?? 'en';
    this.spreadsheet = new FakeSpreadsheet(this, options.locale ?? 'en_US', options.timeZone ?? 'Etc/UTC');
    const initial = options.sheets ?? { Sheet1: [] };
    for (const [name, rows] of Object.entries(initial)) {
      const sheet = this.spreadsheet.peekAddSheet(name);
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
    return {
      SpreadsheetApp: {
        getActiveSpreadsheet: () =>
          this.returning('SpreadsheetApp.getActiveSpreadsheet', () => this.spreadsheet),
        getActive: () => this.returning('SpreadsheetApp.getActive', () => this.spreadsheet),
        getUi: () => this.returning('SpreadsheetApp.getUi', () => this.ui),
        flush: () => this.record('SpreadsheetApp.flush', []),
        newDataValidation: () =>
          this.returning('SpreadsheetApp.newDataValidation', () => new FakeDataValidationBuilder(this)),
        newConditionalFormatRule: () =>
          this.returning(
            'SpreadsheetApp.newConditionalFormatRule',
            () => new FakeConditionalFormatRuleBuilder(this),
          ),
        ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
        BooleanCriteria: { CUSTOM_FORMULA: 'CUSTOM_FORMULA' },
      },
      LockService: {
        getDocumentLock: () =>
          this.returning('LockService.getDocumentLock', () =>
            this.documentLockUnavailable ? null : this.lock,
          ),
      },
      PropertiesService: {
        getDocumentProperties: () => {
          this.record('PropertiesService.getDocumentProperties', []);
          return this.documentPropertiesUnavailable ? null : this.documentProperties;
        },
      },
      Session: {
        getActiveUserLocale: () => this.returning('Session.getActiveUserLocale', () => this.userLocale),
        getScriptTimeZone: () => this.returning('Session.getScriptTimeZone', () => 'Etc/UTC'),
      },
      HtmlService: {
        createHtmlOutputFromFile: (name: string) => {
          this.record('HtmlService.createHtmlOutputFromFile', [name]);
          return new FakeHtmlOutput(this, name);
        },
      },
      Utilities: {
        formatDate: (date: Date, timeZone: string, pattern: string) => {
          this.record('Utilities.formatDate', [date, timeZone, pattern]);
          return formatDate(date, timeZone, pattern);
        },
      },
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

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly namedRanges: FakeNamedRange[] = [];
  private nextSheetId = 1;

  constructor(
    readonly env: FakeEnvironment,
    public locale: string,
    public timeZone: string,
  ) {}

  private rec(method: string, args: unknown[]): void {
    this.env.record(`Spreadsheet.${method}`, args);
  }

  /** Adds a sheet without recording a call (test setup). */
  peekAddSheet(name: string, index = this.sheets.length): FakeSheet {
    if (this.peekSheet(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    this.sheets.splice(index, 0, sheet);
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

  insertSheet(name?: string | number, index?: number): FakeSheet {
    this.rec(
      'insertSheet',
      [name, index].filter((a) => a !== undefined),
    );
    const sheetName = typeof name === 'string' ? name : `Sheet${this.nextSheetId}`;
    const at = typeof name === 'number' ? name : (index ?? this.sheets.length);
    return this.peekAddSheet(sheetName, Math.min(at, this.sheets.length));
  }

  deleteSheet(sheet: FakeSheet): void {
    this.rec('deleteSheet', [sheet.name]);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error('Sheet not found.');
    this.sheets.splice(i, 1);
    sheet.deleted = true;
  }

  getNamedRanges(): FakeNamedRange[] {
    this.rec('getNamedRanges', []);
    return [...this.namedRanges];
  }

  setNamedRange(name: string, range: FakeRange): void {
    this.rec('setNamedRange', [name, range.peekA1()]);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
      throw new Error(`Invalid named range name "${name}".`);
    const same = this.peekNamedRange(name);
    if (same) same.range = range;
    else this.namedRanges.push(new FakeNamedRange(this, name, range));
  }

  removeNamedRange(name: string): void {
    this.rec('removeNamedRange', [name]);
    const named = this.peekNamedRange(name);
    if (!named) throw new Error(`Named range "${name}" not found.`);
    this.namedRanges.splice(this.namedRanges.indexOf(named), 1);
  }

  /**
   * Everything a build could change, as plain data: sheets in tab order with their cells, formats,
   * notes, validations, panes, widths, charts, protections and conditional formats, and the named
   * ranges. Two equal snapshots mean the spreadsheet was left exactly as it was.
   */
  peekSnapshot(): unknown {
    return {
      sheets: this.sheets.map((sheet) => ({
        id: sheet.sheetId,
        name: sheet.name,
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

  getRange(a1: string): FakeRange {
    this.rec('getRange', [a1]);
    const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(a1);
    if (!m) throw new Error(`Range not found: ${a1}`);
    const name = (m[1] ?? m[2]).replace(/''/g, "'");
    const sheet = this.peekSheet(name);
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return sheet.peekRange(m[3]);
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

export class FakeNamedRange {
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

  /** Points the name at another range (how Apps Script changes a named range). */
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

export class FakeSheet {
  readonly cells = new Map<string, Cell>();
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  readonly charts: FakeChart[] = [];
  readonly protections: FakeProtection[] = [];
  conditionalFormatRules: FakeConditionalFormatRule[] = [];
  deleted = false;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
  ) {}

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

  /** Writes values as setValues reads them, without recording (test setup and the fake itself). */
  peekWrite(row: number, column: number, rows: FakeValue[][]): void {
    rows.forEach((values, r) => {
      values.forEach((v, c) => {
        const cell = this.peekCell(row + r, column + c, true)!;
        if (typeof v === 'string' && v.startsWith('=')) {
          cell.formula = v;
          cell.value = null;
        } else {
          cell.formula = null;
          cell.value = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v === '' ? null : v;
        }
      });
    });
  }

  /** A range of this sheet without recording a call. */
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
    if (other && other !== this) throw new Error(`A sheet with the name "${name}" already exists.`);
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

  getRange(...args: [string] | [number, number, number?, number?]): FakeRange {
    this.rec('getRange', args);
    const [a, column, numRows, numColumns] = args;
    if (typeof a === 'string') return this.peekRange(a);
    return new FakeRange(this, a, column ?? 1, numRows ?? 1, numColumns ?? 1);
  }

  getRangeList(a1s: string[]): FakeRangeList {
    this.rec('getRangeList', [a1s]);
    return new FakeRangeList(
      this,
      a1s.map((a) => this.peekRange(a)),
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

  /** Rows of the grid: 1,000 as in a new sheet, until rows are inserted (writes do not grow it). */
  maxRows = 1000;

  getMaxRows(): number {
    this.rec('getMaxRows', []);
    return this.maxRows;
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.rec('insertRowsAfter', [afterPosition, howMany]);
    if (afterPosition !== this.maxRows) throw new Error('The fake inserts rows only at the end of the grid.');
    this.maxRows += howMany;
    return this;
  }

  setFrozenRows(n: number): void {
    this.rec('setFrozenRows', [n]);
    this.frozenRows = n;
  }

  setFrozenColumns(n: number): void {
    this.rec('setFrozenColumns', [n]);
    this.frozenColumns = n;
  }

  setColumnWidth(column: number, width: number): FakeSheet {
    this.rec('setColumnWidth', [column, width]);
    this.columnWidths.set(column, width);
    return this;
  }

  setColumnWidths(start: number, count: number, width: number): FakeSheet {
    this.rec('setColumnWidths', [start, count, width]);
    for (let c = start; c < start + count; c += 1) this.columnWidths.set(c, width);
    return this;
  }

  newChart(): FakeChartBuilder {
    this.rec('newChart', []);
    return new FakeChartBuilder(this.env);
  }

  insertChart(chart: FakeChart): void {
    this.rec('insertChart', [chart.type]);
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

  getProtections(type: 'RANGE' | 'SHEET'): FakeProtection[] {
    this.rec('getProtections', [type]);
    return this.protections.filter((p) => p.type === type);
  }

  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.rec('setConditionalFormatRules', [rules.map((r) => r.peek())]);
    for (const rule of rules)
      for (const range of rule.ranges)
        if (range.sheet !== this)
          throw new Error('A conditional format rule cannot reference a different sheet.');
    this.conditionalFormatRules = [...rules];
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.rec('getConditionalFormatRules', []);
    return [...this.conditionalFormatRules];
  }
}

/** What Apps Script reports as the number format of a cell nobody formatted. */
const DEFAULT_NUMBER_FORMAT = '0.###############';

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

export class FakeRange {
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

  peekA1(): string {
    const start = `${columnLetters(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetters(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
  }

  /** Applies `f` to every cell of the range (creating cells). */
  peekEach(f: (cell: Cell, row: number, column: number) => void): void {
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

  setValues(values: FakeValue[][]): FakeRange {
    this.rec('setValues', [values]);
    if (values.length !== this.numRows || values.some((r) => r.length !== this.numColumns))
      throw new Error(
        `The number of rows or columns in the data does not match the range (${this.numRows}×${this.numColumns}).`,
      );
    this.sheet.peekWrite(this.row, this.column, values);
    return this;
  }

  setValue(value: FakeValue): FakeRange {
    this.rec('setValue', [value]);
    this.sheet.peekWrite(this.row, this.column, [[value]]);
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
    return this.grid((cell, r, c) => this.computed(cell, r, c));
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

  setNote(note: string): FakeRange {
    this.rec('setNote', [note]);
    this.peekEach((cell) => {
      cell.note = note;
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

export class FakeRangeList {
  constructor(
    readonly sheet: FakeSheet,
    readonly ranges: FakeRange[],
  ) {}

  getRanges(): FakeRange[] {
    this.sheet.env.record('RangeList.getRanges', []);
    return [...this.ranges];
  }

  setNote(note: string): FakeRangeList {
    this.sheet.env.record('RangeList.setNote', [note]);
    for (const r of this.ranges)
      r.peekEach((cell) => {
        cell.note = note;
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
export class FakeProtection {
  description = '';
  warningOnly = false;
  unprotected: FakeRange[] = [];
  removed = false;

  constructor(
    readonly sheet: FakeSheet,
    readonly type: 'RANGE' | 'SHEET',
    readonly range: FakeRange | null,
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

  getProtectionType(): string {
    this.rec('getProtectionType', []);
    return this.type;
  }

  /** The protected range; a sheet protection's is the whole sheet's data range. */
  getRange(): FakeRange {
    this.rec('getRange', []);
    return this.range ?? new FakeRange(this.sheet, 1, 1, this.sheet.getMaxRows(), 26);
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

/** A conditional format rule with a custom formula, as SpreadsheetApp builds it. */
export class FakeConditionalFormatRule {
  constructor(
    private readonly env: FakeEnvironment,
    readonly ranges: FakeRange[],
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

  getBooleanCondition() {
    this.env.record('ConditionalFormatRule.getBooleanCondition', []);
    const read =
      <T>(method: string, value: T) =>
      (): T => {
        this.env.record(`BooleanCondition.${method}`, []);
        return value;
      };
    return {
      getCriteriaType: read('getCriteriaType', 'CUSTOM_FORMULA'),
      getCriteriaValues: read('getCriteriaValues', [this.formula]),
      getBackgroundObject: read('getBackgroundObject', colorObject(this.background)),
      getFontColorObject: read('getFontColorObject', colorObject(this.fontColor)),
      getBold: read('getBold', this.bold),
    };
  }
}

export class FakeConditionalFormatRuleBuilder {
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

  setBackground(color: string): FakeConditionalFormatRuleBuilder {
    return this.step('setBackground', [color], () => {
      this.background = color;
    });
  }

  setFontColor(color: string): FakeConditionalFormatRuleBuilder {
    return this.step('setFontColor', [color], () => {
      this.fontColor = color;
    });
  }

  setBold(bold: boolean): FakeConditionalFormatRuleBuilder {
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
   * Refuses a rule without a condition or ranges, and, like the formula bar, a custom formula that
   * does not parse in the spreadsheet's locale.
   */
  build(): FakeConditionalFormatRule {
    this.env.record('ConditionalFormatRuleBuilder.build', []);
    if (this.formula === null || this.ranges.length === 0)
      throw new Error('A conditional format rule needs a condition and at least one range.');
    if (parseError(this.formula, this.env.separators)) throw new Error(`Invalid formula: ${this.formula}`);
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

export class FakeDataValidationBuilder {
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

export class FakeChartBuilder {
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

  asPieChart(): FakeChartBuilder {
    return this.step('asPieChart', [], (c) => {
      c.type = 'PIE';
    });
  }

  addRange(range: FakeRange): FakeChartBuilder {
    return this.step('addRange', [range.peekA1()], (c) => {
      c.ranges.push(`'${range.sheet.name.replace(/'/g, "''")}'!${range.peekA1()}`);
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

export class FakeMenu {
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

export class FakeUi {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  /** Modal dialogs shown, with their titles. */
  readonly modalDialogs: Array<{ output: FakeHtmlOutput; title: string }> = [];
  readonly alerts: Array<{ title: string | null; prompt: string }> = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };

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

  alert(titleOrPrompt: string, promptOrButtons?: string, _buttons?: string): string {
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

export class FakeHtmlOutput {
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

export class FakeProperties {
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

export class FakeLock {
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
