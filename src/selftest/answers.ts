/**
 * The answers the self-test builds with: every option of the wizard, derived from the answers'
 * one schema (src/workbook/schema.ts) rather than listed, so that a field added to the schema
 * joins the self-test without an edit here. Pure.
 */
import type { Language } from '../i18n/languages';
import type { WizardAnswers } from '../workbook/answers';
import { defaultAnswers } from '../workbook/defaults';
import { planWorkbook } from '../workbook/planWorkbook';
import { ANSWER_FIELDS, type Leaf } from '../workbook/schema';
import { validateAnswers } from '../workbook/validate';

/**
 * The first month of the self-test's plan: in the past (its 60 months run to the end of 2028), so
 * the figures to date compute from months that have begun, and the imported contacts (met in 2023)
 * fall before it began.
 */
export const SELF_TEST_START_MONTH = '2024-01';

/** Inflation, or any other optional rate, when the self-test gives one: a plain 2.5 % a year. */
const OPTIONAL_RATE = 0.025;

/**
 * A non-zero amount for the `index`th amount field of its unit: small, uneven and different from
 * field to field, so that a figure summing the wrong row shows it. Hours stay a few a month (their
 * sum is bounded), counts fall from field to field (conversions are at most the new contacts).
 */
function sampleAmount(leaf: Extract<Leaf, { type: 'amount' }>, index: number): number {
  switch (leaf.unit) {
    case 'hours':
      return 1 + (index % 3) + 0.5 * (index % 2);
    case 'count':
      return Math.max(1, 40 - 13 * index);
    case 'money':
      return 10 + 7 * index + 0.25 * (index % 4);
  }
}

/**
 * The fullest value a field takes: every switch on, the largest whole number (the longest plan,
 * the largest team), an optional rate given, every amount above zero. Undefined leaves the value
 * the defaults give: choices are decided by the plan they make (see everyOptionAnswers), and a
 * currency, month or rate that must be given has no "fuller" value.
 */
function fullest(leaf: Leaf, index: number): unknown {
  switch (leaf.type) {
    case 'flag':
      return true;
    case 'whole':
      return leaf.max;
    case 'rate':
      return leaf.optional ? OPTIONAL_RATE : undefined;
    case 'amount':
      return sampleAmount(leaf, index);
    default:
      return undefined;
  }
}

type Tree = Record<string, unknown>;

function getAt(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

function setAt(tree: Tree, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = tree;
  for (const key of keys) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Tree;
  }
  node[last] = value;
}

/** How much a plan makes: the cells of its sheets' grids and its named ranges. */
function planSize(answers: WizardAnswers): number {
  try {
    const plan = planWorkbook(answers);
    return plan.sheets.reduce((n, s) => n + s.grid.rows * s.grid.columns, 0) + plan.namedRanges.length;
  } catch {
    return -1; // answers this choice makes invalid (an individual of many people)
  }
}

/** Where the workbook is built: its language, the spreadsheet's currency and the plan's first month. */
export interface BuildPlace {
  language: Language;
  currency: string;
  startMonth: string;
}

/**
 * Answers with every option of the wizard, in `place`: from the defaults, each field of the
 * schema at its fullest value (see `fullest`), each choice but the language at the value that
 * makes the largest plan (a team, whose resources and people the plan multiplies), then any field
 * whose value breaks a rule across fields put back to its default, until the answers are valid.
 * Throws when they cannot be made valid that way (a schema rule this derivation cannot meet).
 */
export function everyOptionAnswers(place: BuildPlace): WizardAnswers {
  const defaults = defaultAnswers(place) as unknown as Tree;
  const answers = JSON.parse(JSON.stringify(defaults)) as Tree;
  const seen = new Map<string, number>();
  for (const [path, leaf] of ANSWER_FIELDS) {
    const kind = leaf.type === 'amount' ? `amount:${leaf.unit}` : leaf.type;
    const index = seen.get(kind) ?? 0;
    seen.set(kind, index + 1);
    const value = fullest(leaf, index);
    if (value !== undefined) setAt(answers, path, value);
  }
  for (const [path, leaf] of ANSWER_FIELDS) {
    if (leaf.type !== 'choice' || path === 'language') continue;
    let best = { size: planSize(answers as unknown as WizardAnswers), value: getAt(answers, path) };
    for (const value of leaf.values) {
      setAt(answers, path, value);
      const size = planSize(answers as unknown as WizardAnswers);
      if (size > best.size) best = { size, value };
    }
    setAt(answers, path, best.value);
  }
  for (let round = 0; round < ANSWER_FIELDS.length; round++) {
    const problems = validateAnswers(answers);
    if (problems.length === 0) return answers as unknown as WizardAnswers;
    for (const { field } of problems) setAt(answers, field, getAt(defaults, field));
  }
  throw new Error(
    `the self-test's answers stay invalid: ${JSON.stringify(validateAnswers(answers).map((p) => p.field))}`,
  );
}
