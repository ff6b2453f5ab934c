/**
 * What the import dialog (dist/ImportDialog.html) and the server send each other through
 * `google.script.run` (SPEC section 7): plain JSON, no Date.
 */
import type { Language } from '../workbook/answers';
import type { ImportSource } from './header';

/** Rows per `importContacts` call at most: 30,000 LinkedIn rows are 15 calls. */
export const MAX_BATCH_ROWS = 2000;

/**
 * One batch of the file (SPEC section 7), extended with `lines`: the file's line (1-based) where
 * each row starts, so that problems name the line a person sees in a text editor even across
 * batches, preamble lines and quoted line breaks. Without `lines`, row i is taken to be on line
 * `(firstLine ?? 2) + i`.
 */
export interface ImportBatch {
  source: ImportSource;
  header: string[];
  rows: string[][];
  lines?: number[];
  firstLine?: number;
}

/** What one batch did (SPEC section 7): rows appended, duplicates skipped, lines reported. */
export interface ImportResult {
  added: number;
  duplicates: number;
  problems: Array<{ line: number; message: string }>;
}

/** What the dialog asks for when it opens: where contacts go, and what is already there. */
export interface ImportContext {
  /** The user's language: the dialog's texts and the problems' sentences. */
  language: Language;
  /** The Contacts sheet's name, or null when the spreadsheet has none. */
  sheet: string | null;
  /** Name, company and email or profile of every row already in the log, for the preview. */
  existing: string[][];
}
