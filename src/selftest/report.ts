/**
 * The self-test's results as lines, and their verdicts: what a probe of a Sheets behaviour found,
 * how a figure read back compares with the one expected, and the grid of text the results sheet
 * shows. Pure: the adapter (src/server/selfTest.ts) makes the calls and hands what it found here.
 */
import { textCell } from '../workbook/cells';
import { type Figure, figureMatches } from './figures';
import type { SelfTestTexts } from './texts';

/**
 * A line's result: a check passed (`ok`) or not (`failed`); a behaviour of Sheets that the stand-in
 * keeps did or did not hold in this spreadsheet, or could not be probed here; `info` states a fact
 * (the locale, the time taken).
 */
export type Verdict = 'ok' | 'failed' | 'held' | 'notHeld' | 'notProbed' | 'info';

/** The part of the self-test a line belongs to. */
export type Section = keyof SelfTestTexts['sections'];

/** One line of the results: what was checked, the verdict, what was expected and found, and why. */
export interface ResultLine {
  section: Section;
  /** A figure's named range, a behaviour's id, a formula, or a check's label. */
  check: string;
  verdict: Verdict;
  expected: string;
  actual: string;
  detail: string;
}

/** What a probe found about one behaviour of Sheets. */
export type Outcome = Pick<ResultLine, 'verdict' | 'expected' | 'actual' | 'detail'> & {
  verdict: 'held' | 'notHeld' | 'notProbed';
};

/** Verdicts that count as a problem to report. */
const FAILING: readonly Verdict[] = ['failed', 'notHeld'];

/** The text of anything thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * A value as a line states it: numbers with every digit JavaScript keeps (the sheet shows them as
 * text, so a copy carries them whole), dates as ISO instants, the rest as their text.
 */
export function shown(value: unknown): string {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * The outcome of a call that Sheets should refuse with `sentence`: held when it throws (the words
 * may differ: Apps Script speaks the person's language, and some sentences are our best guess).
 */
export function refusal(attempt: () => void, sentence: string, t: SelfTestTexts): Outcome {
  try {
    attempt();
  } catch (error) {
    const text = errorText(error);
    return {
      verdict: 'held',
      expected: sentence,
      actual: text,
      detail: text.includes(sentence) ? '' : t.details.otherWords,
    };
  }
  return { verdict: 'notHeld', expected: sentence, actual: t.details.noError, detail: '' };
}

/** The outcome of a behaviour observed rather than refused: held when what was found is what was expected. */
export function observed(expected: string, actual: string, detail = ''): Outcome {
  return { verdict: actual === expected ? 'held' : 'notHeld', expected, actual, detail };
}

/** Several outcomes of one behaviour as one: held when all held, the details together. */
export function allOf(outcomes: Outcome[]): Outcome {
  // Each text once: several refusals with one sentence read as one.
  const join = (key: 'expected' | 'actual' | 'detail') =>
    [...new Set(outcomes.map((o) => o[key]).filter((s) => s !== ''))].join(' | ');
  const verdict = outcomes.every((o) => o.verdict === 'held')
    ? 'held'
    : outcomes.some((o) => o.verdict === 'notHeld')
      ? 'notHeld'
      : 'notProbed';
  return { verdict, expected: join('expected'), actual: join('actual'), detail: join('detail') };
}

/** A behaviour that cannot be probed here, and why. */
export function notProbed(reason: string): Outcome {
  return { verdict: 'notProbed', expected: '', actual: '', detail: reason };
}

/** A line comparing a figure read back with the one expected (1e-9 relative, a text exactly). */
export function figureLine(section: Section, check: string, actual: unknown, expected: Figure): ResultLine {
  return {
    section,
    check,
    verdict: figureMatches(actual, expected) ? 'ok' : 'failed',
    expected: shown(expected),
    actual: shown(actual),
    detail: '',
  };
}

/** A line comparing a count or a text found with the one expected, exactly. */
export function exactLine(
  section: Section,
  check: string,
  actual: unknown,
  expected: unknown,
  detail = '',
): ResultLine {
  const same = shown(actual) === shown(expected);
  return {
    section,
    check,
    verdict: same ? 'ok' : 'failed',
    expected: shown(expected),
    actual: shown(actual),
    detail,
  };
}

/** A line that states a fact. */
export function infoLine(section: Section, check: string, actual: unknown): ResultLine {
  return { section, check, verdict: 'info', expected: '', actual: shown(actual), detail: '' };
}

/** A line for a step stopped by an error: what it was doing, and the error. */
export function errorLine(section: Section, check: string, error: unknown): ResultLine {
  return { section, check, verdict: 'failed', expected: '', actual: '', detail: errorText(error) };
}

/** How many lines report a problem: a check that failed or a behaviour that did not hold. */
export function failures(lines: readonly ResultLine[]): number {
  return lines.filter((l) => FAILING.includes(l.verdict)).length;
}

/** How many lines give a verdict (facts left out). */
export function verdicts(lines: readonly ResultLine[]): number {
  return lines.filter((l) => l.verdict !== 'info').length;
}

/**
 * The results sheet's cells: a heading row, then one row per line. Every cell is text (a leading
 * apostrophe where Sheets would read it as a number, date or formula), so the sheet shows and a
 * download carries exactly what was found.
 */
export function resultsGrid(lines: readonly ResultLine[], t: SelfTestTexts): string[][] {
  const c = t.columns;
  const heading = [c.section, c.check, c.result, c.expected, c.actual, c.detail];
  const rows = lines.map((l) => [
    t.sections[l.section],
    l.check,
    l.verdict === 'info' ? '' : t.verdicts[l.verdict],
    l.expected,
    l.actual,
    l.detail,
  ]);
  return [heading, ...rows].map((row) => row.map((cell) => (cell === '' ? '' : textCell(cell))));
}
