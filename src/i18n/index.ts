/**
 * Server-side and workbook texts by language, and the facts texts name (`{maxMonths}`,
 * `{prepareForSharing}`, …) filled in when a table is read: each lives here once, and the sidebar
 * and the dialogs import them. The languages themselves are listed in ./languages; texts only
 * a page shows live with it (src/sidebar/i18n, src/sharing/dialog/i18n, src/import/dialog/i18n).
 */
import { CUSTOM_FUNCTION_NAMES } from '../functions/names';
import { MAX_MONTHS } from '../workbook/schema';
import { en, type Messages } from './en';
import { fi } from './fi';
import { type FillValues, fillTable } from './fill';
import { type ByLanguage, type Language, listText } from './languages';
import { NAMES } from './names';
import { ru } from './ru';

export { fill } from './fill';
export { languageOfLocale } from './languages';
export type { Messages };

/** The add-on's name, the same in every language (the menu's title under Extensions). */
export const ADDON_NAME = 'Networking ROI';

/** The texts as written, facts still as placeholders. */
const WRITTEN: ByLanguage<Messages> = { en, ru, fi };

/**
 * Facts that texts state but that live elsewhere: the add-on's name, the longest plan, the custom
 * functions, the menu's wording in `language`. A text names one as a placeholder, so changing the
 * fact changes every sentence that states it, in every language.
 */
export function textFacts(language: Language): FillValues {
  const menu = NAMES[language].menu;
  return {
    addon: ADDON_NAME,
    maxMonths: MAX_MONTHS,
    functions: listText(CUSTOM_FUNCTION_NAMES, language),
    buildWorkbook: menu.buildWorkbook,
    prepareForSharing: menu.prepareForSharing,
    importContacts: menu.importContacts,
  };
}

/** A table's texts in every language, with the facts they name filled in. */
export function withFacts<T>(table: ByLanguage<T>): ByLanguage<T> {
  const out = {} as ByLanguage<T>;
  for (const language of Object.keys(table) as Language[])
    out[language] = fillTable(table[language], textFacts(language));
  return out;
}

// Filled on first use: the bundle loads on every custom-function call, which needs no text.
const filled: Partial<ByLanguage<Messages>> = {};

/** The server's and the workbook's texts in `language`, facts filled in. */
export function messages(language: Language): Messages {
  filled[language] ??= fillTable(WRITTEN[language], textFacts(language));
  return filled[language];
}
