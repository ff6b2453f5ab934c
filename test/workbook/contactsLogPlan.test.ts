// The Contacts log made on its own for an import into a spreadsheet without one (SPEC section 7).

import { messages } from '../../src/i18n';
import { LANGUAGES } from '../../src/i18n/languages';
import { columnLetter } from '../../src/workbook/cells';
import { LOG_COLUMNS, logColumnIndex } from '../../src/workbook/contactsLog';
import { defaultAnswers } from '../../src/workbook/defaults';
import { contactsLogPlan } from '../../src/workbook/planWorkbook';
import { evaluatePlan, isError } from '../support/hyperformula';

// The log's 1,000 prepared rows evaluated in HyperFormula, per language: about two seconds each.
jest.setTimeout(30_000);

const at = (key: Parameters<typeof logColumnIndex>[0], row: number) =>
  `${columnLetter(logColumnIndex(key))}${row}`;

describe('contactsLogPlan', () => {
  it.each(LANGUAGES)(
    'lays out the wizard’s log alone in %s, its Follow up measured against today and 90 days',
    (language) => {
      const plan = contactsLogPlan(defaultAnswers({ language, currency: 'EUR', startMonth: '2027-01' }));
      expect(plan.sheets.map((s) => s.key)).toEqual(['contacts']);
      const log = plan.sheets[0];
      // No Channels or Events table beside it: Channel and Met at are free text, not dropdowns of
      // another sheet; Introduced by lists the log's own names.
      const sources = log.validations.flatMap((v) => (v.kind === 'listFromRange' ? [v.source] : []));
      expect(sources).toEqual([`'${log.name}'!A2:A1001`]);
      expect(plan.namedRanges.map((n) => n.name)).toEqual(
        LOG_COLUMNS.flatMap((c) => (c.namedRange ? [c.namedRange] : [])),
      );

      const e = evaluatePlan(plan);
      const t = messages(language).workbook.contacts;
      const serial = (d: Date) => Math.round(d.getTime() / 86400000) + 25569;
      const today = serial(new Date());
      // Met 200 days ago: overdue (past twice 90 days). Met 100 days ago: due. Met 10 days ago: not
      // due. No dates at all: due. Lost: never due. A 14-day cadence: due after 20 days, overdue
      // after 30 (SPEC section 10).
      const rows: Array<[string, number | null, number | null, string]> = [
        ['Old contact', today - 200, null, t.overdue],
        ['Recent contact', today - 10, null, ''],
        ['No dates', null, null, t.due],
        ['Gone', null, null, ''],
        ['Stale', today - 100, null, t.due],
        ['Fortnightly', today - 20, 14, t.due],
        ['Fortnightly, late', today - 30, 14, t.overdue],
      ];
      rows.forEach(([name, met, cadence], i) => {
        e.edit(log.name, at('name', i + 2), name);
        if (met !== null) e.edit(log.name, at('dateMet', i + 2), met);
        if (cadence !== null) e.edit(log.name, at('keepInTouch', i + 2), cadence);
      });
      e.edit(log.name, at('stage', 5), t.stages.lost);
      const follow = (row: number) => e.value(at('followUp', row), 'contacts');
      expect(rows.map((_, i) => follow(i + 2))).toEqual(rows.map((r) => r[3]));
      expect(follow(rows.length + 2)).toBe('');
      // Next touch: the date met plus the interval; empty with neither date.
      const next = (row: number) => e.value(at('nextTouch', row), 'contacts');
      expect([next(2), next(4), next(7)]).toEqual([today - 200 + 90, '', today - 20 + 14]);
      expect(e.cells().filter((c) => isError(c.value))).toEqual([]);
    },
  );
});
