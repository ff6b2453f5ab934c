/**
 * Numbers as people type them in the wizard, per language: English writes 1,500.5; Russian and
 * Finnish write 1 500,5 (and many type 1500.5 too). Pure functions, shared by the sidebar and its
 * tests.
 */
import { type Language, languageFacts } from '../i18n/languages';

// A number as Sheets reads one typed into a cell: digits with an optional decimal part and an
// optional exponent ("1e3", "2.5E-2").
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const ENGLISH_GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * Reads a number typed in `language`: `null` for an empty field, `NaN` for text that is not a
 * number. Spaces (also no-break and thin spaces) group digits in every language. In English a
 * comma only groups thousands ("1,500"), so "12,5" is not a number there; in Russian and Finnish
 * the comma is the decimal separator ("12,5" = 12.5) and a dot is accepted as well, but not both.
 * The typographic minus (U+2212, Finnish formatting) counts as a minus; a trailing `%` is ignored
 * (percent fields already say "%"). An exponent is read as Sheets reads it ("1e3" = 1000, "1,5e3"
 * in Russian and Finnish).
 */
export function parseLocalNumber(text: string, language: Language): number | null {
  let s = text
    .replace(/[\s\u00a0\u2009\u202f]/g, '')
    .replace(/\u2212/g, '-')
    .replace(/%$/, '');
  if (s === '') return null;
  if (languageFacts(language).decimalComma) {
    if (s.includes(',') && s.includes('.')) return Number.NaN;
    if ((s.match(/,/g) ?? []).length > 1) return Number.NaN;
    s = s.replace(',', '.');
  } else if (s.includes(',')) {
    if (!ENGLISH_GROUPED.test(s)) return Number.NaN;
    s = s.replace(/,/g, '');
  }
  return PLAIN_NUMBER.test(s) ? Number(s) : Number.NaN;
}

/**
 * Writes a number for an input field in `language`, without grouping so that it reads back
 * unchanged: 12.5 → "12,5" in Russian and Finnish. Floating-point noise such as
 * 10.000000000000002 (from 0.1 × 100) is rounded away.
 */
export function formatLocalNumber(value: number, language: Language): string {
  const clean = Number(value.toPrecision(12));
  const text = String(clean);
  return languageFacts(language).decimalComma ? text.replace('.', ',') : text;
}

/** An example of a decimal number as `language` writes it, for error messages. */
export function decimalExample(language: Language): string {
  return formatLocalNumber(12.5, language);
}
