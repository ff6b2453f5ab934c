/**
 * How Google Sheets reads text typed into a cell, in the spreadsheet's locale. `Range.setValues`
 * reads every string this way (as the Sheets API's USER_ENTERED does), so this is what a script's
 * write turns into: `=` starts a formula, `'` keeps text, "TRUE"/"FALSE" are booleans, a date
 * (ISO `2024-03-15` anywhere, else the locale's own order) is a date, numbers with the locale's
 * grouping and decimal mark (or a percent sign) are numbers; anything else stays text. Pure: the
 * stand-in for Apps Script and the local preview read typed text with it, and the product can ask
 * what a string would become before writing it.
 *
 * Only the forms the product meets are read (no currencies, times, exponents or month names).
 */
import type { SeparatorStyle } from '../formula/tokenizer';

/** How one spreadsheet locale writes numbers, dates and formulas. */
export interface LocaleWriting {
  /** Formula syntax: `,` between arguments and a decimal point, or `;` and a decimal comma. */
  separators: SeparatorStyle;
  decimal: '.' | ',';
  /** Between groups of three digits as Sheets shows them (ru and fi: a no-break space). */
  group: string;
  /** A date typed in the locale's own form: 3/15/2024 in the US, 15.03.2024 in Russia and Finland. */
  dates: 'month/day/year' | 'day.month.year';
}

/** The spreadsheet locales the add-on is made for (Spreadsheet.getSpreadsheetLocale codes). */
export const SPREADSHEET_LOCALES = {
  en_US: { separators: 'comma', decimal: '.', group: ',', dates: 'month/day/year' },
  ru_RU: { separators: 'semicolon', decimal: ',', group: '\u00a0', dates: 'day.month.year' },
  fi_FI: { separators: 'semicolon', decimal: ',', group: '\u00a0', dates: 'day.month.year' },
} as const satisfies Record<string, LocaleWriting>;

/** A locale code of SPREADSHEET_LOCALES. */
export type SpreadsheetLocale = keyof typeof SPREADSHEET_LOCALES;

/** How a locale writes, or null for a code outside SPREADSHEET_LOCALES. */
export function knownLocaleWriting(code: string): LocaleWriting | null {
  return (SPREADSHEET_LOCALES as Record<string, LocaleWriting>)[code] ?? null;
}

/** How a locale writes; a code outside SPREADSHEET_LOCALES is refused with the codes it takes. */
export function localeWriting(code: string): LocaleWriting {
  const known = knownLocaleWriting(code);
  if (!known)
    throw new Error(
      `No typing rules for the locale "${code}"; known: ${Object.keys(SPREADSHEET_LOCALES).join(', ')}.`,
    );
  return known;
}

/** What typed text becomes in a cell. A date is a calendar day: its instant depends on the time zone. */
export type Typed =
  | { kind: 'blank' }
  | { kind: 'formula'; formula: string }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; year: number; month: number; day: number };

/** Typed numbers per separator style: sign, digits (grouped or not), decimals, percent. */
const TYPED_NUMBER: Record<SeparatorStyle, RegExp> = {
  comma: /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?)(%?)$/,
  semicolon: /^([+-]?)((?:\d{1,3}(?:[ \u00a0]\d{3})+|\d*)(?:,\d+)?)(%?)$/,
};

/** Year, month and day of a typed date, or null; a day the calendar lacks is no date. */
function typedDate(text: string, locale: LocaleWriting): Typed | null {
  let parts: [number, number, number] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (locale.dates === 'month/day/year') {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (m) parts = [Number(m[3]), Number(m[1]), Number(m[2])];
  } else {
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
    if (m) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  }
  if (!parts) return null;
  const [year, month, day] = parts;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { kind: 'date', year, month, day };
}

/** Reads `input` as Sheets reads it typed into a cell of a spreadsheet in `locale`. */
export function readTyped(input: string, locale: LocaleWriting): Typed {
  const text = input.trim();
  if (text === '') return { kind: 'blank' };
  if (input.startsWith('=')) return { kind: 'formula', formula: input };
  if (input.startsWith("'")) return { kind: 'text', text: input.slice(1) };
  if (/^(true|false)$/i.test(text)) return { kind: 'boolean', value: text.toUpperCase() === 'TRUE' };
  const date = typedDate(text, locale);
  if (date) return date;
  const number = TYPED_NUMBER[locale.separators].exec(text);
  if (number && /\d/.test(number[2])) {
    const digits =
      locale.separators === 'comma'
        ? number[2].replace(/,/g, '')
        : number[2].replace(/[ \u00a0]/g, '').replace(',', '.');
    const n = Number(digits) * (number[1] === '-' ? -1 : 1);
    return { kind: 'number', value: number[3] ? n / 100 : n };
  }
  return { kind: 'text', text: input };
}
