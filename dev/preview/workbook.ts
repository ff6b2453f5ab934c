// The preview's live workbook: the recording fake holds what the add-on wrote, HyperFormula
// computes it (with the bundle's custom functions), and the page gets a snapshot to draw.

import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { columnLetters, parseA1, sheetRange, splitSheetRange } from '../../src/formula/a1';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';
import { localeWriting, readTyped } from '../../src/platform/typedInput';
import { ENGINE_CONFIG } from '../engine';
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

export interface SheetView {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<number, number>;
  cells: CellView[];
  charts: ChartView[];
}

/** Call methods after which the engine must be rebuilt from the fake. */
const MUTATION = /\.(set|insert|delete|clear|remove|copy|move)/;

/**
 * Stands in for a formula the locale cannot read: an #ERROR! for the cell and those that refer
 * to it, worded "Formula parse error." (see formulaErrors.ts), as in Sheets.
 */
const UNREADABLE = '=#ERROR!';

/** HyperFormula reads a string as a person's typing; a leading ' keeps text as text. */
function hfContent(cell: { value: FakeValue; formula: string | null }, locale: LocaleSpec): RawCellContent {
  if (cell.formula !== null) return toEngineFormula(cell.formula, locale.separators) ?? UNREADABLE;
  const v = cell.value;
  if (v === null || v === '') return null;
  // A Date the add-on wrote comes from the vm context's realm, where instanceof Date fails.
  if (Object.prototype.toString.call(v) === '[object Date]')
    return (v as Date).getTime() / 86400000 + EPOCH_SERIAL;
  if (typeof v === 'string') return `'${v}`;
  return v;
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

/** The fake spreadsheet evaluated by HyperFormula; rebuilt lazily after the add-on writes. */
export class PreviewWorkbook {
  private hf: HyperFormula | null = null;
  private scannedCalls = 0;
  private dirty = true;
  /** Conditional-format styles by sheet and cell, for the engine they were computed with. */
  private conditional: {
    engine: HyperFormula;
    styles: Map<string, Map<string, Record<string, unknown>>>;
  } | null = null;
  /** The spreadsheet's locale: how numbers show and formulas read. */
  locale: LocaleSpec;
  private readonly protectionTypes: ProtectionTypes;

  constructor(
    readonly env: FakeEnvironment,
    private readonly lookup: (name: string) => CustomFunctionImpl | undefined,
  ) {
    this.locale = localeSpec(env.spreadsheet.locale);
    const app = env.globals().SpreadsheetApp as { ProtectionType: ProtectionTypes };
    this.protectionTypes = app.ProtectionType;
  }

  /** Makes the engine re-read every cell (after a locale switch rewrote formulas). */
  invalidate(): void {
    this.dirty = true;
  }

  /** The engine for the fake's current contents. */
  engine(): HyperFormula {
    const calls = this.env.calls;
    for (; this.scannedCalls < calls.length; this.scannedCalls += 1) {
      if (MUTATION.test(calls[this.scannedCalls].method)) this.dirty = true;
    }
    if (this.dirty || !this.hf) this.rebuild();
    return this.hf!;
  }

  private rebuild(): void {
    this.hf?.destroy();
    registerCustomFunctions(CUSTOM_FUNCTIONS, this.lookup);
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of this.env.spreadsheet.sheets) {
      const [rows, columns] = this.extent(sheet);
      const grid: RawCellContent[][] = Array.from({ length: rows }, () => Array(columns).fill(null));
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(':').map(Number);
        grid[r - 1][c - 1] = hfContent(cell, this.locale);
      }
      sheets[sheet.name] = grid;
    }
    const named = this.env.spreadsheet.namedRanges
      .filter((n) => !n.range.sheet.deleted)
      .map((n) => {
        const r = n.range;
        const first = `$${columnLetters(r.column)}$${r.row}`;
        const last = `$${columnLetters(r.column + r.numColumns - 1)}$${r.row + r.numRows - 1}`;
        const a1 = r.numRows === 1 && r.numColumns === 1 ? first : `${first}:${last}`;
        return { name: n.name, expression: `=${sheetRange(r.sheet.name, a1)}` };
      });
    this.hf = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG, named);
    this.dirty = false;
  }

  private extent(sheet: FakeSheet): [number, number] {
    let rows = 0;
    let columns = 0;
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(':').map(Number);
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    }
    return [rows, columns];
  }

  /** The computed value of a cell as getValues reads it: an error shows as its code ("#ERROR!"). */
  value(sheetName: string, row: number, column: number): FakeValue {
    const hf = this.engine();
    const sheet = hf.getSheetId(sheetName);
    if (sheet === undefined) return '';
    const v = hf.getCellValue({ sheet, row: row - 1, col: column - 1 });
    if (v instanceof DetailedCellError) return sheetsError(v).code;
    return v ?? '';
  }

  /** The hook the fake calls for a formula cell's value (FakeEnvironment.evaluateFormula). */
  readonly evaluate = (sheet: string, row: number, column: number): FakeValue =>
    this.value(sheet, row, column);

  /**
   * A person types `input` into a cell, as in Sheets: a warning-only protection first asks
   * "Edit anyway?" (`confirmed` is the answer), then a rule that rejects invalid input refuses a
   * value outside it; otherwise the value is written (the typing itself is not an add-on call).
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
    sheet.peekWrite(row, column, [[value]]);
    this.dirty = true;
    return { kind: 'done' };
  }

  /**
   * A rule as the page draws it; a dropdown from a range lists that range's filled cells as
   * computed (once per rule and snapshot: `listed` remembers them).
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

  /** Everything the page draws, for every sheet. */
  snapshot(): SheetView[] {
    const hf = this.engine();
    return this.env.spreadsheet.sheets.map((sheet) => this.sheetView(hf, sheet));
  }

  private sheetView(hf: HyperFormula, sheet: FakeSheet): SheetView {
    const id = hf.getSheetId(sheet.name)!;
    const [rows, columns] = this.extent(sheet);
    const conditional = this.conditionalStyles(hf).get(sheet.name);
    const listed = new Map<FakeDataValidation, ValidationView>();
    const cells: CellView[] = [];
    for (const [key, cell] of sheet.cells) {
      const [row, column] = key.split(':').map(Number);
      const computed = hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 });
      const pattern = cell.formats.numberFormat as string | undefined;
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
        view.text = formatValue(computed, pattern, this.locale);
      }
      if (cell.note) view.note = cell.note;
      const style = { ...cell.formats, ...conditional?.get(key) };
      if (Object.keys(style).length > 0) view.style = style;
      const validation = cell.validation ? this.validationOf(cell.validation, listed) : null;
      if (validation) view.validation = validation;
      if (cell.validation && !(computed instanceof DetailedCellError)) {
        const shownValue = cell.formula === null ? cell.value : computed;
        // A dropdown from a range that allows other values warns about them, as Sheets does.
        const inRange = cell.validation.criteria === 'VALUE_IN_RANGE' && validation?.kind === 'list';
        const fits = inRange
          ? shownValue === null || shownValue === '' || validation.values.includes(String(shownValue))
          : satisfies(cell.validation, shownValue as FakeValue);
        if (!fits) view.invalid = SHEETS_TEXTS.invalidPrefix + ruleSentence(cell.validation);
      }
      if (view.input !== '' || view.note || view.style || view.validation) cells.push(view);
    }
    return {
      name: sheet.name,
      rows,
      columns,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      columnWidths: Object.fromEntries(sheet.columnWidths),
      cells,
      charts: sheet.charts.map((chart) => this.chartView(hf, chart)),
    };
  }

  /**
   * Every custom-formula conditional format, evaluated per cell relative to its range's top-left
   * (read through Apps Script's names, as the add-on set them); kept until the engine changes.
   */
  private conditionalStyles(hf: HyperFormula): Map<string, Map<string, Record<string, unknown>>> {
    if (this.conditional?.engine === hf) return this.conditional.styles;
    const styles = new Map<string, Map<string, Record<string, unknown>>>();
    for (const sheet of this.env.spreadsheet.sheets) {
      const id = hf.getSheetId(sheet.name);
      const [lastRow, lastColumn] = this.extent(sheet);
      const bySheet = new Map<string, Record<string, unknown>>();
      // HyperFormula takes about a millisecond per formula here; a rule like `=$G2="Lost"` reads
      // the same across a row, so each distinct shifted formula is computed once.
      const results = new Map<string, boolean>();
      const holds = (shifted: string): boolean => {
        let result = results.get(shifted);
        if (result === undefined) {
          try {
            result = isTrue(hf.calculateFormula(shifted, id!));
          } catch {
            // HyperFormula throws on text that is not a formula: Sheets applies no format then.
            result = false;
          }
          results.set(shifted, result);
        }
        return result;
      };
      for (const rule of sheet.getConditionalFormatRules()) {
        const condition = rule.getBooleanCondition();
        if (id === undefined || condition.getCriteriaType() !== 'CUSTOM_FORMULA') continue;
        const formula = toEngineFormula(String(condition.getCriteriaValues()[0]), this.locale.separators);
        if (formula === null) continue;
        const style: Record<string, unknown> = {};
        const background = condition.getBackgroundObject();
        const fontColor = condition.getFontColorObject();
        if (background) style.background = background.asRgbColor().asHexString();
        if (fontColor) style.fontColor = fontColor.asRgbColor().asHexString();
        if (condition.getBold() !== null) style.fontWeight = condition.getBold() ? 'bold' : 'normal';
        for (const range of rule.getRanges()) {
          // Only cells that exist can show a format; a rule over 1000 blank rows costs nothing.
          const rows = Math.min(range.numRows, lastRow - range.row + 1);
          const columns = Math.min(range.numColumns, lastColumn - range.column + 1);
          for (let r = 0; r < rows; r += 1)
            for (let c = 0; c < columns; c += 1) {
              const shifted = shiftFormula(formula, r, c);
              if (shifted === null || !holds(shifted)) continue;
              const key = `${range.row + r}:${range.column + c}`;
              bySheet.set(key, { ...bySheet.get(key), ...style });
            }
        }
      }
      if (bySheet.size > 0) styles.set(sheet.name, bySheet);
    }
    this.conditional = { engine: hf, styles };
    return styles;
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
    const values: ChartRangeView['values'] = [];
    const texts: string[][] = [];
    for (let r = 0; r < target.numRows; r += 1) {
      const valueRow: ChartRangeView['values'][number] = [];
      const textRow: string[] = [];
      for (let c = 0; c < target.numColumns; c += 1) {
        const row = target.row + r;
        const column = target.column + c;
        const id = hf.getSheetId(target.sheet.name)!;
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
  if (Object.prototype.toString.call(value) === '[object Date]')
    return (value as Date).toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string' && /^[=+\-@']/.test(value)) return `'${value}`;
  if (typeof value === 'number') return String(value).replace('.', locale.decimal);
  return String(value);
}
