/** Sidebar texts by language, and the helper that fills `{name}` placeholders (the one in src/i18n). */
import { withFacts } from '../../i18n';
import type { ByLanguage, Language } from '../../i18n/languages';
import { en, type FieldLabelKey, type SidebarMessages } from './en';
import { fi } from './fi';
import { ru } from './ru';

export { fill } from '../../i18n/fill';
export type { FieldLabelKey, SidebarMessages };

/** Every language's texts, the facts they name filled in; tests walk this table to hold the languages to the same keys. */
export const SIDEBAR_MESSAGES: ByLanguage<SidebarMessages> = withFacts({ en, ru, fi });

/** The sidebar's texts in `language`. */
export function sidebarMessages(language: Language): SidebarMessages {
  return SIDEBAR_MESSAGES[language];
}
