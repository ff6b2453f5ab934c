/**
 * Server-side and workbook texts by language, the locale → language rule and the `{name}` filler:
 * each lives here once, and the sidebar and the sharing dialog import them. Texts only those pages
 * show live with them (src/sidebar/i18n, src/sharing/dialog/i18n).
 */
import type { Language } from '../workbook/answers';
import { en, type Messages } from './en';
import { fi } from './fi';
import { ru } from './ru';

export { fill } from './fill';
export type { Messages };

const BY_LANGUAGE: Record<Language, Messages> = { en, ru, fi };

export function messages(language: Language): Messages {
  return BY_LANGUAGE[language];
}

/** The add-on's language for a locale such as "ru_RU" or "fi-FI": its own when supported, else English. */
export function languageOfLocale(locale: string | null | undefined): Language {
  const code = String(locale ?? '')
    .split(/[-_]/)[0]
    .toLowerCase();
  return code === 'ru' || code === 'fi' ? code : 'en';
}
