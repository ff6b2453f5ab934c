// Validation of the wizard's answers: each field's bad values refused with its path, absent parts filled in.
import example from '../../docs/example-answers.json';
import { AnswersError, normalizeAnswers, validateAnswers } from '../../src/workbook/validate';

type Json = Record<string, unknown>;
const clone = (): Json => JSON.parse(JSON.stringify(example));

/** The example answers with the value at `path` replaced (or deleted when `value` is undefined). */
function withValue(path: string, value: unknown): Json {
  const answers = clone();
  const keys = path.split('.');
  let node = answers;
  for (const k of keys.slice(0, -1)) node = node[k] as Json;
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return answers;
}

const fields = (answers: unknown) => validateAnswers(answers).map((p) => p.field);

describe('validateAnswers', () => {
  it('accepts the example answers of docs/example-answers.json', () => {
    expect(validateAnswers(example)).toEqual([]);
  });

  const bad: Array<[string, unknown[]]> = [
    ['language', ['de', '', null, 1, undefined]],
    ['profile.kind', ['group', undefined]],
    ['profile.people', [0, -1, 2.5, '3', null, Number.NaN]],
    ['profile.currency', ['eur', 'EURO', 'E1R', '', 978, undefined]],
    ['profile.startMonth', ['2027-13', '2027-00', '2027-1', '27-01', '2027/01', '2027-01-01', undefined]],
    ['profile.months', [0, 61, 12.5, '12', -3, null, undefined]],
    ['profile.discountRate', [-1, -2, 1.01, 10, Number.POSITIVE_INFINITY, '10%', null, undefined]],
    ['profile.inflation', [-1, 2, '0.05', Number.NaN]],
    ['investments.hourlyRate', [-1, '40', null, Number.POSITIVE_INFINITY]],
    ['investments.hours.events', [-0.5, '6', null, true]],
    ['investments.money.travel', [-250, Number.NaN]],
    ['investments.resources.staff', [-1]],
    ['returns.direct.referrals', [-1, 'none']],
    ['returns.indirect.salary', [-1]],
    ['returns.intangible.knowledge', [-1]],
    ['returns.countIntangible', ['yes', 1, null]],
    ['funnel.newContacts', [-50]],
    ['funnel.averageDeal', [-70, '70']],
    ['extras.contactsLog', ['true', 0]],
    ['extras.channels', [null]],
  ];
  for (const [path, values] of bad) {
    for (const value of values) {
      it(`refuses ${path} = ${value === undefined ? 'missing' : JSON.stringify(value)} naming ${path}`, () => {
        const problems = validateAnswers(withValue(path, value));
        expect(problems.map((p) => p.field)).toEqual([path]);
        expect(problems[0].message).toMatch(/^Enter .+[.)]$/);
      });
    }
  }

  it('accepts the extremes of each range', () => {
    for (const [path, value] of [
      ['profile.months', 1],
      ['profile.months', 60],
      ['profile.discountRate', 1],
      ['profile.discountRate', -0.99],
      ['profile.discountRate', 0],
      ['profile.inflation', 0.08],
      ['profile.startMonth', '1999-12'],
      ['funnel.conversions', 50],
    ] as const) {
      expect(fields(withValue(path, value))).toEqual([]);
    }
  });

  it('refuses more conversions than new contacts, naming funnel.conversions', () => {
    const problems = validateAnswers(withValue('funnel.conversions', 51));
    expect(problems).toEqual([
      {
        field: 'funnel.conversions',
        message: 'Enter conversions no greater than new contacts (51 is more than 50).',
      },
    ]);
  });

  it('refuses an individual of several people, naming profile.people', () => {
    const answers = withValue('profile.kind', 'individual');
    expect(fields(answers)).toEqual(['profile.people']);
    (answers.profile as Json).people = 1;
    expect(fields(answers)).toEqual([]);
  });

  it('refuses unknown keys at every level, naming each', () => {
    const answers = withValue('profile.colour', 'red');
    answers.extra = 1;
    (answers.funnel as Json).leads = 3;
    expect(fields(answers).sort()).toEqual(['extra', 'funnel.leads', 'profile.colour']);
  });

  it('refuses answers that are not an object, and a section that is not one', () => {
    for (const answers of [null, undefined, 'answers', 42, []]) {
      expect(fields(answers)).toEqual(['(answers)']);
    }
    expect(fields(withValue('investments', [1, 2]))).toEqual(['investments']);
    expect(fields(withValue('profile', undefined))).toEqual(['profile']);
  });

  it('reports every problem at once', () => {
    const answers = withValue('profile.months', 0);
    (answers.profile as Json).currency = 'euro';
    (answers.investments as Json).hourlyRate = -5;
    answers.language = 'sv';
    expect(fields(answers).sort()).toEqual([
      'investments.hourlyRate',
      'language',
      'profile.currency',
      'profile.months',
    ]);
  });
});

describe('normalizeAnswers', () => {
  it('fills absent optional parts with zero and off', () => {
    const minimal = {
      language: 'fi',
      profile: { kind: 'individual', currency: 'EUR', startMonth: '2027-03', months: 6, discountRate: 0.1 },
      investments: { hours: { events: 2 } },
    };
    const full = normalizeAnswers(minimal);
    expect(full.profile.people).toBe(1);
    expect(full.profile.inflation).toBeNull();
    expect(full.investments).toEqual({
      hourlyRate: 0,
      hours: { newContacts: 0, maintaining: 0, events: 2, preparation: 0, followUp: 0 },
      money: { events: 0, tools: 0, education: 0, gifts: 0, travel: 0 },
      resources: { staff: 0, technology: 0 },
    });
    expect(full.returns.countIntangible).toBe(false);
    expect(full.returns.intangible).toEqual({ knowledge: 0, reputation: 0, opportunities: 0 });
    expect(full.funnel).toEqual({ newContacts: 0, conversions: 0, averageDeal: 0 });
    expect(full.extras).toEqual({ contactsLog: false, channels: false });
  });

  it('keeps the example answers as they are', () => {
    expect(normalizeAnswers(example)).toEqual(example);
  });

  it('throws AnswersError whose message lists every problem as field: sentence', () => {
    const answers = withValue('profile.months', 61);
    answers.language = 'de';
    let error: unknown;
    try {
      normalizeAnswers(answers);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AnswersError);
    const problems = (error as AnswersError).problems;
    expect(problems.map((p) => p.field)).toEqual(['language', 'profile.months']);
    expect((error as Error).message).toBe(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    expect((error as Error).message).toContain('profile.months: Enter the number of months');
  });
});
