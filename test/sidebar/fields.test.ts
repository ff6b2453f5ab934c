// The wizard's field table and how the server's field paths map onto its inputs.

import { messages } from '../../src/i18n';
import {
  FIELDS,
  fieldOfPath,
  fieldsOfStep,
  getPath,
  problemsInMessage,
  STEPS,
  setPath,
} from '../../src/sidebar/fields';
import { defaultAnswers } from '../../src/workbook/defaults';
import { AnswersError, normalizeAnswers } from '../../src/workbook/validate';

const answers = defaultAnswers({ language: 'en', currency: 'EUR', startMonth: '2027-01' });

describe('the field table', () => {
  it('covers every answer of WizardAnswers except the language (the header’s switcher)', () => {
    const leaves = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v !== null && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(FIELDS.map((f) => f.path).sort()).toEqual(
      leaves(answers)
        .filter((p) => p !== 'language')
        .sort(),
    );
  });

  it('puts every field on one of the four question steps, none on the review', () => {
    for (const f of FIELDS) expect(STEPS.slice(0, 4)).toContain(f.step);
  });

  it('shows team resources and the number of people only for teams', () => {
    const individual = fieldsOfStep('investments', false).map((f) => f.path);
    const team = fieldsOfStep('investments', true).map((f) => f.path);
    expect(individual).not.toContain('investments.resources.staff');
    expect(team).toContain('investments.resources.staff');
    expect(fieldsOfStep('profile', false).map((f) => f.path)).not.toContain('profile.people');
  });
});

describe('fieldOfPath', () => {
  it('finds the field a server problem names', () => {
    expect(fieldOfPath('profile.months')).toMatchObject({ path: 'profile.months', step: 'profile' });
    expect(fieldOfPath('investments.hours.events')).toMatchObject({ path: 'investments.hours.events' });
    expect(fieldOfPath('language')).toBe('language');
  });

  it('maps a deeper path or a whole section to the nearest field', () => {
    expect(fieldOfPath('funnel.conversions.value')).toMatchObject({ path: 'funnel.conversions' });
    expect(fieldOfPath('funnel')).toMatchObject({ path: 'funnel.newContacts' });
    expect(fieldOfPath('investments.money')).toMatchObject({ path: 'investments.money.events' });
    expect(fieldOfPath('answers.profile.currency')).toMatchObject({ path: 'profile.currency' });
  });

  it('finds nothing for a path outside the wizard', () => {
    expect(fieldOfPath('colour')).toBeUndefined();
    expect(fieldOfPath('')).toBeUndefined();
  });
});

describe('getPath and setPath', () => {
  it('read and write dotted paths, making objects on the way', () => {
    expect(getPath(answers, 'funnel.averageDeal')).toBe(70);
    expect(getPath(answers, 'funnel.nothing.here')).toBeUndefined();
    const o: Record<string, unknown> = {};
    setPath(o, 'a.b.c', 1);
    expect(o).toEqual({ a: { b: { c: 1 } } });
  });
});

describe('problemsInMessage', () => {
  it('reads back the problems of planWorkbook’s error for invalid answers', () => {
    const bad = {
      ...answers,
      profile: { ...answers.profile, months: 0 },
      funnel: { ...answers.funnel, averageDeal: -1 },
    };
    let error: unknown;
    try {
      normalizeAnswers(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AnswersError);
    const listed = problemsInMessage((error as Error).message);
    expect(listed).toEqual((error as AnswersError).problems);
    expect(listed?.map((p) => p.field)).toEqual(['profile.months', 'funnel.averageDeal']);
  });

  it('reads them after the opening sentence the server puts before the list, in any language', () => {
    for (const language of ['en', 'ru', 'fi'] as const) {
      const message = `${messages(language).build.invalidAnswers} profile.months: Enter 12.; funnel.conversions: Enter 5.`;
      expect(problemsInMessage(message)).toEqual([
        { field: 'profile.months', message: 'Enter 12.' },
        { field: 'funnel.conversions', message: 'Enter 5.' },
      ]);
    }
  });

  it('leaves a message that is not such a list to be shown as it is', () => {
    expect(problemsInMessage('Some answers need fixing: colour: blue')).toBeNull();
    expect(problemsInMessage('Service Spreadsheets timed out while accessing document.')).toBeNull();
    expect(problemsInMessage('Note: the sheet is protected')).toBeNull();
    expect(problemsInMessage('profile.months: Enter 12; and then something else')).toEqual([
      { field: 'profile.months', message: 'Enter 12; and then something else' },
    ]);
    expect(problemsInMessage('<img src=x onerror=alert(1)>')).toBeNull();
  });
});
