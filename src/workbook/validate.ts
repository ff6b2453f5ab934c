/**
 * Validation and normalisation of the wizard's answers: every problem at once, each naming its
 * field path ("profile.months") with a sentence that says what to fix.
 */
import type { AnswerProblem, WizardAnswers } from './answers';

/** Thrown by `planWorkbook` for invalid answers; the message lists every problem as `field: sentence`. */
export class AnswersError extends Error {
  readonly problems: AnswerProblem[];
  constructor(problems: AnswerProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'AnswersError';
    this.problems = problems;
  }
}

/**
 * One leaf of the answers: `ok` says whether a value is acceptable, `hint` completes "Enter ..."
 * and `missing` is what an absent value means (undefined: the field is required).
 */
interface Leaf {
  ok: (v: unknown) => boolean;
  hint: string;
  missing?: unknown;
}
type Rule = Leaf | { fields: Record<string, Rule>; required?: boolean };

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isWhole = (v: unknown, min: number, max: number) =>
  isNumber(v) && Number.isInteger(v) && v >= min && v <= max;

// Optional amounts: per person per month, any finite number of 0 or more; absent means 0. A
// null is refused rather than read as 0, so a sidebar bug cannot pass silently.
const amount: Leaf = {
  ok: (v) => isNumber(v) && v >= 0,
  hint: 'an amount of 0 or more as a plain number, such as 150',
  missing: 0,
};
const flag: Leaf = { ok: (v) => typeof v === 'boolean', hint: 'true or false', missing: false };
const amounts = (...names: string[]) => ({
  fields: Object.fromEntries(names.map((n) => [n, amount])),
});

// An annual rate above 100 % is, for a discount rate or for inflation, almost surely a percent
// typed as a number (10 meant as 10 %), so rates are held to (−100 %, 100 %].
const rate = (v: unknown) => isNumber(v) && v > -1 && v <= 1;

const SCHEMA: Rule = {
  fields: {
    language: { ok: (v) => v === 'en' || v === 'ru' || v === 'fi', hint: '"en", "ru" or "fi"' },
    profile: {
      required: true,
      fields: {
        kind: { ok: (v) => v === 'individual' || v === 'team', hint: '"individual" or "team"' },
        people: {
          ok: (v) => isWhole(v, 1, 100000),
          hint: 'the number of people as a whole number of 1 or more',
          missing: 1,
        },
        currency: {
          ok: (v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v),
          hint: 'a currency as its ISO 4217 code, three capital letters such as "EUR"',
        },
        startMonth: {
          ok: (v) => typeof v === 'string' && /^(19|2\d)\d\d-(0[1-9]|1[0-2])$/.test(v),
          hint: 'the first month as "YYYY-MM", such as "2027-01"',
        },
        months: { ok: (v) => isWhole(v, 1, 60), hint: 'the number of months as a whole number from 1 to 60' },
        discountRate: {
          ok: rate,
          hint: 'the annual discount rate as a fraction above -1 and at most 1, such as 0.1 for 10 %',
        },
        inflation: {
          ok: (v) => v === null || rate(v),
          hint: 'annual inflation as a fraction above -1 and at most 1 (0.05 for 5 %), or null for none',
          missing: null,
        },
      },
    },
    investments: {
      fields: {
        hourlyRate: amount,
        hours: amounts('newContacts', 'maintaining', 'events', 'preparation', 'followUp'),
        money: amounts('events', 'tools', 'education', 'gifts', 'travel'),
        resources: amounts('staff', 'technology'),
      },
    },
    returns: {
      fields: {
        direct: amounts('referrals', 'partnerships', 'investment'),
        indirect: amounts('salary', 'bonuses', 'otherIncome'),
        intangible: amounts('knowledge', 'reputation', 'opportunities'),
        countIntangible: flag,
      },
    },
    funnel: amounts('newContacts', 'conversions', 'averageDeal'),
    extras: { fields: { contactsLog: flag, channels: flag } },
  },
};

function shown(v: unknown): string {
  const s = v === undefined ? 'nothing' : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Walks the schema: collects problems, and returns the value with absent optional parts filled in. */
function walk(rule: Rule, value: unknown, path: string, problems: AnswerProblem[]): unknown {
  if ('ok' in rule) {
    if (value === undefined && 'missing' in rule) return rule.missing;
    if (value === undefined) problems.push({ field: path, message: `Enter ${rule.hint}; it is missing.` });
    else if (!rule.ok(value))
      problems.push({ field: path, message: `Enter ${rule.hint} (got ${shown(value)}).` });
    return value;
  }
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (value === undefined && !rule.required && path) value = {};
  if (!isPlainObject(value)) {
    problems.push({
      field: path || '(answers)',
      message: `Enter an object with the fields ${Object.keys(rule.fields).join(', ')} (got ${shown(value)}).`,
    });
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(rule.fields))
    out[key] = walk(rule.fields[key], value[key], at(key), problems);
  for (const key of Object.keys(value)) {
    if (!(key in rule.fields)) {
      problems.push({
        field: at(key),
        message: `Remove this field: the wizard has no field called "${key}" here (check its spelling).`,
      });
    }
  }
  return out;
}

function check(answers: unknown): { problems: AnswerProblem[]; normalized: unknown } {
  const problems: AnswerProblem[] = [];
  const normalized = walk(SCHEMA, answers, '', problems);
  // Rules across fields, checked only where both fields are themselves valid.
  const a = normalized as Partial<WizardAnswers> | undefined;
  const profile = a?.profile;
  if (profile?.kind === 'individual' && isNumber(profile.people) && profile.people !== 1) {
    problems.push({
      field: 'profile.people',
      message: `Enter 1 person for an individual, or choose a team (got ${profile.people}).`,
    });
  }
  const funnel = a?.funnel;
  if (funnel && amount.ok(funnel.conversions) && amount.ok(funnel.newContacts)) {
    if (funnel.conversions > funnel.newContacts) {
      problems.push({
        field: 'funnel.conversions',
        message: `Enter conversions no greater than new contacts (${funnel.conversions} is more than ${funnel.newContacts}).`,
      });
    }
  }
  return { problems, normalized };
}

/** Every problem with the wizard's answers, each with its field path; empty when they are valid. */
export function validateAnswers(answers: unknown): AnswerProblem[] {
  return check(answers).problems;
}

/**
 * The answers with every absent optional part filled in: amounts 0, switches off, inflation null,
 * people 1. Throws AnswersError when the answers are invalid.
 */
export function normalizeAnswers(answers: unknown): WizardAnswers {
  const { problems, normalized } = check(answers);
  if (problems.length > 0) throw new AnswersError(problems);
  return normalized as WizardAnswers;
}
