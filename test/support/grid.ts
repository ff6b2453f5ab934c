// How many calls growing a plan's new sheets takes: one per sheet and dimension whose grid passes a
// new sheet's (Sheets' insertRowsAfter / insertColumnsAfter), counted from the plan's stated grids.
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from '../../src/platform/limits';
import type { WorkbookPlan } from '../../src/workbook/plan';

/** Calls that grow the plan's sheets past a new sheet's 1,000 × 26. */
export function growthCalls(plan: WorkbookPlan): number {
  return plan.sheets.reduce(
    (n, s) => n + Number(s.grid.rows > NEW_SHEET_ROWS) + Number(s.grid.columns > NEW_SHEET_COLUMNS),
    0,
  );
}
