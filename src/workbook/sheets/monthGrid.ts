/**
 * The layout the Plan and the Actual sheet share: a label column, one column per month of the plan
 * (headed by the month's first day) and a Total column; one row per entry, styled by its kind.
 * Each sheet lists its rows; this module numbers them and lays them out the one way.
 */
import {
  columnLetter,
  emptySheet,
  type Format,
  formatPattern,
  HEADER,
  HELPER_FONT,
  INPUT,
  monthDate,
  runs,
  SECTION,
  sheetRef,
  textCell,
} from '../cells';
import type { CellStyle, CellValue, SheetContent, SheetKey } from '../plan';
import type { BuildContext } from './context';

/** What a row is: a heading, a yellow input, a computed row, a key figure (bold), or a helper. */
export type RowKind = 'section' | 'input' | 'computed' | 'key' | 'helper';

/** The month headers' row, which every month grid has (row 1): not one of its listed rows. */
export type HeaderRow = 'header';

/** One row of a month grid whose rows are keyed by `K`. */
export interface MonthRow<K extends string> {
  key: K;
  label: string;
  kind: RowKind;
  format: Format | null;
  /** The cell of month t (1-based) in column c; none for a heading or an empty input. */
  cell?: (c: string, t: number) => CellValue;
  /** Whether the Total column sums the row; every row but headings and helpers by default. */
  total?: boolean;
  /**
   * The row runs on into the Total column as one period more (its `cell` at t = months + 1)
   * instead of a total: a series of the plan's months and its end.
   */
  continues?: boolean;
}

/** A heading row. */
export function sectionRow<K extends string>(key: K, label: string): MonthRow<K> {
  return { key, label, kind: 'section', format: null };
}

/** A row whose month cells are `cell`'s formulas. */
export function formulaRow<K extends string>(
  key: K,
  label: string,
  kind: RowKind,
  format: Format | null,
  cell: MonthRow<K>['cell'],
): MonthRow<K> {
  return { key, label, kind, format, cell };
}

/** A row adding up the rows `first` to `last` of each month. */
export function sumRow<K extends string>(
  row: (key: K) => number,
  key: K,
  label: string,
  first: K,
  last: K,
  format: Format,
): MonthRow<K> {
  return formulaRow(key, label, 'computed', format, (c) => `=SUM(${c}${row(first)}:${c}${row(last)})`);
}

const STYLE_OF: Record<RowKind, CellStyle> = {
  section: { bold: true, background: SECTION },
  input: { background: INPUT },
  computed: {},
  key: { bold: true },
  // Grey marks the helper rows; italics as well would cost the build a call per month sheet.
  helper: { fontColor: HELPER_FONT },
};

/** Where a month grid keyed by `K` put its rows, for the sheets built after it. */
export interface MonthLayout<K extends string> {
  /** The row number of a row by its key ("investment", "hours.events", …). */
  row(key: K | HeaderRow): number;
  /** The row's month cells, as a quoted reference: `'Plan'!B5:M5`. */
  months(key: K | HeaderRow): string;
  /** The row's cell in month t (1-based), as a quoted reference: `'Plan'!C5`. */
  cell(key: K | HeaderRow, t: number): string;
  /** The row's cells of months first…last as a quoted reference; month `months + 1` is the Total column. */
  span(key: K | HeaderRow, first: number, last: number): string;
}

/** Row numbers by key, filled in by `layMonthGrid`; rows' formulas look them up lazily. */
export interface RowIndex<K extends string> {
  numbers: Partial<Record<K | HeaderRow, number>>;
  row(key: K | HeaderRow): number;
}

/** An empty row index of the sheet called `sheetName` (named in the error for a row it lacks). */
export function rowIndex<K extends string>(sheetName: string): RowIndex<K> {
  const numbers: Partial<Record<K | HeaderRow, number>> = {};
  return {
    numbers,
    row: (key) => {
      const found = numbers[key];
      if (found === undefined) throw new Error(`the ${sheetName} sheet has no row "${key}"`);
      return found;
    },
  };
}

/**
 * Lays `rows` out on a new sheet under a header of months (row 1), numbering them into `index`
 * from row 2: values, Total column, widths, number formats and styles. `span(from, to)` gives the
 * A1 of rows from–to in the month columns (or from `first` to `last`), for the caller's protection
 * and named ranges.
 */
export function layMonthGrid<K extends string>(
  ctx: BuildContext,
  key: SheetKey,
  rows: MonthRow<K>[],
  index: RowIndex<K>,
): {
  sheet: SheetContent;
  last: string;
  span(from: number, to: number, first?: string, last?: string): string;
  layout: MonthLayout<K>;
} {
  const n = ctx.months;
  const p = ctx.texts.plan;
  const { currency, startMonth } = ctx.answers.profile;
  index.numbers.header = 1;
  rows.forEach((line, i) => {
    index.numbers[line.key] = i + 2;
  });
  const last = columnLetter(n + 1);
  const totalCol = columnLetter(n + 2);
  const name = ctx.names[key];
  const sheet = emptySheet(key, name);
  const header: CellValue[] = [textCell(p.category)];
  for (let t = 1; t <= n; t++) header.push(monthDate(startMonth, t));
  header.push(textCell(p.total));
  const values: CellValue[][] = [header];
  for (const line of rows) {
    const r = index.row(line.key);
    const cells: CellValue[] = [textCell(line.label)];
    for (let t = 1; t <= n; t++) cells.push(line.cell ? line.cell(columnLetter(t + 1), t) : null);
    const total = line.total ?? (line.kind !== 'section' && line.kind !== 'helper');
    if (line.continues && line.cell) cells.push(line.cell(totalCol, n + 1));
    else cells.push(total ? `=SUM(B${r}:${last}${r})` : null);
    values.push(cells);
  }
  const end = rows.length + 1;
  sheet.blocks.push({ range: `A1:${totalCol}${end}`, values });
  sheet.frozenColumns = 1;
  // The labels are wide; the months and the total keep Sheets' default width of 100 px, which
  // fits them, without a call to set it.
  sheet.columnWidths.push({ column: 1, width: 300 });

  const span = (from: number, to: number, first = 'B', lastCol = totalCol) =>
    `${first}${from}:${lastCol}${to}`;
  sheet.numberFormats.push({ range: `B1:${last}1`, pattern: 'mmm yyyy' });
  for (const [from, to, format] of runs(rows, (line) => line.format, 2))
    sheet.numberFormats.push({ range: span(from, to), pattern: formatPattern(format, currency) });
  sheet.styles.push({ range: `A1:${totalCol}1`, style: { bold: true, background: HEADER } });
  sheet.styles.push({ range: span(2, end, totalCol), style: { bold: true } });
  for (const [from, to, kind] of runs(rows, (line) => line.kind, 2)) {
    if (kind === 'computed') continue;
    // Inputs are yellow in the month columns only; their Total is computed.
    const range = kind === 'input' ? span(from, to, 'B', last) : span(from, to, 'A');
    sheet.styles.push({ range, style: STYLE_OF[kind] });
  }
  const layout: MonthLayout<K> = {
    row: index.row,
    months: (k) => sheetRef(name, `B${index.row(k)}:${last}${index.row(k)}`),
    cell: (k, t) => sheetRef(name, `${columnLetter(t + 1)}${index.row(k)}`),
    span: (k, first, lastMonth) =>
      sheetRef(
        name,
        `${columnLetter(first + 1)}${index.row(k)}:${columnLetter(lastMonth + 1)}${index.row(k)}`,
      ),
  };
  return { sheet, last, span, layout };
}
