/** The add-on's language for the person using it, read from their Google account's locale. */
import { languageOfLocale } from '../i18n';
import type { Language } from '../workbook/answers';

/**
 * The user's language, English when the locale cannot be read (some authorization modes refuse
 * Session calls; a menu in English beats no menu).
 */
export function userLanguage(): Language {
  try {
    return languageOfLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}
