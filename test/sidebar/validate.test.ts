// Reading the wizard's inputs into answers, and the problems a person sees as they type.
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { FIELDS, setPath } from '../../src/sidebar/fields';
import { type Draft, draftOfAnswers, readDraft, translateDraft } from '../../src/sidebar/validate';
import type { WizardAnswers } from '../../src/workbook/answers';
import { defaultAnswers } from '../../src/workbook/defaults';
import { problemText } from '../../src/workbook/problemTexts';
import { validateAnswers } from '../../src/workbook/validate';

const base: WizardAnswers = defaultAnswers({ language: 'en', currency: 'EUR', startMonth: '2027-01' });

/** The draft of the defaults with some inputs changed, read in `language`. */
function read(changes: Draft, language: Language = 'en') {
  const draft = { ...draftOfAnswers(base, language), ...changes };
  return readDraft(draft, base, language);
}

const problemsAt = (changes: Draft, language: Language = 'en') =>
  Object.fromEntries(read(changes, language).problems.map((p) => [p.field, p.message]));

describe('reading the wizard', () => {
  it('gives back the answers it was shown, untouched, in every language', () => {
    for (const language of LANGUAGES) {
      const { answers, problems } = read({}, language);
      expect(problems).toEqual([]);
      expect(answers).toEqual({ ...base, language });
    }
  });

  it('shows percentages as percent and stores fractions (10 % → 0.1)', () => {
    expect(draftOfAnswers(base, 'en')['profile.discountRate']).toBe('10');
    expect(read({ 'profile.discountRate': '7,5' }, 'fi').answers.profile.discountRate).toBe(0.075);
    expect(read({ 'profile.inflation': '2' }).answers.profile.inflation).toBe(0.02);
  });

  it('reads an empty inflation as not given and an empty amount as zero', () => {
    const { answers, problems } = read({ 'profile.inflation': '', 'investments.money.travel': '' });
    expect(problems).toEqual([]);
    expect(answers.profile.inflation).toBeNull();
    expect(answers.investments.money.travel).toBe(0);
  });

  it('reads amounts with the decimal comma in Russian', () => {
    expect(read({ 'investments.hourlyRate': '12,5' }, 'ru').answers.investments.hourlyRate).toBe(12.5);
  });

  it('keeps one person and no team resources for an individual, whatever the hidden inputs hold', () => {
    const { answers, problems } = read({ 'profile.people': 'x', 'investments.resources.staff': '500' });
    expect(problems).toEqual([]);
    expect(answers.profile.people).toBe(1);
    expect(answers.investments.resources).toEqual({ staff: 0, technology: 0 });
  });

  it('reads a team of people and its resources', () => {
    const { answers } = read({
      'profile.kind': 'team',
      'profile.people': '3',
      'investments.resources.staff': '500',
    });
    expect(answers.profile).toMatchObject({ kind: 'team', people: 3 });
    expect(answers.investments.resources.staff).toBe(500);
  });

  it('upper-cases the currency code', () => {
    expect(read({ 'profile.currency': 'sek' }).answers.profile.currency).toBe('SEK');
  });
});

describe('the problems the wizard shows', () => {
  it('holds the months to whole numbers from 1 to 60', () => {
    for (const months of ['0', '61', '12,5', '1.5', 'abc', ''])
      expect([months, problemsAt({ 'profile.months': months })['profile.months']]).toEqual([
        months,
        'Enter a whole number from 1 to 60.',
      ]);
    expect(problemsAt({ 'profile.months': '60' })).toEqual({});
  });

  it('holds amounts to numbers of 0 or more, with an example in the person’s language', () => {
    expect(problemsAt({ 'investments.money.gifts': '-1' })).toEqual({
      'investments.money.gifts': 'Enter 0 or more.',
    });
    expect(problemsAt({ 'investments.money.gifts': '12,5' })).toEqual({
      'investments.money.gifts': 'Enter a number, such as 12.5.',
    });
    expect(problemsAt({ 'investments.money.gifts': 'много' }, 'ru')).toEqual({
      'investments.money.gifts': 'Введите число, например 12,5.',
    });
  });

  it('wants a three-letter currency code', () => {
    for (const currency of ['EU', 'EURO', 'E1R', ''])
      expect(problemsAt({ 'profile.currency': currency })).toEqual({
        'profile.currency': 'Enter the three-letter ISO 4217 code of a currency, such as EUR.',
      });
  });

  it('wants a real month and a four-digit year', () => {
    expect(problemsAt({ 'profile.startMonth': '2027-13' })).toHaveProperty(['profile.startMonth']);
    expect(problemsAt({ 'profile.startMonth': '27-01' })).toEqual({
      'profile.startMonth': 'Choose a month and enter a year from 1900 to 2999.',
    });
    expect(problemsAt({ 'profile.startMonth': '2031-12' })).toEqual({});
  });

  it('holds the discount rate and inflation from −99 % to 100 %, the bounds of the Summary’s validation', () => {
    expect(problemsAt({ 'profile.discountRate': '-99,5' }, 'fi')).toEqual({
      'profile.discountRate': 'Anna prosentti väliltä -99\u00a0%–100\u00a0%.',
    });
    expect(problemsAt({ 'profile.discountRate': '-99' })).toEqual({});
    expect(problemsAt({ 'profile.discountRate': '' })).toEqual({
      'profile.discountRate': 'Enter a value; it is missing.',
    });
    expect(problemsAt({ 'profile.inflation': '-2,5' }, 'ru')).toEqual({});
    expect(problemsAt({ 'profile.inflation': '150' }, 'ru')).toEqual({
      'profile.inflation': 'Введите процент от -99\u00a0% до 100\u00a0%.',
    });
  });

  it('wants a whole number of people in a team', () => {
    expect(problemsAt({ 'profile.kind': 'team', 'profile.people': '0' })).toEqual({
      'profile.people': 'Enter a whole number from 1 to 100,000.',
    });
    expect(problemsAt({ 'profile.kind': 'team', 'profile.people': '2,5' }, 'ru')).toHaveProperty([
      'profile.people',
    ]);
  });

  it('does not let conversions exceed new contacts', () => {
    expect(problemsAt({ 'funnel.newContacts': '10', 'funnel.conversions': '11' })).toEqual({
      'funnel.conversions': 'Conversions cannot be more than new contacts (10).',
    });
    expect(problemsAt({ 'funnel.newContacts': '10', 'funnel.conversions': '10' })).toEqual({});
  });

  it('names each problem by the field path the server uses, in the wizard’s order', () => {
    const { problems } = read({ 'funnel.averageDeal': '-1', 'profile.months': '0' });
    expect(problems.map((p) => p.field)).toEqual(['profile.months', 'funnel.averageDeal']);
    for (const p of problems) expect(FIELDS.some((f) => f.path === p.field)).toBe(true);
  });

  it('words its problems in the UI language', () => {
    expect(problemsAt({ 'profile.months': '0' }, 'ru')['profile.months']).toBe(
      problemText({ code: 'whole', values: { min: 1, max: 60 } }, 'ru'),
    );
    expect(problemsAt({ 'profile.months': '0' }, 'ru')['profile.months']).toBe(
      'Введите целое число от 1 до 60.',
    );
  });
});

describe('switching the language', () => {
  it('rewrites typed numbers as the new language writes them, and leaves text that is not a number', () => {
    const draft = {
      ...draftOfAnswers(base, 'ru'),
      'investments.hourlyRate': '12,5',
      'profile.months': 'abc',
    };
    const english = translateDraft(draft, 'ru', 'en');
    expect(english['investments.hourlyRate']).toBe('12.5');
    expect(english['profile.months']).toBe('abc');
    expect(english['profile.currency']).toBe('EUR');
    expect(readDraft(english, base, 'en').answers.investments.hourlyRate).toBe(12.5);
  });
});

describe('the client’s checks against the server’s (validateAnswers, the authority)', () => {
  // Each field with values on both sides of its bounds. For every value the client and the server
  // must agree whether the answers are valid: the client neither blocks what the server accepts
  // nor lets through what the server refuses.
  const cases: Array<[string, number[], (n: number) => unknown]> = [
    ['profile.months', [0, 1, 12.5, 60, 61], (n) => n],
    ['profile.discountRate', [-100, -99.9, 0, 10, 100, 100.1], (n) => n / 100],
    ['profile.inflation', [-100, -5, 0, 100, 101], (n) => n / 100],
    ['investments.hourlyRate', [-0.01, 0, 12.5], (n) => n],
    ['investments.money.travel', [-1, 0, 1e6], (n) => n],
    ['returns.intangible.knowledge', [-1, 0, 5], (n) => n],
    ['funnel.conversions', [-1, 0, 50, 50.5], (n) => n],
  ];

  it.each(cases)('agree on %s', (field, values, stored) => {
    for (const n of values) {
      const client = read({ [field]: String(n) }).problems.some((p) => p.field === field);
      const answers = JSON.parse(JSON.stringify(base));
      setPath(answers, field, stored(n));
      const server = validateAnswers(answers).some((p) => p.field === field);
      expect([field, n, client]).toEqual([field, n, server]);
    }
  });

  it('agree on the number of people in a team and the first year', () => {
    for (const people of [0, 1, 2, 100000, 100001]) {
      const client = read({ 'profile.kind': 'team', 'profile.people': String(people) }).problems.length > 0;
      const server =
        validateAnswers({ ...base, profile: { ...base.profile, kind: 'team', people } }).length > 0;
      expect([people, client]).toEqual([people, server]);
    }
    for (const year of ['1899', '1900', '2999', '3000']) {
      const startMonth = `${year}-06`;
      const client = read({ 'profile.startMonth': startMonth }).problems.length > 0;
      const server = validateAnswers({ ...base, profile: { ...base.profile, startMonth } }).length > 0;
      expect([year, client]).toEqual([year, server]);
    }
  });

  it('never sends answers the server refuses once the client has no problem', () => {
    const { answers, problems } = read(
      { 'profile.kind': 'team', 'profile.people': '4', 'profile.inflation': '3,5' },
      'fi',
    );
    expect(problems).toEqual([]);
    expect(validateAnswers(answers)).toEqual([]);
  });
});

describe('the numbers and hours the wizard accepts', () => {
  it('accepts a number written with an exponent, as Sheets does (1e3 = 1000)', () => {
    const { answers, problems } = read(
      { 'investments.money.events': '1e3', 'funnel.averageDeal': '2,5e2' },
      'fi',
    );
    expect(problems).toEqual([]);
    expect(answers.investments.money.events).toBe(1000);
    expect(answers.funnel.averageDeal).toBe(250);
  });

  it('refuses hours beyond what a month holds: at most 744 (31 days × 24) per person per month in all', () => {
    const at744 = {
      'investments.hours.newContacts': '700',
      'investments.hours.maintaining': '0',
      'investments.hours.events': '44',
      'investments.hours.preparation': '0',
      'investments.hours.followUp': '0',
    };
    expect(problemsAt(at744)).toEqual({});
    // 700 + 44 + 1 = 745: reported at the field that passes the month, here the last one typed in order.
    expect(problemsAt({ ...at744, 'investments.hours.followUp': '1' })).toEqual({
      'investments.hours.followUp':
        'These hours add up to 745 a month; a month holds at most 744 hours (31 days × 24).',
    });
    expect(problemsAt({ 'investments.hours.events': '745' })).toEqual({
      'investments.hours.events': 'Enter at most 744.',
    });
  });

  it('refuses an amount above 1,000,000,000 per person per month, the bound that keeps totals finite', () => {
    expect(problemsAt({ 'investments.money.events': '1e308' })).toEqual({
      'investments.money.events': 'Enter at most 1,000,000,000.',
    });
    expect(problemsAt({ 'investments.money.events': '1e9' })).toEqual({});
  });

  it('gives the very problem the server gives (field, code and sentence), in each language', () => {
    for (const language of LANGUAGES) {
      const { answers, problems } = read(
        { 'profile.months': '61', 'investments.money.travel': '-1' },
        language,
      );
      const sent = { ...answers, profile: { ...answers.profile, months: 61 } };
      setPath(sent as unknown as Record<string, unknown>, 'investments.money.travel', -1);
      expect(problems).toEqual(validateAnswers(sent, language));
    }
  });
});

describe('the members’ names (SPEC section 10)', () => {
  const team = { 'profile.kind': 'team', 'profile.people': '3' };

  it('reads one name per line, trimmed, empty lines left out, as the server takes them', () => {
    const { answers, problems } = read({ ...team, 'profile.members': ' Anna \n\nBoris\r\nChen\n' });
    expect(problems).toEqual([]);
    expect(answers.profile.members).toEqual(['Anna', 'Boris', 'Chen']);
    expect(validateAnswers(answers)).toEqual([]);
    expect(draftOfAnswers(answers, 'en')['profile.members']).toBe('Anna\nBoris\nChen');
  });

  it('shows the server’s problems at the field: one name too many, a repeated or formula-like name', () => {
    expect(problemsAt({ ...team, 'profile.members': 'A\nB\nC\nD' })).toEqual({
      'profile.members': problemText({ code: 'tooManyMembers', values: { people: 3 } }, 'en'),
    });
    const twice = problemsAt({ ...team, 'profile.members': 'Anna\nANNA' }, 'fi');
    expect(twice['profile.members']).toBe(
      problemText({ code: 'memberDuplicate', values: { name: 'ANNA' } }, 'fi'),
    );
    expect(problemsAt({ ...team, 'profile.members': '=1+1' })['profile.members']).toContain('=1+1');
  });

  it('gives an individual plan no members, whatever the field held', () => {
    const { answers, problems } = read({ 'profile.kind': 'individual', 'profile.members': 'Anna\nBoris' });
    expect(problems).toEqual([]);
    expect(answers.profile.members).toEqual([]);
  });
});
