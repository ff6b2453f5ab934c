/** The sharing dialog's texts by language, and the sentences it builds from the server's codes. */
import { fill } from '../../../i18n/fill';
import type { Language } from '../../../workbook/answers';
import type { Note } from '../../native';
import type { SharingReason } from '../contract';
import { en, type SharingDialogMessages } from './en';
import { fi } from './fi';
import { ru } from './ru';

export type { SharingDialogMessages };
export { fill };

/** Every language's texts; tests walk this table to hold the languages to the same keys. */
export const SHARING_DIALOG_MESSAGES: Record<Language, SharingDialogMessages> = { en, ru, fi };

/** Why a call cannot be rewritten, as a sentence. */
export function reasonText(t: SharingDialogMessages, reason: SharingReason): string {
  return fill(t.reasons[reason.code], { fn: reason.fn ?? '', arg: reason.arg ?? '' });
}

/** A note about a rewrite, as a sentence. */
export function noteText(t: SharingDialogMessages, note: Note): string {
  return fill(t.notes[note.code], { fn: note.fn, arg: note.arg });
}

/** The label of the freeze choice: the value it would write, or why there is none. */
export function freezeLabel(t: SharingDialogMessages, value: number | null): string {
  return value === null
    ? `${fill(t.freeze, { value: '' }).trim()} (${t.noValue})`
    : fill(t.freeze, { value });
}
