/**
 * The server API the sidebar calls (`ServerApi` in ./contract): wizard defaults, validation of the
 * answers, and the build itself.
 *
 * Scopes: this module uses SpreadsheetApp (spreadsheets.currentonly), HtmlService/Ui
 * (script.container.ui), LockService, PropertiesService, Session and Utilities. Google's reference
 * lists no authorization scope for PropertiesService, LockService, Session or Utilities (unlike
 * SpreadsheetApp's methods, whose pages name their scopes), so the manifest keeps only the two
 * scopes of PLATFORM.md. The old `script.storage` scope seen in some projects is not required by
 * the current documentation; confirm at the first test deployment that saving answers asks for no
 * extra consent.
 */

import { messages } from '../i18n';
import { applyPlan } from '../sheets/applyPlan';
import type { AnswerProblem, WizardAnswers } from '../workbook/answers';
import { currencyForLocale, defaultAnswers } from '../workbook/defaults';
import { planWorkbook } from '../workbook/planWorkbook';
import { HEADLINE } from '../workbook/sheets/summaryFigures';
import { normalizeAnswers, validateAnswers } from '../workbook/validate';
import type { BuildOptions, BuildResult, Headline, WizardDefaults } from './contract';
import { userLanguage } from './language';
import { withDocumentLock } from './lock';

/** Document property that holds the last answers built in this spreadsheet (JSON). */
export const SAVED_ANSWERS_KEY = 'networkingRoi.lastAnswers';

/**
 * The current month in the spreadsheet's time zone: the plan starts with it, so plan beside actual
 * measures from the first day. Utilities.formatDate reads the current instant in that zone, so
 * the script's own zone (and the server's) cannot shift the month.
 */
function currentMonthIn(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM');
}

function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error(messages(userLanguage()).build.noSpreadsheet);
  return spreadsheet;
}

/** The answers saved by the last build in this document, when they are still valid. */
function savedAnswers(): WizardAnswers | null {
  const properties = PropertiesService.getDocumentProperties();
  const json = properties ? properties.getProperty(SAVED_ANSWERS_KEY) : null;
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return validateAnswers(parsed).length === 0 ? normalizeAnswers(parsed) : null;
  } catch {
    return null;
  }
}

/** What the wizard starts from: the last answers built here, or defaults for this spreadsheet. */
export function getWizardDefaults(): WizardDefaults {
  const uiLanguage = userLanguage();
  const spreadsheet = activeSpreadsheet();
  const spreadsheetLocale = spreadsheet.getSpreadsheetLocale();
  const saved = savedAnswers();
  const answers =
    saved ??
    defaultAnswers({
      language: uiLanguage,
      currency: currencyForLocale(spreadsheetLocale),
      startMonth: currentMonthIn(spreadsheet.getSpreadsheetTimeZone()),
    });
  return {
    uiLanguage,
    answers,
    restored: saved !== null,
    existingSheets: spreadsheet.getSheets().map((s) => s.getName()),
    spreadsheetLocale,
  };
}

/** Every problem with the answers, each naming its field; empty when they are valid. */
export function validateWizardAnswers(answers: unknown): AnswerProblem[] {
  return validateAnswers(answers);
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The headline from the values read back after the build; null when they could not be read. */
function headlineOf(values: Record<string, unknown> | null): Headline | null {
  if (!values) return null;
  return {
    totalInvestment: finite(values[HEADLINE.totalInvestment]) ?? 0,
    totalReturn: finite(values[HEADLINE.totalReturn]) ?? 0,
    netRoi: finite(values[HEADLINE.netRoi]),
    paybackMonths: finite(values[HEADLINE.paybackMonths]),
  };
}

/**
 * Builds the workbook: validates the answers (invalid ones come back as data, each problem with
 * its field, and the spreadsheet is not touched), plans it, and under the document lock saves the
 * answers for next time and applies the plan; returns the sheets made, every sheet's name, and the
 * headline figures read back from the Summary.
 *
 * All or nothing: nothing that can fail comes after the sheets stand. The answers are saved
 * before the build, so a refusal to save them fails the build before anything is made; a build
 * that fails part-way leaves the spreadsheet as it was (applyPlan undoes its steps), puts the
 * answers saved before back, and throws Sheets' error. Once the new sheets stand the build has
 * succeeded: a replaced sheet Sheets refuses to delete is reported as kept aside, and figures
 * that cannot be read back are reported as missing, never as a failed build.
 */
export function buildWorkbook(answers: unknown, options: BuildOptions): BuildResult {
  const problems = validateAnswers(answers, options?.uiLanguage ?? userLanguage());
  if (problems.length > 0) return { kind: 'invalid', problems };
  const plan = planWorkbook(answers);
  const spreadsheet = activeSpreadsheet();
  return withDocumentLock(() => {
    const properties = PropertiesService.getDocumentProperties();
    const previous = properties ? properties.getProperty(SAVED_ANSWERS_KEY) : null;
    if (properties) properties.setProperty(SAVED_ANSWERS_KEY, JSON.stringify(normalizeAnswers(answers)));
    let applied: ReturnType<typeof applyPlan>;
    try {
      applied = applyPlan(spreadsheet, plan, {
        replaceExisting: options?.replaceExisting === true,
        readBack: Object.values(HEADLINE),
      });
    } catch (error) {
      if (properties) restoreSavedAnswers(properties, previous);
      throw error;
    }
    return {
      kind: 'built',
      sheets: applied.sheets,
      replaced: applied.replaced,
      keptAside: applied.keptAside,
      sheetNames: applied.sheetNames,
      headline: headlineOf(applied.readBack),
    };
  });
}

/**
 * Puts back the answers saved before a build that failed. A failure here is swallowed: the
 * person needs the build's own error, and saved answers only prefill the wizard next time.
 */
function restoreSavedAnswers(
  properties: GoogleAppsScript.Properties.Properties,
  previous: string | null,
): void {
  try {
    if (previous === null) properties.deleteProperty(SAVED_ANSWERS_KEY);
    else properties.setProperty(SAVED_ANSWERS_KEY, previous);
  } catch {
    // See above.
  }
}
