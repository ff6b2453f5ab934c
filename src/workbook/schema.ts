/**
 * The wizard's answers declared once: every field's path, type, bounds and default. The server's
 * validation (./validate), the sidebar's inline checks and the Summary's data validation all read
 * these declarations, so they cannot disagree.
 */
import { LANGUAGES } from '../i18n/languages';
import type { WizardAnswers } from './answers';

/** Most people a team plan may have. */
export const MAX_PEOPLE = 100_000;
/** Longest plan, in months (SPEC section 2). */
export const MAX_MONTHS = 60;
/** The hours of the longest month (31 days × 24 h): a person cannot invest more in one month. */
export const HOURS_IN_MONTH = 31 * 24;
/** Largest amount of money per person per month (an hourly rate, a cost, a return, a deal). */
export const MAX_AMOUNT = 1e9;
/** Most new contacts per person per month. */
export const MAX_CONTACTS = 10_000;
/**
 * Annual rates (discount rate, inflation) as fractions, both ends allowed. A rate above 100 % is
 * almost surely a percent typed as a number (10 meant as 10 %); at −100 % discounting divides by
 * zero, so the floor keeps a margin that Sheets' "number between" validation can state exactly.
 */
export const RATE_BOUNDS = { min: -0.99, max: 1 } as const;
/**
 * Shares of the planned return a scenario assumes comes in, and a minimum net ROI, as fractions:
 * 0 to 1000 % (SPEC section 8). A minimum below 0 would accept losing money, so none is allowed.
 */
export const SHARE_BOUNDS = { min: 0, max: 10 } as const;
/** Bounds of the Summary's inputs, for its data validation (the Summary's `numberBetween` rules). */
export const SUMMARY_INPUT_BOUNDS = {
  DiscountRate: RATE_BOUNDS,
  Inflation: RATE_BOUNDS,
  HourlyRate: { min: 0, max: MAX_AMOUNT },
  PessimisticShare: SHARE_BOUNDS,
  OptimisticShare: SHARE_BOUNDS,
  // What money earns elsewhere, a year: an annual rate like the discount rate.
  AlternativeRates: RATE_BOUNDS,
  MinimumROI: SHARE_BOUNDS,
} as const;
/** Longest name of a team member (SPEC section 10). */
export const MAX_MEMBER_NAME = 60;
/** Years the first month may fall in. */
export const YEAR_BOUNDS = { min: 1900, max: 2999 } as const;

/**
 * The largest total any plan can reach, from the bounds above: 60 months × 100,000 people × the
 * most one person-month can hold, which is the return side (9 return categories at MAX_AMOUNT plus
 * MAX_CONTACTS conversions × MAX_AMOUNT per deal; the investment side, 744 h × MAX_AMOUNT + 7
 * categories, is smaller). About 6.0e19. Discounting at the lowest rate (−99 % a year, a factor of
 * at most 0.01^-5 = 1e10 over 60 months) takes a present value to about 6e29, and ratios of
 * such totals stay small, so every Plan and Summary figure stays more than 10^270 below the
 * largest finite number (1.8e308), which is also the largest number Sheets holds and shows.
 * Amounts beyond these bounds are refused, so no figure can become Infinity.
 */
export const LARGEST_TOTAL = MAX_MONTHS * MAX_PEOPLE * (9 * MAX_AMOUNT + MAX_CONTACTS * MAX_AMOUNT);

/**
 * How one answer is typed and bounded:
 * - `choice`: one of `values`;
 * - `whole`: a whole number in [min, max]; `missing` is what an absent value means;
 * - `rate`: an annual rate as a fraction in [min, max]; `optional` ones may be null (not given);
 * - `amount`: a number from 0 to `max`; absent means 0; `unit` says what it counts;
 * - `currency`: an ISO 4217 code from CURRENCIES;
 * - `month`: "YYYY-MM" with a year in YEAR_BOUNDS;
 * - `flag`: true or false; absent means false;
 * - `names`: a list of distinct names (trimmed, ignoring case, as the sheet's counts compare them),
 *   each text of 1 to `maxLength` characters that never starts a formula; absent means none.
 */
export type Leaf =
  | { type: 'choice'; values: readonly string[] }
  | { type: 'whole'; min: number; max: number; missing?: number }
  | { type: 'rate'; min: number; max: number; optional?: true }
  | { type: 'amount'; unit: 'money' | 'hours' | 'count'; max: number }
  | { type: 'currency' }
  | { type: 'month' }
  | { type: 'flag' }
  | { type: 'names'; maxLength: number };

const money: Leaf = { type: 'amount', unit: 'money', max: MAX_AMOUNT };
const hours: Leaf = { type: 'amount', unit: 'hours', max: HOURS_IN_MONTH };
const contacts: Leaf = { type: 'amount', unit: 'count', max: MAX_CONTACTS };
const flag: Leaf = { type: 'flag' };
const group = (prefix: string, leaf: Leaf, names: string[]): Array<[string, Leaf]> =>
  names.map((n) => [`${prefix}.${n}`, leaf]);

/** Every answer by its path, in the wizard's order. */
export const ANSWER_FIELDS: ReadonlyArray<readonly [path: string, leaf: Leaf]> = [
  ['language', { type: 'choice', values: LANGUAGES }],
  ['profile.kind', { type: 'choice', values: ['individual', 'team'] }],
  ['profile.people', { type: 'whole', min: 1, max: MAX_PEOPLE, missing: 1 }],
  // SPEC section 10: a team's members, at most `people` of them (checkAcross holds that).
  ['profile.members', { type: 'names', maxLength: MAX_MEMBER_NAME }],
  ['profile.currency', { type: 'currency' }],
  ['profile.startMonth', { type: 'month' }],
  ['profile.months', { type: 'whole', min: 1, max: MAX_MONTHS }],
  ['profile.discountRate', { type: 'rate', ...RATE_BOUNDS }],
  ['profile.inflation', { type: 'rate', ...RATE_BOUNDS, optional: true }],
  ['investments.hourlyRate', money],
  ...group('investments.hours', hours, ['newContacts', 'maintaining', 'events', 'preparation', 'followUp']),
  ...group('investments.money', money, ['events', 'tools', 'education', 'gifts', 'travel']),
  ...group('investments.resources', money, ['staff', 'technology']),
  ...group('returns.direct', money, ['referrals', 'partnerships', 'investment']),
  ...group('returns.indirect', money, ['salary', 'bonuses', 'otherIncome']),
  ...group('returns.intangible', money, ['knowledge', 'reputation', 'opportunities']),
  ['returns.countIntangible', flag],
  ['funnel.newContacts', contacts],
  ['funnel.conversions', contacts],
  ['funnel.averageDeal', money],
  ['extras.contactsLog', flag],
  ['extras.channels', flag],
  ['extras.events', flag],
];

/** The declaration of the answer at `path`, or undefined when the answers have no such field. */
export function leafAt(path: string): Leaf | undefined {
  return ANSWER_FIELDS.find(([p]) => p === path)?.[1];
}

/** Sections the answers must have; every other section may be left out (all zero / off). */
export const REQUIRED_SECTIONS: readonly string[] = ['profile'];

// Active ISO 4217 currency codes (funds, metals and withdrawn codes left out), as of 2026.
const CURRENCY_CODES =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS ' +
  'GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW ' +
  'KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR ' +
  'MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR ' +
  'SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX ' +
  'USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG';

/** The currencies a plan may use: active ISO 4217 codes. */
export const CURRENCIES: ReadonlySet<string> = new Set(CURRENCY_CODES.split(' '));

/** Stable codes of the problems answers can have; their sentences are in ./problemTexts. */
export type ProblemCode =
  | 'missing'
  | 'choice'
  | 'whole'
  | 'rate'
  | 'notNumber'
  | 'negative'
  | 'tooLarge'
  | 'currency'
  | 'month'
  | 'flag'
  | 'notObject'
  | 'unknownField'
  | 'individualPeople'
  | 'conversions'
  | 'hoursOverMonth'
  | 'names'
  | 'memberName'
  | 'memberLength'
  | 'memberFormula'
  | 'memberDuplicate'
  | 'tooManyMembers'
  | 'moreProblems';

/** A problem before it is worded: its code and the values its sentence names. */
export interface Finding {
  field: string;
  code: ProblemCode;
  values?: Record<string, number | string>;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The problem with a present value of the answer declared by `leaf`, or null when it is
 * acceptable. A value of the wrong type gets the sentence of the right one (an object or a list
 * where a number belongs gets "enter a number"), whatever it holds.
 */
export function checkLeaf(leaf: Leaf, value: unknown): Omit<Finding, 'field'> | null {
  switch (leaf.type) {
    case 'choice':
      return leaf.values.includes(value as string)
        ? null
        : { code: 'choice', values: { values: leaf.values.map((v) => `"${v}"`).join(', ') } };
    case 'whole':
      return isNumber(value) && Number.isInteger(value) && value >= leaf.min && value <= leaf.max
        ? null
        : { code: 'whole', values: { min: leaf.min, max: leaf.max } };
    case 'rate':
      if (leaf.optional && value === null) return null;
      return isNumber(value) && value >= leaf.min && value <= leaf.max
        ? null
        : { code: 'rate', values: { min: leaf.min, max: leaf.max } };
    case 'amount':
      if (!isNumber(value)) return { code: 'notNumber' };
      if (value < 0) return { code: 'negative' };
      return value > leaf.max ? { code: 'tooLarge', values: { max: leaf.max } } : null;
    case 'currency':
      return typeof value === 'string' && CURRENCIES.has(value) ? null : { code: 'currency' };
    case 'month': {
      const m = typeof value === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value) : null;
      const year = m ? Number(m[1]) : Number.NaN;
      return year >= YEAR_BOUNDS.min && year <= YEAR_BOUNDS.max
        ? null
        : { code: 'month', values: { min: String(YEAR_BOUNDS.min), max: String(YEAR_BOUNDS.max) } };
    }
    case 'flag':
      return typeof value === 'boolean' ? null : { code: 'flag' };
    case 'names':
      return Array.isArray(value) ? null : { code: 'names' };
  }
}

/** Text a formula would start with, as Sheets reads a typed cell. */
const FORMULA_START = /^[=+\-@]/;

/**
 * Every problem of the answer at `path` declared by `leaf`: checkLeaf's, and for a list of names
 * one per name that is not acceptable, named by its place (`profile.members[2]`): not text or
 * empty, too long, starting a formula, or the same as an earlier one (trimmed, ignoring case).
 */
export function checkAnswer(path: string, leaf: Leaf, value: unknown): Finding[] {
  const problem = checkLeaf(leaf, value);
  if (problem) return [{ field: path, ...problem }];
  if (leaf.type !== 'names') return [];
  const seen = new Set<string>();
  const out: Finding[] = [];
  (value as unknown[]).forEach((name, i) => {
    const field = `${path}[${i}]`;
    const text = typeof name === 'string' ? name.trim() : '';
    // The name as quoted in a sentence: a long one cut, so the problems stay short to read.
    const quoted = text.length > leaf.maxLength ? `${text.slice(0, leaf.maxLength - 1)}…` : text;
    if (text === '') out.push({ field, code: 'memberName' });
    else if (text.length > leaf.maxLength)
      out.push({ field, code: 'memberLength', values: { name: quoted, max: leaf.maxLength } });
    else if (FORMULA_START.test(text)) out.push({ field, code: 'memberFormula', values: { name: quoted } });
    else if (seen.has(text.toLowerCase()))
      out.push({ field, code: 'memberDuplicate', values: { name: quoted } });
    seen.add(text.toLowerCase());
  });
  return out;
}

/** What an absent answer means, or undefined when it must be given. */
export function missingValue(leaf: Leaf): unknown {
  switch (leaf.type) {
    case 'whole':
      return leaf.missing;
    case 'rate':
      return leaf.optional ? null : undefined;
    case 'amount':
      return 0;
    case 'flag':
      return false;
    case 'names':
      return [];
    default:
      return undefined;
  }
}

/** The hour fields, whose sum per person per month is held to HOURS_IN_MONTH. */
const HOUR_FIELDS = ANSWER_FIELDS.filter(([p]) => p.startsWith('investments.hours.')).map(([p]) => p);

/**
 * Rules across fields, for answers whose fields are each valid (`valid(path)` says which are):
 * an individual is one person; a team names at most its people; conversions are at most the new contacts; and a person's hours in a
 * month add up to at most HOURS_IN_MONTH, reported at the hour field where the running sum, in the
 * wizard's order, first passes it.
 */
export function checkAcross(answers: WizardAnswers, valid: (path: string) => boolean): Finding[] {
  const out: Finding[] = [];
  const { profile, funnel, investments } = answers;
  if (
    valid('profile.kind') &&
    valid('profile.people') &&
    profile.kind === 'individual' &&
    profile.people !== 1
  )
    out.push({ field: 'profile.people', code: 'individualPeople', values: { people: profile.people } });
  if (valid('profile.people') && valid('profile.members') && profile.members.length > profile.people)
    out.push({ field: 'profile.members', code: 'tooManyMembers', values: { people: profile.people } });
  if (HOUR_FIELDS.every(valid)) {
    let total = 0;
    let over: string | undefined;
    for (const path of HOUR_FIELDS) {
      total += investments.hours[path.split('.')[2] as keyof typeof investments.hours];
      if (over === undefined && total > HOURS_IN_MONTH) over = path;
    }
    if (over) out.push({ field: over, code: 'hoursOverMonth', values: { total, max: HOURS_IN_MONTH } });
  }
  if (valid('funnel.newContacts') && valid('funnel.conversions') && funnel.conversions > funnel.newContacts)
    out.push({ field: 'funnel.conversions', code: 'conversions', values: { contacts: funnel.newContacts } });
  return out;
}
