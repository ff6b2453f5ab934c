/**
 * Evaluates a WorkbookPlan in HyperFormula (GPL, tests and dev tools only): each sheet becomes a
 * HyperFormula sheet with every block written at its range, the named ranges become named
 * expressions, and values are read back by A1 reference or by name. Used by the workbook tests and
 * by the local preview.
 */

import { HyperFormula, type RawCellContent } from 'hyperformula';
import { ENGINE_CONFIG } from '../../dev/engine';
import {
  absoluteA1,
  columnLetters,
  parseA1 as parseRect,
  sheetRange,
  splitSheetRange,
} from '../../src/formula/a1';
import type { CellValue, WorkbookPlan } from '../../src/workbook/plan';

/** A value as HyperFormula computed it: a number, text, boolean, null (blank) or an error. */
export type Evaluated = number | string | boolean | null | { error: string; message: string };

/** 1-based row and column of the top-left cell of an A1 range ("BJ12" or "B3:N20"). */
export function parseA1(range: string): { row: number; column: number } {
  const { row, column } = parseRect(range);
  return { row, column };
}

/** Splits "'Sheet name'!B4" into the sheet's name and the range inside it. */
export function splitSheetRef(ref: string): { sheet: string; range: string } {
  const { sheet, a1 } = splitSheetRange(ref);
  if (sheet === null) throw new Error(`not a sheet reference: ${ref}`);
  return { sheet, range: a1 };
}

/** What a cell of the plan holds as HyperFormula reads it: `'text` is text without the apostrophe. */
function raw(value: CellValue): RawCellContent {
  if (typeof value === 'string' && value.startsWith("'")) return value.slice(1);
  return value;
}

function toEvaluated(value: unknown): Evaluated {
  if (value !== null && typeof value === 'object' && 'type' in value) {
    const e = value as { type: string; message?: string };
    return { error: e.type, message: e.message ?? '' };
  }
  return value as Evaluated;
}

/** A plan loaded into HyperFormula. */
export interface EvaluatedPlan {
  hf: HyperFormula;
  /** The computed value at "'Sheet'!B4", or at "B4" of the sheet whose key or name is given. */
  value(ref: string, sheet?: string): Evaluated;
  /** The computed value of a named range of the plan. */
  named(name: string): Evaluated;
  /** Types into one cell, as a person would (a formula, a number, text, or null to clear it). */
  edit(sheet: string, range: string, content: RawCellContent): void;
  /** Every cell the plan writes, with its sheet, address, what the plan wrote, and what it computes. */
  cells(): Array<{ sheet: string; address: string; written: CellValue; value: Evaluated }>;
}

function address(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * Builds the plan's sheets in one HyperFormula instance. Blocks land at their top-left cell; a
 * block whose rows are of unequal length, or that overlaps another, fails the build.
 */
export function evaluatePlan(plan: WorkbookPlan): EvaluatedPlan {
  const grids: Record<string, RawCellContent[][]> = {};
  const written: Array<{ sheet: string; row: number; column: number; value: CellValue }> = [];
  for (const sheet of plan.sheets) {
    const grid: RawCellContent[][] = [];
    const taken = new Set<string>();
    for (const block of sheet.blocks) {
      const { row, column } = parseA1(block.range);
      const width = block.values[0]?.length ?? 0;
      block.values.forEach((line, i) => {
        if (line.length !== width) throw new Error(`${sheet.name}!${block.range}: row ${i + 1} is ragged`);
        line.forEach((value, j) => {
          const r = row - 1 + i;
          const c = column - 1 + j;
          const key = `${r},${c}`;
          if (taken.has(key)) throw new Error(`${sheet.name}: blocks overlap at ${address(r + 1, c + 1)}`);
          taken.add(key);
          grid[r] ??= [];
          grid[r][c] = raw(value);
          written.push({ sheet: sheet.name, row: r + 1, column: c + 1, value });
        });
      });
    }
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    grids[sheet.name] = grid;
  }
  // The named ranges are given to the build (HyperFormula takes only absolute references in named
  // expressions): added afterwards, each one would recompute every formula that names it, the log's
  // thousand rows again for each Log* name.
  const namedExpressions = plan.namedRanges.map((n) => {
    const { sheet, range } = splitSheetRef(n.range);
    return { name: n.name, expression: `=${sheetRange(sheet, absoluteA1(range))}` };
  });
  const hf = HyperFormula.buildFromSheets(grids, ENGINE_CONFIG, namedExpressions);

  const sheetName = (keyOrName: string) =>
    plan.sheets.find((s) => s.key === keyOrName || s.name === keyOrName)?.name ?? keyOrName;
  const at = (sheet: string, row: number, column: number): Evaluated => {
    const sheetId = hf.getSheetId(sheet);
    if (sheetId === undefined) throw new Error(`no sheet called ${sheet}`);
    return toEvaluated(hf.getCellValue({ sheet: sheetId, row: row - 1, col: column - 1 }));
  };
  const value = (ref: string, sheet?: string): Evaluated => {
    const target = sheet === undefined ? splitSheetRef(ref) : { sheet: sheetName(sheet), range: ref };
    const { row, column } = parseA1(target.range);
    return at(target.sheet, row, column);
  };
  return {
    hf,
    value,
    edit(sheet, range, content) {
      const { row, column } = parseA1(range);
      const sheetId = hf.getSheetId(sheetName(sheet));
      if (sheetId === undefined) throw new Error(`no sheet called ${sheet}`);
      hf.setCellContents({ sheet: sheetId, row: row - 1, col: column - 1 }, content);
    },
    named(name) {
      const found = plan.namedRanges.find((n) => n.name === name);
      if (!found) throw new Error(`the plan has no named range ${name}`);
      return value(found.range);
    },
    cells: () =>
      written.map((w) => ({
        sheet: w.sheet,
        address: address(w.row, w.column),
        written: w.value,
        value: at(w.sheet, w.row, w.column),
      })),
  };
}

/** True when an evaluated value is an error (#DIV/0!, #NAME?, #REF! ...). */
export function isError(value: Evaluated): value is { error: string; message: string } {
  return value !== null && typeof value === 'object';
}
