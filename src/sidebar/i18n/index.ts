/** Sidebar texts by language, and the helper that fills `{name}` placeholders (the one in src/i18n). */
import type { Language } from '../../workbook/answers';
import { en, type FieldLabelKey, type SidebarMessages } from './en';
import { fi } from './fi';
import { ru } from './ru';

export { fill } from '../../i18n/fill';
export type { FieldLabelKey, SidebarMessages };

/** Every language's texts; tests walk this table to hold the languages to the same keys. */
export const SIDEBAR_MESSAGES: Record<Language, SidebarMessages> = { en, ru, fi };

/** Names of the languages in themselves, for the switcher (the same in every UI language). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский', fi: 'Suomi' };

/** The sidebar's texts in `language`. */
export function sidebarMessages(language: Language): SidebarMessages {
  return SIDEBAR_MESSAGES[language];
}
