/**
 * TEMP stand-in (replaced at merge by the plan helper's real module): validation of the wizard's
 * answers, checking only the few fields the adapter's tests touch.
 */
import type { AnswerProblem, WizardAnswers } from './answers';

/** Every problem with the answers, each naming its field; empty when they are valid. */
export function validateAnswers(answers: unknown): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const a = answers as Partial<WizardAnswers> | null;
  if (!a || typeof a !== 'object') return [{ field: '', message: 'the answers are missing' }];
  if (!['en', 'ru', 'fi'].includes(String(a.language)))
    problems.push({ field: 'language', message: 'choose English, Russian or Finnish' });
  const p = a.profile;
  if (!p || typeof p !== 'object') {
    problems.push({ field: 'profile', message: 'the profile is missing' });
    return problems;
  }
  if (!Number.isInteger(p.months) || p.months < 1 || p.months > 60)
    problems.push({ field: 'profile.months', message: 'enter a whole number of months from 1 to 60' });
  if (!/^[A-Z]{3}$/.test(String(p.currency)))
    problems.push({ field: 'profile.currency', message: 'enter a three-letter currency code such as EUR' });
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(String(p.startMonth)))
    problems.push({ field: 'profile.startMonth', message: 'enter the first month as YYYY-MM' });
  return problems;
}

/** The answers with missing optional parts filled in (stand-in: returns them as they are). */
export function normalizeAnswers(answers: unknown): WizardAnswers {
  return answers as WizardAnswers;
}
