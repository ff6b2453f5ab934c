/** The import's texts by language, and the sentence for a problem found in a line. */
import { fill } from '../../i18n/fill';
import type { ByLanguage } from '../../i18n/languages';
import { en, type ImportMessages } from './en';
import { fi } from './fi';
import { ru } from './ru';

export type { ImportMessages };
export { fill };

/** Every language's texts; tests walk this table to hold the languages to the same keys. */
export const IMPORT_MESSAGES: ByLanguage<ImportMessages> = { en, ru, fi };

/** Codes of what can be wrong with a line; each has its sentence under `problems`. */
export type ProblemCode = keyof ImportMessages['problems'];

/** A problem found in one line of the file, before it is worded. */
export interface LineProblem {
  /** The file's line (1-based) where the row starts. */
  line: number;
  code: ProblemCode;
  /** Values for the sentence's placeholders: the cell's text, the column's header. */
  params: Record<string, string>;
}

/** The sentence for a problem, in the texts' language. */
export function problemText(t: ImportMessages, problem: Pick<LineProblem, 'code' | 'params'>): string {
  return fill(t.problems[problem.code], problem.params);
}
