// What each open preview page has been sent, so that an update sends only what changed: the
// cells of the window the page shows (recomputed only where the engine's change list, a
// conditional format or a dropdown from a range can have changed them), its sheet's layout and
// charts, and the menu, sidebar and tabs around the grid.
import type { FakeSheet } from '../fakes/spreadsheetApp';
import type { CellView, ChartView, GridWindow, PreviewWorkbook, SheetFrame } from './workbook';

/** The window a page gets before it has said what it shows (a screenful and a margin). */
export const DEFAULT_WINDOW: GridWindow = { top: 1, bottom: 60, left: 1, right: 26 };

/** The most rows and columns one update carries: a window larger than a few screens is cut. */
const MAX_WINDOW = { rows: 400, columns: 120 };

/** How many pages the server remembers; an older page's next update redraws everything. */
const MAX_PAGES = 16;

/** What a page asks for: its id (one per page load), the sheet it shows and its window. */
export interface ViewRequest {
  page: string;
  /** The sheet by name; else by id (a reloaded page's address names its sheet so); else the last one shown. */
  sheet?: string;
  sheetId?: number;
  window?: GridWindow;
}

/** The cells, layout and charts of the page's sheet that differ from what the page holds. */
export interface GridUpdate {
  /** The sheet shown: the one asked for, or the first when that one is gone ('' when none). */
  sheet: string;
  /**
   * The window the cells are for, besides the frozen rows and columns: the page drops every cell
   * it holds outside them.
   */
  window: GridWindow;
  /** The page drops every cell it holds before applying `cells` (another sheet, or a redraw). */
  reset?: true;
  frame?: SheetFrame;
  /** Cells of the window that are new or changed. */
  cells: CellView[];
  /** `row:column` of cells of the window that show nothing any more. */
  cleared: string[];
  charts?: ChartView[];
}

interface PageMemory {
  sheet: FakeSheet | null;
  window: GridWindow;
  version: number;
  /** JSON of each cell view sent, by `row:column`, for the cells of `window`. */
  sent: Map<string, string>;
  frame: string;
  charts: string;
  /** JSON of the page's other parts (menu, tabs, …), compared as a whole. */
  meta: string;
}

function sameWindow(a: GridWindow, b: GridWindow): boolean {
  return a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;
}

/** A window the page may ask for: whole numbers from 1, and not larger than MAX_WINDOW. */
function clampWindow(w: GridWindow | undefined): GridWindow {
  const whole = (n: unknown, fallback: number) =>
    Number.isFinite(n) ? Math.max(1, Math.floor(n as number)) : fallback;
  const top = whole(w?.top, DEFAULT_WINDOW.top);
  const left = whole(w?.left, DEFAULT_WINDOW.left);
  return {
    top,
    left,
    bottom: Math.min(Math.max(top, whole(w?.bottom, DEFAULT_WINDOW.bottom)), top + MAX_WINDOW.rows - 1),
    right: Math.min(Math.max(left, whole(w?.right, DEFAULT_WINDOW.right)), left + MAX_WINDOW.columns - 1),
  };
}

/** Every open page's memory, and the updates that bring each up to date. */
export class PageViews {
  private readonly pages = new Map<string, PageMemory>();

  constructor(private readonly workbook: PreviewWorkbook) {}

  private memory(page: string): PageMemory {
    let memory = this.pages.get(page);
    if (!memory) {
      memory = {
        sheet: null,
        window: DEFAULT_WINDOW,
        version: -1,
        sent: new Map(),
        frame: '',
        charts: '',
        meta: '',
      };
      this.pages.set(page, memory);
      // Forget the page seen longest ago (a Map keeps insertion order).
      if (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value as string);
    }
    return memory;
  }

  /** `meta` when it differs from what the page was last sent, else undefined. */
  changedMeta<T>(page: string, meta: T): T | undefined {
    const memory = this.memory(page);
    const json = JSON.stringify(meta);
    if (json === memory.meta) return undefined;
    memory.meta = json;
    return meta;
  }

  /** What the page must redraw of the sheet it shows (see GridUpdate). */
  grid(request: ViewRequest): GridUpdate {
    const memory = this.memory(request.page);
    const workbook = this.workbook;
    const live = workbook.live;
    live.engine();
    const sheets = workbook.env.spreadsheet.sheets;
    const wanted = request.sheet
      ? workbook.env.spreadsheet.peekSheet(request.sheet)
      : sheets.find((s) => s.sheetId === request.sheetId);
    const sheet = wanted ?? (memory.sheet && sheets.includes(memory.sheet) ? memory.sheet : sheets[0]);
    // A page that names no window has just cleared its grid: another sheet opens at its top-left
    // corner, as in Sheets, not where the previous one was scrolled to.
    const fresh = sheet !== memory.sheet;
    const window = clampWindow(request.window ?? (fresh ? DEFAULT_WINDOW : memory.window));
    const update: GridUpdate = { sheet: sheet?.name ?? '', window, cells: [], cleared: [] };
    if (!sheet) return update;

    if (sheet !== memory.sheet) {
      memory.sheet = sheet;
      memory.sent = new Map();
      memory.frame = '';
      memory.charts = '';
      update.reset = true;
    }
    const frame = workbook.frame(sheet);
    const frameJson = JSON.stringify(frame);
    if (frameJson !== memory.frame) {
      memory.frame = frameJson;
      update.frame = frame;
    }

    // Which cells to compute: every cell of the window after anything but a change of values
    // (the add-on may have changed formats, rules or notes) or a move of the window; else the
    // cells whose values the engine says changed, and the window's cells whose look depends on
    // other cells (conditional formats, dropdowns listing a range).
    const changed = memory.version >= live.structuralVersion ? live.changedSince(memory.version) : null;
    const whole = changed === null || !sameWindow(window, memory.window) || update.reset === true;
    // The page draws the window and, beside it, the frozen rows and columns.
    const drawn = (row: number, column: number) =>
      (row <= sheet.frozenRows || (row >= window.top && row <= window.bottom)) &&
      (column <= sheet.frozenColumns || (column >= window.left && column <= window.right));
    let views: CellView[];
    let asked: Array<[number, number]> | null = null;
    if (whole) views = workbook.cells(sheet, window);
    else {
      const keys = new Map<string, [number, number]>();
      for (const c of changed)
        if (c.sheet === sheet && drawn(c.row, c.column)) keys.set(`${c.row}:${c.column}`, [c.row, c.column]);
      if (changed.length > 0)
        for (const [row, column] of workbook.dependentLooks(sheet, workbook.drawnCells(sheet, window)))
          keys.set(`${row}:${column}`, [row, column]);
      asked = [...keys.values()];
      views = workbook.cellsAt(sheet, asked);
    }

    const shown = new Set<string>();
    for (const view of views) {
      const key = `${view.row}:${view.column}`;
      shown.add(key);
      const json = JSON.stringify(view);
      if (memory.sent.get(key) === json) continue;
      memory.sent.set(key, json);
      update.cells.push(view);
    }
    const gone = asked ? asked.map(([r, c]) => `${r}:${c}`) : [...memory.sent.keys()];
    for (const key of gone) {
      if (shown.has(key) || !memory.sent.has(key)) continue;
      memory.sent.delete(key);
      const [row, column] = key.split(':').map(Number);
      if (drawn(row, column)) update.cleared.push(key);
    }
    memory.window = window;

    if (whole || (changed?.length ?? 0) > 0) {
      const charts = workbook.charts(sheet);
      const json = JSON.stringify(charts);
      if (json !== memory.charts) {
        memory.charts = json;
        update.charts = charts;
      }
    }
    memory.version = live.version;
    return update;
  }
}
