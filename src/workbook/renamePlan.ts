/**
 * Pure transformations of a workbook plan before it is applied: giving its sheets free names
 * (`Plan (2)`) and its named ranges free names (`TotalNetROI_2`) with every reference rewritten,
 * and mapping every formula (for the separator fallback).
 */

import { renameNamedRanges, renameSheetReferences } from '../formula/formulaText';
import type { CellValue, WorkbookPlan } from './plan';

/** Sheets and named ranges compare without case: Sheets refuses "plan" beside "Plan". */
function takenSet(names: Iterable<string>): Set<string> {
  return new Set(Array.from(names, (n) => n.toLowerCase()));
}

/** `name` when free, else the first of `suffixed(name, 2)`, `suffixed(name, 3)`... not in `taken`. */
function freeName(
  name: string,
  taken: Iterable<string>,
  suffixed: (name: string, n: number) => string,
): string {
  const used = takenSet(taken);
  if (!used.has(name.toLowerCase())) return name;
  for (let n = 2; ; n += 1) {
    const candidate = suffixed(name, n);
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** `name` when free, else the first of `name (2)`, `name (3)`... not in `taken`. */
export function freeSheetName(name: string, taken: Iterable<string>): string {
  return freeName(name, taken, (base, n) => `${base} (${n})`);
}

/** `name` when free, else the first of `name_2`, `name_3`... (named ranges allow no spaces). */
export function freeNamedRangeName(name: string, taken: Iterable<string>): string {
  return freeName(name, taken, (base, n) => `${base}_${n}`);
}

/**
 * Names for the plan's sheets that collide with none of `existing` nor with each other, in plan
 * order: a map from planned name to the name to use (identity when free).
 */
export function chooseSheetNames(planned: string[], existing: string[]): Map<string, string> {
  const taken = [...existing];
  const chosen = new Map<string, string>();
  for (const name of planned) {
    const free = freeSheetName(name, taken);
    chosen.set(name, free);
    taken.push(free);
  }
  return chosen;
}

/** Applies `f` to every formula of the plan: cells starting with `=` and conditional-format rules. */
export function mapFormulas(plan: WorkbookPlan, f: (formula: string) => string): WorkbookPlan {
  const cell = (v: CellValue): CellValue => (typeof v === 'string' && v.startsWith('=') ? f(v) : v);
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      blocks: sheet.blocks.map((b) => ({ ...b, values: b.values.map((row) => row.map(cell)) })),
      conditionalFormats: sheet.conditionalFormats.map((c) => ({ ...c, formula: f(c.formula) })),
    })),
  };
}

/**
 * The plan with its sheets renamed and its named ranges renamed. Every quoted cross-sheet
 * reference in formulas, chart ranges and named ranges follows the sheet renames, and every
 * formula that reads a named range (`=COUNTIFS(LogDateMet,">="&B1)`) follows the name renames.
 */
export function renamePlan(
  plan: WorkbookPlan,
  sheetNames: ReadonlyMap<string, string>,
  namedRangeNames: ReadonlyMap<string, string> = new Map(),
): WorkbookPlan {
  const renames = new Map([...sheetNames].filter(([from, to]) => from !== to));
  const names = new Map([...namedRangeNames].filter(([from, to]) => from !== to));
  const rewritten =
    renames.size === 0 && names.size === 0
      ? plan
      : mapFormulas(plan, (f) => renameNamedRanges(renameSheetReferences(f, renames), names));
  return {
    ...rewritten,
    sheets: rewritten.sheets.map((sheet) => ({
      ...sheet,
      name: sheetNames.get(sheet.name) ?? sheet.name,
      validations: sheet.validations.map((v) =>
        v.kind === 'listFromRange' ? { ...v, source: renameSheetReferences(v.source, renames) } : v,
      ),
      charts: sheet.charts.map((c) => ({
        ...c,
        ranges: c.ranges.map((r) => renameSheetReferences(r, renames)),
      })),
    })),
    namedRanges: rewritten.namedRanges.map((n) => ({
      name: namedRangeNames.get(n.name) ?? n.name,
      range: renameSheetReferences(n.range, renames),
    })),
  };
}
