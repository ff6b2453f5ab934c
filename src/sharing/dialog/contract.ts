/**
 * What the "Prepare for sharing" dialog (dist/SharingDialog.html) and the server send each other
 * through `google.script.run`: plain JSON, no Date. The server sends reasons and notes as codes;
 * the dialog words them in the person's language from its own texts.
 */
import type { Language } from '../../workbook/answers';
import type { Note, RefusalCode } from '../native';

/** Why a call cannot be rewritten: a code with the function and argument it is about. */
export interface SharingReason {
  code: RefusalCode;
  fn?: string;
  arg?: string;
}

/** One cell the dialog lists. */
export interface SharingRow {
  sheetId: number;
  row: number;
  column: number;
  /** Where the cell is, as the person reads it: `Summary!C5`. */
  cell: string;
  formula: string;
  /** The native formula, when the call can be rewritten. */
  native?: string;
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
  sheetId: number;
  row: number;
  column: number;
  /** The formula the dialog showed; the server refuses when the cell no longer holds it. */
  formula: string;
  action: 'rewrite' | 'freeze' | 'keep';
}

/** What Apply returns to the dialog. */
export interface SharingResult {
  rewritten: number;
  frozen: number;
  kept: number;
  /** The summary to show, in the person's language. */
  message: string;
}

/** The server functions the dialog calls (exported from src/index.ts with these signatures). */
export interface SharingDialogApi {
  getSharingRows(): SharingRows;
  applySharingRewrite(choices: SharingChoice[]): SharingResult;
}
