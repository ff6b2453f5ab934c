/**
 * The Sheets adapter: applies a workbook plan to a spreadsheet with batched calls, never
 * overwriting anything a person made, and leaving the spreadsheet as it was when a build fails.
 *
 * All or nothing. Everything is read first (sheet names, named ranges), so no read ever waits for
 * pending writes. Then, in replace mode, the sheets being replaced are only renamed aside
 * (`~Plan`), the new sheets are made under their final names and filled, the replaced sheets'
 * named ranges are removed and ours set, a flush makes Sheets apply (or refuse) every deferred
 * write, and only when all of that succeeded are the old sheets deleted. Every change before that point has an undo step; when any call fails, the steps run
 * backwards (our named ranges removed, the old ones set again, the new sheets deleted, the old
 * sheets given back their names, the sheet that was active made active again) and the error is
 * rethrown. This order was chosen over building under temporary names and renaming afterwards
 * because the new formulas, charts and named ranges then never depend on Sheets rewriting
 * references on a rename, and a person's data is never deleted before the new workbook is
 * complete. Once it is complete the build has succeeded: should deleting an old sheet fail, the
 * new workbook stays, the old sheet keeps its `~` name, and the result names it (`keptAside`) for
 * the sidebar to say so. Undoing instead would delete a complete workbook to restore a sheet that
 * is still there, with calls that could fail again.
 *
 * Grids: a new sheet is 1,000 rows by 26 columns and Sheets refuses any range past a sheet's grid
 * (writing never grows it), so each new sheet is first grown to the grid its plan states
 * (`SheetPlan.grid`, derived in src/workbook/grid.ts): one insertRowsAfter and one
 * insertColumnsAfter at most, and only when the plan needs them. insertSheet makes each new sheet
 * the active one, so the sheet the plan shows (`WorkbookPlan.shown`, the Summary) is inserted last
 * and is the active sheet when the build is done, without a call of its own.
 *
 * Batching (service calls per build depend on neither the number of months nor of rows, but for
 * the one or two calls that grow a sheet past a new sheet's grid):
 * - reads: the sheet names, the active sheet, the named ranges and the locale (whose date pattern
 *   the plan's date cells take), all before the first write, so no read ever forces Sheets to
 *   flush pending writes; the separator probe reads after an explicit flush;
 * - sheets: one insertSheet each, and per dimension its plan grows past a new sheet's grid one
 *   insertRowsAfter or insertColumnsAfter;
 * - range handles: one `getRangeList(...).getRanges()` per sheet for every range the build names;
 * - cells, number formats, styles, data validations and notes: one grid each per sheet over one
 *   rectangle (`setValues`, `setNumberFormats`, `setBackgrounds`, ..., `setDataValidations`),
 *   each distinct validation rule built once;
 * - protection: one warning-only `sheet.protect()` per sheet, its inputs unprotected at once;
 * - conditional formats: one `setConditionalFormatRules` per sheet;
 * - charts: a few calls each (their number is fixed by the plan's layout);
 * - column widths: one `setColumnWidths` per run of neighbouring columns of equal width, none for a
 *   run as wide as a new sheet's columns already are;
 * - named ranges: one `setNamedRange` each;
 * - values the caller wants back (the Summary's headline): one `getValues` per sheet, after the
 *   last flush, through a handle fetched with the others.
 *
 * Formula separators: the plan writes `,` separators, which spreadsheets in comma-decimal locales
 * cannot parse. The adapter writes `=IF(1>0,1,0)` with `setValues` (the call the real writes use)
 * to A1 of the first new sheet, flushes, and reads the value: anything but 1 means the spreadsheet
 * wants the locale's syntax, and every formula (cells and conditional formats) is converted by
 * `toSemicolonSeparators` (`;` between arguments, `\` between columns of array literals).
 */

import { type CellRect, formatA1, parseA1, quoteSheetName, splitSheetRange } from '../formula/a1';
import { hasCommaSeparator, toSemicolonSeparators } from '../formula/formulaText';
import { NEW_SHEET_COLUMN_WIDTH, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from '../platform/limits';
import { knownLocaleWriting } from '../platform/typedInput';
import { withLocaleDates } from '../workbook/dates';
import type { ChartSpec, NamedRangePlan, SheetPlan, ValidationRule, WorkbookPlan } from '../workbook/plan';
import {
  chooseSheetNames,
  freeNamedRangeName,
  freeSheetName,
  mapFormulas,
  renamePlan,
} from '../workbook/renamePlan';
import { sheetBox, sheetGrids } from '../workbook/sheetGrid';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;

export interface ApplyOptions {
  /** Delete sheets with the plan's names (the person confirmed it); else pick free names. */
  replaceExisting: boolean;
  /** Named ranges of the plan (as planned) whose values to read once the build is complete. */
  readBack?: string[];
}

export interface ApplyResult {
  /** Names of the sheets made, in plan order. */
  sheets: string[];
  /** Names of the sheets deleted and made anew, as the spreadsheet spelled them (empty unless replaceExisting). */
  replaced: string[];
  /**
   * Replaced sheets that Sheets refused to delete once the new workbook was complete: they stay, under
   * these `~` names, beside the new workbook (nothing is lost; the person may delete them).
   */
  keptAside: string[];
  /** Every sheet of the spreadsheet after the build, in tab order. */
  sheetNames: string[];
  /** The plan's named ranges as made: names may carry a suffix, ranges the new sheet names. */
  namedRanges: Array<NamedRangePlan & { planned: string }>;
  /** Which argument separators the formulas were written with. */
  separators: 'comma' | 'semicolon';
  /**
   * The values of the `readBack` named ranges (the top-left cell of each), by planned name; null
   * when reading them failed, which leaves the build itself complete.
   */
  readBack: Record<string, unknown> | null;
}

/** The formula the separator probe writes; a plain comma call that needs no other cell. */
export const SEPARATOR_PROBE = '=IF(1>0,1,0)';

/** Where the probe is written: A1 of the first new sheet. */
const PROBE_CELL = 'A1';

/** What the probe cell holds when the spreadsheet read the comma formula. */
const PROBE_VALUE = 1;

/** Prefix of the temporary name a replaced sheet carries until the new workbook is complete. */
const ASIDE_PREFIX = '~';

/** An existing named range as read before the build: its handle, its name, and whether it must go. */
interface ExistingName {
  named: NamedRange;
  name: string;
  /** Its range, read when it points into a sheet being replaced (to set it again on failure). */
  range: Range | null;
}

/**
 * Applies `plan` to `spreadsheet` and returns what it made. Sheets with the plan's names are left
 * as they are and the new ones get free names (`Plan (2)`), unless `replaceExisting`. Throws the
 * first refusal of Sheets after undoing every change (see the module comment).
 */
export function applyPlan(spreadsheet: Spreadsheet, plan: WorkbookPlan, options: ApplyOptions): ApplyResult {
  // Reads first: none of them may wait for a pending write.
  const existing = spreadsheet.getSheets();
  const wasActive = spreadsheet.getActiveSheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const existingNames = existing.map((s) => s.getName());
  const plannedNames = plan.sheets.map((s) => s.name);
  const plannedLower = new Set(plannedNames.map((n) => n.toLowerCase()));
  const replacing = existingNames.map((n) => options.replaceExisting && plannedLower.has(n.toLowerCase()));
  const toReplace = existing.filter((_, i) => replacing[i]);
  const replacedNames = existingNames.filter((_, i) => replacing[i]);
  const keptNames = existingNames.filter((_, i) => !replacing[i]);
  const sheetNames = chooseSheetNames(plannedNames, keptNames);

  const names = readNamedRanges(spreadsheet, plan, toReplace);
  const doomed = names.filter((n) => n.range !== null);
  const namedRangeNames = chooseNamedRangeNames(
    plan,
    names.filter((n) => n.range === null).map((n) => n.name),
  );
  let applied = withLocaleDates(renamePlan(plan, sheetNames, namedRangeNames), locale);
  const spans = readBackSpans(plan, applied, options.readBack ?? []);

  const taken = [...existingNames, ...sheetNames.values()];
  const asideNames = replacedNames.map((name) => {
    const free = freeSheetName(`${ASIDE_PREFIX}${name}`, taken);
    taken.push(free);
    return free;
  });

  const undo: Array<() => void> = [];
  let ranges: RangeBook | null = null;
  let separators: ApplyResult['separators'] = 'comma';
  try {
    toReplace.forEach((sheet, i) => {
      sheet.setName(asideNames[i]);
      undo.push(() => sheet.setName(replacedNames[i]));
    });
    // insertSheet makes each new sheet the active one, so the sheet to show is inserted last.
    undo.push(() => wasActive.activate());
    const made = new Map<string, Sheet>();
    for (const i of insertionOrder(applied)) {
      const sheetPlan = applied.sheets[i];
      const before = applied.sheets.slice(0, i).filter((s) => made.has(s.name)).length;
      const sheet = spreadsheet.insertSheet(sheetPlan.name, existing.length + before);
      made.set(sheetPlan.name, sheet);
      undo.push(() => spreadsheet.deleteSheet(sheet));
      growToGrid(sheet, sheetPlan.grid);
    }

    ranges = RangeBook.forPlan(
      applied,
      made,
      spans.map((s) => s.range),
    );
    // A decimal-point locale reads "," between arguments in every way a formula arrives; only a
    // decimal-comma or unknown locale is asked, with the probe, how Apps Script's writes are read.
    const first = applied.sheets[0];
    const surelyCommas = knownLocaleWriting(locale)?.decimal === '.';
    if (first && !surelyCommas && planHasCommaFormulas(applied) && !probeCommaSeparators(first, ranges)) {
      separators = 'semicolon';
      applied = mapFormulas(applied, toSemicolonSeparators);
    }
    const validations = new Validations(ranges, applied);
    for (const sheetPlan of applied.sheets)
      writeSheet(made.get(sheetPlan.name)!, sheetPlan, ranges, validations);

    for (const old of doomed) {
      old.named.remove();
      undo.push(() => spreadsheet.setNamedRange(old.name, old.range!));
    }
    for (const named of applied.namedRanges) {
      spreadsheet.setNamedRange(named.name, ranges.get(named.range, null));
      undo.push(() => spreadsheet.removeNamedRange(named.name));
    }
    // Writes Sheets defers fail here at the latest, while they can still be undone.
    SpreadsheetApp.flush();
  } catch (err) {
    throw undoAll(undo, err);
  }
  // The new workbook is complete: only now do the replaced sheets go. One that Sheets refuses to
  // delete stays under its `~` name and is reported (the build succeeded; undoing a complete
  // workbook to restore a sheet that is still there would gain nothing and could fail again).
  const keptAside: string[] = [];
  toReplace.forEach((sheet, i) => {
    try {
      spreadsheet.deleteSheet(sheet);
    } catch {
      keptAside.push(asideNames[i]);
    }
  });
  const kept = new Set(keptAside);
  const madeNames = applied.sheets.map((s) => s.name);
  return {
    sheets: madeNames,
    replaced: replacedNames.filter((_, i) => !kept.has(asideNames[i])),
    keptAside,
    sheetNames: [...keptNames, ...keptAside, ...madeNames],
    namedRanges: applied.namedRanges.map((n, i) => ({ ...n, planned: plan.namedRanges[i].name })),
    separators,
    readBack: ranges ? readValues(spans, ranges, toReplace.length > keptAside.length) : null,
  };
}

/**
 * The order to insert the plan's sheets in: plan order, with the sheet to show last, since
 * insertSheet makes each new sheet the active one (the build then needs no activate call).
 */
function insertionOrder(plan: WorkbookPlan): number[] {
  const order = plan.sheets.map((_, i) => i);
  const shown = plan.sheets.findIndex((s) => s.key === plan.shown);
  return shown < 0 ? order : [...order.filter((i) => i !== shown), shown];
}

/**
 * Grows a new sheet (1,000 × 26) to the grid its plan states, with one call per dimension that
 * needs it: Sheets refuses any range past the grid, and writing never grows it.
 */
function growToGrid(sheet: Sheet, grid: WorkbookPlan['sheets'][number]['grid']): void {
  if (grid.rows > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, grid.rows - NEW_SHEET_ROWS);
  if (grid.columns > NEW_SHEET_COLUMNS)
    sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, grid.columns - NEW_SHEET_COLUMNS);
}

/** Cells to read back, grouped by sheet: the rectangle spanning them and where each lies in it. */
interface ReadBackSpan {
  /** `'Sheet'!A1:B9`. */
  range: string;
  cells: Array<{ planned: string; row: number; column: number }>;
}

/** The spans covering the top-left cells of the `wanted` named ranges, one per sheet. */
function readBackSpans(plan: WorkbookPlan, applied: WorkbookPlan, wanted: string[]): ReadBackSpan[] {
  const bySheet = new Map<string, Array<{ planned: string; rect: CellRect }>>();
  plan.namedRanges.forEach((named, i) => {
    if (!wanted.includes(named.name)) return;
    const { sheet, a1 } = splitSheetRange(applied.namedRanges[i].range);
    if (sheet === null) return;
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { planned: named.name, rect: parseA1(a1) }]);
  });
  return [...bySheet].map(([sheet, cells]) => {
    const box: CellRect = {
      row: Math.min(...cells.map((c) => c.rect.row)),
      column: Math.min(...cells.map((c) => c.rect.column)),
      lastRow: Math.max(...cells.map((c) => c.rect.row)),
      lastColumn: Math.max(...cells.map((c) => c.rect.column)),
    };
    return {
      range: `${quoteSheetName(sheet)}!${formatA1(box)}`,
      cells: cells.map((c) => ({
        planned: c.planned,
        row: c.rect.row - box.row,
        column: c.rect.column - box.column,
      })),
    };
  });
}

/**
 * Reads the spans with one getValues each, after a flush when sheets were deleted since the last
 * one. A failure here is not a failed build (the workbook is complete), so it gives null rather
 * than an error.
 */
function readValues(
  spans: ReadBackSpan[],
  ranges: RangeBook,
  flushFirst: boolean,
): Record<string, unknown> | null {
  if (spans.length === 0) return {};
  try {
    if (flushFirst) SpreadsheetApp.flush();
    const values: Record<string, unknown> = {};
    for (const span of spans) {
      const grid = ranges.get(span.range, null).getValues();
      for (const cell of span.cells) values[cell.planned] = grid[cell.row][cell.column];
    }
    return values;
  } catch {
    return null;
  }
}

/**
 * Runs the undo steps backwards, each even when an earlier one failed, and returns the error to
 * throw: the build's own, with any failed clean-up named after it.
 */
function undoAll(undo: Array<() => void>, cause: unknown): unknown {
  const failed: string[] = [];
  for (const step of undo.reverse()) {
    try {
      step();
    } catch (err) {
      failed.push(err instanceof Error ? err.message : String(err));
    }
  }
  if (failed.length === 0) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  return new Error(`${message} (cleaning up also failed: ${failed.join('; ')})`);
}

/**
 * The spreadsheet's named ranges, read once, before any write. Those inside a sheet being replaced
 * (found with one `Sheet.getNamedRanges` per such sheet) would dangle, so they get their range read,
 * to be removed at the end and set again on failure; one whose range cannot be read is not ours to
 * judge and stays (ours then gets a suffix).
 */
function readNamedRanges(spreadsheet: Spreadsheet, plan: WorkbookPlan, toReplace: Sheet[]): ExistingName[] {
  const inside: ExistingName[] = [];
  for (const sheet of toReplace)
    for (const named of sheet.getNamedRanges()) {
      const name = named.getName();
      try {
        inside.push({ named, name, range: named.getRange() });
      } catch {
        // Left in place: its name stays taken.
      }
    }
  if (plan.namedRanges.length === 0) return inside;
  const doomed = new Set(inside.map((n) => n.name.toLowerCase()));
  const staying = spreadsheet
    .getNamedRanges()
    .map((named) => ({ named, name: named.getName(), range: null }))
    .filter((n) => !doomed.has(n.name.toLowerCase()));
  return [...inside, ...staying];
}

/** Free names for the plan's named ranges beside the ones that stay: ours get `_2` on a clash. */
function chooseNamedRangeNames(plan: WorkbookPlan, staying: string[]): Map<string, string> {
  const taken = [...staying];
  const chosen = new Map<string, string>();
  for (const { name } of plan.namedRanges) {
    const free = freeNamedRangeName(name, taken);
    chosen.set(name, free);
    taken.push(free);
  }
  return chosen;
}

function isCommaFormula(v: unknown): boolean {
  return typeof v === 'string' && v.startsWith('=') && hasCommaSeparator(v);
}

function planHasCommaFormulas(plan: WorkbookPlan): boolean {
  return plan.sheets.some(
    (s) =>
      s.blocks.some((b) => b.values.some((row) => row.some(isCommaFormula))) ||
      s.conditionalFormats.some((c) => isCommaFormula(c.formula)),
  );
}

/**
 * Writes the probe formula to A1 of the first new sheet and reads its value after a flush: true
 * when Sheets read `,` separators. The cell is cleared unless the sheet's values are written over it.
 */
function probeCommaSeparators(sheet: SheetPlan, ranges: RangeBook): boolean {
  const cell = ranges.get(PROBE_CELL, sheet.name);
  cell.setValues([[SEPARATOR_PROBE]]);
  SpreadsheetApp.flush();
  const value = cell.getValue();
  const box = sheetBox(sheet);
  if (box?.row !== 1 || box.column !== 1) cell.clearContent();
  return value === PROBE_VALUE;
}

/**
 * Range handles for every range the build names (each sheet's grid rectangle, the probe cell,
 * unprotected inputs, conditional-format ranges, chart data, named ranges), fetched with one
 * `getRangeList(...).getRanges()` per sheet instead of one `getRange` each.
 */
class RangeBook {
  private readonly handles = new Map<string, Map<string, Range>>();

  private constructor(wanted: Map<string, Set<string>>, made: Map<string, Sheet>) {
    for (const [sheet, a1s] of wanted) {
      const list = [...a1s];
      const ranges = made.get(sheet)!.getRangeList(list).getRanges();
      this.handles.set(sheet, new Map(list.map((a1, i) => [a1, ranges[i]])));
    }
  }

  /** The handles the plan's sheets need, once they are made. */
  static forPlan(plan: WorkbookPlan, made: Map<string, Sheet>, extra: string[]): RangeBook {
    const wanted = new Map<string, Set<string>>();
    const want = (range: string, home: string | null) => {
      const { sheet, a1 } = splitSheetRange(range);
      const name = sheet ?? home;
      if (name === null || !made.has(name))
        throw new Error(`the plan refers to "${range}", which is not on a sheet this build makes`);
      if (!wanted.has(name)) wanted.set(name, new Set());
      wanted.get(name)!.add(a1);
    };
    plan.sheets.forEach((sheet, i) => {
      const box = sheetBox(sheet);
      if (box) want(formatA1(box), sheet.name);
      if (i === 0) want(PROBE_CELL, sheet.name);
      for (const a1 of sheet.protection?.unprotected ?? []) want(a1, sheet.name);
      for (const rule of sheet.conditionalFormats) want(rule.range, sheet.name);
      for (const chart of sheet.charts) for (const range of chart.ranges) want(range, sheet.name);
      for (const rule of sheet.validations) if (rule.kind === 'listFromRange') want(rule.source, sheet.name);
    });
    for (const named of plan.namedRanges) want(named.range, null);
    for (const range of extra) want(range, null);
    return new RangeBook(wanted, made);
  }

  /** The handle of `range` (`'Sheet'!A1` or A1 on `home`). */
  get(range: string, home: string | null): Range {
    const { sheet, a1 } = splitSheetRange(range);
    const handle = this.handles.get(sheet ?? home ?? '')?.get(a1);
    if (!handle) throw new Error(`no range handle was fetched for "${range}"`);
    return handle;
  }
}

/**
 * Fills a new sheet: its cells, formats, styles, validations and notes as grids over one range
 * (one call each), then protection, conditional formats, panes, widths and charts.
 */
function writeSheet(sheet: Sheet, plan: SheetPlan, ranges: RangeBook, validations: Validations): void {
  const grids = sheetGrids(plan);
  if (grids) {
    const range = ranges.get(formatA1(grids.box), plan.name);
    range.setValues(grids.values);
    if (grids.numberFormats) range.setNumberFormats(grids.numberFormats);
    if (grids.backgrounds) range.setBackgrounds(grids.backgrounds);
    if (grids.fontColors) range.setFontColors(grids.fontColors);
    if (grids.fontWeights) range.setFontWeights(grids.fontWeights);
    if (grids.fontStyles) range.setFontStyles(grids.fontStyles);
    if (grids.fontSizes) range.setFontSizes(grids.fontSizes);
    if (grids.wraps) range.setWraps(grids.wraps);
    if (grids.horizontalAlignments) range.setHorizontalAlignments(grids.horizontalAlignments);
    if (grids.validations) range.setDataValidations(validations.grid(grids.validations));
    if (grids.notes) range.setNotes(grids.notes);
  }
  protectSheet(sheet, plan, ranges);
  applyConditionalFormats(sheet, plan, ranges);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns > 0) sheet.setFrozenColumns(plan.frozenColumns);
  // A new sheet's columns, and those it grew by, are NEW_SHEET_COLUMN_WIDTH wide already.
  for (const run of widthRuns(plan.columnWidths))
    if (run.width !== NEW_SHEET_COLUMN_WIDTH) sheet.setColumnWidths(run.column, run.count, run.width);
  for (const chart of plan.charts) insertChart(sheet, chart, (range) => ranges.get(range, plan.name));
}

/** One warning-only protection of the whole sheet, its input ranges left free with one call. */
function protectSheet(sheet: Sheet, plan: SheetPlan, ranges: RangeBook): void {
  const { protection } = plan;
  if (!protection) return;
  // No description: Sheets shows it only in the list of protected ranges, and it would cost a
  // call per sheet of the build's budget.
  const made = sheet.protect().setWarningOnly(true);
  if (protection.unprotected.length > 0)
    made.setUnprotectedRanges(protection.unprotected.map((a1) => ranges.get(a1, plan.name)));
}

/**
 * All of the sheet's conditional formats, set with one call (it replaces the sheet's list). The
 * rules are built with one builder, as the data validations are: a builder keeps its settings after
 * `build()` and each built rule is a snapshot, so only what differs from the previous rule is set
 * (the due and overdue rules of the contacts log share their range).
 */
function applyConditionalFormats(sheet: Sheet, plan: SheetPlan, ranges: RangeBook): void {
  const rules = plan.conditionalFormats;
  if (rules.length === 0) return;
  let builder: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder | null = null;
  let last: (typeof rules)[number] | null = null;
  const built = rules.map((rule) => {
    let b = builder ?? SpreadsheetApp.newConditionalFormatRule();
    if (rule.formula !== last?.formula) b = b.whenFormulaSatisfied(rule.formula);
    const { background, fontColor, bold } = rule.style;
    if (background !== last?.style.background) b = b.setBackground(background ?? null);
    if (fontColor !== last?.style.fontColor) b = b.setFontColor(fontColor ?? null);
    if (bold !== last?.style.bold) b = b.setBold(bold ?? null);
    if (rule.range !== last?.range) b = b.setRanges([ranges.get(rule.range, plan.name)]);
    builder = b;
    last = rule;
    return b.build();
  });
  sheet.setConditionalFormatRules(built);
}

/** What makes two rules the same rule: everything but the range, whatever the order of its fields. */
function validationKey(rule: ValidationRule): string {
  const { range: _range, ...rest } = rule;
  return JSON.stringify(rest, Object.keys(rest).sort());
}

/** A rule's allow-invalid setting as built: a checkbox refuses anything but ticked or not. */
function allowsInvalid(rule: ValidationRule): boolean {
  return rule.kind === 'checkbox' ? false : rule.allowInvalid;
}

/**
 * Builds the plan's data validations with one DataValidationBuilder for the whole build: a
 * builder keeps its settings after `build()`, and each built rule is a snapshot, so only what
 * differs from the previous rule is set (the criterion, and allow-invalid or help text when they
 * change). Each distinct rule is built once, before any sheet is written, and shared by every
 * cell it applies to; the rules are built grouped by allow-invalid and help text, so each setting
 * is set once per group rather than each time neighbouring rules differ.
 */
class Validations {
  private builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder | null = null;
  /** What the builder holds now: a new builder allows invalid input and has no help text. */
  private allowInvalid = true;
  private helpText = '';
  private readonly built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();

  /** `ranges` holds the handles of list sources on other sheets; `plan`'s rules are built at once. */
  constructor(
    private readonly ranges: RangeBook,
    plan: WorkbookPlan,
  ) {
    // Allow-invalid as a new builder has it first, then the other; within each, help texts grouped.
    const group = (rule: ValidationRule) => `${allowsInvalid(rule) ? 0 : 1}\u0000${rule.helpText ?? ''}`;
    const rules = plan.sheets.flatMap((sheet) => sheet.validations);
    const order = rules
      .map((rule, i) => ({ rule, i }))
      .sort((a, b) => {
        const [x, y] = [group(a.rule), group(b.rule)];
        return x < y ? -1 : x > y ? 1 : a.i - b.i;
      });
    for (const { rule } of order) {
      const key = validationKey(rule);
      if (!this.built.has(key)) this.built.set(key, this.build(rule));
    }
  }

  /** The grid of built rules for a grid of plan rules. */
  grid(
    rules: Array<Array<ValidationRule | null>>,
  ): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return rules.map((line) => line.map((rule) => (rule === null ? null : this.rule(rule))));
  }

  private rule(rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
    const done = this.built.get(validationKey(rule));
    if (!done) throw new Error(`a validation of ${rule.range} is not among the plan's rules`);
    return done;
  }

  private build(rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
    let builder = this.builder ?? SpreadsheetApp.newDataValidation();
    switch (rule.kind) {
      case 'list':
        builder = builder.requireValueInList(rule.values, true);
        break;
      case 'numberBetween':
        builder = builder.requireNumberBetween(rule.min, rule.max);
        break;
      case 'checkbox':
        builder = builder.requireCheckbox();
        break;
      case 'date':
        builder = builder.requireDate();
        break;
      case 'listFromRange':
        // The source is another sheet of the plan ('Channels'!A2:A11), renamed with it.
        builder = builder.requireValueInRange(this.ranges.get(rule.source, null), true);
        break;
    }
    const allowInvalid = allowsInvalid(rule);
    if (allowInvalid !== this.allowInvalid) builder = builder.setAllowInvalid(allowInvalid);
    const helpText = rule.helpText ?? '';
    if (helpText !== this.helpText) builder = builder.setHelpText(helpText);
    this.builder = builder;
    this.allowInvalid = allowInvalid;
    this.helpText = helpText;
    return builder.build();
  }
}

/** Neighbouring columns of equal width, as runs for `setColumnWidths`. */
export function widthRuns(
  widths: Array<{ column: number; width: number }>,
): Array<{ column: number; count: number; width: number }> {
  // A column listed twice takes its last width.
  const byColumn = new Map(widths.map((w) => [w.column, w.width]));
  const columns = [...byColumn.keys()].sort((a, b) => a - b);
  const runs: Array<{ column: number; count: number; width: number }> = [];
  for (const column of columns) {
    const width = byColumn.get(column)!;
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.column + last.count === column) last.count += 1;
    else runs.push({ column, count: 1, width });
  }
  return runs;
}

function insertChart(sheet: Sheet, spec: ChartSpec, rangeOf: (range: string) => Range): void {
  const base = sheet.newChart();
  let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  switch (spec.type) {
    case 'combo':
      builder = base.asComboChart();
      break;
    case 'bar':
      builder = base.asBarChart();
      break;
    case 'column':
      builder = base.asColumnChart();
      break;
    case 'line':
      builder = base.asLineChart();
      break;
    case 'pie':
      builder = base.asPieChart();
      break;
  }
  for (const range of spec.ranges) builder = builder.addRange(rangeOf(range));
  builder = builder.setNumHeaders(1).setOption('title', spec.title);
  if (spec.transpose) builder = builder.setTransposeRowsAndColumns(true);
  if (spec.series && spec.series.length > 0) {
    const series: Record<number, Record<string, unknown>> = {};
    for (const s of spec.series) {
      const options: Record<string, unknown> = {};
      if (s.type) options.type = s.type;
      if (s.targetAxisIndex !== undefined) options.targetAxisIndex = s.targetAxisIndex;
      if (s.color) options.color = s.color;
      series[s.index] = options;
    }
    builder = builder.setOption('series', series);
  }
  // Sheets ignores `vAxis` on combo charts with two axes; `vAxes` by index is what it reads.
  if (spec.vAxes) builder = builder.setOption('vAxes', spec.vAxes);
  if (spec.stacked) builder = builder.setOption('isStacked', true);
  if (spec.width !== undefined) builder = builder.setOption('width', spec.width);
  if (spec.height !== undefined) builder = builder.setOption('height', spec.height);
  builder = builder.setPosition(
    spec.position.row,
    spec.position.column,
    spec.position.offsetX ?? 0,
    spec.position.offsetY ?? 0,
  );
  sheet.insertChart(builder.build());
}
