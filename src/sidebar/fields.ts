/**
 * The table of the wizard's fields: which step shows each answer, how it is typed and checked.
 * Rendering, client validation, reading the answers back and mapping the server's field-path
 * problems to inputs all derive from this one table, so they cannot disagree. The bounds mirror
 * src/workbook/validate.ts, which stays the authority.
 */
import type { AnswerProblem } from '../workbook/answers';
import type { FieldLabelKey } from './i18n';

/** The wizard's steps, in order (SPEC section 2). */
export type StepKey = 'profile' | 'investments' | 'returns' | 'funnel' | 'review';
export const STEPS: readonly StepKey[] = ['profile', 'investments', 'returns', 'funnel', 'review'];

/** A group heading inside a step (a fieldset legend). */
export type GroupKey = 'hours' | 'money' | 'resources' | 'direct' | 'indirect' | 'intangible' | 'extras';

/**
 * How a field is typed and read:
 * - `amount`: a number ≥ 0 typed as text (decimal comma in ru/fi); empty means 0.
 * - `hours`: like `amount`, shown without a currency.
 * - `count`: a whole number in [min, max]; required.
 * - `percent`: typed as a percentage, stored as a fraction; required; above `min` and at most
 *   `max` percent (the server's rule for rates: above −100 %, at most 100 %).
 * - `optionalPercent`: like `percent`, empty means null.
 * - `currency`: three letters, stored upper-case.
 * - `month`: "YYYY-MM", chosen as a month and a year in [min, max].
 * - `kind`: individual or team (radio buttons).
 * - `switch`: a checkbox.
 */
export type FieldKind =
  | 'amount'
  | 'hours'
  | 'count'
  | 'percent'
  | 'optionalPercent'
  | 'currency'
  | 'month'
  | 'kind'
  | 'switch';

/** One answer of the wizard, named by its path in `WizardAnswers`. */
export interface FieldSpec {
  path: FieldLabelKey;
  step: StepKey;
  kind: FieldKind;
  group?: GroupKey;
  min?: number;
  max?: number;
  /** Shown only when the plan is for a team. */
  teamOnly?: boolean;
  /** An amount of money, in the plan's currency (its label shows the currency). */
  money?: boolean;
}

const amounts = (step: StepKey, group: GroupKey, prefix: string, names: string[], teamOnly = false) =>
  names.map(
    (name): FieldSpec => ({
      path: `${prefix}.${name}` as FieldLabelKey,
      step,
      kind: group === 'hours' ? 'hours' : 'amount',
      group,
      ...(group === 'hours' ? {} : { money: true }),
      ...(teamOnly ? { teamOnly } : {}),
    }),
  );

/** Every field of the wizard, in the order it is shown. The language switcher is not here: it sits in the header. */
export const FIELDS: readonly FieldSpec[] = [
  { path: 'profile.kind', step: 'profile', kind: 'kind' },
  { path: 'profile.people', step: 'profile', kind: 'count', min: 1, max: 100000, teamOnly: true },
  { path: 'profile.currency', step: 'profile', kind: 'currency' },
  { path: 'profile.startMonth', step: 'profile', kind: 'month', min: 1900, max: 2999 },
  { path: 'profile.months', step: 'profile', kind: 'count', min: 1, max: 60 },
  { path: 'profile.discountRate', step: 'profile', kind: 'percent', min: -100, max: 100 },
  { path: 'profile.inflation', step: 'profile', kind: 'optionalPercent', min: -100, max: 100 },
  { path: 'investments.hourlyRate', step: 'investments', kind: 'amount', money: true },
  ...amounts('investments', 'hours', 'investments.hours', [
    'newContacts',
    'maintaining',
    'events',
    'preparation',
    'followUp',
  ]),
  ...amounts('investments', 'money', 'investments.money', [
    'events',
    'tools',
    'education',
    'gifts',
    'travel',
  ]),
  ...amounts('investments', 'resources', 'investments.resources', ['staff', 'technology'], true),
  ...amounts('returns', 'direct', 'returns.direct', ['referrals', 'partnerships', 'investment']),
  ...amounts('returns', 'indirect', 'returns.indirect', ['salary', 'bonuses', 'otherIncome']),
  ...amounts('returns', 'intangible', 'returns.intangible', ['knowledge', 'reputation', 'opportunities']),
  { path: 'returns.countIntangible', step: 'returns', kind: 'switch', group: 'intangible' },
  { path: 'funnel.newContacts', step: 'funnel', kind: 'amount' },
  { path: 'funnel.conversions', step: 'funnel', kind: 'amount' },
  { path: 'funnel.averageDeal', step: 'funnel', kind: 'amount', money: true },
  { path: 'extras.contactsLog', step: 'funnel', kind: 'switch', group: 'extras' },
  { path: 'extras.channels', step: 'funnel', kind: 'switch', group: 'extras' },
];

/** The fields a step shows (team-only ones only for teams). */
export function fieldsOfStep(step: StepKey, isTeam: boolean): FieldSpec[] {
  return FIELDS.filter((f) => f.step === step && (isTeam || !f.teamOnly));
}

/**
 * The field a server problem points at. The server names fields by path ("profile.months"); a
 * path deeper than any input ("investments.hours.events.value") or a whole section ("funnel")
 * maps to the nearest field, so a problem always lands somewhere visible. `language` is the
 * header's switcher. Returns undefined for paths outside the wizard.
 */
export function fieldOfPath(path: string): FieldSpec | 'language' | undefined {
  const clean = path.replace(/\[(\d+)\]/g, '.$1').replace(/^answers\./, '');
  if (clean === 'language') return 'language';
  for (let p = clean; p !== ''; p = p.slice(0, Math.max(p.lastIndexOf('.'), 0))) {
    const exact = FIELDS.find((f) => f.path === p);
    if (exact) return exact;
    const inside = FIELDS.find((f) => f.path.startsWith(`${p}.`));
    if (inside) return inside;
  }
  return undefined;
}

/**
 * The problems a server error lists, when it lists them the way the server words invalid answers
 * ("Some answers need fixing: profile.months: Enter ...; funnel.conversions: Enter ...", with or
 * without the opening sentence) and every one names a field of the wizard; otherwise null, and
 * the message is shown as it is.
 */
export function problemsInMessage(message: string): AnswerProblem[] | null {
  const opening = /^[^:]*:\s+/.exec(message);
  return listedProblems(message) ?? (opening ? listedProblems(message.slice(opening[0].length)) : null);
}

function listedProblems(list: string): AnswerProblem[] | null {
  const problems: AnswerProblem[] = [];
  for (const part of list.split(/;\s+(?=[A-Za-z][\w.]*:\s)/)) {
    const m = /^([A-Za-z][\w.]*):\s+([\s\S]+)$/.exec(part.trim());
    const target = m ? fieldOfPath(m[1]) : undefined;
    if (!m || target === undefined || target === 'language') return null;
    problems.push({ field: m[1], message: m[2] });
  }
  return problems.length > 0 ? problems : null;
}

/** Reads a value at a dotted path of a plain object. */
export function getPath(obj: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      obj,
    );
}

/** Writes a value at a dotted path of a plain object, making the objects on the way. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (o[k] === null || typeof o[k] !== 'object') o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  o[keys[keys.length - 1]] = value;
}
