/**
 * The add-on's languages, listed once (SPEC section 4). A language is one line here plus its texts:
 * every text table is a `ByLanguage` record, so the compiler asks each table for the new language's
 * texts, and test/i18n/parity.test.ts holds them to English's keys and placeholders.
 */

/** What the add-on needs to know of a language besides its texts. */
interface LanguageFacts {
  /** The language's name in itself, for the sidebar's switcher. */
  name: string;
  /** Whether numbers are written with a decimal comma (and thousands grouped by spaces). */
  decimalComma: boolean;
  /** The word that joins the last item of a list ("A, B and C"). */
  and: string;
}

const REGISTRY = {
  en: { name: 'English', decimalComma: false, and: 'and' },
  ru: { name: 'Русский', decimalComma: true, and: 'и' },
  fi: { name: 'Suomi', decimalComma: true, and: 'ja' },
} as const satisfies Record<string, LanguageFacts>;

/** A language of the sidebar, the menu, the dialogs and the workbook's labels. */
export type Language = keyof typeof REGISTRY;

/** Every language, in the switcher's order. */
export const LANGUAGES = Object.keys(REGISTRY) as Language[];

/** The language shown when no other can be: a locale or a page the add-on has no texts for. */
export const FALLBACK_LANGUAGE: Language = 'en';

/** One entry per language: the shape of every text table. */
export type ByLanguage<T> = Record<Language, T>;

/** What the add-on knows of a language besides its texts. */
export function languageFacts(language: Language): LanguageFacts {
  return REGISTRY[language];
}

/** True for one of the add-on's languages. */
export function isLanguage(code: unknown): code is Language {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the bundle targets ES2019.
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(REGISTRY, code);
}

/** The language itself when the add-on has it, else the fallback, so a page never shows nothing. */
export function knownLanguage(code: unknown): Language {
  return isLanguage(code) ? code : FALLBACK_LANGUAGE;
}

/** The add-on's language for a locale such as "ru_RU", "fi-FI" or "en": its own when supported, else the fallback. */
export function languageOfLocale(locale: string | null | undefined): Language {
  return knownLanguage(
    String(locale ?? '')
      .split(/[-_]/)[0]
      .toLowerCase(),
  );
}

/** Items as a sentence lists them in `language`: "A, B and C". */
export function listText(items: readonly string[], language: Language): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${REGISTRY[language].and} ${items[items.length - 1]}`;
}
