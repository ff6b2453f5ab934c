/**
 * What the "Prepare for sharing" dialog (dist/SharingDialog.html) and the server send each other
 * through `google.script.run`: plain JSON, no Date. The server sends reasons and notes as codes;
 * the dialog words them in the person's language from its own texts.
 */
import type { Language } from '../workbook/answers';
import type { Note, RefusalCode } from './native';

/** Why a call is not rewritten: the rewriter's refusal, or `showsError` when the cell shows an error now. */
export type SharingReasonCode = RefusalCode | 'showsError';

/** Why a call cannot be rewritten: a code with the function and argument it is about. */
export interface SharingReason {
  code: SharingReasonCode;
  fn?: string;
  arg?: string;
  /** `showsError`: the function's sentence for the values it is given, else the error the cell shows (`#REF!`). */
  message?: string;
}

/** One cell the dialog lists. */
export interface SharingRow {
  /** The sheet's name: Apply finds the sheet by it with one call (a renamed sheet makes the list stale). */
  sheet: string;
  row: number;
  column: number;
  /** Where the cell is, as the person reads it: `Summary!C5`. */
  cell: string;
  formula: string;
  /** The native formula, when the call can be rewritten into a formula. */
  native?: string;
  /**
   * The call's arguments are all written in the formula, so its rewrite would be the number it
   * shows (`value`): the dialog offers to replace it by its value, and Apply counts it as frozen.
   */
  valueOnly?: true;
  /** Why it cannot be rewritten, when it cannot. */
  reason?: SharingReason;
  /** What the person should know about the rewrite. */
  notes: Note[];
  /** The number the cell shows now, offered for freezing; null when it shows none. */
  value: number | null;
}

/** What the dialog asks for when it opens: the rows to show and the language to show them in. */
export interface SharingRows {
  language: Language;
  rows: SharingRow[];
}

/** What the dialog sends back for each row. */
export interface SharingChoice {
  sheet: string;
  row: number;
  column: number;
  /** The formula the dialog showed; the server refuses when the cell no longer holds it. */
  formula: string;
  action: 'rewrite' | 'freeze' | 'keep';
}

/** A cell whose value changed when it was rewritten, so Apply put its formula back. */
export interface SharingRestored {
  cell: string;
  formula: string;
  /** The value before and after the rewrite, as text. */
  before: string;
  after: string;
}

/** What Apply returns to the dialog; the dialog then asks for the rows again (getSharingRows). */
export interface SharingResult {
  rewritten: number;
  frozen: number;
  kept: number;
  /** Rewritten cells whose value changed, restored to their formula (not counted as rewritten). */
  restored: SharingRestored[];
  /** The summary to show, in the person's language. */
  message: string;
}

/** The server functions the dialog calls (exported from src/index.ts with these signatures). */
export interface SharingDialogApi {
  getSharingRows(): SharingRows;
  applySharingRewrite(choices: SharingChoice[]): SharingResult;
}
