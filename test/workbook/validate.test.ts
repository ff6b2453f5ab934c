// Validation of the wizard's answers: each field's bad values refused with its path, absent parts filled in.

import example from '../../docs/example-answers.json';
import { LANGUAGES } from '../../src/i18n/languages';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import {
  HOURS_IN_MONTH,
  LARGEST_TOTAL,
  MAX_AMOUNT,
  MAX_CONTACTS,
  MAX_MONTHS,
  MAX_PEOPLE,
  RATE_BOUNDS,
} from '../../src/workbook/schema';
import {
  AnswersError,
  MAX_FIELD_LENGTH,
  MAX_PROBLEMS,
  MAX_PROBLEMS_LENGTH,
  normalizeAnswers,
  validateAnswers,
} from '../../src/workbook/validate';
import { evaluatePlan } from '../support/hyperformula';

// The largest plan evaluated in HyperFormula takes a few seconds.
jest.setTimeout(30_000);

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
        expect(problems[0].message).toMatch(/^(Enter|Choose) .+\.$/);
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
        code: 'conversions',
        message: 'Conversions cannot be more than new contacts (50).',
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
    expect(full.extras).toEqual({ contactsLog: false, channels: false, events: false });
  });

  it('keeps the example answers as they are, reading the Events table and members they do not name as off and none', () => {
    // SPEC section 3's example predates extras.events and profile.members; sections 9 and 10:
    // answers without them read as off and as no names.
    expect(example.extras).not.toHaveProperty('events');
    expect(example.profile).not.toHaveProperty('members');
    expect(normalizeAnswers(example)).toEqual({
      ...example,
      profile: { ...example.profile, members: [] },
      extras: { ...example.extras, events: false },
    });
  });

  describe('profile.members (SPEC section 10)', () => {
    const withMembers = (members: unknown, people = 3) => ({
      ...example,
      profile: { ...example.profile, people, members },
    });

    it('takes up to `people` distinct names', () => {
      expect(validateAnswers(withMembers(['Anna', 'Boris', 'Chen']))).toEqual([]);
      expect(normalizeAnswers(withMembers(['Anna'])).profile.members).toEqual(['Anna']);
    });

    it('names each bad name by its place in the list', () => {
      const problems = validateAnswers(
        withMembers(['Anna', ' anna ', '=SUM(A1)', 'x'.repeat(61), 7, '', '@home'], 10),
      );
      expect(problems.map((p) => [p.field, p.code])).toEqual([
        ['profile.members[1]', 'memberDuplicate'],
        ['profile.members[2]', 'memberFormula'],
        ['profile.members[3]', 'memberLength'],
        ['profile.members[4]', 'memberName'],
        ['profile.members[5]', 'memberName'],
        ['profile.members[6]', 'memberFormula'],
      ]);
      expect(problems[0].message).toBe('“anna” is already in the list; give each member a distinct name.');
    });

    it('refuses more names than people, and a list that is not one', () => {
      expect(validateAnswers(withMembers(['A', 'B', 'C', 'D']))).toEqual([
        {
          field: 'profile.members',
          code: 'tooManyMembers',
          message: 'Name at most 3 members, the number of people in the team.',
        },
      ]);
      expect(validateAnswers(withMembers('Anna, Boris')).map((p) => [p.field, p.code])).toEqual([
        ['profile.members', 'names'],
      ]);
    });
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
    expect((error as Error).message).toContain('profile.months: Enter a whole number from 1 to 60.');
  });
});

describe('one answers schema', () => {
  const plan = planWorkbook(example);
  const summary = plan.sheets.find((sheet) => sheet.validations.some((v) => v.range === 'B4'))!;
  const rule = (range: string) => {
    const found = summary.validations.find((v) => v.range === range);
    if (found?.kind !== 'numberBetween') throw new Error(`no number rule at ${range}`);
    return found;
  };

  it('refuses a discount rate of -99.5 %, which the Summary’s validation rejects too', () => {
    expect(-0.995).toBeLessThan(rule('B4').min);
    expect(fields(withValue('profile.discountRate', -0.995))).toEqual(['profile.discountRate']);
    expect(fields(withValue('profile.discountRate', rule('B4').min))).toEqual([]);
    expect(fields(withValue('profile.inflation', -0.995))).toEqual(['profile.inflation']);
  });

  it('refuses an hourly rate of 2e9, above what the Summary’s validation allows, and accepts its maximum', () => {
    expect(2e9).toBeGreaterThan(rule('B5').max);
    expect(fields(withValue('investments.hourlyRate', 2e9))).toEqual(['investments.hourlyRate']);
    expect(fields(withValue('investments.hourlyRate', rule('B5').max))).toEqual([]);
  });

  it('words every problem in the requested language, with a stable code', () => {
    const answers = withValue('profile.months', 61);
    expect(validateAnswers(answers, 'ru')).toEqual([
      { field: 'profile.months', code: 'whole', message: 'Введите целое число от 1 до 60.' },
    ]);
    expect(validateAnswers(answers, 'fi')).toEqual([
      { field: 'profile.months', code: 'whole', message: 'Anna kokonaisluku väliltä 1–60.' },
    ]);
  });
});

describe('bad input', () => {
  it('refuses money.events = 1e308, which made a 3-person plan total Infinity', () => {
    const answers = withValue('investments.money.events', 1e308);
    (answers.profile as Json).kind = 'team';
    (answers.profile as Json).people = 3;
    expect(validateAnswers(answers)).toEqual([
      { field: 'investments.money.events', code: 'tooLarge', message: 'Enter at most 1,000,000,000.' },
    ]);
  });

  it('keeps every figure of the largest plan finite: 60 months, 100,000 people, every amount and rate at its bound', () => {
    const largest = clone();
    largest.profile = {
      ...(largest.profile as Json),
      kind: 'team',
      people: MAX_PEOPLE,
      months: MAX_MONTHS,
      // The lowest rates discount most, so they make the largest present values.
      discountRate: RATE_BOUNDS.min,
      inflation: RATE_BOUNDS.min,
    };
    const money = (o: Json) => Object.fromEntries(Object.keys(o).map((k) => [k, MAX_AMOUNT]));
    const inv = largest.investments as Json;
    inv.hourlyRate = MAX_AMOUNT;
    inv.hours = { newContacts: HOURS_IN_MONTH, maintaining: 0, events: 0, preparation: 0, followUp: 0 };
    inv.money = money(inv.money as Json);
    inv.resources = money(inv.resources as Json);
    const ret = largest.returns as Json;
    for (const k of ['direct', 'indirect', 'intangible']) ret[k] = money(ret[k] as Json);
    ret.countIntangible = true;
    largest.funnel = { newContacts: MAX_CONTACTS, conversions: MAX_CONTACTS, averageDeal: MAX_AMOUNT };
    expect(validateAnswers(largest)).toEqual([]);
    const evaluated = evaluatePlan(planWorkbook(largest));
    const numbers = evaluated.cells().filter((c) => typeof c.value === 'number');
    expect(numbers.filter((c) => !Number.isFinite(c.value as number))).toEqual([]);
    // The largest figure is the total return, which LARGEST_TOTAL bounds (relative 1e-12: sums of
    // whole amounts in doubles).
    const totalReturn = evaluated.named('TotalReturn') as number;
    expect(totalReturn).toBeLessThanOrEqual(LARGEST_TOTAL * (1 + 1e-12));
    expect(LARGEST_TOTAL).toBeLessThan(1e20);
  });

  it('refuses QQQ, which looks like a currency code but is none, and accepts ISO 4217 codes', () => {
    expect(fields(withValue('profile.currency', 'QQQ'))).toEqual(['profile.currency']);
    for (const code of ['EUR', 'RUB', 'JPY', 'CHF', 'XOF'])
      expect(fields(withValue('profile.currency', code))).toEqual([]);
  });

  it('treats inherited names (__proto__, constructor, toString) as unknown fields like any other', () => {
    const json = JSON.stringify(example).replace(
      '"profile":{',
      '"profile":{"__proto__":{"months":0},"constructor":1,"toString":"x",',
    );
    const answers = JSON.parse(json);
    expect(fields(answers).sort()).toEqual(['profile.__proto__', 'profile.constructor', 'profile.toString']);
    expect(validateAnswers(answers)[0].code).toBe('unknownField');
    // A field is read from the answers' own properties only: one inherited from a prototype is missing.
    const noLanguage = clone();
    delete noLanguage.language;
    expect(fields(Object.assign(Object.create({ language: 'en' }), noLanguage))).toEqual(['language']);
  });

  it('answers circular and absurdly deep values with a sentence, not a RangeError', () => {
    const circular = clone();
    (circular.profile as Json).currency = circular;
    (circular.extras as Json).loop = circular;
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    (circular.investments as Json).hourlyRate = deep;
    const problems = validateAnswers(circular);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['profile.currency', 'Enter the three-letter ISO 4217 code of a currency, such as EUR.'],
      ['investments.hourlyRate', 'Enter a number, such as 12.5.'],
      ['extras.loop', 'Remove this field: the wizard has no field of this name here (check its spelling).'],
    ]);
    expect(() => normalizeAnswers(circular)).toThrow(AnswersError);
  });

  it('lists at most 20 problems and cuts long field names (a 10 MB key no longer makes a 20 MB message)', () => {
    const answers = clone();
    answers['k'.repeat(10_000_000)] = 1;
    for (let i = 0; i < 100; i++) (answers.funnel as Json)[`extra${i}`] = i;
    const problems = validateAnswers(answers);
    expect(problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
    // 101 unknown fields: those listed, and the rest counted in the last problem.
    expect(problems[problems.length - 1]).toEqual({
      field: '(answers)',
      code: 'moreProblems',
      message: `And ${101 - (problems.length - 1)} more problems; fix these first.`,
    });
    expect(Math.max(...problems.map((p) => p.field.length))).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    let message = '';
    try {
      normalizeAnswers(answers);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.length).toBeGreaterThan(0);
    expect(message.length).toBeLessThan(10_000);
  });

  it.each(LANGUAGES)(
    'keeps the problems under 2,000 characters in %s however many unknown fields arrive, counting the rest',
    (language) => {
      const answers = clone();
      for (let i = 0; i < 10_000; i++) answers[`${'x'.repeat(1000)}${i}`] = i;
      const problems = validateAnswers(answers, language);
      const last = problems[problems.length - 1];
      expect(last.code).toBe('moreProblems');
      // Every problem is listed or counted: the listed unknown fields and the count make 10,000.
      expect(Number(last.message.replace(/\D/g, ''))).toBe(10_000 - (problems.length - 1));
      let message = '';
      try {
        normalizeAnswers(answers, language);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toBe(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
      expect(message.length).toBeLessThanOrEqual(MAX_PROBLEMS_LENGTH);
      expect(MAX_PROBLEMS_LENGTH).toBe(2000);
    },
  );

  it('refuses hours that add up to more than a month holds (744 = 31 × 24 per person per month)', () => {
    const answers = withValue('investments.hours.newContacts', 740);
    // The example's other hours (3 + 6 + 1 + 2 = 12) bring the month to 752; the running sum in
    // the wizard's order passes 744 at events (740 + 3 + 6 = 749).
    expect(validateAnswers(answers)).toEqual([
      {
        field: 'investments.hours.events',
        code: 'hoursOverMonth',
        message: 'These hours add up to 752 a month; a month holds at most 744 hours (31 days × 24).',
      },
    ]);
    expect(fields(withValue('investments.hours.newContacts', 744 - 12))).toEqual([]);
  });
});
