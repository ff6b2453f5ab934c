/**
 * The Sheets adapter: applies a workbook plan to a spreadsheet with batched calls, never
 * overwriting anything a person made.
 *
 * Batching (service calls per build do not depend on the number of months or rows):
 * - values: one `getRange(row, column, rows, columns).setValues` per block, formulas included;
 * - number formats: one `getRangeList(...).setNumberFormat` per distinct pattern per sheet;
 * - styles: one `getRangeList(...).setX` per distinct (property, value) per sheet;
 * - data validations: one rule built per distinct rule, one `setDataValidation` per rectangle;
 * - protections, notes and charts: a few calls each (their number is fixed by the plan's layout);
 * - column widths: one `setColumnWidths` per run of neighbouring columns of equal width;
 * - named ranges: one `setNamedRange` each.
 *
 * Formula separators: the plan writes `,` separators. Whether Sheets' API wants `;` in
 * comma-decimal locales is unconfirmed, so the adapter writes `=IF(1>0,1,0)` to a scratch cell of
 * the first new sheet, flushes, and reads the display value: `#ERROR!` means the spreadsheet wants
 * the locale's own syntax, and every formula is converted by `toSemicolonSeparators` (`;` between
 * arguments, `\` between columns of array literals, decimal commas in number literals). The plan
 * should still avoid decimal literals in formulas (put 0.5 in a cell, or write 1/2), so the
 * formulas read the same in every locale.
 */
import type {
  CellStyle,
  ChartSpec,
  NamedRangePlan,
  SheetPlan,
  ValidationRule,
  WorkbookPlan,
} from '../workbook/plan';
import { parseA1, splitSheetRange } from './a1';
import { hasCommaSeparator, toSemicolonSeparators } from './formulaText';
import { chooseSheetNames, freeNamedRangeName, freeSheetName, mapFormulas, renamePlan } from './renamePlan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

export interface ApplyOptions {
  /** Delete sheets with the plan's names first (the person confirmed it); else pick free names. */
  replaceExisting: boolean;
}

export interface ApplyResult {
  /** Names of the sheets made, in plan order. */
  sheets: string[];
  /** Names of the sheets deleted and made anew (empty unless replaceExisting). */
  replaced: string[];
  /** The plan's named ranges as made: names may carry a suffix, ranges the new sheet names. */
  namedRanges: Array<NamedRangePlan & { planned: string }>;
  /** Which argument separators the formulas were written with. */
  separators: 'comma' | 'semicolon';
}

/** The formula the separator probe writes; a plain comma call that needs no other cell. */
export const SEPARATOR_PROBE = '=IF(1>0,1,0)';

/**
 * Applies `plan` to `spreadsheet` and returns what it made. Sheets with the plan's names are left
 * as they are and the new ones get free names (`Plan (2)`), unless `replaceExisting`.
 */
export function applyPlan(spreadsheet: Spreadsheet, plan: WorkbookPlan, options: ApplyOptions): ApplyResult {
  const existing = spreadsheet.getSheets();
  const existingNames = existing.map((s) => s.getName());
  const plannedNames = plan.sheets.map((s) => s.name);
  const plannedLower = new Set(plannedNames.map((n) => n.toLowerCase()));

  const toReplace = options.replaceExisting
    ? existing.filter((_, i) => plannedLower.has(existingNames[i].toLowerCase()))
    : [];
  const replacedNames = toReplace.map((s) => existingNames[existing.indexOf(s)]);
  const keptNames = existingNames.filter((n) => !replacedNames.includes(n));
  const sheetNames = chooseSheetNames(plannedNames, keptNames);

  const namedRangeNames = chooseNamedRangeNames(spreadsheet, plan, replacedNames);
  let applied = renamePlan(plan, sheetNames, namedRangeNames);

  const sheetCount = removeReplacedSheets(spreadsheet, toReplace, existing.length, [
    ...keptNames,
    ...sheetNames.values(),
  ]);
  const made = new Map<string, Sheet>();
  let index = sheetCount.remaining;
  for (const sheetPlan of applied.sheets) {
    made.set(sheetPlan.name, spreadsheet.insertSheet(sheetPlan.name, index));
    index += 1;
  }
  if (sheetCount.lastOld) spreadsheet.deleteSheet(sheetCount.lastOld);

  let separators: ApplyResult['separators'] = 'comma';
  const first = applied.sheets[0];
  if (first && planHasCommaFormulas(applied) && !probeCommaSeparators(made.get(first.name)!)) {
    separators = 'semicolon';
    applied = mapFormulas(applied, toSemicolonSeparators);
  }

  for (const sheetPlan of applied.sheets) writeSheet(made.get(sheetPlan.name)!, sheetPlan, made);
  for (const named of applied.namedRanges) {
    spreadsheet.setNamedRange(named.name, rangeOf(named.range, null, made));
  }

  return {
    sheets: applied.sheets.map((s) => s.name),
    replaced: replacedNames,
    namedRanges: applied.namedRanges.map((n, i) => ({ ...n, planned: plan.namedRanges[i].name })),
    separators,
  };
}

/**
 * Free names for the plan's named ranges. Named ranges that point into a sheet being replaced are
 * removed first (they would dangle); any other existing one keeps its name and ours gets `_2`.
 */
function chooseNamedRangeNames(
  spreadsheet: Spreadsheet,
  plan: WorkbookPlan,
  replacedNames: string[],
): Map<string, string> {
  const chosen = new Map<string, string>();
  if (plan.namedRanges.length === 0) return chosen;
  const replaced = new Set(replacedNames.map((n) => n.toLowerCase()));
  const taken: string[] = [];
  for (const named of spreadsheet.getNamedRanges()) {
    const name = named.getName();
    if (replaced.size > 0 && pointsInto(named, replaced)) {
      named.remove();
      continue;
    }
    taken.push(name);
  }
  for (const { name } of plan.namedRanges) {
    const free = freeNamedRangeName(name, taken);
    chosen.set(name, free);
    taken.push(free);
  }
  return chosen;
}

function pointsInto(named: GoogleAppsScript.Spreadsheet.NamedRange, sheets: Set<string>): boolean {
  try {
    return sheets.has(named.getRange().getSheet().getName().toLowerCase());
  } catch {
    // A named range that cannot be read is not ours to judge: keep it (ours then gets a suffix).
    return false;
  }
}

/**
 * Deletes the sheets being replaced. A spreadsheet must keep one sheet, so when every sheet is
 * being replaced the last one is renamed out of the way and deleted only after the new sheets
 * exist (the caller deletes `lastOld`).
 */
function removeReplacedSheets(
  spreadsheet: Spreadsheet,
  toReplace: Sheet[],
  total: number,
  takenNames: string[],
): { remaining: number; lastOld: Sheet | null } {
  let lastOld: Sheet | null = null;
  let doomed = toReplace;
  if (toReplace.length > 0 && toReplace.length === total) {
    lastOld = toReplace[toReplace.length - 1];
    lastOld.setName(freeSheetName('Networking ROI (old)', takenNames));
    doomed = toReplace.slice(0, -1);
  }
  for (const sheet of doomed) spreadsheet.deleteSheet(sheet);
  return { remaining: total - doomed.length, lastOld };
}

function planHasCommaFormulas(plan: WorkbookPlan): boolean {
  return plan.sheets.some((s) =>
    s.blocks.some((b) =>
      b.values.some((row) =>
        row.some((v) => typeof v === 'string' && v.startsWith('=') && hasCommaSeparator(v)),
      ),
    ),
  );
}

/** Writes the probe formula to A1 of a new, empty sheet; true when Sheets reads `,` separators. */
function probeCommaSeparators(sheet: Sheet): boolean {
  const cell = sheet.getRange(1, 1);
  cell.setFormula(SEPARATOR_PROBE);
  SpreadsheetApp.flush();
  const shown = cell.getDisplayValue();
  cell.clearContent();
  return shown !== '#ERROR!';
}

/** A range of the plan: inside `sheet`, or `'Other'!A1` on another sheet this build made. */
function rangeOf(range: string, sheet: Sheet | null, made: Map<string, Sheet>): Range {
  const { sheet: name, a1 } = splitSheetRange(range);
  const target = name === null ? sheet : made.get(name);
  if (!target) throw new Error(`the plan refers to "${range}", which is not on a sheet this build makes`);
  return target.getRange(a1);
}

function writeSheet(sheet: Sheet, plan: SheetPlan, made: Map<string, Sheet>): void {
  for (const block of plan.blocks) {
    const rect = parseA1(block.range);
    const rows = block.values.length;
    const columns = rows > 0 ? block.values[0].length : 0;
    if (rows === 0 || columns === 0) continue;
    if (block.values.some((r) => r.length !== columns))
      throw new Error(`the block at ${plan.name}!${block.range} has rows of different lengths`);
    if (
      block.range.includes(':') &&
      (rect.lastRow - rect.row + 1 !== rows || rect.lastColumn - rect.column + 1 !== columns)
    )
      throw new Error(`the block at ${plan.name}!${block.range} holds ${rows}×${columns} values`);
    sheet.getRange(rect.row, rect.column, rows, columns).setValues(block.values);
  }

  for (const [pattern, ranges] of groupBy(
    plan.numberFormats,
    (r) => r.pattern,
    (r) => r.range,
  )) {
    sheet.getRangeList(ranges).setNumberFormat(pattern);
  }
  applyStyles(sheet, plan);
  applyValidations(sheet, plan.validations, made);
  applyConditionalFormats(sheet, plan);

  if (plan.protection) {
    const protection = sheet.protect().setDescription(plan.protection.description).setWarningOnly(true);
    if (plan.protection.unprotected.length > 0)
      protection.setUnprotectedRanges(sheet.getRangeList(plan.protection.unprotected).getRanges());
  }
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns > 0) sheet.setFrozenColumns(plan.frozenColumns);
  for (const run of widthRuns(plan.columnWidths)) sheet.setColumnWidths(run.column, run.count, run.width);
  for (const note of plan.notes) sheet.getRange(note.cell).setNote(note.text);
  for (const chart of plan.charts) insertChart(sheet, chart, made);
}

/** Groups items by a key, keeping first-seen order, collecting one value of each item. */
function groupBy<T, V>(items: T[], key: (t: T) => string, value: (t: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(value(item));
    else groups.set(k, [value(item)]);
  }
  return groups;
}

type StyleSetter = (list: RangeList, value: CellStyle[keyof CellStyle]) => void;

/** One RangeList setter per style property. */
const STYLE_SETTERS: Record<keyof CellStyle, StyleSetter> = {
  background: (l, v) => l.setBackground(String(v)),
  fontColor: (l, v) => l.setFontColor(String(v)),
  bold: (l, v) => l.setFontWeight(v ? 'bold' : 'normal'),
  italic: (l, v) => l.setFontStyle(v ? 'italic' : 'normal'),
  fontSize: (l, v) => l.setFontSize(Number(v)),
  horizontalAlignment: (l, v) => l.setHorizontalAlignment(v as 'left' | 'center' | 'right'),
  wrap: (l, v) => l.setWrap(Boolean(v)),
};

function applyStyles(sheet: Sheet, plan: SheetPlan): void {
  const groups = new Map<
    string,
    { property: keyof CellStyle; value: CellStyle[keyof CellStyle]; ranges: string[] }
  >();
  for (const rule of plan.styles) {
    for (const property of Object.keys(rule.style) as Array<keyof CellStyle>) {
      const value = rule.style[property];
      if (value === undefined) continue;
      const key = `${property}=${String(value)}`;
      const group = groups.get(key);
      if (group) group.ranges.push(rule.range);
      else groups.set(key, { property, value, ranges: [rule.range] });
    }
  }
  for (const { property, value, ranges } of groups.values()) {
    STYLE_SETTERS[property](sheet.getRangeList(ranges), value);
  }
}

function validationKey(rule: ValidationRule): string {
  const { range: _range, ...rest } = rule;
  return JSON.stringify(rest);
}

function buildValidation(
  rule: ValidationRule,
  sheet: Sheet,
  made: Map<string, Sheet>,
): GoogleAppsScript.Spreadsheet.DataValidation {
  let builder = SpreadsheetApp.newDataValidation();
  switch (rule.kind) {
    case 'list':
      builder = builder.requireValueInList(rule.values, true).setAllowInvalid(rule.allowInvalid);
      break;
    case 'numberBetween':
      builder = builder.requireNumberBetween(rule.min, rule.max).setAllowInvalid(rule.allowInvalid);
      break;
    case 'checkbox':
      builder = builder.requireCheckbox();
      break;
    case 'date':
      builder = builder.requireDate().setAllowInvalid(rule.allowInvalid);
      break;
    case 'listFromRange':
      builder = builder
        .requireValueInRange(rangeOf(rule.source, sheet, made), true)
        .setAllowInvalid(rule.allowInvalid);
      break;
  }
  if (rule.helpText) builder = builder.setHelpText(rule.helpText);
  return builder.build();
}

function applyValidations(sheet: Sheet, rules: ValidationRule[], made: Map<string, Sheet>): void {
  for (const same of groupBy(rules, validationKey, (r) => r).values()) {
    const built = buildValidation(same[0], sheet, made);
    for (const rule of same) sheet.getRange(rule.range).setDataValidation(built);
  }
}

/** All of a sheet's conditional formats with one `setConditionalFormatRules` (contract 1). */
function applyConditionalFormats(sheet: Sheet, plan: SheetPlan): void {
  if (plan.conditionalFormats.length === 0) return;
  const rules = plan.conditionalFormats.map((rule) => {
    let builder = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(rule.formula);
    if (rule.style.background) builder = builder.setBackground(rule.style.background);
    if (rule.style.fontColor) builder = builder.setFontColor(rule.style.fontColor);
    if (rule.style.bold !== undefined) builder = builder.setBold(rule.style.bold);
    return builder.setRanges([sheet.getRange(rule.range)]).build();
  });
  sheet.setConditionalFormatRules(rules);
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

function insertChart(sheet: Sheet, spec: ChartSpec, made: Map<string, Sheet>): void {
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
    case 'pie':
      builder = base.asPieChart();
      break;
  }
  for (const range of spec.ranges) builder = builder.addRange(rangeOf(range, sheet, made));
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
  builder = builder
    .setOption('width', spec.width)
    .setOption('height', spec.height)
    .setPosition(
      spec.position.row,
      spec.position.column,
      spec.position.offsetX ?? 0,
      spec.position.offsetY ?? 0,
    );
  sheet.insertChart(builder.build());
}
