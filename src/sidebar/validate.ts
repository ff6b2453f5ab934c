/**
 * The wizard's draft (what is in the inputs, as typed) and its reading into `WizardAnswers`, with
 * the checks of the one answers schema (src/workbook/schema.ts), so a person sees, as they type,
 * the very problems the server would report, worded from the same texts.
 */
import type { AnswerProblem, Language, WizardAnswers } from '../workbook/answers';
import { problemText } from '../workbook/problemTexts';
import { checkAcross, checkAnswer, checkLeaf, type Finding } from '../workbook/schema';
import { FIELDS, type FieldSpec, getPath, setPath } from './fields';
import { formatLocalNumber, parseLocalNumber } from './numbers';

/** What the inputs hold: text as typed, checkbox states, and the plan's kind. */
export type Draft = Record<string, string | boolean>;

/** The result of reading one field: its value, or the problem (a code and its values) to fix. */
export type FieldReading =
  | { value: unknown; problem?: undefined }
  | { value?: undefined; problem: Omit<Finding, 'field'> };

/** The draft that shows `answers` in `language` (numbers written as that language writes them). */
export function draftOfAnswers(answers: WizardAnswers, language: Language): Draft {
  const draft: Draft = {};
  for (const f of FIELDS) {
    const value = getPath(answers, f.path);
    switch (f.kind) {
      case 'switch':
        draft[f.path] = value === true;
        break;
      case 'kind':
        draft[f.path] = value === 'team' ? 'team' : 'individual';
        break;
      case 'names':
        draft[f.path] = Array.isArray(value) ? value.join('\n') : '';
        break;
      case 'percent':
      case 'optionalPercent':
        draft[f.path] = typeof value === 'number' ? formatLocalNumber(value * 100, language) : '';
        break;
      case 'amount':
      case 'hours':
      case 'count':
        draft[f.path] = typeof value === 'number' ? formatLocalNumber(value, language) : '';
        break;
      default:
        draft[f.path] = typeof value === 'string' ? value : '';
    }
  }
  return draft;
}

/**
 * Rewrites the numbers of a draft typed in `from` as `to` writes them (12,5 → 12.5), so that
 * switching the language keeps every valid figure; text that is not a number stays as typed.
 */
export function translateDraft(draft: Draft, from: Language, to: Language): Draft {
  const out: Draft = { ...draft };
  for (const f of FIELDS) {
    const text = draft[f.path];
    if (typeof text !== 'string' || !isNumeric(f)) continue;
    const n = parseLocalNumber(text, from);
    if (n !== null && Number.isFinite(n)) out[f.path] = formatLocalNumber(n, to);
  }
  return out;
}

function isNumeric(f: FieldSpec): boolean {
  return ['amount', 'hours', 'count', 'percent', 'optionalPercent'].includes(f.kind);
}

/** The names typed one per line, each trimmed, empty lines left out. */
function namesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Reads one field of the draft: the text is turned into a value as the person means it (a
 * decimal comma in ru/fi, a percentage as a fraction, empty as 0 or not given), then checked
 * against the field's schema declaration, the very check the server makes.
 */
export function readField(f: FieldSpec, draft: Draft, language: Language): FieldReading {
  const raw = draft[f.path];
  const text = typeof raw === 'string' ? raw.trim() : '';
  const checked = (value: unknown): FieldReading => {
    const problem = checkLeaf(f.leaf, value);
    return problem ? { problem } : { value };
  };
  switch (f.kind) {
    case 'switch':
      return { value: raw === true };
    case 'kind':
      return { value: raw === 'team' ? 'team' : 'individual' };
    case 'currency':
      return checked(text.toUpperCase());
    case 'month':
      return checked(text);
    case 'names': {
      const names = namesOf(text);
      const [first] = checkAnswer(f.path, f.leaf, names);
      return first ? { problem: { code: first.code, values: first.values } } : { value: names };
    }
    default:
      break;
  }
  const n = parseLocalNumber(text, language);
  if (n === null) {
    if (f.kind === 'amount' || f.kind === 'hours') return { value: 0 };
    if (f.kind === 'optionalPercent') return { value: null };
    if (f.kind === 'percent') return { problem: { code: 'missing' } };
    return checked(Number.NaN);
  }
  if (!Number.isFinite(n) && f.kind !== 'count') return { problem: { code: 'notNumber' } };
  if (f.kind === 'percent' || f.kind === 'optionalPercent') return checked(Number((n / 100).toPrecision(12)));
  return checked(n);
}

/**
 * Reads the whole draft over `base` (the answers the server gave, so fields the wizard does not
 * show are kept). Returns the answers and every problem, each naming its field path, with the
 * server's codes and sentences in `language`. An individual plan has one person and no team
 * resources.
 */
export function readDraft(
  draft: Draft,
  base: WizardAnswers,
  language: Language,
): { answers: WizardAnswers; problems: AnswerProblem[] } {
  const answers = JSON.parse(JSON.stringify(base)) as WizardAnswers;
  answers.language = language;
  const findings: Finding[] = [];
  const isTeam = draft['profile.kind'] === 'team';
  for (const f of FIELDS) {
    if (f.teamOnly && !isTeam) {
      const none = f.kind === 'names' ? [] : f.path === 'profile.people' ? 1 : 0;
      setPath(answers as unknown as Record<string, unknown>, f.path, none);
      continue;
    }
    if (f.kind === 'names') {
      // Each name's problem at the field, its sentence quoting the name (the server names its place).
      const names = namesOf(String(draft[f.path] ?? ''));
      const found = checkAnswer(f.path, f.leaf, names);
      findings.push(...found.map((finding) => ({ ...finding, field: f.path })));
      if (found.length === 0) setPath(answers as unknown as Record<string, unknown>, f.path, names);
      continue;
    }
    const reading = readField(f, draft, language);
    if (reading.problem !== undefined) findings.push({ field: f.path, ...reading.problem });
    else setPath(answers as unknown as Record<string, unknown>, f.path, reading.value);
  }
  const bad = new Set(findings.map((p) => p.field));
  findings.push(...checkAcross(answers, (path) => !bad.has(path)));
  const problems = findings.map((p) => ({ field: p.field, code: p.code, message: problemText(p, language) }));
  return { answers, problems };
}
