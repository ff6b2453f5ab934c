// The self-test's answers: every option of the wizard, derived from the answers' schema, so a
// field added to the schema joins the self-test without an edit.

import { everyOptionAnswers, SELF_TEST_START_MONTH } from '../../src/selftest/answers';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { ANSWER_FIELDS, MAX_MONTHS } from '../../src/workbook/schema';
import { validateAnswers } from '../../src/workbook/validate';

const place = { language: 'fi', currency: 'EUR', startMonth: SELF_TEST_START_MONTH } as const;

/** The value at a dotted path of the answers. */
function at(answers: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], answers);
}

describe('everyOptionAnswers', () => {
  const answers = everyOptionAnswers(place);

  it('gives answers the wizard accepts, in the place asked for', () => {
    expect(validateAnswers(answers)).toEqual([]);
    expect(answers.language).toBe('fi');
    expect(answers.profile.currency).toBe('EUR');
    expect(answers.profile.startMonth).toBe(SELF_TEST_START_MONTH);
  });

  it(`plans the longest workbook, ${MAX_MONTHS} months, for a team`, () => {
    expect(answers.profile.months).toBe(MAX_MONTHS);
    expect(answers.profile.kind).toBe('team');
  });

  it('turns every switch of the schema on and gives every amount and optional rate a value', () => {
    for (const [path, leaf] of ANSWER_FIELDS) {
      const value = at(answers, path);
      if (leaf.type === 'flag') expect({ path, value }).toEqual({ path, value: true });
      if (leaf.type === 'amount')
        expect({ path, positive: (value as number) > 0 }).toEqual({ path, positive: true });
      if (leaf.type === 'rate' && leaf.optional)
        expect({ path, given: value !== null }).toEqual({ path, given: true });
    }
  });

  it('gives amounts that differ from field to field, so a figure summing the wrong row shows it', () => {
    const money = ANSWER_FIELDS.filter(([, leaf]) => leaf.type === 'amount' && leaf.unit === 'money');
    const values = money.map(([path]) => at(answers, path));
    expect(new Set(values).size).toBe(values.length);
  });

  it('builds every sheet the wizard can make', () => {
    const plan = planWorkbook(answers);
    expect(plan.sheets.map((s) => s.key)).toEqual([
      'plan',
      'summary',
      'contacts',
      'actual',
      'channels',
      'events',
    ]);
  });

  it('turns on a switch the schema gains later, without an edit', () => {
    jest.isolateModules(() => {
      jest.doMock('../../src/workbook/schema', () => {
        const actual = jest.requireActual('../../src/workbook/schema');
        return { ...actual, ANSWER_FIELDS: [...actual.ANSWER_FIELDS, ['extras.newTable', { type: 'flag' }]] };
      });
      const { everyOptionAnswers: derived } = require('../../src/selftest/answers');
      const later = derived(place);
      expect(later.extras.newTable).toBe(true);
    });
  });
});
