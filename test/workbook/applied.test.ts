// The real workbook applied through the recording fake: service calls constant in months and in
// the log's rows, within a budget; the Contacts log's Channel dropdown reads the Channels sheet.

import { type FakeRange, installFakes, uninstallFakes } from '../../dev/fakes/spreadsheetApp';
import { applyPlan } from '../../src/sheets/applyPlan';
import type { WizardAnswers } from '../../src/workbook/answers';
import { columnLetter } from '../../src/workbook/cells';
import { LOG_FIRST_ROW, logColumnIndex } from '../../src/workbook/contactsLog';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { CHANNEL_NAMES } from '../../src/workbook/sheets/channels';
import { exampleAnswers } from '../support/answersFixture';
import { growthCalls } from '../support/grid';

/**
 * The Actual sheet's share of the whole workbook's service calls (the workbook's own budget is
 * APPLY_BUDGET_BESIDES_NAMES in test/sheets/applyPlan.test.ts): measured 20 at 1 month when this
 * was written, its sheet, grid, protection, widths, panes and its 3 named input rectangles; one
 * more from 25 months, when its month columns pass column Z and the sheet is widened first.
 */
const ACTUAL_SHEET_BUDGET = 20;

function everyOption(months: number, contactsLog = true): WizardAnswers {
  const answers = exampleAnswers();
  answers.profile.months = months;
  answers.profile.inflation = 0.03;
  answers.returns.countIntangible = true;
  answers.extras = { contactsLog, channels: true, events: true };
  return answers;
}

/** Calls applying the workbook makes, besides those that grow its sheets past a new sheet's grid. */
function callsFor(answers: WizardAnswers, withoutActual = false): number {
  const env = installFakes(globalThis);
  try {
    let plan = planWorkbook(answers);
    if (withoutActual) {
      const actual = plan.sheets.find((s) => s.key === 'actual')?.name;
      plan = {
        ...plan,
        sheets: plan.sheets.filter((s) => s.name !== actual),
        namedRanges: plan.namedRanges.filter((n) => !n.range.startsWith(`'${actual}'!`)),
      };
    }
    applyPlan(env.activeSpreadsheet(), plan, { replaceExisting: false });
    return env.calls.length - growthCalls(plan);
  } finally {
    uninstallFakes();
  }
}

describe('building the whole workbook', () => {
  it('spends on the Actual sheet a fixed share, the same for 1 and 60 months besides widening it', () => {
    const share = (months: number) => callsFor(everyOption(months)) - callsFor(everyOption(months), true);
    expect(share(60)).toBe(share(1));
    expect(share(1)).toBeGreaterThan(0);
    expect(share(1)).toBeLessThanOrEqual(ACTUAL_SHEET_BUDGET);
  });

  it('makes fewer calls without the contacts log, and as many for any months besides growing sheets', () => {
    const without = [1, 60].map((months) => callsFor(everyOption(months, false)));
    expect(without[1]).toBe(without[0]);
    expect(without[0]).toBeLessThan(callsFor(everyOption(1)));
  });
});

describe('the Contacts log’s Channel dropdown', () => {
  it('lists the Channels sheet’s names, on the sheet as a second build named it', () => {
    const env = installFakes(globalThis);
    try {
      const plan = planWorkbook(everyOption(12));
      applyPlan(env.activeSpreadsheet(), plan, { replaceExisting: false });
      const second = applyPlan(env.activeSpreadsheet(), plan, { replaceExisting: false });
      const [contacts, channels] = ['contacts', 'channels'].map((key) => {
        const index = plan.sheets.findIndex((s) => s.key === key);
        return second.sheets[index];
      });
      expect(channels).toBe('Channels (2)');
      const column = columnLetter(logColumnIndex('channel'));
      const rule = env.spreadsheet
        .peekSheet(contacts)!
        .getRange(`${column}${LOG_FIRST_ROW}`)
        .getDataValidation()!;
      const source = rule.args[0] as FakeRange;
      expect({
        criteria: rule.criteria,
        sheet: source.sheet.name,
        range: source.peekA1(),
        allowInvalid: rule.allowInvalid,
      }).toEqual({
        criteria: 'VALUE_IN_RANGE',
        sheet: channels,
        range: CHANNEL_NAMES,
        allowInvalid: true,
      });
    } finally {
      uninstallFakes();
    }
  });
});
