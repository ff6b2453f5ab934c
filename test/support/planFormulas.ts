// Reading a workbook plan's formulas, for tests that hold every formula to a rule.
import type { WorkbookPlan } from '../../src/workbook/plan';

/** Every formula of a plan's cells, with the name of its sheet. */
export function planFormulas(plan: WorkbookPlan): Array<{ sheet: string; formula: string }> {
  return plan.sheets.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.values
        .flat()
        .flatMap((v) => (typeof v === 'string' && v.startsWith('=') ? [{ sheet: s.name, formula: v }] : [])),
    ),
  );
}
