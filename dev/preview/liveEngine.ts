// The preview's HyperFormula, kept in step with the fake spreadsheet instead of being rebuilt:
// after the add-on writes, only the cells that differ from what the engine holds are set again,
// and a person's edit sets one cell; HyperFormula then recomputes only what depends on them and
// lists the cells whose values changed, which the page is sent.
import {
  CellValueDetailedType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  type RawCellContent,
} from 'hyperformula';
import { columnLetters } from '../../src/formula/a1';
import { ENGINE_CONFIG } from '../engine';
import type { FakeEnvironment, FakeSheet, FakeValue } from '../fakes/spreadsheetApp';
import { fastConditionalAggregation, valuesMayChange } from './fastCriteria';
import { type LocaleSpec, toEngineFormula } from './locale';

/** Days between Sheets' day 0 (1899-12-30) and the Unix epoch. */
const EPOCH_SERIAL = 25569;

/**
 * Stands in for a formula the locale cannot read: an #ERROR! for the cell and those that refer
 * to it, worded "Formula parse error." (see formulaErrors.ts), as in Sheets.
 */
const UNREADABLE = '=#ERROR!';

/** Call methods after which the fake may hold something the engine does not. */
const MUTATION = /\.(set|insert|delete|clear|remove|copy|move)/;

/** Above this many changed cells in one sheet, they are set as one block (see setBlock). */
const WHOLE_SHEET_AFTER = 1000;

/** A fake cell as the fake's sheet holds it (its map's values). */
type FakeCell = NonNullable<ReturnType<FakeSheet['peekCell']>>;

/**
 * One cell of the fake as the engine last read it: the formula and value it had then. The fake
 * changes a cell by setting these fields, so comparing them finds every change without any key
 * lookup: the whole preview (half a million cells with a 30,000-row log) compares in milliseconds.
 */
interface Tracked {
  cell: FakeCell;
  row: number;
  column: number;
  formula: string | null;
  value: FakeValue;
}

/** Today's date in the preview's clock as a Sheets serial day (TODAY(), as HyperFormula reads it). */
function todaySerial(): number {
  const now = new Date();
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000 + EPOCH_SERIAL;
}

/**
 * TODAY() as HyperFormula computes it, but not volatile. HyperFormula recomputes every volatile
 * cell and all that depends on it after any change; a workbook's AsOfDate is =TODAY() and the
 * whole contacts log's Follow up reads it, so every edit would recompute every log row (about a
 * second with a 30,000-row log). TODAY only changes at midnight: the engine is rebuilt then.
 */
class StableTodayPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    TODAY: {
      method: 'today',
      parameters: [],
      returnNumberType: CellValueDetailedType.NUMBER_DATE as never,
    },
  };

  today(ast: { args: unknown[] }, state: unknown): unknown {
    const run = this.runFunction as unknown as (
      args: unknown[],
      state: unknown,
      metadata: unknown,
      fn: () => number,
    ) => unknown;
    return run.call(this, ast.args, state, this.metadata('TODAY'), todaySerial);
  }
}

/**
 * Builds an engine with the stable TODAY and the quick conditional aggregations (fastCriteria.ts).
 * HyperFormula's function registry is global, but an
 * engine keeps the functions it was built with, so the registry is given back at once and no
 * other engine (a test's harness in the same process) sees the change.
 */
export function buildEngine(
  sheets: Record<string, RawCellContent[][]>,
  names: Array<{ name: string; expression: string }>,
): HyperFormula {
  const original = HyperFormula.getFunctionPlugin('TODAY');
  const conditional = HyperFormula.getFunctionPlugin('COUNTIFS');
  const fast = fastConditionalAggregation();
  HyperFormula.registerFunction('TODAY', StableTodayPlugin);
  if (fast) HyperFormula.registerFunctionPlugin(fast);
  try {
    // No undo: the preview never undoes, and the undo stack would copy every cell an import sets.
    return HyperFormula.buildFromSheets(sheets, { ...ENGINE_CONFIG, undoLimit: 0 }, names);
  } finally {
    if (original) HyperFormula.registerFunction('TODAY', original);
    if (conditional) HyperFormula.registerFunctionPlugin(conditional);
  }
}

/** A cell of the fake as the engine reads it; a leading ' keeps text as text. */
export function engineContent(
  cell: { value: FakeValue; formula: string | null },
  locale: LocaleSpec,
): RawCellContent {
  if (cell.formula !== null) return toEngineFormula(cell.formula, locale.separators) ?? UNREADABLE;
  const v = cell.value;
  if (v === null || v === '') return null;
  // A Date the add-on wrote comes from the vm context's realm, where instanceof Date fails.
  if (Object.prototype.toString.call(v) === '[object Date]')
    return (v as Date).getTime() / 86_400_000 + EPOCH_SERIAL;
  if (typeof v === 'string') return `'${v}`;
  return v;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** One cell whose value changed, by its sheet and 1-based position. */
export interface ChangedCell {
  sheet: FakeSheet;
  row: number;
  column: number;
}

/** What the engine holds for one sheet of the fake. */
interface SyncedSheet {
  id: number;
  /** The name the engine knows it by (a rename in the fake is a new sheet to the engine). */
  name: string;
  /** Every cell of the fake's sheet, in the order of its map (the fake only ever adds cells, at the end). */
  tracked: Tracked[];
  /**
   * The last row and column of any cell the fake holds (content, format, note or rule), kept up
   * as cells are added so that nothing scans a 30,000-row sheet again to lay it out.
   */
  rows: number;
  columns: number;
}

/** True when a cell holds a formula or a value (not only a format, note or rule). */
function hasContent(cell: { value: FakeValue; formula: string | null }): boolean {
  return cell.formula !== null || (cell.value !== null && cell.value !== '');
}

/** HyperFormula kept in step with a fake spreadsheet; see the file comment. */
export class LiveEngine {
  private hf: HyperFormula | null = null;
  private readonly synced = new Map<FakeSheet, SyncedSheet>();
  private readonly byId = new Map<number, FakeSheet>();
  /** Each tracked cell's record, for a person's edit to update. */
  private trackedOf = new WeakMap<FakeCell, Tracked>();
  /** Named expressions the engine holds: name → expression. */
  private readonly names = new Map<string, string>();
  private scannedCalls = 0;
  private rebuildNeeded = true;
  private builtOn = 0;
  /** Counts every change of content or values; the page asks for what changed since a count. */
  version = 0;
  /** The last version at which anything besides cell values may have changed (formats, sheets, notes, …). */
  structuralVersion = 0;
  /** Cells whose value changed, by version, since `logStart`: what a page that saw `logStart` must redraw. */
  private log: Array<{ version: number; cells: ChangedCell[] }> = [];
  private logStart = 0;

  constructor(
    private readonly env: FakeEnvironment,
    private readonly locale: () => LocaleSpec,
    private readonly registerFunctions: () => void,
  ) {}

  /** Makes the next read rebuild the engine from every cell (a locale switch rewrote the formulas). */
  invalidate(): void {
    this.rebuildNeeded = true;
  }

  /** The engine holding what the fake holds now. */
  engine(): HyperFormula {
    const calls = this.env.calls;
    let mutated = false;
    for (; this.scannedCalls < calls.length; this.scannedCalls += 1)
      if (MUTATION.test(calls[this.scannedCalls].method)) mutated = true;
    if (this.rebuildNeeded || !this.hf || this.builtOn !== todaySerial()) this.rebuild();
    else if (mutated) this.sync();
    return this.hf!;
  }

  /** The engine's id of a fake sheet (after `engine()`). */
  sheetId(sheet: FakeSheet): number | undefined {
    return this.synced.get(sheet)?.id;
  }

  /** The last row and column with content of a sheet. */
  extent(sheet: FakeSheet): [number, number] {
    this.engine();
    const s = this.synced.get(sheet);
    return s ? [s.rows, s.columns] : [0, 0];
  }

  /**
   * Sets one cell the way a person's typing does (the fake already holds the new content) and
   * returns the cells whose values changed, the typed one included.
   */
  setCell(sheet: FakeSheet, row: number, column: number): ChangedCell[] {
    const hf = this.engine();
    const s = this.synced.get(sheet);
    const cell = sheet.peekCell(row, column);
    if (!s || !cell) return [];
    // A cell typed into for the first time is new to the fake's map: the next sync tracks it.
    const t = this.trackedOf.get(cell);
    if (t) {
      t.formula = cell.formula;
      t.value = cell.value;
    }
    s.rows = Math.max(s.rows, row);
    s.columns = Math.max(s.columns, column);
    valuesMayChange();
    const changes = hf.setCellContents({ sheet: s.id, row: row - 1, col: column - 1 }, [
      [engineContent(cell, this.locale())],
    ]);
    return this.record(changes, [{ sheet, row, column }], false);
  }

  /** Cells whose value changed after `since`, or null when the log no longer reaches back that far. */
  changedSince(since: number): ChangedCell[] | null {
    if (since < this.logStart) return null;
    return this.log.filter((entry) => entry.version > since).flatMap((entry) => entry.cells);
  }

  /** Builds the engine from every cell of the fake: at start, after a locale switch, at midnight. */
  private rebuild(): void {
    this.hf?.destroy();
    this.synced.clear();
    this.trackedOf = new WeakMap();
    this.byId.clear();
    this.names.clear();
    this.registerFunctions();
    valuesMayChange();
    const locale = this.locale();
    const sheets: Record<string, RawCellContent[][]> = {};
    const live = this.env.spreadsheet.sheets;
    for (const sheet of live) sheets[sheet.name] = this.snapshotSheet(sheet, locale).grid;
    const named = this.namedExpressions();
    this.hf = buildEngine(
      sheets,
      [...named].map(([name, expression]) => ({ name, expression })),
    );
    for (const sheet of live) this.synced.get(sheet)!.id = this.hf.getSheetId(sheet.name)!;
    for (const [sheet, s] of this.synced) this.byId.set(s.id, sheet);
    for (const [name, expression] of named) this.names.set(name, expression);
    this.builtOn = todaySerial();
    this.rebuildNeeded = false;
    this.version += 1;
    this.structuralVersion = this.version;
    this.log = [];
    this.logStart = this.version;
  }

  /** Starts tracking a sheet's cells; returns its grid for the engine. */
  private snapshotSheet(sheet: FakeSheet, locale: LocaleSpec): { grid: RawCellContent[][] } {
    const s: SyncedSheet = { id: -1, name: sheet.name, tracked: [], rows: 0, columns: 0 };
    this.synced.set(sheet, s);
    this.trackNew(sheet, s, () => {});
    return { grid: this.grid(s, locale) };
  }

  /** Tracks the cells the fake added to its map since the last look, calling `added` for each. */
  private trackNew(sheet: FakeSheet, s: SyncedSheet, added: (t: Tracked) => void): void {
    const known = s.tracked.length;
    if (sheet.cells.size === known) return;
    let index = 0;
    for (const key of sheet.cells.keys()) {
      if (index++ < known) continue;
      const cell = sheet.cells.get(key)!;
      const [row, column] = key.split(':').map(Number);
      const t: Tracked = { cell, row, column, formula: cell.formula, value: cell.value };
      s.tracked.push(t);
      this.trackedOf.set(cell, t);
      s.rows = Math.max(s.rows, row);
      s.columns = Math.max(s.columns, column);
      added(t);
    }
  }

  /**
   * Sets many changed cells at once: the rectangle around them in one call when they fill much of
   * it (an import batch of 2,000 appended rows), else the whole sheet. Both cost HyperFormula
   * far less than one call per run (32,000 cells in runs took minutes at 30,000 rows).
   */
  private setBlock(sheet: FakeSheet, s: SyncedSheet, changed: Tracked[], locale: LocaleSpec): void {
    const hf = this.hf!;
    let [top, bottom, left, right] = [Infinity, 0, Infinity, 0];
    for (const t of changed) {
      top = Math.min(top, t.row);
      bottom = Math.max(bottom, t.row);
      left = Math.min(left, t.column);
      right = Math.max(right, t.column);
    }
    if ((bottom - top + 1) * (right - left + 1) > 4 * changed.length) {
      hf.setSheetContent(s.id, this.grid(s, locale));
      return;
    }
    const block: RawCellContent[][] = [];
    for (let row = top; row <= bottom; row += 1) {
      const line: RawCellContent[] = [];
      for (let column = left; column <= right; column += 1) {
        const cell = sheet.peekCell(row, column);
        line.push(cell ? engineContent(cell, locale) : null);
      }
      block.push(line);
    }
    hf.setCellContents({ sheet: s.id, row: top - 1, col: left - 1 }, block);
  }

  /** The engine's grid of a tracked sheet, from A1 to its last cell with content. */
  private grid(s: SyncedSheet, locale: LocaleSpec): RawCellContent[][] {
    const filled = s.tracked.filter((t) => hasContent(t.cell));
    let rows = 0;
    let columns = 0;
    for (const t of filled) {
      rows = Math.max(rows, t.row);
      columns = Math.max(columns, t.column);
    }
    const grid: RawCellContent[][] = Array.from({ length: rows }, () => Array(columns).fill(null));
    for (const t of filled) grid[t.row - 1][t.column - 1] = engineContent(t.cell, locale);
    return grid;
  }

  /** The fake's named ranges as engine expressions (`='Plan'!$B$3:$M$3`). */
  private namedExpressions(): Map<string, string> {
    const named = new Map<string, string>();
    for (const n of this.env.spreadsheet.namedRanges) {
      const r = n.range;
      if (r.sheet.deleted) continue;
      const first = `$${columnLetters(r.column)}$${r.row}`;
      const last = `$${columnLetters(r.column + r.numColumns - 1)}$${r.row + r.numRows - 1}`;
      const a1 = r.numRows === 1 && r.numColumns === 1 ? first : `${first}:${last}`;
      named.set(n.name, `=${quoteSheet(r.sheet.name)}!${a1}`);
    }
    return named;
  }

  /**
   * Brings the engine in step after the add-on wrote: sheets removed, renamed (to the engine a
   * sheet of another name) or added, named ranges changed, then every cell that differs from
   * what the engine holds, all in one batch so the engine recomputes once.
   */
  private sync(): void {
    const hf = this.hf!;
    const locale = this.locale();
    const live = this.env.spreadsheet.sheets;
    const liveSet = new Set(live);
    const touched: ChangedCell[] = [];
    valuesMayChange();
    const changes = hf.batch(() => {
      const wanted = this.namedExpressions();
      for (const name of [...this.names.keys()])
        if (!wanted.has(name)) {
          hf.removeNamedExpression(name);
          this.names.delete(name);
        }
      for (const [sheet, s] of [...this.synced])
        if (!liveSet.has(sheet) || sheet.name !== s.name) {
          hf.removeSheet(s.id);
          this.synced.delete(sheet);
          this.byId.delete(s.id);
        }
      for (const sheet of live) {
        if (this.synced.has(sheet)) continue;
        const { grid } = this.snapshotSheet(sheet, locale);
        const id = hf.getSheetId(hf.addSheet(sheet.name))!;
        this.synced.get(sheet)!.id = id;
        this.byId.set(id, sheet);
        if (grid.length > 0) hf.setSheetContent(id, grid);
      }
      for (const [name, expression] of wanted) {
        const held = this.names.get(name);
        if (held === expression) continue;
        if (held === undefined) hf.addNamedExpression(name, expression);
        else hf.changeNamedExpression(name, expression);
        this.names.set(name, expression);
      }
      for (const sheet of live) this.syncCells(sheet, locale, touched);
    });
    this.record(changes, touched, true);
  }

  /**
   * Sets again every cell of `sheet` whose content changed, in runs along each row, or as a
   * block when many did (an import batch of 2,000 rows is 32,000 cells).
   */
  private syncCells(sheet: FakeSheet, locale: LocaleSpec, touched: ChangedCell[]): void {
    const hf = this.hf!;
    let s = this.synced.get(sheet)!;
    if (sheet.cells.size < s.tracked.length) {
      // The fake dropped cells, which it never did when this was written: track the sheet afresh.
      s = { ...s, tracked: [], rows: 0, columns: 0 };
      this.synced.set(sheet, s);
    }
    const changed: Tracked[] = [];
    for (const t of s.tracked) {
      if (t.cell.formula === t.formula && t.cell.value === t.value) continue;
      t.formula = t.cell.formula;
      t.value = t.cell.value;
      changed.push(t);
    }
    this.trackNew(sheet, s, (t) => {
      if (hasContent(t.cell)) changed.push(t);
    });
    if (changed.length === 0) return;
    for (const t of changed) touched.push({ sheet, row: t.row, column: t.column });
    if (changed.length > WHOLE_SHEET_AFTER) {
      this.setBlock(sheet, s, changed, locale);
      return;
    }
    changed.sort((a, b) => a.row - b.row || a.column - b.column);
    for (let i = 0; i < changed.length; ) {
      let j = i + 1;
      while (
        j < changed.length &&
        changed[j].row === changed[i].row &&
        changed[j].column === changed[j - 1].column + 1
      )
        j += 1;
      const run = changed.slice(i, j).map((t) => engineContent(t.cell, locale));
      hf.setCellContents({ sheet: s.id, row: changed[i].row - 1, col: changed[i].column - 1 }, [run]);
      i = j;
    }
  }

  /** Logs the cells whose values the engine says changed (and those set), under a new version. */
  private record(changes: unknown[], set: ChangedCell[], structural: boolean): ChangedCell[] {
    const cells = [...set];
    for (const change of changes) {
      const address = (change as { address?: { sheet: number; row: number; col: number } }).address;
      const sheet = address ? this.byId.get(address.sheet) : undefined;
      if (address && sheet) cells.push({ sheet, row: address.row + 1, column: address.col + 1 });
    }
    this.version += 1;
    if (structural) this.structuralVersion = this.version;
    this.log.push({ version: this.version, cells });
    // A page that fell further behind than this redraws its whole window instead.
    while (this.log.length > 200) this.logStart = this.log.shift()!.version;
    return cells;
  }
}
