/**
 * Reading the cells of an imported row (SPEC section 7): dates, amounts and stages, each either read
 * or refused with a problem code; and how a person's text is written so it stays text. Pure.
 *
 * Dates read (one unambiguous set): ISO `2024-03-15`; day.month.year `15.03.2024` (the Russian and
 * Finnish way; `15.3.2024` too); day, month name, year `15 Mar 2024` or `15 March 2024` (LinkedIn's
 * Connected On; English month names, as LinkedIn writes them in every language). Slashed dates
 * (`3/15/2024`, `15/03/2024`) are refused: the same text means different days in the US and in
 * Europe, so the import asks for ISO instead of guessing. Every date must exist in the calendar.
 */
import { messages } from '../i18n';
import { LANGUAGES, type Language } from '../i18n/languages';
import { type NumberBounds, STAGES, type StageKey } from '../workbook/contactsLog';
import { nameIndex, normalizeHeader } from './header';
import { IMPORT_MESSAGES, type ProblemCode } from './i18n';

/** A cell read, or why it cannot be (with values for the sentence's placeholders, if it has any). */
export type Read<T> =
  | { ok: true; value: T }
  | { ok: false; code: ProblemCode; params?: Record<string, number> };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date cell as an ISO `yyyy-mm-dd` text, or why it cannot be read. */
export function readDate(text: string): Read<string> {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const named = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})$/.exec(s);
  let date: string | null = null;
  if (iso) date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (dotted) date = isoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  else if (named) {
    const name = named[2].toLowerCase();
    const month = name.length === 3 ? MONTHS.indexOf(name) : FULL_MONTHS.indexOf(name);
    if (month >= 0) date = isoDate(Number(named[3]), month + 1, Number(named[1]));
  } else if (/^\d{1,4}\/\d{1,2}\/\d{1,4}$/.test(s)) return { ok: false, code: 'slashDate' };
  return date === null ? { ok: false, code: 'badDate' } : { ok: true, value: date };
}

/**
 * An amount ≥ 0: digits, optional spaces (also no-break) between thousands, and one decimal point
 * or comma with one or two digits. `1,500` is refused rather than read as 1.5 or 1500. An amount
 * outside `bounds` (the log column's, which its reject-mode validation enforces) is refused too.
 */
export function readAmount(text: string, bounds: NumberBounds): Read<number> {
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return { ok: false, code: 'badAmount' };
  const value = Number(m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`);
  if (value < bounds.min || value > bounds.max)
    return { ok: false, code: 'outOfBounds', params: { ...bounds } };
  return { ok: true, value };
}

/** The workbook's label of a stage in `language` (the log's dropdown shows these). */
export function stageLabel(language: Language, key: StageKey): string {
  return messages(language).workbook.contacts.stages[key];
}

/** Every stage name with its key: the key itself, then each language's label and synonyms. */
const STAGE_NAMES = nameIndex(
  STAGES.flatMap(
    (key): Array<[string, StageKey]> => [
      [key, key],
      ...LANGUAGES.flatMap(
        (language): Array<[string, StageKey]> => [
          [stageLabel(language, key), key],
          ...IMPORT_MESSAGES[language].stages[key].map((name): [string, StageKey] => [name, key]),
        ],
      ),
    ],
  ),
);

/** A stage named in any of the three languages (its label or a synonym), as its key. */
export function readStage(text: string): Read<StageKey> {
  const key = STAGE_NAMES.get(normalizeHeader(text));
  return key === undefined ? { ok: false, code: 'badStage' } : { ok: true, value: key };
}

/** A person's text as a cell value that stays text: the workbook's one rule for every text cell. */
export { textCell } from '../workbook/cells';
