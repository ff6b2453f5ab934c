// The preview's live workbook: the recording fake holds what the add-on wrote, HyperFormula
// computes it (with the bundle's custom functions, kept in step by LiveEngine), and the page gets
// the part of a sheet it shows, drawn as Sheets draws it.

import { CellValueDetailedType, DetailedCellError, type HyperFormula } from 'hyperformula';
import { parseA1, splitSheetRange } from '../../src/formula/a1';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';
import { localeWriting, readTyped } from '../../src/platform/typedInput';
import { localeDatePattern } from '../../src/workbook/dates';
import type {
  FakeChart,
  FakeDataValidation,
  FakeEnvironment,
  FakeRange,
  FakeSheet,
  FakeValue,
} from '../fakes/spreadsheetApp';
import {
  type ProtectionTypes,
  ruleSentence,
  SHEETS_TEXTS,
  satisfies,
  shiftFormula,
  type ValidationView,
  validationView,
  warnsOnEdit,
} from './cellRules';
import { sheetsError } from './formulaErrors';
import { type CustomFunctionImpl, registerCustomFunctions } from './hyperformulaBridge';
import { LiveEngine } from './liveEngine';
import { type LocaleSpec, localeSpec, toEngineFormula } from './locale';
import { formatValue } from './numberFormat';

/** Days between Sheets' day 0 (1899-12-30) and the Unix epoch. */
const EPOCH_SERIAL = 25569;

/** One cell as the page draws it. */
export interface CellView {
  row: number;
  column: number;
  /** What the formula bar shows: the formula, or the value as a person would type it. */
  input: string;
  /** What the cell shows. */
  text: string;
  /** The computed value (null when blank or an error). */
  value: number | string | boolean | null;
  /** For an error cell: the sentence Sheets shows on hover. */
  error?: string;
  note?: string;
  style?: Record<string, unknown>;
  /** The cell's data validation, when the page draws it (a checkbox, a dropdown). */
  validation?: ValidationView;
  /** The value breaks the cell's data validation: the warning Sheets shows on hover. */
  invalid?: string;
}

/** What became of a person's edit: written, waiting for "Edit anyway?", or refused. */
export type EditOutcome =
  | { kind: 'done' }
  | { kind: 'confirm'; title: string; message: string }
  | { kind: 'rejected'; title: string; message: string };

/** One range of chart data: computed values and their shown text, row by row. */
export interface ChartRangeView {
  range: string;
  values: Array<Array<number | string | boolean | null>>;
  texts: string[][];
}

export interface ChartView {
  type: string;
  options: Record<string, unknown>;
  transpose: boolean;
  numHeaders: number;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  ranges: ChartRangeView[];
}

/** What the page needs to lay out a sheet's grid before it has any of its cells. */
export interface SheetFrame {
  name: string;
  /** The sheet's id (Sheet.getSheetId), which the page keeps in its address as Sheets keeps `gid`. */
  id: number;
  /** The last row and column with content. */
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<number, number>;
}

/** A sheet with all its cells and charts (tests read whole sheets; the page asks for a window). */
export interface SheetView extends SheetFrame {
  cells: CellView[];
  charts: ChartView[];
}

/** Rows `top`…`bottom` and columns `left`…`right` of a sheet (1-based, inclusive): what a page shows. */
export interface GridWindow {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A custom-formula conditional format of a sheet, read once per change of the sheet's rules. */
interface ConditionalRule {
  /** The formula in the engine's syntax, for the range's top-left cell. */
  formula: string;
  style: Record<string, unknown>;
  ranges: Array<{ row: number; column: number; numRows: number; numColumns: number }>;
}

/** "B3" → { row: 3, column: 2 }. */
export function parseCell(a1: string): { row: number; column: number } {
  const { row, column } = parseA1(a1);
  return { row, column };
}

/**
 * Reads what a person typed into a cell the way Sheets does in the locale (the rule of
 * src/platform/typedInput.ts, which the stand-in's setValues follows too): `=` starts a formula,
 * `'` keeps text, numbers, dates (a UTC midnight here) and TRUE/FALSE are values.
 */
export function parseTyped(input: string, locale: LocaleSpec = localeSpec('en_US')): FakeValue {
  const typed = readTyped(input, localeWriting(locale.code));
  switch (typed.kind) {
    case 'blank':
      return null;
    case 'formula':
      return input;
    case 'text':
      return input.startsWith("'") ? input : typed.text;
    case 'date':
      return new Date(Date.UTC(typed.year, typed.month - 1, typed.day));
    default:
      return typed.value;
  }
}

/** True when (row, column) lies in the range. */
function inRange(
  range: { row: number; column: number; numRows: number; numColumns: number },
  row: number,
  column: number,
): boolean {
  return (
    row >= range.row &&
    row < range.row + range.numRows &&
    column >= range.column &&
    column < range.column + range.numColumns
  );
}

/** A serial day as the Date a script reads for it (UTC midnight). */
function serialDate(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_SERIAL) * 86_400_000));
}

/** Every cell of a sheet, as a window. */
function wholeSheet(rows: number, columns: number): GridWindow {
  return { top: 1, bottom: rows, left: 1, right: columns };
}

/** The fake spreadsheet computed by HyperFormula, drawn a window at a time. */
export class PreviewWorkbook {
  /** The engine, kept in step with the fake; its `version` counts the changes a page may not have seen. */
  readonly live: LiveEngine;
  /** Custom-formula conditional formats by sheet, for the structural version they were read at. */
  private rules: { version: number; bySheet: Map<FakeSheet, ConditionalRule[]> } | null = null;
  /** The spreadsheet's locale: how numbers show and formulas read. */
  locale: LocaleSpec;
  private readonly protectionTypes: ProtectionTypes;

  constructor(
    readonly env: FakeEnvironment,
    lookup: (name: string) => CustomFunctionImpl | undefined,
  ) {
    this.locale = localeSpec(env.spreadsheet.locale);
    const app = env.globals().SpreadsheetApp as { ProtectionType: ProtectionTypes };
    this.protectionTypes = app.ProtectionType;
    this.live = new LiveEngine(
      env,
      () => this.locale,
      () => registerCustomFunctions(CUSTOM_FUNCTIONS, lookup),
    );
  }

  /** Makes the engine re-read every cell (after a locale switch rewrote formulas). */
  invalidate(): void {
    this.live.invalidate();
  }

  /** The engine for the fake's current contents. */
  engine(): HyperFormula {
    return this.live.engine();
  }

  /** The computed value of a cell as getValues reads it: an error shows as its code ("#ERROR!"). */
  value(sheetName: string, row: number, column: number): FakeValue {
    const hf = this.engine();
    const sheet = this.env.spreadsheet.peekSheet(sheetName);
    const id = sheet ? this.live.sheetId(sheet) : undefined;
    if (id === undefined) return '';
    const v = hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 });
    if (v instanceof DetailedCellError) return sheetsError(v).code;
    return v ?? '';
  }

  /** The hook the fake calls for a formula cell's value (FakeEnvironment.evaluateFormula). */
  readonly evaluate = (sheet: string, row: number, column: number): FakeValue =>
    this.value(sheet, row, column);

  /**
   * A person types `input` into a cell, as in Sheets: a warning-only protection first asks
   * "Edit anyway?" (`confirmed` is the answer), then a rule that rejects invalid input refuses a
   * value outside it; otherwise the value is written (the typing itself is not an add-on call)
   * and only what depends on the cell is recomputed (the engine logs what changed).
   */
  edit(sheetName: string, a1: string, input: string, options: { confirmed?: boolean } = {}): EditOutcome {
    const sheet = this.env.spreadsheet.peekSheet(sheetName);
    if (!sheet) throw new Error(`No sheet named "${sheetName}".`);
    const { row, column } = parseCell(a1);
    if (!options.confirmed && warnsOnEdit(sheet, this.protectionTypes, row, column))
      return { kind: 'confirm', title: SHEETS_TEXTS.protectedTitle, message: SHEETS_TEXTS.protectedMessage };
    const value = parseTyped(input, this.locale);
    const rule = sheet.peekCell(row, column)?.validation;
    const isFormula = typeof value === 'string' && value.startsWith('=');
    if (rule && !rule.allowInvalid && !isFormula && !satisfies(rule, value)) {
      const sentence = ruleSentence(rule);
      return {
        kind: 'rejected',
        title: SHEETS_TEXTS.rejectedTitle,
        message: [SHEETS_TEXTS.rejected(a1.toUpperCase()), sentence].filter(Boolean).join(' '),
      };
    }
    // The engine first catches up with anything the add-on wrote, then takes the one typed cell.
    this.engine();
    sheet.peekWrite(row, column, [[value]]);
    this.live.setCell(sheet, row, column);
    return { kind: 'done' };
  }

  /**
   * A rule as the page draws it; a dropdown from a range lists that range's filled cells as
   * computed (once per rule and request: `listed` remembers them).
   */
  private validationOf(
    rule: FakeDataValidation,
    listed: Map<FakeDataValidation, ValidationView>,
  ): ValidationView | null {
    if (rule.criteria !== 'VALUE_IN_RANGE') return validationView(rule);
    const known = listed.get(rule);
    if (known) return known;
    const range = rule.args[0] as FakeRange;
    const values: string[] = [];
    for (let r = 0; r < range.numRows; r += 1)
      for (let c = 0; c < range.numColumns; c += 1) {
        const v = this.value(range.sheet.name, range.row + r, range.column + c);
        if (v !== '' && v !== null) values.push(String(v));
      }
    const view: ValidationView = { kind: 'list', values, dropdown: rule.args[1] !== false };
    listed.set(rule, view);
    return view;
  }

  /** Everything the page could draw, for every sheet (tests; the page asks for windows). */
  snapshot(): SheetView[] {
    return this.env.spreadsheet.sheets.map((sheet) => {
      const frame = this.frame(sheet);
      return {
        ...frame,
        cells: this.cells(sheet, wholeSheet(frame.rows, frame.columns)),
        charts: this.charts(sheet),
      };
    });
  }

  /** How a sheet is laid out: its size, panes and column widths. */
  frame(sheet: FakeSheet): SheetFrame {
    const [rows, columns] = this.live.extent(sheet);
    return {
      name: sheet.name,
      id: sheet.sheetId,
      rows,
      columns,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      columnWidths: Object.fromEntries(sheet.columnWidths),
    };
  }

  /**
   * Where the fake holds a cell that a page showing `window` draws: the window, and the frozen
   * rows and columns beside it (they stay on screen however far the sheet is scrolled).
   */
  drawnCells(sheet: FakeSheet, window: GridWindow): Array<[number, number]> {
    const [lastRow, lastColumn] = this.live.extent(sheet);
    const span = (frozen: number, from: number, to: number, last: number) => {
      const list: number[] = [];
      for (let i = 1; i <= Math.min(frozen, last); i += 1) list.push(i);
      for (let i = Math.max(from, frozen + 1); i <= Math.min(to, last); i += 1) list.push(i);
      return list;
    };
    const rows = span(sheet.frozenRows, window.top, window.bottom, lastRow);
    const columns = span(sheet.frozenColumns, window.left, window.right, lastColumn);
    const at: Array<[number, number]> = [];
    for (const row of rows)
      for (const column of columns) if (sheet.peekCell(row, column)) at.push([row, column]);
    return at;
  }

  /** The cells a page showing `window` draws that show something, as it draws them. */
  cells(sheet: FakeSheet, window: GridWindow): CellView[] {
    return this.cellsAt(sheet, this.drawnCells(sheet, window));
  }

  /** The cells at `at` (row, column) that show something, as the page draws them. */
  cellsAt(sheet: FakeSheet, at: Array<[number, number]>): CellView[] {
    const hf = this.engine();
    const id = this.live.sheetId(sheet);
    if (id === undefined || at.length === 0) return [];
    const conditional = this.conditionalStyles(hf, sheet, id, at);
    const listed = new Map<FakeDataValidation, ValidationView>();
    const views: CellView[] = [];
    for (const [row, column] of at) {
      const cell = sheet.peekCell(row, column);
      if (!cell) continue;
      const view = this.cellView(hf, id, cell, row, column, conditional.get(`${row}:${column}`), listed);
      if (view) views.push(view);
    }
    return views;
  }

  /**
   * Those of the cells at `at` whose look can change when any other cell does: cells under a
   * conditional format, and dropdowns listing a range (whose values may have changed).
   */
  dependentLooks(sheet: FakeSheet, at: Array<[number, number]>): Array<[number, number]> {
    const rules = this.conditionalRules(sheet);
    return at.filter(
      ([row, column]) =>
        sheet.peekCell(row, column)?.validation?.criteria === 'VALUE_IN_RANGE' ||
        rules.some((rule) => rule.ranges.some((range) => inRange(range, row, column))),
    );
  }

  /** One cell as the page draws it; null when it shows nothing at all. */
  private cellView(
    hf: HyperFormula,
    id: number,
    cell: NonNullable<ReturnType<FakeSheet['peekCell']>>,
    row: number,
    column: number,
    conditional: Record<string, unknown> | undefined,
    listed: Map<FakeDataValidation, ValidationView>,
  ): CellView | null {
    const address = { sheet: id, row: row - 1, col: column - 1 };
    const computed = hf.getCellValue(address);
    const view: CellView = {
      row,
      column,
      input: cell.formula ?? inputText(cell.value, this.locale),
      text: '',
      value: null,
    };
    if (computed instanceof DetailedCellError) {
      const shown = sheetsError(computed);
      view.text = shown.code;
      view.error = shown.message;
    } else {
      view.value = computed;
      view.text = formatValue(computed, this.patternOf(hf, address, cell), this.locale);
    }
    if (cell.note) view.note = cell.note;
    const style = { ...cell.formats, ...conditional };
    if (Object.keys(style).length > 0) view.style = style;
    const validation = cell.validation ? this.validationOf(cell.validation, listed) : null;
    if (validation) view.validation = validation;
    if (cell.validation && !(computed instanceof DetailedCellError)) {
      // A formula that gives a date (=TODAY()) holds a date, as a valid-date rule asks.
      const givesDate =
        cell.formula !== null &&
        typeof computed === 'number' &&
        hf.getCellValueDetailedType(address) === CellValueDetailedType.NUMBER_DATE;
      const shownValue = cell.formula === null ? cell.value : givesDate ? serialDate(computed) : computed;
      // A dropdown from a range that allows other values warns about them, as Sheets does.
      const inRange = cell.validation.criteria === 'VALUE_IN_RANGE' && validation?.kind === 'list';
      const fits = inRange
        ? shownValue === null || shownValue === '' || validation.values.includes(String(shownValue))
        : satisfies(cell.validation, shownValue as FakeValue);
      if (!fits) view.invalid = SHEETS_TEXTS.invalidPrefix + ruleSentence(cell.validation);
    }
    return view.input !== '' || view.note || view.style || view.validation ? view : null;
  }

  /**
   * The cell's number format; without one, a date (typed, or a formula such as TODAY() that gives
   * a date) shows in the locale's date pattern, as Sheets' automatic format shows it.
   */
  private patternOf(
    hf: HyperFormula,
    address: { sheet: number; row: number; col: number },
    cell: NonNullable<ReturnType<FakeSheet['peekCell']>>,
  ): string | undefined {
    const pattern = cell.formats.numberFormat as string | undefined;
    if (pattern) return pattern;
    const isDate =
      Object.prototype.toString.call(cell.value) === '[object Date]' ||
      (cell.formula !== null && hf.getCellValueDetailedType(address) === CellValueDetailedType.NUMBER_DATE);
    return isDate ? localeDatePattern(this.locale.code) : undefined;
  }

  /** A sheet's custom-formula conditional formats, read through Apps Script's names once per change. */
  private conditionalRules(sheet: FakeSheet): ConditionalRule[] {
    const version = this.live.structuralVersion;
    if (this.rules?.version !== version) this.rules = { version, bySheet: new Map() };
    const known = this.rules.bySheet.get(sheet);
    if (known) return known;
    const rules: ConditionalRule[] = [];
    for (const rule of sheet.getConditionalFormatRules()) {
      const condition = rule.getBooleanCondition();
      if (condition.getCriteriaType() !== 'CUSTOM_FORMULA') continue;
      const formula = toEngineFormula(String(condition.getCriteriaValues()[0]), this.locale.separators);
      if (formula === null) continue;
      const style: Record<string, unknown> = {};
      const background = condition.getBackgroundObject();
      const fontColor = condition.getFontColorObject();
      if (background) style.background = background.asRgbColor().asHexString();
      if (fontColor) style.fontColor = fontColor.asRgbColor().asHexString();
      if (condition.getBold() !== null) style.fontWeight = condition.getBold() ? 'bold' : 'normal';
      const ranges = rule.getRanges().map((r) => ({
        row: r.row,
        column: r.column,
        numRows: r.numRows,
        numColumns: r.numColumns,
      }));
      rules.push({ formula, style, ranges });
    }
    this.rules.bySheet.set(sheet, rules);
    return rules;
  }

  /**
   * The conditional formats that apply to the cells at `at`: each rule's formula shifted to the
   * cell from its range's top-left (relative references move), evaluated as Sheets does. Only the
   * cells a page draws are evaluated, so a rule over a 30,000-row log costs a screenful.
   */
  private conditionalStyles(
    hf: HyperFormula,
    sheet: FakeSheet,
    id: number,
    at: Array<[number, number]>,
  ): Map<string, Record<string, unknown>> {
    const styles = new Map<string, Record<string, unknown>>();
    // A rule like `=$O2="due"` reads the same across a row: each distinct formula is computed once.
    const results = new Map<string, boolean>();
    const holds = (shifted: string): boolean => {
      let result = results.get(shifted);
      if (result === undefined) {
        try {
          result = isTrue(hf.calculateFormula(shifted, id));
        } catch {
          // HyperFormula throws on text that is not a formula: Sheets applies no format then.
          result = false;
        }
        results.set(shifted, result);
      }
      return result;
    };
    for (const rule of this.conditionalRules(sheet))
      for (const range of rule.ranges)
        for (const [row, column] of at) {
          if (!inRange(range, row, column)) continue;
          const shifted = shiftFormula(rule.formula, row - range.row, column - range.column);
          if (shifted === null || !holds(shifted)) continue;
          const key = `${row}:${column}`;
          styles.set(key, { ...styles.get(key), ...rule.style });
        }
    return styles;
  }

  /** A sheet's charts with the values of their ranges. */
  charts(sheet: FakeSheet): ChartView[] {
    const hf = this.engine();
    return sheet.charts.map((chart) => this.chartView(hf, chart));
  }

  private chartView(hf: HyperFormula, chart: FakeChart): ChartView {
    return {
      type: chart.type,
      options: chart.options,
      transpose: chart.transpose,
      numHeaders: chart.numHeaders,
      position: chart.position ?? { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      ranges: chart.ranges.map((range) => this.rangeView(hf, range)),
    };
  }

  private rangeView(hf: HyperFormula, range: string): ChartRangeView {
    const { sheet: name, a1 } = splitSheetRange(range);
    const sheet = name === null ? undefined : this.env.spreadsheet.peekSheet(name);
    if (!sheet) return { range, values: [], texts: [] };
    const target = sheet.peekRange(a1);
    const id = this.live.sheetId(target.sheet);
    if (id === undefined) return { range, values: [], texts: [] };
    const values: ChartRangeView['values'] = [];
    const texts: string[][] = [];
    for (let r = 0; r < target.numRows; r += 1) {
      const valueRow: ChartRangeView['values'][number] = [];
      const textRow: string[] = [];
      for (let c = 0; c < target.numColumns; c += 1) {
        const row = target.row + r;
        const column = target.column + c;
        const v = hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 });
        const cell = target.sheet.peekCell(row, column);
        if (v instanceof DetailedCellError) {
          valueRow.push(null);
          textRow.push(sheetsError(v).code);
        } else {
          valueRow.push(v);
          textRow.push(formatValue(v, cell?.formats.numberFormat as string | undefined, this.locale));
        }
      }
      values.push(valueRow);
      texts.push(textRow);
    }
    return { range, values, texts };
  }
}

/** A condition holds when it computes to TRUE or a number other than 0 (as in Sheets). */
function isTrue(result: unknown): boolean {
  if (Array.isArray(result)) return isTrue(result[0]?.[0]);
  return result === true || (typeof result === 'number' && result !== 0);
}

/**
 * A stored value as a person would type it back in the locale (a decimal comma in ru and fi;
 * text that looks like a formula keeps its ').
 */
function inputText(value: FakeValue, locale: LocaleSpec): string {
  if (value === null) return '';
  // A date as the locale writes one, which is also how it reads one typed back.
  if (Object.prototype.toString.call(value) === '[object Date]')
    return formatValue(
      (value as Date).getTime() / 86_400_000 + EPOCH_SERIAL,
      localeDatePattern(locale.code),
      locale,
    );
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string' && /^[=+\-@']/.test(value)) return `'${value}`;
  if (typeof value === 'number') return String(value).replace('.', locale.decimal);
  return String(value);
}
