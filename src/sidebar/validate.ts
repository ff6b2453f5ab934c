/**
 * The wizard's draft (what is in the inputs, as typed) and its reading into `WizardAnswers`, with
 * the client-side checks. They mirror the server's rules so that a person sees a problem as they
 * type; the server (`validateWizardAnswers`) stays the authority and its problems are shown the
 * same way.
 */
import type { AnswerProblem, Language, WizardAnswers } from '../workbook/answers';
import { FIELDS, type FieldSpec, getPath, setPath } from './fields';
import { fill, type SidebarMessages } from './i18n';
import { decimalExample, formatLocalNumber, parseLocalNumber } from './numbers';

/** What the inputs hold: text as typed, checkbox states, and the plan's kind. */
export type Draft = Record<string, string | boolean>;

/** The result of reading one field: its value, or the sentence that says what to fix. */
export type FieldReading = { value: unknown; problem?: undefined } | { value?: undefined; problem: string };

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

/** Reads one field of the draft; `t` gives the problem sentences in the UI language. */
export function readField(f: FieldSpec, draft: Draft, language: Language, t: SidebarMessages): FieldReading {
  const raw = draft[f.path];
  const text = typeof raw === 'string' ? raw.trim() : '';
  const p = t.problems;
  switch (f.kind) {
    case 'switch':
      return { value: raw === true };
    case 'kind':
      return { value: raw === 'team' ? 'team' : 'individual' };
    case 'currency':
      return /^[A-Za-z]{3}$/.test(text) ? { value: text.toUpperCase() } : { problem: p.currency };
    case 'month': {
      const m = /^(\d{4})-(\d{2})$/.exec(text);
      const [min, max] = [f.min ?? 1990, f.max ?? 2100];
      const ok =
        m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= min && Number(m[1]) <= max;
      return ok ? { value: text } : { problem: fill(p.month, { min, max }) };
    }
    default:
      break;
  }
  const n = parseLocalNumber(text, language);
  if (n === null) {
    if (f.kind === 'amount' || f.kind === 'hours') return { value: 0 };
    if (f.kind === 'optionalPercent') return { value: null };
    if (f.kind === 'count') return { problem: fill(p.wholeNumber, { min: f.min ?? 0, max: f.max ?? 0 }) };
    return { problem: p.required };
  }
  if (!Number.isFinite(n)) {
    if (f.kind === 'count') return { problem: fill(p.wholeNumber, { min: f.min ?? 0, max: f.max ?? 0 }) };
    return { problem: fill(p.notNumber, { example: decimalExample(language) }) };
  }
  if (f.kind === 'count') {
    const ok = Number.isInteger(n) && n >= (f.min ?? 0) && n <= (f.max ?? Number.POSITIVE_INFINITY);
    return ok ? { value: n } : { problem: fill(p.wholeNumber, { min: f.min ?? 0, max: f.max ?? 0 }) };
  }
  if (f.kind === 'percent' || f.kind === 'optionalPercent') {
    const ok = n > (f.min ?? -100) && n <= (f.max ?? 100);
    const range = {
      min: `${formatLocalNumber(f.min ?? -100, language)} %`,
      max: `${formatLocalNumber(f.max ?? 100, language)} %`,
    };
    return ok ? { value: Number((n / 100).toPrecision(12)) } : { problem: fill(p.percentRange, range) };
  }
  return n >= 0 ? { value: n } : { problem: p.negative };
}

/**
 * Reads the whole draft over `base` (the answers the server gave, so fields the wizard does not
 * show are kept). Returns the answers and every problem, each naming its field path like the
 * server does. An individual plan has one person and no team resources.
 */
export function readDraft(
  draft: Draft,
  base: WizardAnswers,
  language: Language,
  t: SidebarMessages,
): { answers: WizardAnswers; problems: AnswerProblem[] } {
  const answers = JSON.parse(JSON.stringify(base)) as WizardAnswers;
  answers.language = language;
  const problems: AnswerProblem[] = [];
  const isTeam = draft['profile.kind'] === 'team';
  for (const f of FIELDS) {
    if (f.teamOnly && !isTeam) {
      setPath(answers as unknown as Record<string, unknown>, f.path, f.path === 'profile.people' ? 1 : 0);
      continue;
    }
    const reading = readField(f, draft, language, t);
    if (reading.problem !== undefined) problems.push({ field: f.path, message: reading.problem });
    else setPath(answers as unknown as Record<string, unknown>, f.path, reading.value);
  }
  const { newContacts, conversions } = answers.funnel;
  const funnelRead = !problems.some((x) => x.field.startsWith('funnel.'));
  if (funnelRead && conversions > newContacts) {
    problems.push({
      field: 'funnel.conversions',
      message: fill(t.problems.conversions, { contacts: formatLocalNumber(newContacts, language) }),
    });
  }
  return { answers, problems };
}
