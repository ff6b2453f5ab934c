/**
 * A recording fake of the Apps Script services the add-on uses: SpreadsheetApp (spreadsheets,
 * sheets, ranges, named ranges, protections, data validations, charts, formats, Ui menus,
 * sidebars, alerts, toasts), LockService, PropertiesService (document properties), Session,
 * HtmlService, Utilities.formatDate and ScriptApp.AuthMode. Every service call is recorded as
 * `{ method: 'Range.setValues', args }` so a test can hold a build to a budget of calls.
 *
 * `installFakes(target)` puts the services as globals onto any object (globalThis in jest, a
 * node:vm context for the local preview). The fake can read formulas like a comma-decimal locale
 * (`separators: 'semicolon'`), where a formula with `,` separators or `0.5` shows `#ERROR!`.
 * Test-side inspection helpers start with `peek` and are not recorded.
 */
import { columnLetters } from '../../src/sheets/a1';

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

/** True when a formula would not parse in the given locale's syntax (independent of src/). */
function parseError(formula: string, mode: SeparatorMode): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
  if (mode === 'semicolon') return code.includes(',') || /(^|[^A-Za-z0-9_$.])\d+\.\d/.test(code);
  return code.includes('\\');
}

export class FakeEnvironment {
  readonly calls: ServiceCall[] = [];
  separators: SeparatorMode;
  userLocale: string;
  /** Set to make LockService.waitLock time out (another build holds the lock). */
  lockBusy = false;
  /** Set to make PropertiesService.getDocumentProperties() return null. */
  documentPropertiesUnavailable = false;
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
    this.calls.push({ method, args: [...args] });
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
        getDocumentLock: () => this.returning('LockService.getDocumentLock', () => this.lock),
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
    const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(a1.trim());
    if (!m) throw new Error(`Range not found: ${a1}`);
    const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const r1 = Number(m[2]);
    const c1 = col(m[1]);
    const r2 = m[4] ? Number(m[4]) : r1;
    const c2 = m[3] ? col(m[3]) : c1;
    return new FakeRange(
      this,
      Math.min(r1, r2),
      Math.min(c1, c2),
      Math.abs(r2 - r1) + 1,
      Math.abs(c2 - c1) + 1,
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

  /** Protects the whole sheet (Apps Script's Sheet.protect): a SHEET protection. */
  protect(): FakeProtection {
    this.rec('protect', []);
    // A SHEET protection covers every cell; its range is the sheet's (a new sheet's 1000 × 26).
    const protection = new FakeProtection(new FakeRange(this, 1, 1, 1000, 26), 'SHEET');
    this.protections.push(protection);
    return protection;
  }

  /** The sheet's protections of one type (SpreadsheetApp.ProtectionType.SHEET or RANGE). */
  getProtections(type: 'SHEET' | 'RANGE'): FakeProtection[] {
    this.rec('getProtections', [type]);
    return this.protections.filter((p) => p.type === type);
  }

  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.rec('setConditionalFormatRules', [rules.length]);
    this.conditionalFormatRules = [...rules];
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.rec('getConditionalFormatRules', []);
    return [...this.conditionalFormatRules];
  }
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
      if (parseError(cell.formula, this.sheet.env.separators)) return '#ERROR!';
      return this.sheet.env.evaluateFormula?.(this.sheet.name, row, column, cell.formula) ?? '';
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

  getDataValidation(): FakeDataValidation | null {
    this.rec('getDataValidation', []);
    return this.sheet.peekCell(this.row, this.column)?.validation ?? null;
  }

  protect(): FakeProtection {
    this.rec('protect', []);
    const protection = new FakeProtection(this);
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

export class FakeProtection {
  description = '';
  warningOnly = false;
  unprotected: FakeRange[] = [];

  constructor(
    readonly range: FakeRange,
    readonly type: 'SHEET' | 'RANGE' = 'RANGE',
  ) {}

  getDescription(): string {
    this.range.sheet.env.record('Protection.getDescription', []);
    return this.description;
  }

  isWarningOnly(): boolean {
    this.range.sheet.env.record('Protection.isWarningOnly', []);
    return this.warningOnly;
  }

  getRange(): FakeRange {
    this.range.sheet.env.record('Protection.getRange', []);
    return this.range;
  }

  getProtectionType(): 'SHEET' | 'RANGE' {
    this.range.sheet.env.record('Protection.getProtectionType', []);
    return this.type;
  }

  /** Input ranges of a SHEET protection that anyone may edit without the warning. */
  setUnprotectedRanges(ranges: FakeRange[]): FakeProtection {
    this.range.sheet.env.record('Protection.setUnprotectedRanges', [ranges.map((r) => r.peekA1())]);
    if (this.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = [...ranges];
    return this;
  }

  getUnprotectedRanges(): FakeRange[] {
    this.range.sheet.env.record('Protection.getUnprotectedRanges', []);
    return [...this.unprotected];
  }

  setDescription(description: string): FakeProtection {
    this.range.sheet.env.record('Protection.setDescription', [description]);
    this.description = description;
    return this;
  }

  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.range.sheet.env.record('Protection.setWarningOnly', [warningOnly]);
    this.warningOnly = warningOnly;
    return this;
  }
}

/** A colour as Apps Script's Color object hands it out. */
export interface FakeColor {
  asRgbColor(): { asHexString(): string };
}

function fakeColor(hex: string | null): FakeColor | null {
  return hex === null ? null : { asRgbColor: () => ({ asHexString: () => hex }) };
}

/** A conditional format's condition and style (Apps Script's BooleanCondition). */
export class FakeBooleanCondition {
  constructor(
    private readonly env: FakeEnvironment,
    readonly formula: string,
    readonly style: { background: string | null; fontColor: string | null; bold: boolean | null },
  ) {}

  getCriteriaType(): string {
    this.env.record('BooleanCondition.getCriteriaType', []);
    return 'CUSTOM_FORMULA';
  }

  getCriteriaValues(): unknown[] {
    this.env.record('BooleanCondition.getCriteriaValues', []);
    return [this.formula];
  }

  getBackgroundObject(): FakeColor | null {
    this.env.record('BooleanCondition.getBackgroundObject', []);
    return fakeColor(this.style.background);
  }

  getFontColorObject(): FakeColor | null {
    this.env.record('BooleanCondition.getFontColorObject', []);
    return fakeColor(this.style.fontColor);
  }

  getBold(): boolean | null {
    this.env.record('BooleanCondition.getBold', []);
    return this.style.bold;
  }
}

export class FakeConditionalFormatRule {
  constructor(
    private readonly env: FakeEnvironment,
    readonly ranges: FakeRange[],
    readonly condition: FakeBooleanCondition,
  ) {}

  getRanges(): FakeRange[] {
    this.env.record('ConditionalFormatRule.getRanges', []);
    return [...this.ranges];
  }

  getBooleanCondition(): FakeBooleanCondition {
    this.env.record('ConditionalFormatRule.getBooleanCondition', []);
    return this.condition;
  }
}

/** SpreadsheetApp.newConditionalFormatRule(): only "custom formula is" conditions. */
export class FakeConditionalFormatRuleBuilder {
  private formula: string | null = null;
  private ranges: FakeRange[] = [];
  private readonly style: FakeBooleanCondition['style'] = { background: null, fontColor: null, bold: null };

  constructor(private readonly env: FakeEnvironment) {}

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
      this.style.background = color;
    });
  }

  setFontColor(color: string): FakeConditionalFormatRuleBuilder {
    return this.step('setFontColor', [color], () => {
      this.style.fontColor = color;
    });
  }

  setBold(bold: boolean): FakeConditionalFormatRuleBuilder {
    return this.step('setBold', [bold], () => {
      this.style.bold = bold;
    });
  }

  setRanges(ranges: FakeRange[]): FakeConditionalFormatRuleBuilder {
    return this.step('setRanges', [ranges.map((r) => r.peekA1())], () => {
      this.ranges = [...ranges];
    });
  }

  build(): FakeConditionalFormatRule {
    this.env.record('ConditionalFormatRuleBuilder.build', []);
    if (this.formula === null) throw new Error('The conditional format rule has no condition.');
    if (this.ranges.length === 0) throw new Error('The conditional format rule has no ranges.');
    return new FakeConditionalFormatRule(
      this.env,
      this.ranges,
      new FakeBooleanCondition(this.env, this.formula, { ...this.style }),
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
