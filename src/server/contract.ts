/**
 * What the sidebar and the server send each other through `google.script.run`. The pages' promise
 * wrapper (src/ui/server.ts) is typed from the functions src/index.ts exports, which take and
 * return these types. Arguments and results are plain JSON (no Date: google.script.run cannot
 * carry one).
 */
import type { AnswerProblem, Language, WizardAnswers } from '../workbook/answers';

export interface WizardDefaults {
  /** Language the sidebar starts in: the user's locale when it is en/ru/fi, else English. */
  uiLanguage: Language;
  /** Answers to pre-fill: the last answers saved in this document, or defaults. */
  answers: WizardAnswers;
  /** True when `answers` are the last answers saved in this document. */
  restored: boolean;
  /** Names of sheets that already exist in the spreadsheet (to warn before a replace). */
  existingSheets: string[];
  /** The spreadsheet's locale ("ru_RU"), from which the default currency came. */
  spreadsheetLocale: string;
}

export interface BuildOptions {
  /** Replace sheets of the same names (the person confirmed it); otherwise new names are found. */
  replaceExisting: boolean;
  /** The sidebar's language, in which problems are worded; the user's locale when absent. */
  uiLanguage?: Language;
}

export interface Headline {
  totalInvestment: number;
  totalReturn: number;
  /** Net ROI as a fraction, or null when the investment is zero. */
  netRoi: number | null;
  /** Months to pay back, or null when the plan never pays back. */
  paybackMonths: number | null;
}
export type BuildResult =
  | { kind: 'invalid'; problems: AnswerProblem[] }
  | {
      kind: 'built';
      /** Names of the sheets made, in order ("Plan (2)" when "Plan" existed). */
      sheets: string[];
      /** Sheets replaced, named as the spreadsheet spelled them. */
      replaced: string[];
      /**
       * Sheets that were to be replaced but that Sheets refused to delete once the new workbook was
       * complete: they stay beside it under these `~` names (usually empty).
       */
      keptAside: string[];
      /** Every sheet of the spreadsheet after the build, in tab order. */
      sheetNames: string[];
      /** Figures read back from the Summary; null when reading them back failed (the build itself succeeded). */
      headline: Headline | null;
    };

export interface ServerApi {
  getWizardDefaults(): WizardDefaults;
  /** Every problem with the answers, each naming its field; empty when they are valid. */
  validateWizardAnswers(answers: unknown): AnswerProblem[];
  buildWorkbook(answers: unknown, options: BuildOptions): BuildResult;
}
