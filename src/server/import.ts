/**
 * Importing contacts into the Contacts log (SPEC section 7) against the Spreadsheet service: open
 * the dialog (dist/ImportDialog.html), tell it where contacts go and what is already there, make a
 * Contacts sheet when there is none, and append each batch the dialog sends. Every row is checked
 * again here by the same pure code the dialog previews with (src/import); the browser is not trusted.
 *
 * Service calls per batch (the recording fake holds them to a budget in test/server/import.test.ts):
 * the lock and the user's language; finding the log (one getRangeByName and four getters, else at
 * most three getSheetByName); getLastColumn and one getValues of the header row, whose labels
 * place the log's columns (src/workbook/logLayout.ts: a log of the earlier 16-column layout is read
 * as it is; a sheet whose header lacks a log's column is refused); getLastRow, one getValues of the
 * identity columns, one getValues of the rows below the last filled one when there are any
 * (prepared rows hold formulas and checkboxes); getMaxRows; one getFormulas of the new rows (the
 * computed columns' formulas, and any in a person's own column, are kept); ONE setValues of the new
 * rows' rectangle: 23 calls. A batch whose rows pass the log's prepared rows also prepares rows
 * (makeRoom): one insertRowsAfter, the last prepared row's validations, number formats,
 * backgrounds and formulas read, the highlight and the unprotected inputs read and stretched, one
 * getRangeList for every handle, one call per rule and per run of equal formats, one setValues of
 * formulas per computed column, and getName and setRange per Log* name: 96 calls for the wizard's
 * 22-column log (81 before section 10's Keep in touch, Next touch and Owner and its overdue
 * format). Room is made for two batches ahead, so 30,000 rows prepare rows five times: 15 × 23 +
 * 5 × 96 = 825 calls and a few reads more; test/server/importBudget.test.ts counts 827 (the first
 * batch reads the prepared rows below the log's last filled one).
 *
 * Why 30,000 rows fit in a minute of Apps Script time: the calls are few and most are getters; the
 * time goes to the cells moved. The 15 writes put 30,000 × 22 cells; the reads take the identity
 * columns (at most 30,000 × 3 cells in the last batch, 0.7 million over all 15), the formulas of
 * the new rows (2,000 × 22 a batch) and the empty prepared rows below the last filled one (at most
 * 4,000 × 22 a batch); preparing writes one value per column run, whatever the rows, and 33,000
 * Introduced revenue, Next touch and Follow up formulas each in all. Google's measurement of
 * batched writes (PLATFORM.md: a 100 × 100 block in about 1 s, whole script included) bounds the
 * writes at about 1 s per 10,000 cells: about 76 s for the 0.76 million cells written if every
 * write were as slow as that whole script (it was under 50 s for the 16-column log, before Met at,
 * Introduced by and Introduced revenue); writes alone are faster than a whole script, reads and
 * single-value calls cheaper still, so a minute is likely but no longer shown by this bound alone;
 * each call stays far inside the 6-minute limit of one execution.
 *
 * Dates are written as ISO text (2024-03-15), which Sheets reads as that calendar day in every
 * locale, rather than as Date objects, which Apps Script turns into an instant in the script's time
 * zone and Sheets shows in the spreadsheet's (another day, or a time, when the two differ).
 */

import { columnLetters } from '../formula/a1';
import { messages } from '../i18n';
import { LANGUAGES, type Language } from '../i18n/languages';
import { checkRows, DuplicateIndex, type LogCell, toLogCells } from '../import/check';
import { type ImportBatch, type ImportContext, type ImportResult, MAX_BATCH_ROWS } from '../import/contract';
import { shiftFormulaRows } from '../import/formulaRows';
import { recognizeHeader } from '../import/header';
import { fill, IMPORT_MESSAGES, type ImportMessages, problemText } from '../import/i18n';
import { logColumnOfName, preparedEnd, stretchedA1 } from '../import/logRows';
import { stageLabel } from '../import/values';
import { applyPlan } from '../sheets/applyPlan';
import { runs } from '../workbook/cells';
import { LOG_COLUMNS, LOG_FIRST_ROW, logRange, STAGES, type StageKey } from '../workbook/contactsLog';
import { currencyForLocale, defaultAnswers } from '../workbook/defaults';
import { type LogLayout, readLogLayout, requiredLabels } from '../workbook/logLayout';
import type { WorkbookPlan } from '../workbook/plan';
import { contactsLogPlan } from '../workbook/planWorkbook';
import { userLanguage } from './language';
import { withDocumentLock } from './lock';

export type { ImportBatch, ImportContext, ImportResult };

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The named range over the log's Name column: how a renamed Contacts sheet is still found. */
const NAME_RANGE = logRange('name');

/** The identity columns (name, company, email or profile), compared to find duplicates. */
const IDENTITY = ['name', 'company', 'contact'] as const;

/** A Contacts sheet found in a spreadsheet, before its header is read. */
interface LogSheet {
  sheet: Sheet;
  /** The language its sheet's name is in: the first the header is read in. */
  language: Language;
  /** The last row the Log* named ranges cover; 0 when the log has none. */
  preparedTo: number;
}

/** The Contacts log found in a spreadsheet, and where its header puts its columns. */
export interface ContactsLog extends LogSheet {
  layout: LogLayout;
}

/** The language whose Contacts sheet name `name` is ("Contacts (2)" counts as "Contacts"). */
function sheetLanguage(name: string): Language | null {
  const base = name.replace(/ \(\d+\)$/, '');
  return LANGUAGES.find((l) => messages(l).workbook.sheets.contacts === base) ?? null;
}

/**
 * The Contacts sheet: the sheet of the `LogName` named range, else a sheet named Contacts in any of
 * the three languages; null when there is neither. Given `logName` (the self-test's log, whose
 * name may carry a suffix beside a person's workbook: `LogName_2`), only that named range's sheet.
 */
function findLogSheet(spreadsheet: Spreadsheet, fallback: Language, logName?: string): LogSheet | null {
  const name = logName ?? NAME_RANGE;
  const named = name ? spreadsheet.getRangeByName(name) : null;
  if (named) {
    const sheet = named.getSheet();
    const preparedTo = named.getRow() + named.getNumRows() - 1;
    return { sheet, language: sheetLanguage(sheet.getName()) ?? fallback, preparedTo };
  }
  if (logName !== undefined) return null;
  for (const language of LANGUAGES) {
    const sheet = spreadsheet.getSheetByName(messages(language).workbook.sheets.contacts);
    if (sheet) return { sheet, language, preparedTo: 0 };
  }
  return null;
}

/**
 * The Contacts log of `spreadsheet` with its columns found by their header labels (SPEC section 9:
 * a log of the earlier 16-column layout, or with a person's columns among the log's, is read as it
 * is); null when there is no Contacts sheet. Refuses, with the sentence naming the columns a log
 * needs, a sheet whose header lacks one of them (a Contacts sheet made by hand): appending to it
 * would put values under the wrong headers. One read of the header row, as wide as the sheet's
 * last column with anything in it.
 */
export function findContactsLog(
  spreadsheet: Spreadsheet,
  fallback: Language,
  t: ImportMessages,
  logName?: string,
): ContactsLog | null {
  const found = findLogSheet(spreadsheet, fallback, logName);
  if (!found) return null;
  const width = Math.max(1, found.sheet.getLastColumn());
  const header = found.sheet.getRange(1, 1, 1, width).getValues()[0];
  const layout = readLogLayout(header, found.language);
  if (!layout)
    throw new Error(
      fill(t.errors.otherLayout, {
        sheet: found.sheet.getName(),
        columns: requiredLabels(found.language).join(', '),
      }),
    );
  return { ...found, layout };
}

/** What the log holds: the identity of each row, and the last row with anything typed in it. */
export interface LogState {
  identities: unknown[][];
  lastFilled: number;
}

const blank = (v: unknown) => v === '' || v === null || v === undefined;

/** The log's column at each sheet column up to the log's last (undefined for a person's own). */
function columnsByIndex(layout: LogLayout): Array<(typeof LOG_COLUMNS)[number] | undefined> {
  const out: Array<(typeof LOG_COLUMNS)[number] | undefined> = Array(layout.width).fill(undefined);
  for (const column of LOG_COLUMNS) {
    const at = layout.columns[column.key];
    if (at !== undefined) out[at - 1] = column;
  }
  return out;
}

/**
 * Reads the log once: its identity columns (name, company, email or profile, as one span of the
 * columns between them) of every row, then (only when there are rows below the last one with a
 * name, company or contact) those rows whole, to find the last row holding any input. Computed
 * columns and unticked checkboxes do not count as filled; a person's own column does.
 */
export function readLog(log: ContactsLog): LogState {
  const { sheet, layout } = log;
  const last = sheet.getLastRow();
  if (last < LOG_FIRST_ROW) return { identities: [], lastFilled: LOG_FIRST_ROW - 1 };
  const at = IDENTITY.map((key) => layout.columns[key] as number);
  const first = Math.min(...at);
  const span = sheet
    .getRange(LOG_FIRST_ROW, first, last - LOG_FIRST_ROW + 1, Math.max(...at) - first + 1)
    .getValues();
  const identities = span.map((row) => at.map((c) => row[c - first]));
  let lastFilled = LOG_FIRST_ROW - 1;
  for (let i = identities.length - 1; i >= 0; i--) {
    if (!identities[i].every(blank)) {
      lastFilled = LOG_FIRST_ROW + i;
      break;
    }
  }
  if (lastFilled < last) {
    const below = sheet.getRange(lastFilled + 1, 1, last - lastFilled, layout.width).getValues();
    const columns = columnsByIndex(layout);
    const base = lastFilled + 1;
    below.forEach((row, i) => {
      const filled = row.some((v, c) => {
        const column = columns[c];
        if (column && 'computed' in column) return false;
        return !blank(v) && !(column?.kind === 'checkbox' && v === false);
      });
      if (filled) lastFilled = base + i;
    });
  }
  return { identities, lastFilled };
}

function stageLabels(language: Language): Record<StageKey, string> {
  return Object.fromEntries(STAGES.map((k) => [k, stageLabel(language, k)])) as Record<StageKey, string>;
}

/** Reads and checks the batch's shape; throws the sentence to show when it is not a batch. */
function readBatch(
  batch: unknown,
  t: ImportMessages,
): Required<Pick<ImportBatch, 'source' | 'header' | 'rows' | 'lines'>> {
  const b = batch as ImportBatch;
  const texts = (a: unknown) => Array.isArray(a) && a.every((c) => typeof c === 'string');
  if (
    typeof b !== 'object' ||
    b === null ||
    (b.source !== 'linkedin' && b.source !== 'csv') ||
    !texts(b.header) ||
    !Array.isArray(b.rows) ||
    !b.rows.every(texts)
  )
    throw new Error(t.errors.badBatch);
  if (b.rows.length > MAX_BATCH_ROWS)
    throw new Error(fill(t.errors.tooMany, { n: b.rows.length, max: MAX_BATCH_ROWS }));
  const first = Number.isInteger(b.firstLine) && (b.firstLine as number) > 0 ? (b.firstLine as number) : 2;
  const lines =
    Array.isArray(b.lines) &&
    b.lines.length === b.rows.length &&
    b.lines.every((n) => Number.isInteger(n) && n > 0)
      ? b.lines
      : b.rows.map((_, i) => first + i);
  return { source: b.source, header: b.header, rows: b.rows, lines };
}

/**
 * Keeps the formulas of the new rows' columns the import does not fill (`cells`, the new rows from
 * `start`, its input columns set): in each computed column (Follow up, Introduced revenue) the
 * formula the row already holds (the wizard prepares them in its empty rows), else the nearest one
 * above copied down as a paste would, or nothing when the column holds no formula at all; in a
 * person's own column, the formula the row holds. One read of the rows' formulas, the row above
 * included.
 */
function withFormulas(log: ContactsLog, start: number, cells: LogCell[][]): void {
  const from = Math.max(LOG_FIRST_ROW, start - 1);
  const width = log.layout.width;
  const formulas = log.sheet.getRange(from, 1, start + cells.length - from, width).getFormulas();
  columnsByIndex(log.layout).forEach((column, c) => {
    if (column && !('computed' in column)) return;
    let template: { formula: string; row: number } | null = null;
    formulas.forEach((line, i) => {
      const formula = line[c];
      const row = from + i;
      if (formula !== '') template = { formula, row };
      if (row < start) return;
      const copied = column && template ? shiftFormulaRows(template.formula, row - template.row) : null;
      cells[row - start][c] = formula !== '' ? formula : copied;
    });
  });
}

/**
 * Makes room below the log for rows up to `lastRow`. The grid grows first (a sheet has the rows it
 * was given, and a write past them fails). When the rows pass the log's prepared rows, the rows
 * up to `preparedEnd(lastRow)` are prepared as the wizard prepared its own: the last prepared
 * row's data validations (dropdowns, checkboxes, dates, bounds), number formats and backgrounds
 * and its formulas (Follow up, copied down as a paste would) go to every new row; the conditional
 * formats and unprotected input ranges that end at the prepared rows' last row, and the Log* named
 * ranges (with NamedRange.setRange), stretch down to the new last row. Everything is read before
 * anything is written (a read after a write waits for the write), and the range handles come in
 * one getRangeList. A log without named ranges (found by its sheet name) only grows its grid.
 */
function makeRoom(log: ContactsLog, lastRow: number): void {
  const sheet = log.sheet;
  const passes = log.preparedTo > 0 && lastRow > log.preparedTo;
  const end = passes ? preparedEnd(lastRow) : lastRow;
  const maxRows = sheet.getMaxRows();
  if (end > maxRows) sheet.insertRowsAfter(maxRows, end - maxRows);
  if (passes) prepareRows(log, log.preparedTo, end);
}

/** Prepares rows `from + 1` … `end` of the log like row `from`, its last prepared row (see makeRoom). */
function prepareRows(log: ContactsLog, from: number, end: number): void {
  const { sheet, layout } = log;
  const width = layout.width;
  const count = end - from;
  // Reads.
  const template = sheet.getRange(from, 1, 1, width);
  const validations = template.getDataValidations()[0];
  const numberFormats = template.getNumberFormats()[0];
  const backgrounds = template.getBackgrounds()[0];
  const formulas = template.getFormulas()[0];
  const rules = sheet.getConditionalFormatRules();
  const ruleRanges = rules.map((rule) => rule.getRanges().map((range) => range.getA1Notation()));
  const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? null;
  const unprotected = protection ? protection.getUnprotectedRanges().map((r) => r.getA1Notation()) : [];
  const named = sheet.getNamedRanges().flatMap((n) => {
    const column = logColumnOfName(n.getName());
    const at = column ? layout.columns[column.key] : undefined;
    return at !== undefined ? [{ named: n, at }] : [];
  });

  // Every range handle the writes need, in one call.
  const a1s: string[] = [];
  const handle = (a1: string) => a1s.push(a1) - 1;
  const rows = (column: number, last = column) =>
    `${columnLetters(column)}${from + 1}:${columnLetters(last)}${end}`;
  // One value over each run of neighbouring columns (or each column) rather than a grid of values
  // per cell: the size of a call then does not grow with the rows prepared.
  const formatRuns = runs(numberFormats, (f) => f, 1).map(([first, last, format]) => ({
    format,
    at: handle(rows(first, last)),
  }));
  const backgroundRuns = runs(backgrounds, (b) => b, 1).map(([first, last, color]) => ({
    color,
    at: handle(rows(first, last)),
  }));
  const validated = validations.flatMap((rule, i) =>
    rule === null ? [] : [{ rule, at: handle(rows(i + 1)) }],
  );
  const formulaColumns = formulas.flatMap((f, i) =>
    f === '' ? [] : [{ formula: f, at: handle(rows(i + 1)) }],
  );
  const stretch = (a1: string) => stretchedA1(a1, from, end);
  const ruleHandles = ruleRanges.map((ranges) =>
    ranges.some((a1) => stretch(a1) !== null) ? ranges.map((a1) => handle(stretch(a1) ?? a1)) : null,
  );
  const unprotectedHandles = unprotected.some((a1) => stretch(a1) !== null)
    ? unprotected.map((a1) => handle(stretch(a1) ?? a1))
    : null;
  const namedHandles = named.map(({ at }) =>
    handle(`${columnLetters(at)}${LOG_FIRST_ROW}:${columnLetters(at)}${end}`),
  );
  const ranges = sheet.getRangeList(a1s).getRanges();

  // Writes.
  for (const { rule, at } of validated) ranges[at].setDataValidation(rule);
  for (const { format, at } of formatRuns) ranges[at].setNumberFormat(format);
  for (const { color, at } of backgroundRuns) ranges[at].setBackground(color);
  for (const { formula, at } of formulaColumns) {
    // setValues reads a text starting with = as a formula, as the data write below does.
    ranges[at].setValues(Array.from({ length: count }, (_, k) => [shiftFormulaRows(formula, k + 1) ?? '']));
  }
  if (ruleHandles.some((h) => h !== null)) {
    const stretched = rules.map((rule, i) => {
      const handles = ruleHandles[i];
      return handles === null
        ? rule
        : rule
            .copy()
            .setRanges(handles.map((h) => ranges[h]))
            .build();
    });
    sheet.setConditionalFormatRules(stretched);
  }
  if (protection && unprotectedHandles)
    protection.setUnprotectedRanges(unprotectedHandles.map((h) => ranges[h]));
  named.forEach(({ named: n }, i) => {
    n.setRange(ranges[namedHandles[i]]);
  });
}

/**
 * Appends one batch to the log of `spreadsheet` (the log of the named range `logName` when given):
 * checks every row against the log (which holds the earlier batches) and the rows before it,
 * writes the rows kept below the last filled row in one setValues, and answers the counts with
 * each problem worded in `language`.
 */
export function importBatch(
  spreadsheet: Spreadsheet,
  batch: unknown,
  language: Language,
  logName?: string,
): ImportResult {
  const t = IMPORT_MESSAGES[language];
  const b = readBatch(batch, t);
  const map = recognizeHeader(b.header);
  if (!map) throw new Error(t.errors.badHeader);
  if (map.source !== b.source)
    throw new Error(fill(t.errors.wrongSource, { said: b.source, found: map.source }));
  const log = findContactsLog(spreadsheet, language, t, logName);
  if (!log) throw new Error(t.errors.noSheet);
  const state = readLog(log);
  const checked = checkRows(map, b.header, b.rows, b.lines, DuplicateIndex.of(state.identities));
  const problems = checked.problems.map((p) => ({ line: p.line, message: problemText(p, language) }));
  const n = checked.rows.length;
  if (n > 0) {
    const labels = stageLabels(log.layout.language);
    const cells = checked.rows.map((row) => toLogCells(row, labels, log.layout));
    const start = state.lastFilled + 1;
    makeRoom(log, start + n - 1);
    withFormulas(log, start, cells);
    log.sheet.getRange(start, 1, n, log.layout.width).setValues(cells);
  }
  return { added: n, duplicates: checked.duplicates, problems };
}

/** What the dialog needs when it opens, for `spreadsheet`. */
export function importContext(spreadsheet: Spreadsheet, language: Language): ImportContext {
  const log = findContactsLog(spreadsheet, language, IMPORT_MESSAGES[language]);
  if (!log) return { language, sheet: null, existing: [] };
  const { identities, lastFilled } = readLog(log);
  const existing = identities
    .slice(0, Math.max(0, lastFilled - LOG_FIRST_ROW + 1))
    .map((row) => row.map((v) => (blank(v) ? '' : String(v))));
  return { language, sheet: log.sheet.getName(), existing };
}

/**
 * The plan of a Contacts sheet alone, laid out as the wizard lays it out (the workbook's own
 * builder, through contactsLogPlan), in the user's language and the spreadsheet's currency.
 */
export function contactsSheetPlan(language: Language, locale: string): WorkbookPlan {
  const answers = defaultAnswers({ language, currency: currencyForLocale(locale), startMonth: '2000-01' });
  return contactsLogPlan(answers);
}

/** Menu handler: opens the import dialog. */
export function showImportDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('ImportDialog').setWidth(640).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, messages(userLanguage()).menu.importContacts);
}

/** Dialog call: the user's language, the Contacts sheet and the rows already in it. */
export function getImportContext(): ImportContext {
  return importContext(SpreadsheetApp.getActiveSpreadsheet(), userLanguage());
}

/** Dialog call: makes a Contacts sheet laid out as the wizard's, then answers as getImportContext. */
export function createContactsSheet(): ImportContext {
  const language = userLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  withDocumentLock(() => {
    if (findLogSheet(spreadsheet, language)) return;
    applyPlan(spreadsheet, contactsSheetPlan(language, spreadsheet.getSpreadsheetLocale()), {
      replaceExisting: false,
    });
  });
  return importContext(spreadsheet, language);
}

/** Dialog call (SPEC section 7): appends one batch of at most 2,000 rows to the Contacts log. */
export function importContacts(batch: ImportBatch): ImportResult {
  const language = userLanguage();
  return withDocumentLock(() => importBatch(SpreadsheetApp.getActiveSpreadsheet(), batch, language));
}
