// The spreadsheet locales the preview can switch between (File → Settings → Locale in Sheets):
// how each writes numbers and formulas, and the rewrite of a locale's formula into the engine's syntax.

import { toSemicolonSeparators } from '../../src/formula/formulaText';
import {
  FormulaSyntaxError,
  type SeparatorStyle,
  type TokenKind,
  tokenize,
} from '../../src/formula/tokenizer';
import { type LocaleWriting, SPREADSHEET_LOCALES } from '../../src/platform/typedInput';

/**
 * How one spreadsheet locale shows numbers and reads formulas: the preview's names and tags around
 * the locale's writing rules, which live once in src/platform/typedInput.ts.
 */
export interface LocaleSpec extends LocaleWriting {
  /** Sheets' locale code, as Spreadsheet.getSpreadsheetLocale() returns it. */
  code: string;
  /** The name the locale picker shows. */
  label: string;
  /** The user locale a person in that country has (Session.getActiveUserLocale). */
  userLocale: string;
  /** BCP 47 tag for month names in date formats. */
  tag: string;
}

/** The locales of the preview's picker, en_US first (the default). */
export const LOCALES: readonly LocaleSpec[] = [
  {
    code: 'en_US',
    label: 'United States',
    userLocale: 'en',
    ...SPREADSHEET_LOCALES.en_US,
    tag: 'en-US',
  },
  {
    code: 'ru_RU',
    label: 'Россия',
    userLocale: 'ru',
    ...SPREADSHEET_LOCALES.ru_RU,
    tag: 'ru-RU',
  },
  {
    code: 'fi_FI',
    label: 'Suomi',
    userLocale: 'fi',
    ...SPREADSHEET_LOCALES.fi_FI,
    tag: 'fi-FI',
  },
];

/** The spec of a locale code; a code outside the picker is refused with the codes it takes. */
export function localeSpec(code: string | undefined): LocaleSpec {
  const spec = LOCALES.find((l) => l.code === (code ?? 'en_US'));
  if (!spec)
    throw new Error(
      `The preview has no locale "${code}"; choose one of ${LOCALES.map((l) => l.code).join(', ')}.`,
    );
  return spec;
}

function tokensIn(formula: string, style: SeparatorStyle) {
  try {
    return tokenize(formula, style);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return null;
    throw error;
  }
}

/**
 * The formula in the engine's syntax (`,` separators, decimal points), or null when the locale
 * cannot read it: Sheets then shows "Formula parse error.". In a `;` locale that is a formula with
 * `,` between arguments or a decimal point, as Sheets in Russia or Finland reads it.
 */
export function toEngineFormula(formula: string, style: SeparatorStyle): string | null {
  if (style === 'comma') return formula;
  const tokens = tokensIn(formula, 'semicolon');
  if (!tokens) return null;
  const open: TokenKind[] = [];
  const out: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'open' || t.kind === 'braceOpen') open.push(t.kind);
    else if (t.kind === 'close' || t.kind === 'braceClose') open.pop();
    const inBraces = open[open.length - 1] === 'braceOpen';
    if (t.kind === 'sep') {
      if (t.text === ',') return null;
      if (t.text === '\\') {
        if (!inBraces) return null;
        out.push(',');
      } else out.push(inBraces ? ';' : ',');
    } else if (t.kind === 'number') out.push(t.text.replace(',', '.'));
    else out.push(t.text);
  }
  return out.join('');
}

/**
 * A stored formula as the new locale shows it after a locale switch (Sheets keeps formulas
 * locale-free and shows them in the locale's syntax); text neither style reads stays as it is.
 */
export function formulaForLocale(formula: string, from: SeparatorStyle, to: SeparatorStyle): string {
  if (from === to) return formula;
  const english = toEngineFormula(formula, from);
  if (english === null) return formula;
  return to === 'semicolon' ? toSemicolonSeparators(english) : english;
}
