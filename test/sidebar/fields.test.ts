// The wizard's field table and how the server's field paths map onto its inputs.
import { FIELDS, fieldOfPath, fieldsOfStep, getPath, STEPS, setPath } from '../../src/sidebar/fields';
import { defaultAnswers } from '../../src/workbook/defaults';
import { ANSWER_FIELDS } from '../../src/workbook/schema';

const answers = defaultAnswers({ language: 'en', currency: 'EUR', startMonth: '2027-01' });

describe('the field table', () => {
  it('covers every answer of WizardAnswers except the language (the header’s switcher)', () => {
    const leaves = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v !== null && typeof v === 'object' && !Array.isArray(v)
          ? leaves(v, `${prefix}${k}.`)
          : [`${prefix}${k}`],
      );
    expect(FIELDS.map((f) => f.path).sort()).toEqual(
      leaves(answers)
        .filter((p) => p !== 'language')
        .sort(),
    );
  });

  it('takes each field’s type and bounds from the answers schema, in its order', () => {
    const declared = ANSWER_FIELDS.filter(([path]) => path !== 'language');
    expect(FIELDS.map((f) => [f.path, f.leaf])).toEqual(declared);
    expect(FIELDS.find((f) => f.path === 'investments.hours.events')?.kind).toBe('hours');
    expect(FIELDS.find((f) => f.path === 'profile.inflation')?.kind).toBe('optionalPercent');
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
