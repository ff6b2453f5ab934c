// The spreadsheet grid of the preview page, drawn a window at a time as Sheets draws it: the
// frozen rows and columns, then only the rows and columns around what is in view (spacers stand
// for the rest), so a 30,000-row log costs a screenful. The server sends the window's cells and
// then only the ones that change; a changed cell is redrawn in place.
import type { Chart } from 'chart.js';
import { columnLetters } from '../../../src/formula/a1';
import {
  NEW_CHART_SIZE as DEFAULT_CHART,
  NEW_SHEET_COLUMN_WIDTH as DEFAULT_COLUMN_WIDTH,
} from '../../../src/platform/limits';
import type { GridUpdate } from '../pageViews';
import type { CellView, ChartView, GridWindow, SheetFrame } from '../workbook';
import { drawChart } from './charts';

const ROW_HEADER_WIDTH = 46;
/** Every row's height (the header row's too) unless wrapped text makes it taller; see styles.css. */
const ROW_HEIGHT = 22;
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;
/** Rows and columns drawn beyond the view on each side, so that scrolling a little shows no gap. */
const MARGIN = { rows: 25, columns: 4 };
/** A chart's size when the add-on set none (Sheets' default). */

/** What the grid asks of the page around it. */
export interface GridHost {
  /** A person clicked a cell (or moved with the keyboard). */
  selected(row: number, column: number): void;
  /** A person double-clicked a cell: edit it in place. */
  editInCell(td: HTMLTableCellElement, row: number, column: number): void;
  /** A checkbox was ticked, or a dropdown option chosen: write `input` into the cell. */
  write(input: string, row: number, column: number): void;
  /** A dropdown cell's chip was clicked: show its values under `td`. */
  openDropdown(td: HTMLElement, values: string[], row: number, column: number): void;
  /** The view moved past the cells the page holds: ask the server for `wantedWindow()`. */
  needsWindow(): void;
}

const key = (row: number, column: number) => `${row}:${column}`;

/** "B3" for row 3, column 2. */
export const a1 = (row: number, column: number) => `${columnLetters(column)}${row}`;

/** One sheet's grid on the page. */
export class Grid {
  frame: SheetFrame | null = null;
  /** The cells of `window` that show something, by `row:column`. */
  readonly cells = new Map<string, CellView>();
  /** The rows and columns the server sent cells for. */
  window: GridWindow = { top: 1, bottom: 0, left: 1, right: 0 };
  selection = { row: 1, column: 1 };
  private charts: ChartView[] = [];
  private chartBoxes: HTMLElement[] = [];
  private chartObjects: Chart[] = [];
  private table: HTMLTableElement | null = null;
  private drawnWindow: GridWindow | null = null;
  private scrollQueued = false;

  constructor(
    private readonly scroll: HTMLElement,
    private readonly host: GridHost,
  ) {
    scroll.addEventListener('scroll', () => {
      if (this.scrollQueued) return;
      this.scrollQueued = true;
      requestAnimationFrame(() => {
        this.scrollQueued = false;
        if (this.frame && !this.covers(this.visible())) this.host.needsWindow();
      });
    });
  }

  /** The cell at a position, when it shows something. */
  cellAt(row: number, column: number): CellView | undefined {
    return this.cells.get(key(row, column));
  }

  private width(column: number): number {
    return this.frame?.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Rows and columns the grid spans: the content, some room below and right of it, and the charts. */
  private size(): { rows: number; columns: number } {
    const f = this.frame;
    let rows = Math.max(MIN_ROWS, (f?.rows ?? 0) + 10);
    let columns = Math.max(MIN_COLUMNS, (f?.columns ?? 0) + 3);
    for (const chart of this.charts) {
      const h = Number(chart.options.height ?? DEFAULT_CHART.height);
      const w = Number(chart.options.width ?? DEFAULT_CHART.width);
      rows = Math.max(rows, chart.position.row + Math.ceil(h / ROW_HEIGHT) + 3);
      columns = Math.max(columns, chart.position.column + Math.ceil(w / DEFAULT_COLUMN_WIDTH) + 1);
    }
    return { rows, columns };
  }

  /** The rows and columns in view now (scrolled past the frozen ones). */
  private visible(): GridWindow {
    const frozenRows = this.frame?.frozenRows ?? 0;
    const frozenColumns = this.frame?.frozenColumns ?? 0;
    const { columns } = this.size();
    const top = frozenRows + 1 + Math.floor(this.scroll.scrollTop / ROW_HEIGHT);
    const bottom = top + Math.ceil(this.scroll.clientHeight / ROW_HEIGHT);
    let x = 0;
    let left = frozenColumns + 1;
    while (left < columns && x + this.width(left) <= this.scroll.scrollLeft) x += this.width(left++);
    let right = left;
    while (right < columns && x < this.scroll.scrollLeft + this.scroll.clientWidth) x += this.width(right++);
    return { top, bottom, left, right };
  }

  private covers(view: GridWindow): boolean {
    const w = this.window;
    const { rows, columns } = this.size();
    return (
      w.top <= view.top &&
      w.left <= view.left &&
      (w.bottom >= view.bottom || w.bottom >= rows) &&
      (w.right >= view.right || w.right >= columns)
    );
  }

  /**
   * The window to ask the server for: the one the page holds while it covers what is in view
   * (so the server only sends what changed in it), else what is in view and a margin around it.
   */
  wantedWindow(): GridWindow {
    const view = this.visible();
    if (this.frame && this.covers(view)) return this.window;
    return {
      top: Math.max(1, view.top - MARGIN.rows),
      bottom: view.bottom + MARGIN.rows,
      left: Math.max(1, view.left - MARGIN.columns),
      right: view.right + MARGIN.columns,
    };
  }

  /** Applies the server's update: the changed cells are redrawn in place, anything else redraws the grid. */
  apply(update: GridUpdate): void {
    if (update.reset) {
      this.cells.clear();
      this.charts = [];
      this.clearCharts();
    }
    if (update.frame) this.frame = update.frame;
    const w = update.window;
    const frozenRows = this.frame?.frozenRows ?? 0;
    const frozenColumns = this.frame?.frozenColumns ?? 0;
    for (const k of [...this.cells.keys()]) {
      const [row, column] = k.split(':').map(Number);
      const rowDrawn = row <= frozenRows || (row >= w.top && row <= w.bottom);
      const columnDrawn = column <= frozenColumns || (column >= w.left && column <= w.right);
      if (!rowDrawn || !columnDrawn) this.cells.delete(k);
    }
    const touched = new Set<string>(update.cleared);
    for (const k of update.cleared) this.cells.delete(k);
    for (const cell of update.cells) {
      const k = key(cell.row, cell.column);
      this.cells.set(k, cell);
      touched.add(k);
    }
    this.window = w;
    if (update.charts) {
      this.charts = update.charts;
      this.clearCharts();
    }
    const same = this.drawnWindow && JSON.stringify(this.drawnWindow) === JSON.stringify(w);
    if (!this.table || update.reset || update.frame || update.charts || !same) this.render();
    else for (const k of touched) this.redraw(k);
  }

  /** Redraws one cell in place, and its left neighbour (whose text may spill into it). */
  private redraw(k: string): void {
    const [row, column] = k.split(':').map(Number);
    for (const c of [column, column - 1]) {
      const td = this.table?.querySelector<HTMLTableCellElement>(`td[data-cell="${a1(row, c)}"]`);
      if (td) this.fill(td, row, c);
    }
  }

  private clearCharts(): void {
    for (const chart of this.chartObjects) chart.destroy();
    this.chartObjects = [];
    this.chartBoxes = [];
  }

  /** Draws the frozen rows and columns and the window, with spacers for the rest, and the charts. */
  render(): void {
    const f = this.frame;
    if (!f) {
      this.scroll.replaceChildren();
      this.table = null;
      return;
    }
    const { rows, columns } = this.size();
    const w = this.window;
    const frozenRows = Math.min(f.frozenRows, rows);
    const frozenColumns = Math.min(f.frozenColumns, columns);
    const span = (from: number, to: number) =>
      Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
    const rowList = [
      ...span(1, frozenRows),
      ...span(Math.max(frozenRows + 1, w.top), Math.min(rows, w.bottom)),
    ];
    const columnList = [
      ...span(1, frozenColumns),
      ...span(Math.max(frozenColumns + 1, w.left), Math.min(columns, w.right)),
    ];
    const firstColumn = columnList[frozenColumns] ?? columns + 1;
    const lastColumn = columnList[columnList.length - 1] ?? frozenColumns;
    const firstRow = rowList[frozenRows] ?? rows + 1;
    const lastRow = rowList[rowList.length - 1] ?? frozenRows;
    const sumWidths = (from: number, to: number) => span(from, to).reduce((s, c) => s + this.width(c), 0);
    const leftGap = sumWidths(frozenColumns + 1, firstColumn - 1);
    const rightGap = sumWidths(lastColumn + 1, columns);
    const topGap = (firstRow - frozenRows - 1) * ROW_HEIGHT;
    const bottomGap = (rows - lastRow) * ROW_HEIGHT;
    const totalWidth = ROW_HEADER_WIDTH + sumWidths(1, columns);

    const table = document.createElement('table');
    table.className = 'grid';
    // A fixed layout takes the widths as given only when the table's own width is set.
    table.style.width = `${totalWidth}px`;
    const colgroup = document.createElement('colgroup');
    const col = (px: number) => Object.assign(document.createElement('col'), { style: `width:${px}px` });
    const spacerAfter = frozenColumns;
    colgroup.append(col(ROW_HEADER_WIDTH));
    columnList.forEach((c, i) => {
      if (i === spacerAfter && leftGap > 0) colgroup.append(col(leftGap));
      colgroup.append(col(this.width(c)));
    });
    if (columnList.length === spacerAfter && leftGap > 0) colgroup.append(col(leftGap));
    if (rightGap > 0) colgroup.append(col(rightGap));
    table.append(colgroup);

    // Frozen columns stick at the sum of the widths before them, their letters with them.
    const frozenLeft: number[] = [];
    let left = ROW_HEADER_WIDTH;
    for (let c = 1; c <= frozenColumns; c += 1) {
      frozenLeft[c] = left;
      left += this.width(c);
    }
    const spacer = (tag: 'td' | 'th') => Object.assign(document.createElement(tag), { className: 'spacer' });
    /** A row of the grid: its header, the frozen and drawn columns, and spacers for the others. */
    const row = (cells: (c: number) => HTMLElement, header: HTMLElement, gapTag: 'td' | 'th') => {
      const tr = document.createElement('tr');
      tr.append(header);
      columnList.forEach((c, i) => {
        if (i === spacerAfter && leftGap > 0) tr.append(spacer(gapTag));
        tr.append(cells(c));
      });
      if (columnList.length === spacerAfter && leftGap > 0) tr.append(spacer(gapTag));
      if (rightGap > 0) tr.append(spacer(gapTag));
      return tr;
    };

    const head = document.createElement('thead');
    head.append(
      row(
        (c) => {
          const th = Object.assign(document.createElement('th'), { textContent: columnLetters(c) });
          if (c <= frozenColumns) {
            th.classList.add('frozen-col-head');
            th.style.left = `${frozenLeft[c]}px`;
          }
          return th;
        },
        Object.assign(document.createElement('th'), { className: 'corner' }),
        'th',
      ),
    );
    table.append(head);
    const body = document.createElement('tbody');
    const gap = (height: number) => {
      const tr = document.createElement('tr');
      tr.className = 'gap';
      const td = spacer('td');
      td.colSpan = colgroup.children.length;
      td.style.height = `${height}px`;
      tr.append(td);
      return tr;
    };
    rowList.forEach((r, i) => {
      if (i === frozenRows && topGap > 0) body.append(gap(topGap));
      const tr = row(
        (c) => {
          const td = document.createElement('td');
          this.fill(td, r, c, frozenLeft);
          return td;
        },
        Object.assign(document.createElement('th'), { textContent: String(r) }),
        'td',
      );
      tr.dataset.row = String(r);
      body.append(tr);
    });
    if (rowList.length === frozenRows && topGap > 0) body.append(gap(topGap));
    if (bottomGap > 0) body.append(gap(bottomGap));
    table.append(body);
    table.addEventListener('mousedown', (e) => {
      const td = (e.target as HTMLElement).closest<HTMLTableCellElement>('td[data-cell]');
      if (td) this.host.selected(Number(td.dataset.row), Number(td.dataset.column));
    });
    table.addEventListener('dblclick', (e) => {
      const td = (e.target as HTMLElement).closest<HTMLTableCellElement>('td[data-cell]');
      if (td) this.host.editInCell(td, Number(td.dataset.row), Number(td.dataset.column));
    });

    const wrapper = document.createElement('div');
    wrapper.className = 'grid-wrapper';
    wrapper.style.width = `${totalWidth}px`;
    wrapper.append(table);
    this.scroll.replaceChildren(wrapper);
    this.table = table;
    this.drawnWindow = { ...w };
    this.placeCharts(wrapper);
  }

  /** Draws one cell from scratch: its content, value, style, rule marks, panes and selection. */
  private fill(td: HTMLTableCellElement, r: number, c: number, frozenLeft?: number[]): void {
    const f = this.frame!;
    td.className = '';
    td.removeAttribute('title');
    td.removeAttribute('style');
    td.replaceChildren();
    td.dataset.cell = a1(r, c);
    td.dataset.row = String(r);
    td.dataset.column = String(c);
    delete td.dataset.value;
    const cell = this.cellAt(r, c);
    if (cell) {
      this.drawContent(td, cell, r, c);
      if (cell.value !== null) td.dataset.value = String(cell.value);
      if (typeof cell.value === 'number') td.classList.add('num');
      if (cell.error) {
        td.classList.add('error');
        td.title = cell.error;
      }
      // Text spills into an empty neighbour on its right, as in Sheets.
      const right = this.cellAt(r, c + 1);
      if (typeof cell.value === 'string' && !cell.style?.wrap && (!right || right.text === ''))
        td.classList.add('spill');
      if (cell.note) {
        td.classList.add('has-note');
        td.title = cell.note;
      }
      if (cell.invalid) {
        td.classList.add('invalid');
        td.title = cell.invalid;
      }
      applyStyle(td, cell);
    }
    if (r <= f.frozenRows) {
      td.classList.add('frozen-row');
      td.style.top = `${r * ROW_HEIGHT}px`;
      if (r === f.frozenRows) td.classList.add('frozen-row-last');
    }
    if (c <= f.frozenColumns) {
      td.classList.add('frozen-col');
      let left = ROW_HEADER_WIDTH;
      for (let k = 1; k < c; k += 1) left += this.width(k);
      td.style.left = `${frozenLeft?.[c] ?? left}px`;
      if (c === f.frozenColumns) td.classList.add('frozen-col-last');
    }
    if (r === this.selection.row && c === this.selection.column) td.classList.add('selected');
  }

  /**
   * A cell's content as Sheets draws it: a checkbox for checkbox validation (clicking toggles
   * TRUE/FALSE), a chip with an arrow for a dropdown list, else its text.
   */
  private drawContent(td: HTMLTableCellElement, cell: CellView, row: number, column: number): void {
    const validation = cell.validation;
    if (validation?.kind === 'checkbox' && (typeof cell.value === 'boolean' || cell.value === null)) {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.className = 'cell-checkbox';
      box.checked = cell.value === true;
      box.setAttribute('aria-label', a1(row, column));
      box.addEventListener('mousedown', (e) => e.stopPropagation());
      box.addEventListener('click', (e) => {
        e.preventDefault();
        this.host.selected(row, column);
        this.host.write(cell.value === true ? 'FALSE' : 'TRUE', row, column);
      });
      td.classList.add('checkbox-cell');
      td.replaceChildren(box);
      return;
    }
    if (validation?.kind === 'list' && validation.dropdown) {
      const chip = document.createElement('span');
      chip.className = cell.text === '' ? 'chip empty' : 'chip';
      chip.append(
        Object.assign(document.createElement('span'), { className: 'chip-text', textContent: cell.text }),
        Object.assign(document.createElement('span'), { className: 'chip-arrow', textContent: '▾' }),
      );
      chip.addEventListener('mousedown', (e) => e.stopPropagation());
      chip.addEventListener('click', (e) => {
        e.stopPropagation();
        this.host.selected(row, column);
        this.host.openDropdown(td, validation.values, row, column);
      });
      td.classList.add('dropdown-cell');
      td.replaceChildren(chip);
      return;
    }
    td.textContent = cell.text;
  }

  /**
   * Puts the charts where Sheets anchors them: at their cell plus the offset. Rows not drawn
   * count as one row height each; a drawn row counts as tall as it is.
   */
  private placeCharts(wrapper: HTMLElement): void {
    const fresh = this.chartBoxes.length === 0;
    this.charts.forEach((chart, i) => {
      let box = this.chartBoxes[i];
      const title = typeof chart.options.title === 'string' ? chart.options.title : '';
      if (!box) {
        box = document.createElement('div');
        box.className = 'chart';
        box.dataset.title = title;
        const canvas = document.createElement('canvas');
        canvas.width = Number(chart.options.width ?? DEFAULT_CHART.width) - 10;
        canvas.height = Number(chart.options.height ?? DEFAULT_CHART.height) - 10;
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', title);
        box.append(canvas);
        this.chartBoxes.push(box);
      }
      let left = ROW_HEADER_WIDTH;
      for (let c = 1; c < chart.position.column; c += 1) left += this.width(c);
      const anchorRow = this.table?.querySelector<HTMLElement>(`tr[data-row="${chart.position.row}"]`);
      const top = anchorRow ? anchorRow.offsetTop : chart.position.row * ROW_HEIGHT;
      box.style.left = `${left + chart.position.offsetX}px`;
      box.style.top = `${top + chart.position.offsetY}px`;
      wrapper.append(box);
    });
    if (fresh)
      this.charts.forEach((chart, i) => {
        const canvas = this.chartBoxes[i]?.querySelector('canvas');
        if (canvas) this.chartObjects.push(drawChart(canvas, chart));
      });
  }

  /** Moves the selection, scrolling the cell into view when it is not. */
  select(row: number, column: number): void {
    this.selection = { row: Math.max(1, row), column: Math.max(1, column) };
    this.table?.querySelectorAll('td.selected').forEach((td) => {
      td.classList.remove('selected');
    });
    const td = this.table?.querySelector(`td[data-cell="${a1(this.selection.row, this.selection.column)}"]`);
    td?.classList.add('selected');
    this.reveal(this.selection.row, this.selection.column);
  }

  /** Scrolls so that a cell is in view (behind no frozen row or column). */
  private reveal(row: number, column: number): void {
    const f = this.frame;
    if (!f) return;
    const s = this.scroll;
    if (row > f.frozenRows) {
      const top = (row - f.frozenRows - 1) * ROW_HEIGHT;
      const room = s.clientHeight - (f.frozenRows + 1) * ROW_HEIGHT;
      if (top < s.scrollTop) s.scrollTop = top;
      else if (top + ROW_HEIGHT > s.scrollTop + room) s.scrollTop = top + ROW_HEIGHT - room;
    }
    if (column > f.frozenColumns) {
      let left = 0;
      for (let c = f.frozenColumns + 1; c < column; c += 1) left += this.width(c);
      let frozen = ROW_HEADER_WIDTH;
      for (let c = 1; c <= f.frozenColumns; c += 1) frozen += this.width(c);
      const room = s.clientWidth - frozen;
      if (left < s.scrollLeft) s.scrollLeft = left;
      else if (left + this.width(column) > s.scrollLeft + room)
        s.scrollLeft = left + this.width(column) - room;
    }
  }

  /** Forgets the sheet (another is shown next). */
  clear(): void {
    this.frame = null;
    this.cells.clear();
    this.charts = [];
    this.clearCharts();
    this.table = null;
    this.drawnWindow = null;
    this.window = { top: 1, bottom: 0, left: 1, right: 0 };
    this.selection = { row: 1, column: 1 };
    this.scroll.replaceChildren();
    this.scroll.scrollTop = 0;
    this.scroll.scrollLeft = 0;
  }
}

function applyStyle(td: HTMLTableCellElement, cell: CellView): void {
  const style = cell.style ?? {};
  if (typeof style.background === 'string') td.style.backgroundColor = style.background;
  if (typeof style.fontColor === 'string') td.style.color = style.fontColor;
  if (style.fontWeight === 'bold') td.style.fontWeight = '700';
  if (style.fontStyle === 'italic') td.style.fontStyle = 'italic';
  if (typeof style.fontSize === 'number') td.style.fontSize = `${style.fontSize}pt`;
  if (typeof style.horizontalAlignment === 'string') td.style.textAlign = style.horizontalAlignment;
  if (style.wrap === true) td.classList.add('wrap');
}
