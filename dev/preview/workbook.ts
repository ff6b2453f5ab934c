// The preview's live workbook: the recording fake holds what the add-on wrote, HyperFormula
// computes it (with the bundle's custom functions), and the page gets a snapshot to draw.
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';
import type { FakeChart, FakeEnvironment, FakeSheet, FakeValue } from '../../test/support/fakeSpreadsheetApp';
import { ENGINE_CONFIG } from '../engine';
import { type CustomFunctionImpl, registerCustomFunctions } from './hyperformulaBridge';
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
}

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

/** HyperFormula reads a string as a person's typing; a leading ' keeps text as text. */
function hfContent(cell: { value: FakeValue; formula: string | null }): RawCellContent {
  if (cell.formula !== null) return cell.formula;
  const v = cell.value;
  if (v === null || v === '') return null;
  if (v instanceof Date) return v.getTime() / 86400000 + EPOCH_SERIAL;
  if (typeof v === 'string') return `'${v}`;
  return v;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function columnLetters(column: number): string {
  let s = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** "B3" → { row: 3, column: 2 }. */
export function parseCell(a1: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`Not a cell: ${a1}`);
  const column = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), column };
}

/**
 * Reads what a person typed into a cell the way Sheets does: `=` starts a formula, `'` keeps
 * text, numbers (with thousands commas or a percent sign) and TRUE/FALSE are values.
 */
export function parseTyped(input: string): FakeValue {
  const text = input.trim();
  if (text === '') return null;
  if (input.startsWith('=') || input.startsWith("'")) return input;
  if (/^(true|false)$/i.test(text)) return text.toUpperCase() === 'TRUE';
  const number = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?)(%?)$/.exec(text);
  if (number && /\d/.test(number[2])) {
    const n = Number(number[2].replace(/,/g, '')) * (number[1] === '-' ? -1 : 1);
    return number[3] ? n / 100 : n;
  }
  return input;
}

/** The fake spreadsheet evaluated by HyperFormula; rebuilt lazily after the add-on writes. */
export class PreviewWorkbook {
  private hf: HyperFormula | null = null;
  private scannedCalls = 0;
  private dirty = true;

  constructor(
    readonly env: FakeEnvironment,
    private readonly lookup: (name: string) => CustomFunctionImpl | undefined,
  ) {}

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
        grid[r - 1][c - 1] = hfContent(cell);
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
        return { name: n.name, expression: `=${quoteSheet(r.sheet.name)}!${a1}` };
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
    if (v instanceof DetailedCellError) return v.value;
    return v ?? '';
  }

  /** The hook the fake calls for a formula cell's value (FakeEnvironment.evaluateFormula). */
  readonly evaluate = (sheet: string, row: number, column: number): FakeValue =>
    this.value(sheet, row, column);

  /** A person types `input` into a cell (not an add-on call, so not recorded). */
  edit(sheetName: string, a1: string, input: string): void {
    const sheet = this.env.spreadsheet.peekSheet(sheetName);
    if (!sheet) throw new Error(`No sheet named "${sheetName}".`);
    const { row, column } = parseCell(a1);
    sheet.peekWrite(row, column, [[parseTyped(input)]]);
    this.dirty = true;
  }

  /** Everything the page draws, for every sheet. */
  snapshot(): SheetView[] {
    const hf = this.engine();
    return this.env.spreadsheet.sheets.map((sheet) => this.sheetView(hf, sheet));
  }

  private sheetView(hf: HyperFormula, sheet: FakeSheet): SheetView {
    const id = hf.getSheetId(sheet.name)!;
    const [rows, columns] = this.extent(sheet);
    const cells: CellView[] = [];
    for (const [key, cell] of sheet.cells) {
      const [row, column] = key.split(':').map(Number);
      const computed = hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 });
      const pattern = cell.formats.numberFormat as string | undefined;
      const view: CellView = {
        row,
        column,
        input: cell.formula ?? inputText(cell.value),
        text: '',
        value: null,
      };
      if (computed instanceof DetailedCellError) {
        view.text = computed.value;
        view.error = computed.message || computed.value;
      } else {
        view.value = computed;
        view.text = formatValue(computed, pattern);
      }
      if (cell.note) view.note = cell.note;
      if (Object.keys(cell.formats).length > 0) view.style = { ...cell.formats };
      if (view.input !== '' || view.note || view.style) cells.push(view);
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
    const m = /^'((?:[^']|'')+)'!(.+)$/.exec(range);
    const sheet = m ? this.env.spreadsheet.peekSheet(m[1].replace(/''/g, "'")) : undefined;
    if (!m || !sheet) return { range, values: [], texts: [] };
    const target = sheet.peekRange(m[2]);
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
          textRow.push(v.value);
        } else {
          valueRow.push(v);
          textRow.push(formatValue(v, cell?.formats.numberFormat as string | undefined));
        }
      }
      values.push(valueRow);
      texts.push(textRow);
    }
    return { range, values, texts };
  }
}

/** A stored value as a person would type it back (text that looks like a formula keeps its '). */
function inputText(value: FakeValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string' && /^[=+\-@']/.test(value)) return `'${value}`;
  return String(value);
}
