/**
 * The table of the wizard's fields: which step shows each answer and how it is typed. The answers,
 * their order, types and bounds come from the one schema (src/workbook/schema.ts); this table
 * only adds where each one is shown. Rendering, client validation, reading the answers back and
 * mapping the server's field-path problems to inputs all derive from it.
 */
import { ANSWER_FIELDS, type Leaf } from '../workbook/schema';
import type { FieldLabelKey } from './i18n';

/** The wizard's steps, in order (SPEC section 2). */
export type StepKey = 'profile' | 'investments' | 'returns' | 'funnel' | 'review';
export const STEPS: readonly StepKey[] = ['profile', 'investments', 'returns', 'funnel', 'review'];

/** A group heading inside a step (a fieldset legend). */
export type GroupKey = 'hours' | 'money' | 'resources' | 'direct' | 'indirect' | 'intangible' | 'extras';

/**
 * How a field is typed, from its schema declaration:
 * - `amount`: a number typed as text (decimal comma in ru/fi); empty means 0.
 * - `hours`: like `amount`, shown without a currency.
 * - `count`: a whole number; required.
 * - `percent`: typed as a percentage, stored as a fraction; required.
 * - `optionalPercent`: like `percent`, empty means null.
 * - `currency`: three letters, stored upper-case.
 * - `month`: "YYYY-MM", chosen as a month and a year.
 * - `kind`: individual or team (radio buttons).
 * - `switch`: a checkbox;
 * - `names`: one name per line (a team's members); empty lines are dropped.
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
  | 'switch'
  | 'names';

/** One answer of the wizard, named by its path in `WizardAnswers`. */
export interface FieldSpec {
  path: FieldLabelKey;
  step: StepKey;
  kind: FieldKind;
  /** Its declaration in the schema: type and bounds. */
  leaf: Leaf;
  group?: GroupKey;
  /** Shown only when the plan is for a team. */
  teamOnly?: boolean;
  /** An amount of money, in the plan's currency (its label shows the currency). */
  money?: boolean;
}

function kindOf(leaf: Leaf): FieldKind {
  switch (leaf.type) {
    case 'choice':
      return 'kind';
    case 'whole':
      return 'count';
    case 'rate':
      return leaf.optional ? 'optionalPercent' : 'percent';
    case 'amount':
      return leaf.unit === 'hours' ? 'hours' : 'amount';
    case 'currency':
      return 'currency';
    case 'month':
      return 'month';
    case 'flag':
      return 'switch';
    case 'names':
      return 'names';
  }
}

const GROUPS: readonly GroupKey[] = [
  'hours',
  'money',
  'resources',
  'direct',
  'indirect',
  'intangible',
  'extras',
];
const TEAM_ONLY = ['profile.people', 'profile.members', 'investments.resources'];

/** Where an answer is shown: its section is its step (extras sit with the funnel), its group the middle of its path. */
function fieldOf(path: string, leaf: Leaf): FieldSpec {
  const parts = path.split('.');
  const section = parts[0];
  const step: StepKey = section === 'extras' ? 'funnel' : (section as StepKey);
  const groupName =
    path === 'returns.countIntangible' ? 'intangible' : parts.length === 3 ? parts[1] : section;
  const group = GROUPS.find((g) => g === groupName);
  return {
    path: path as FieldLabelKey,
    step,
    kind: kindOf(leaf),
    leaf,
    ...(group ? { group } : {}),
    ...(TEAM_ONLY.some((p) => path === p || path.startsWith(`${p}.`)) ? { teamOnly: true } : {}),
    ...(leaf.type === 'amount' && leaf.unit === 'money' ? { money: true } : {}),
  };
}

/** Every field of the wizard, in the schema's order. The language is not here: it is the header's switcher. */
export const FIELDS: readonly FieldSpec[] = ANSWER_FIELDS.filter(([path]) => path !== 'language').map(
  ([path, leaf]) => fieldOf(path, leaf),
);

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
