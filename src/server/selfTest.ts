/**
 * The self-test for a first real deployment (issue 15): one command that tells the person who
 * deploys the add-on whether it works in real Google Sheets, run from the add-on's menu of a test
 * deployment. In the spreadsheet it is opened in (the add-on's scope reaches no other), it
 * - probes every behaviour of Sheets the stand-in keeps (./selfTestProbes), line by line;
 * - builds the workbook with every option at 60 months (src/selftest/answers) through the build's
 *   own adapter, and compares the Summary's figures with the independent arithmetic of
 *   src/selftest/figures (1e-9 relative; a text exactly);
 * - imports 2,500 generated contacts through the import's own server code (importBatch), past the
 *   log's 1,000 prepared rows, and compares what it reports and the log's figures with what the
 *   generated file must give (src/selftest/contacts);
 * - types the custom functions into a sheet, compares their values with the pure core's, lists
 *   and applies Prepare for sharing through its own server code, and compares again;
 * - removes every sheet and named range it made, checks that the person's sheets and named ranges
 *   are as they were, and writes one results sheet (kept, so it can be downloaded and sent back).
 *
 * Everything it makes carries a prefix (`Self-test Plan`, `Self-test results`); the build's named
 * ranges keep the build's own names (`TotalNetROI`, or `TotalNetROI_2` beside a workbook of the
 * person's), which the import and the figures are read through, so a person's workbook is never
 * read or changed in their place. Saved wizard answers are not touched (the build's adapter is
 * called directly, not buildWorkbook). The whole run holds the document lock.
 *
 * The menu item appears only where the script property SELF_TEST_PROPERTY is `on` (set in the
 * script editor: Project Settings → Script properties): no deployment can tell a test deployment
 * from a published one, and the property is the developer's alone to set.
 */
import { formatA1 } from '../formula/a1';
import { toSemicolonSeparators } from '../formula/formulaText';
import { CUSTOM_FUNCTION_NAMES } from '../functions/names';
import { fill, messages } from '../i18n';
import type { Language } from '../i18n/languages';
import { NEW_SHEET_ROWS } from '../platform/limits';
import { everyOptionAnswers, SELF_TEST_START_MONTH } from '../selftest/answers';
import { generatedImport } from '../selftest/contacts';
import { expectedFigures } from '../selftest/figures';
import { FORMULA_COLUMN, functionCases, functionGrid } from '../selftest/functions';
import {
  errorLine,
  errorText,
  exactLine,
  failures,
  figureLine,
  infoLine,
  type ResultLine,
  resultsGrid,
  verdicts,
} from '../selftest/report';
import { type SelfTestTexts, selfTestTexts } from '../selftest/texts';
import type { SharingChoice } from '../sharing/contract';
import { type ApplyResult, applyPlan, SEPARATOR_PROBE } from '../sheets/applyPlan';
import { logRange } from '../workbook/contactsLog';
import { currencyForLocale } from '../workbook/defaults';
import { planWorkbook } from '../workbook/planWorkbook';
import { freeNamedRangeName, freeSheetName, renamePlan } from '../workbook/renamePlan';
import type { FigureName } from '../workbook/sheets/summaryFigures';
import { importBatch } from './import';
import { userLanguage } from './language';
import { withDocumentLock } from './lock';
import { PROBES, type ProbeContext, probeLines } from './selfTestProbes';
import { applySharingChoices, listSharingRows } from './sharing';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The script property whose value `on` shows the self-test in the add-on's menu. */
export const SELF_TEST_PROPERTY = 'networkingRoi.selfTest';

/** The named range the probes name their ranges after (`SelfTestProbe`, `SelfTestProbe_2`, …). */
const PROBE_RANGE = 'SelfTestProbe';

/** The log's figures the import is held to, with what the generated file must give for each. */
const LOG_FIGURES = {
  LogConversionRate: 'logConversionRate',
  FollowUpsDue: 'followUpsDue',
} as const satisfies Partial<Record<FigureName, string>>;

/** How long to wait for Sheets to compute the custom functions, and how often to look. */
const FUNCTION_WAIT = { attempts: 10, pauseMs: 1500 };

/** Widths of the results sheet's columns, in pixels: part, check, result, expected, found, detail. */
const RESULT_WIDTHS = [150, 260, 110, 300, 300, 300];

/**
 * True where the self-test is switched on: the script property SELF_TEST_PROPERTY is `on`. False
 * when the properties cannot be read (an authorization mode without them): the menu then goes
 * without the item rather than without a menu.
 */
export function selfTestEnabled(): boolean {
  try {
    return PropertiesService.getScriptProperties()?.getProperty(SELF_TEST_PROPERTY) === 'on';
  } catch {
    return false;
  }
}

/** What the self-test found, and where it wrote it. */
export interface SelfTestResult {
  /** The results sheet's name. */
  sheet: string;
  lines: ResultLine[];
  /** Checks that failed and behaviours that did not hold. */
  failed: number;
  /** Lines with a verdict. */
  total: number;
}

/** The person's sheets and named ranges as the self-test found them. */
interface Before {
  sheets: string[];
  names: string[];
}

function readBefore(spreadsheet: Spreadsheet): Before {
  return {
    sheets: spreadsheet.getSheets().map((s) => s.getName()),
    names: spreadsheet.getNamedRanges().map((n) => n.getName()),
  };
}

/**
 * The sheets and named ranges the self-test makes, and the names it may not take. Every sheet it
 * makes goes at the end of the tabs, under the prefix, and is removed with its named ranges at the
 * end of the run.
 */
class OwnThings {
  private readonly sheets: Sheet[] = [];
  private readonly sheetNames: string[];
  private readonly rangeNames: string[];

  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly prefix: string,
    before: Before,
  ) {
    this.sheetNames = [...before.sheets];
    this.rangeNames = [...before.names];
  }

  /** A free name under the prefix: `Self-test Plan`, or `Self-test Plan (2)` when that is taken. */
  sheetName(label: string): string {
    const name = freeSheetName(`${this.prefix} ${label}`, this.sheetNames);
    this.sheetNames.push(name);
    return name;
  }

  /** A new sheet at the end of the tabs (it becomes the active sheet, as every new sheet does). */
  sheet(label: string): Sheet {
    const sheet = this.spreadsheet.insertSheet(this.sheetName(label), this.spreadsheet.getNumSheets());
    this.sheets.push(sheet);
    return sheet;
  }

  /** Takes a sheet made by other calls into the self-test's care. */
  adopt(sheet: Sheet): void {
    this.sheets.push(sheet);
    this.sheetNames.push(sheet.getName());
  }

  /** Takes the sheets a build made, by name. */
  adoptNamed(names: string[]): void {
    for (const name of names) {
      const sheet = this.spreadsheet.getSheetByName(name);
      if (sheet) this.adopt(sheet);
    }
  }

  /** A named-range name free in the spreadsheet, for a probe. */
  rangeName(): string {
    const name = freeNamedRangeName(PROBE_RANGE, this.rangeNames);
    this.rangeNames.push(name);
    return name;
  }

  /** Whether a name is in use in the spreadsheet (ignoring case, as Sheets compares them). */
  taken(name: string): boolean {
    return this.rangeNames.some((n) => n.toLowerCase() === name.toLowerCase());
  }

  /**
   * Removes every named range on the self-test's sheets (Sheets would leave them pointing at
   * nothing), then the sheets; each removal on its own, so one refusal leaves the rest to go.
   */
  removeAll(t: SelfTestTexts): ResultLine[] {
    let names = 0;
    let sheets = 0;
    const errors: string[] = [];
    const attempt = (work: () => void) => {
      try {
        work();
      } catch (error) {
        errors.push(errorText(error));
      }
    };
    for (const sheet of this.sheets)
      attempt(() => {
        for (const named of sheet.getNamedRanges()) {
          named.remove();
          names += 1;
        }
      });
    for (const sheet of this.sheets)
      attempt(() => {
        this.spreadsheet.deleteSheet(sheet);
        sheets += 1;
      });
    const removed = exactLine('cleanup', t.checks.removedSheets, sheets, this.sheets.length);
    return [
      errors.length === 0 ? removed : { ...removed, verdict: 'failed', detail: errors.join(' | ') },
      infoLine('cleanup', t.checks.removedNames, names),
    ];
  }
}

/** A line saying whether a list of names is as it was: what is missing and what is new, when not. */
function asBefore(check: string, before: string[], after: string[]): ResultLine {
  const missing = before.filter((n) => !after.includes(n)).map((n) => `−${n}`);
  const added = after.filter((n) => !before.includes(n)).map((n) => `+${n}`);
  const line = exactLine('cleanup', check, after.length, before.length);
  const changes = [...missing, ...added];
  return changes.length === 0 ? line : { ...line, verdict: 'failed', detail: changes.join(', ') };
}

/** The build's step: the workbook with every option, and its Summary's figures against the arithmetic. */
function buildStep(
  spreadsheet: Spreadsheet,
  own: OwnThings,
  language: Language,
  locale: string,
  lines: ResultLine[],
): ApplyResult | null {
  const t = selfTestTexts(language);
  const answers = everyOptionAnswers({
    language,
    currency: currencyForLocale(locale),
    startMonth: SELF_TEST_START_MONTH,
  });
  const check = fill(t.checks.built, { months: answers.profile.months });
  const expected = expectedFigures(answers);
  let applied: ApplyResult;
  try {
    const planned = planWorkbook(answers);
    const renamed = new Map(planned.sheets.map((s) => [s.name, own.sheetName(s.name)]));
    const plan = renamePlan(planned, renamed);
    applied = applyPlan(spreadsheet, plan, { replaceExisting: false, readBack: Object.keys(expected) });
    own.adoptNamed(applied.sheets);
    const shown = plan.sheets.find((s) => s.key === plan.shown);
    lines.push(
      { ...infoLine('build', check, applied.sheets.join(', ')), verdict: 'ok' },
      exactLine('build', t.checks.namedRanges, applied.namedRanges.length, plan.namedRanges.length),
      infoLine('build', t.checks.separators, applied.separators),
      exactLine('build', t.checks.shown, spreadsheet.getActiveSheet().getName(), shown?.name ?? ''),
    );
  } catch (error) {
    lines.push(errorLine('build', check, error));
    return null;
  }
  const read = applied.readBack ?? {};
  for (const [name, figure] of Object.entries(expected))
    lines.push(figureLine('figures', name, read[name], figure));
  return applied;
}

/** The name a build gave one of its planned named ranges (`LogName`, or `LogName_2`). */
function madeName(applied: ApplyResult, planned: string): string | null {
  return applied.namedRanges.find((n) => n.planned === planned)?.name ?? null;
}

/** The import's step: 2,500 generated rows into the build's log, in the dialog's batches. */
function importStep(
  spreadsheet: Spreadsheet,
  applied: ApplyResult,
  language: Language,
  lines: ResultLine[],
): void {
  const t = selfTestTexts(language);
  const logName = madeName(applied, logRange('name'));
  const { batches, expected } = generatedImport();
  const found = { added: 0, duplicates: 0, problems: 0 };
  try {
    if (logName === null) throw new Error(`the build made no ${logRange('name')} named range`);
    for (const batch of batches) {
      const result = importBatch(spreadsheet, batch, language, logName);
      found.added += result.added;
      found.duplicates += result.duplicates;
      found.problems += result.problems.length;
    }
  } catch (error) {
    lines.push(errorLine('import', t.checks.added, error));
    return;
  }
  lines.push(
    exactLine('import', t.checks.added, found.added, expected.added),
    exactLine('import', t.checks.duplicates, found.duplicates, expected.duplicates),
    exactLine('import', t.checks.problems, found.problems, expected.problems),
  );
  for (const [figure, key] of Object.entries(LOG_FIGURES)) {
    const name = madeName(applied, figure);
    try {
      const range = name === null ? null : spreadsheet.getRangeByName(name);
      lines.push(figureLine('import', figure, range ? range.getValue() : '', expected[key]));
    } catch (error) {
      lines.push(errorLine('import', figure, error));
    }
  }
}

/**
 * Reads the values of `range` once Sheets has computed them: a custom function shows a text
 * ("Loading…", in the person's language) while Sheets waits for the add-on, so while any cell
 * holds a text that is not an error, wait and read again, a few times at most.
 */
function computedValues(range: GoogleAppsScript.Spreadsheet.Range): unknown[][] {
  let values = range.getValues();
  const waiting = () => values.some((row) => row.some((v) => typeof v === 'string' && !v.startsWith('#')));
  for (let attempt = 1; attempt < FUNCTION_WAIT.attempts && waiting(); attempt++) {
    Utilities.sleep(FUNCTION_WAIT.pauseMs);
    SpreadsheetApp.flush();
    values = range.getValues();
  }
  return values;
}

/** A formula that calls one of the add-on's functions. */
const CALLS_OURS = new RegExp(`\\b(${CUSTOM_FUNCTION_NAMES.join('|')})\\s*\\(`, 'i');

/** The custom functions' step: typed, computed by Sheets, prepared for sharing, computed again. */
function functionsStep(
  spreadsheet: Spreadsheet,
  own: OwnThings,
  language: Language,
  lines: ResultLine[],
): void {
  const t = selfTestTexts(language);
  const cases = functionCases();
  let sheet: Sheet;
  let formulas: string[];
  try {
    sheet = own.sheet(t.sections.functions);
    // The same probe the build makes: Sheets in a decimal-comma locale wants `;` between arguments.
    const probe = sheet.getRange(1, FORMULA_COLUMN + 1);
    probe.setValues([[SEPARATOR_PROBE]]);
    SpreadsheetApp.flush();
    const comma = probe.getValue() === 1;
    probe.clearContent();
    formulas = cases.map((c) => (comma ? c.formula : toSemicolonSeparators(c.formula)));
    const grid = functionGrid(formulas);
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
  } catch (error) {
    lines.push(errorLine('functions', cases[0]?.formula ?? '', error));
    return;
  }
  const column = formatA1({
    row: 1,
    column: FORMULA_COLUMN,
    lastRow: cases.length,
    lastColumn: FORMULA_COLUMN,
  });
  const range = sheet.getRange(column);
  const before = computedValues(range);
  cases.forEach((c, i) => {
    lines.push(figureLine('functions', formulas[i], before[i][0], c.expected));
  });

  try {
    const rows = listSharingRows(spreadsheet, [sheet]);
    lines.push(exactLine('sharing', t.checks.listed, rows.length, cases.length));
    const choices: SharingChoice[] = rows.map((r) => ({
      sheet: r.sheet,
      row: r.row,
      column: r.column,
      formula: r.formula,
      action: r.native ? 'rewrite' : r.value !== null && r.reason?.code !== 'showsError' ? 'freeze' : 'keep',
    }));
    applySharingChoices(spreadsheet, choices, messages(language).sharing);
    const after = range.getValues();
    const written = range.getFormulas();
    cases.forEach((c, i) => {
      const formula = written[i][0];
      const row = rows.find((r) => r.row === c.row);
      const action = choices.find((x) => x.row === c.row)?.action;
      // A call kept says why it could not be rewritten: the error it shows (#NAME? where the add-on
      // is not enabled in the document), or the rewriter's reason.
      const why = row?.reason ? `: ${row.reason.message ?? row.reason.code}` : '';
      const detail =
        action === 'freeze' ? t.details.frozen : action === 'rewrite' ? formula : `${t.details.kept}${why}`;
      const line = figureLine('sharing', formulas[i], after[i][0], c.expected);
      const ours = CALLS_OURS.test(formula);
      lines.push({ ...line, verdict: line.verdict === 'ok' && !ours ? 'ok' : 'failed', detail });
    });
  } catch (error) {
    lines.push(errorLine('sharing', t.checks.listed, error));
  }
}

/** Writes the results sheet at the end of the tabs (it becomes the active sheet) and returns its name. */
function writeResults(
  spreadsheet: Spreadsheet,
  own: OwnThings,
  lines: ResultLine[],
  t: SelfTestTexts,
): string {
  const grid = resultsGrid(lines, t);
  const name = own.sheetName(t.results);
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  if (grid.length > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, grid.length - NEW_SHEET_ROWS);
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
  sheet.getRange(1, 1, 1, grid[0].length).setFontWeight('bold');
  sheet.setFrozenRows(1);
  RESULT_WIDTHS.forEach((width, i) => {
    sheet.setColumnWidth(i + 1, width);
  });
  return name;
}

/**
 * Runs the self-test in `spreadsheet`, its texts in `language`, and writes the results sheet. The
 * steps run one after another, each reporting its own failure, and the clean-up runs whatever
 * happened before it.
 */
export function selfTest(spreadsheet: Spreadsheet, language: Language): SelfTestResult {
  const t = selfTestTexts(language);
  const started = Date.now();
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const before = readBefore(spreadsheet);
  const own = new OwnThings(spreadsheet, t.prefix, before);
  const lines: ResultLine[] = [
    infoLine('environment', t.checks.locale, locale),
    infoLine('environment', t.checks.timeZone, timeZone),
    infoLine('environment', t.checks.language, language),
    infoLine(
      'environment',
      t.checks.started,
      Utilities.formatDate(new Date(started), timeZone, 'yyyy-MM-dd HH:mm:ss'),
    ),
  ];
  let probeSheets = 0;
  const probes: ProbeContext = {
    spreadsheet,
    sheet: () => own.sheet(String(++probeSheets)),
    adopt: (sheet) => own.adopt(sheet),
    name: () => own.rangeName(),
    taken: (name) => own.taken(name),
    locale,
    timeZone,
    t,
  };
  try {
    lines.push(...probeLines(probes, Object.keys(PROBES)));
    functionsStep(spreadsheet, own, language, lines);
    const applied = buildStep(spreadsheet, own, language, locale, lines);
    if (applied) importStep(spreadsheet, applied, language, lines);
  } catch (error) {
    lines.push(errorLine('environment', t.checks.error, error));
  }
  lines.push(...own.removeAll(t));
  try {
    const after = readBefore(spreadsheet);
    lines.push(asBefore(t.checks.sheetsAsBefore, before.sheets, after.sheets));
    lines.push(asBefore(t.checks.namesAsBefore, before.names, after.names));
  } catch (error) {
    lines.push(errorLine('cleanup', t.checks.sheetsAsBefore, error));
  }
  lines.push(infoLine('environment', t.checks.seconds, Math.round((Date.now() - started) / 1000)));
  const sheet = writeResults(spreadsheet, own, lines, t);
  return { sheet, lines, failed: failures(lines), total: verdicts(lines) };
}

/**
 * Menu handler (where the self-test is switched on): runs the self-test in the active spreadsheet
 * under the document lock, then says how it went and where the results are.
 */
export function runSelfTest(): void {
  const language = userLanguage();
  const t = selfTestTexts(language);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error(t.noSpreadsheet);
  const result = withDocumentLock(() => selfTest(spreadsheet, language));
  const message = fill(t.done.message, { failed: result.failed, total: result.total, sheet: result.sheet });
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert(t.done.title, message, ui.ButtonSet.OK);
  } catch {
    // No dialog can be shown outside the spreadsheet's window (a run from the script editor);
    // the results sheet says everything the dialog would.
  }
}
