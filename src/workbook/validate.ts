/**
 * Validation and normalisation of the wizard's answers against the one schema (./schema): every
 * problem at once (up to MAX_PROBLEMS, and MAX_PROBLEMS_LENGTH characters together), each naming
 * its field path ("profile.months") with a code and a sentence in the requested language that says
 * what to fix.
 */
import type { AnswerProblem, Language, WizardAnswers } from './answers';
import { problemText } from './problemTexts';
import {
  ANSWER_FIELDS,
  checkAcross,
  checkAnswer,
  type Finding,
  type Leaf,
  missingValue,
  REQUIRED_SECTIONS,
} from './schema';

/** Most problems listed; beyond them one more problem says how many were left out. */
export const MAX_PROBLEMS = 20;
/** Longest field name quoted in a problem (a mistyped key may be megabytes long). */
export const MAX_FIELD_LENGTH = 60;
/**
 * Most characters the problems take together, counted as AnswersError lists them (`field: sentence`
 * joined by `; `), the line that counts the rest included: a person reads them all, in any
 * language, however many unknown fields arrive.
 */
export const MAX_PROBLEMS_LENGTH = 2000;

/** How a list of problems reads as one text: what AnswersError's message is, and what the budget counts. */
function listed(problems: AnswerProblem[]): string {
  return problems.map((p) => `${p.field}: ${p.message}`).join('; ');
}

/** Thrown by `planWorkbook` for invalid answers; the message lists every problem as `field: sentence`. */
export class AnswersError extends Error {
  readonly problems: AnswerProblem[];
  constructor(problems: AnswerProblem[]) {
    super(listed(problems));
    this.name = 'AnswersError';
    this.problems = problems;
  }
}

/** The answers' shape as a tree of sections, built from the schema's paths. */
interface Node {
  leaf?: Leaf;
  children: Map<string, Node>;
}

const ROOT: Node = { children: new Map() };
for (const [path, leaf] of ANSWER_FIELDS) {
  let node = ROOT;
  for (const key of path.split('.')) {
    let child = node.children.get(key);
    if (!child) {
      child = { children: new Map() };
      node.children.set(key, child);
    }
    node = child;
  }
  node.leaf = leaf;
}

const ownKey = (o: object, key: string) => Object.getOwnPropertyDescriptor(o, key) !== undefined;

/** A field path fit to quote: long ones are cut, with an ellipsis. */
function cut(path: string): string {
  return path.length > MAX_FIELD_LENGTH ? `${path.slice(0, MAX_FIELD_LENGTH - 1)}…` : path;
}

/**
 * Walks the schema: collects findings, and returns the value with absent optional parts filled
 * in. It only descends where the schema has sections (three levels), and only reads the answers'
 * own properties, so inherited names (`__proto__`, `toString`) are unknown fields like any other,
 * and circular or deeply nested values are never followed: they are a value of the wrong type.
 */
function walk(node: Node, value: unknown, path: string, findings: Finding[]): unknown {
  const leaf = node.leaf;
  if (leaf) {
    if (value === undefined) {
      const missing = missingValue(leaf);
      if (missing === undefined) findings.push({ field: path, code: 'missing' });
      return missing;
    }
    findings.push(...checkAnswer(path, leaf, value));
    return value;
  }
  if (value === undefined && path !== '' && !REQUIRED_SECTIONS.includes(path)) value = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const fields = [...node.children.keys()].join(', ');
    findings.push({ field: path || '(answers)', code: 'notObject', values: { fields } });
    return value;
  }
  const object = value as Record<string, unknown>;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const out: Record<string, unknown> = {};
  for (const [key, child] of node.children)
    out[key] = walk(child, ownKey(object, key) ? object[key] : undefined, at(key), findings);
  for (const key of Object.keys(object))
    if (!node.children.has(key)) findings.push({ field: cut(at(key)), code: 'unknownField' });
  return out;
}

function check(answers: unknown): { findings: Finding[]; normalized: unknown } {
  const findings: Finding[] = [];
  const normalized = walk(ROOT, answers, '', findings);
  if (!findings.some((f) => f.field === '(answers)')) {
    // A field is valid when neither it nor a section holding it has a problem.
    const valid = (path: string) => !findings.some((f) => path === f.field || path.startsWith(`${f.field}.`));
    findings.push(...checkAcross(normalized as WizardAnswers, valid));
  }
  return { findings, normalized };
}

/**
 * Words findings in `language`, in order, as many as fit in MAX_PROBLEMS and MAX_PROBLEMS_LENGTH
 * with the problem that says how many more there are, then that problem.
 */
function worded(findings: Finding[], language: Language): AnswerProblem[] {
  const word = (f: Finding): AnswerProblem => ({
    field: f.field,
    code: f.code,
    message: problemText(f, language),
  });
  const more = (count: number) => word({ field: '(answers)', code: 'moreProblems', values: { count } });
  const out: AnswerProblem[] = [];
  for (const finding of findings) {
    const next = [...out, word(finding)];
    const rest = findings.length - next.length;
    const fits = (list: AnswerProblem[]) => listed(list).length <= MAX_PROBLEMS_LENGTH;
    if (next.length > MAX_PROBLEMS || !fits(rest > 0 ? [...next, more(rest)] : next)) break;
    out.push(next[next.length - 1]);
  }
  return out.length < findings.length ? [...out, more(findings.length - out.length)] : out;
}

/**
 * Every problem with the wizard's answers (at most MAX_PROBLEMS, then one that counts the rest),
 * each with its field path, code and a sentence in `language`; empty when they are valid.
 */
export function validateAnswers(answers: unknown, language: Language = 'en'): AnswerProblem[] {
  return worded(check(answers).findings, language);
}

/**
 * The answers with every absent optional part filled in: amounts 0, switches off, inflation null,
 * people 1. Throws AnswersError, worded in `language`, when the answers are invalid.
 */
export function normalizeAnswers(answers: unknown, language: Language = 'en'): WizardAnswers {
  const { findings, normalized } = check(answers);
  if (findings.length > 0) throw new AnswersError(worded(findings, language));
  return normalized as WizardAnswers;
}
