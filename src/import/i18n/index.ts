/** The import's texts by language, and the sentence for a problem found in a line. */
import { messages } from '../../i18n';
import { fill } from '../../i18n/fill';
import type { ByLanguage, Language } from '../../i18n/languages';
import { STAGES } from '../../workbook/contactsLog';
import { writeNumber } from '../../workbook/problemTexts';
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
  /** Values for the sentence's placeholders: texts as found in the file (a cell, a header), and counts or bounds. */
  params: Record<string, string | number>;
}

/**
 * The sentence for a problem in `language`: its counts and bounds written as the language writes
 * numbers (the wizard's `writeNumber`), and `{stages}` the log's stage labels in that language.
 */
export function problemText(problem: Pick<LineProblem, 'code' | 'params'>, language: Language): string {
  const values: Record<string, string> = {
    stages: STAGES.map((key) => messages(language).workbook.contacts.stages[key]).join(', '),
  };
  for (const [name, value] of Object.entries(problem.params))
    values[name] = typeof value === 'number' ? writeNumber(value, language) : value;
  return fill(IMPORT_MESSAGES[language].problems[problem.code], values);
}
