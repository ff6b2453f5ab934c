/** The sharing dialog's texts by language, and the sentences it builds from the server's codes. */
import { fill } from '../../../i18n/fill';
import { type ByLanguage, knownLanguage } from '../../../i18n/languages';
import type { SharingReason } from '../../contract';
import type { Note } from '../../native';
import { en, type SharingDialogMessages } from './en';
import { fi } from './fi';
import { ru } from './ru';

export type { SharingDialogMessages };
export { fill, knownLanguage };

/** Every language's texts; tests walk this table to hold the languages to the same keys. */
export const SHARING_DIALOG_MESSAGES: ByLanguage<SharingDialogMessages> = { en, ru, fi };

/** The texts of a language; English for a language the dialog does not know. */
export function dialogMessages(language: string): SharingDialogMessages {
  return SHARING_DIALOG_MESSAGES[knownLanguage(language)];
}

/** A text of a group by a code from the server: the language's, else English's, else `fallback`. */
function byCode(
  group: 'reasons' | 'notes',
  t: SharingDialogMessages,
  code: string,
  fallback: string,
): string {
  const own = (t[group] as Record<string, string>)[code];
  const english = (en[group] as Record<string, string>)[code];
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the bundle targets ES2019.
  const has = (table: object) => Object.prototype.hasOwnProperty.call(table, code);
  return has(t[group]) ? own : has(en[group]) ? english : fallback;
}

/** Why a call cannot be rewritten, as a sentence; a code this page does not know reads as the general English one. */
export function reasonText(t: SharingDialogMessages, reason: SharingReason): string {
  const template = byCode('reasons', t, reason.code, en.reasons.other);
  return fill(template, { fn: reason.fn ?? '', arg: reason.arg ?? '', message: reason.message ?? '' });
}

/** A note about a rewrite, as a sentence (English for a code the language lacks; none for an unknown one). */
export function noteText(t: SharingDialogMessages, note: Note): string {
  return fill(byCode('notes', t, note.code, ''), { fn: note.fn, arg: note.arg });
}

/** The label of the freeze choice: the value it would write. */
export function freezeLabel(t: SharingDialogMessages, value: number): string {
  return fill(t.freeze, { value });
}
