// Apply's decisions without a spreadsheet: what to read, when the list is stale, what to write,
// what to put back, and the sentence that sums it up. Grids are what getFormulas/getValues read.
import { messages } from '../../src/i18n';
import * as apply from '../../src/sharing/apply';
import type { SharingChoice } from '../../src/sharing/contract';

const t = messages('en').sharing;

const choice = (column: number, formula: string, action: SharingChoice['action']): SharingChoice => ({
  sheet: 'My plan',
  row: 2,
  column,
  formula,
  action,
});

const NETROI = '=NETROI(A2, B2)';
const REAL = '=REAL_ROI(A2, 8%, 3)';
const RAND = '=NETROI(RAND(),1)';

function planned(choices: SharingChoice[], formulas: string[][], values: unknown[][]): apply.SheetApply {
  const [read] = apply.sheetReads(choices);
  const plan = apply.planSheet(read, formulas, values);
  if (apply.isRefusal(plan)) throw new Error(apply.refusalText(plan, t));
  return plan;
}

describe('reading the choices', () => {
  it('takes a list of choices and refuses anything else', () => {
    expect(apply.readChoices([choice(3, NETROI, 'rewrite')])).toHaveLength(1);
    expect(apply.readChoices([{ action: 'delete' }])).toBeNull();
    expect(apply.readChoices('rewrite all')).toBeNull();
  });

  it('reads, per sheet, the rectangle of every listed cell, kept ones too, and values only when a cell changes', () => {
    const reads = apply.sheetReads([choice(3, NETROI, 'rewrite'), choice(5, RAND, 'keep')]);
    expect(reads.map((r) => [r.range, r.changes])).toEqual([["'My plan'!C2:E2", true]]);
    expect(apply.sheetReads([choice(5, RAND, 'keep')]).map((r) => r.changes)).toEqual([false]);
  });
});

describe('refusing a stale list', () => {
  it('refuses when a cell the person chose to keep no longer holds the formula listed', () => {
    const [read] = apply.sheetReads([choice(3, NETROI, 'rewrite'), choice(4, REAL, 'keep')]);
    const plan = apply.planSheet(read, [[NETROI, '=REAL_ROI(A2, 9%, 3)']], [[0.2, 0.1]]);
    expect(apply.isRefusal(plan) && apply.refusalText(plan, t)).toBe(
      "The formula in 'My plan'!D2 changed after this list was made, so nothing was changed. Run Prepare for sharing again.",
    );
  });

  it('refuses a cell to freeze that no longer shows a number', () => {
    const [read] = apply.sheetReads([choice(3, NETROI, 'freeze')]);
    const plan = apply.planSheet(read, [[NETROI]], [['#DIV/0!']]);
    expect(apply.isRefusal(plan) && plan.refused).toBe('notANumber');
  });

  it('names the first listed cell of a sheet that is gone', () => {
    const [read] = apply.sheetReads([choice(4, REAL, 'rewrite'), choice(3, NETROI, 'rewrite')]);
    expect(apply.refusalText(apply.sheetGone(read), t)).toContain("'My plan'!D2");
  });
});

describe('deciding the writes', () => {
  it('writes the whole rectangle in one block when only chosen and empty cells are in it', () => {
    const plan = planned(
      [choice(3, NETROI, 'rewrite'), choice(5, REAL, 'freeze')],
      [[NETROI, '', REAL]],
      [[0.2, '', 7]],
    );
    expect(plan.writes).toEqual([
      { range: "'My plan'!C2:E2", whole: true, values: [['=(A2-B2)/B2', '', 7]] },
    ]);
    expect([plan.frozen, plan.kept, plan.rewrites.length]).toEqual([1, 0, 1]);
  });

  it('never writes a kept formula between chosen cells', () => {
    const plan = planned(
      [choice(3, NETROI, 'rewrite'), choice(4, RAND, 'keep'), choice(5, REAL, 'freeze')],
      [[NETROI, RAND, REAL]],
      [[0.2, 0.5, 7]],
    );
    expect(plan.writes.map((w) => [w.range, w.whole])).toEqual([
      ["'My plan'!C2", false],
      ["'My plan'!E2", false],
    ]);
    expect(plan.kept).toBe(1);
  });

  it('keeps a call that shows an error now, even when asked to rewrite it', () => {
    const plan = planned([choice(3, NETROI, 'rewrite')], [[NETROI]], [['#ERROR!']]);
    expect([plan.writes, plan.kept]).toEqual([[], 1]);
  });
});

describe('putting back what changed', () => {
  const plan = () =>
    planned([choice(3, NETROI, 'rewrite'), choice(4, REAL, 'rewrite')], [[NETROI, REAL]], [[0.2, 0.1]]);

  it('puts back only the rewritten cells whose value moved by more than 1e-9 relative', () => {
    const back = apply.restorations(plan(), [[0.2 * (1 + 1e-12), 0.3]]);
    expect(back.restored).toEqual([{ cell: "'My plan'!D2", formula: REAL, before: '0.1', after: '0.3' }]);
    expect(back.writes).toEqual([{ range: "'My plan'!D2", whole: false, values: [[REAL]] }]);
  });

  it('sums up what was done, counting a cell put back as kept', () => {
    const p = plan();
    const { restored } = apply.restorations(p, [[0.2, 0.3]]);
    expect(apply.applyResult([p], restored, t)).toEqual({
      rewritten: 1,
      frozen: 0,
      kept: 1,
      restored,
      message:
        "Done: 1 formulas rewritten, 0 frozen to their values, 1 kept. 1 rewritten cells would have shown another value, so their formulas were put back: 'My plan'!D2.",
    });
  });
});
