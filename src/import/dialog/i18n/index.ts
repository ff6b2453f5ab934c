/** The import dialog's page texts by language. */
import type { ByLanguage } from '../../../i18n/languages';
import { en, type ImportDialogMessages } from './en';
import { fi } from './fi';
import { ru } from './ru';

export type { ImportDialogMessages };

/** Every language's texts; tests walk this table to hold the languages to the same keys. */
export const IMPORT_DIALOG_MESSAGES: ByLanguage<ImportDialogMessages> = { en, ru, fi };
