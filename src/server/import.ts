/**
 * Importing contacts into the Contacts log (SPEC section 7) against the Spreadsheet service: open
 * the dialog (dist/ImportDialog.html), tell it where contacts go and what is already there, make a
 * Contacts sheet when there is none, and append each batch the dialog sends. Every row is checked
 * again here by the same pure code the dialog previews with (src/import); the browser is not trusted.
 *
 * Service calls per batch (the recording fake holds them to a budget in test/server/import.test.ts):
 * the lock; finding the log (one getRangeByName, at most three getSheetByName); one getValues of the
 * header row (a sheet of another layout is refused); getLastRow, one
 * getValues of the identity columns, one getValues of the rows below the last named row when there
 * are any (the wizard's empty rows hold checkboxes and formulas); getMaxRows; one getFormulas of the
 * Follow up column; ONE setValues of the new rows' rectangle. Only a batch that passes the log's
 * prepared rows also inserts rows (once) and widens the 15 Log* named ranges (twice 15 calls), and
 * it widens them to twice the rows in use, so 30,000 rows widen them about four times.
 *
 * Why 30,000 rows fit in a minute of Apps Script time: they are 15 batches of 2,000, each at most
 * 23 calls (the test's budget), plus 30 calls for each of about four widenings: under 470 calls, most
 * of them lookups and getters. The data calls move 2,000 × 16 cells written and at most 30,000 × 3
 * cells read per batch; Google's measurement of batched writes (PLATFORM.md: a 100 × 100 block in
 * about 1 s) puts each batch's write at 1–3 s and its reads below that, so 15 batches take roughly
 * 20–45 s, each call far inside the 6-minute limit.
 *
 * Rows past the ones the wizard prepared get the Follow up formula and the named ranges, but not
 * the prepared rows' number formats and dropdowns (dates stay readable: ISO text is a date).
 */
import { messages } from '../i18n';
import { LANGUAGES, type Language } from '../i18n/languages';
import { checkRows, DuplicateIndex, type LogCell, toLogCells } from '../import/check';
import { type ImportBatch, type ImportContext, type ImportResult, MAX_BATCH_ROWS } from '../import/contract';
import { shiftFormulaRows } from '../import/formulaRows';
import { recognizeHeader } from '../import/header';
import { fill, IMPORT_MESSAGES, type ImportMessages, problemText } from '../import/i18n';
import { stageLabel } from '../import/values';
import { applyPlan } from '../sheets/applyPlan';
import {
  LOG_COLUMNS,
  LOG_FIRST_ROW,
  LOG_ROWS,
  logColumnIndex,
  logRange,
  STAGES,
  type StageKey,
} from '../workbook/contactsLog';
import { currencyForLocale, defaultAnswers } from '../workbook/defaults';
import type { WorkbookPlan } from '../workbook/plan';
import { contactsLogPlan } from '../workbook/planWorkbook';
import { userLanguage } from './language';
import { withDocumentLock } from './lock';

export type { ImportBatch, ImportContext, ImportResult };

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The named range over the log's Name column: how a renamed Contacts sheet is still found. */
const NAME_RANGE = logRange('name');

/** The identity columns (name, company, email or profile) as one span of sheet columns. */
const IDENTITY = ['name', 'company', 'contact'] as const;
const IDENTITY_FIRST = Math.min(...IDENTITY.map(logColumnIndex));
const IDENTITY_WIDTH = Math.max(...IDENTITY.map(logColumnIndex)) - IDENTITY_FIRST + 1;
const FOLLOW_UP = logColumnIndex('followUp');

/** The Contacts log found in a spreadsheet, and the language its labels are in. */
export interface ContactsLog {
  sheet: Sheet;
  language: Language;
  /** The last row the Log* named ranges cover; 0 when the log has none. */
  preparedTo: number;
}

/** The language whose Contacts sheet name `name` is ("Contacts (2)" counts as "Contacts"). */
function sheetLanguage(name: string): Language | null {
  const base = name.replace(/ \(\d+\)$/, '');
  return LANGUAGES.find((l) => messages(l).workbook.sheets.contacts === base) ?? null;
}

/**
 * The Contacts log: the sheet of the `LogName` named range, else a sheet named Contacts in any of
 * the three languages; null when there is neither.
 */
export function findContactsLog(spreadsheet: Spreadsheet, fallback: Language): ContactsLog | null {
  const named = NAME_RANGE ? spreadsheet.getRangeByName(NAME_RANGE) : null;
  if (named) {
    const sheet = named.getSheet();
    const preparedTo = named.getRow() + named.getNumRows() - 1;
    return { sheet, language: sheetLanguage(sheet.getName()) ?? fallback, preparedTo };
  }
  for (const language of LANGUAGES) {
    const sheet = spreadsheet.getSheetByName(messages(language).workbook.sheets.contacts);
    if (sheet) return { sheet, language, preparedTo: 0 };
  }
  return null;
}

/**
 * Refuses a sheet whose header row is not the log's columns in its language (a Contacts sheet of
 * another layout, say one made by hand or by an older version): appending in LOG_COLUMNS order
 * would put values under the wrong headers. One read of the header row.
 */
export function checkLayout(log: ContactsLog, t: ImportMessages): void {
  const header = log.sheet.getRange(1, 1, 1, LOG_COLUMNS.length).getValues()[0];
  const labels = messages(log.language).workbook.contacts;
  const same = LOG_COLUMNS.every((c, i) => String(header[i] ?? '').trim() === labels[c.key]);
  if (!same)
    throw new Error(
      fill(t.errors.otherLayout, {
        sheet: log.sheet.getName(),
        columns: LOG_COLUMNS.map((c) => labels[c.key]).join(', '),
      }),
    );
}

/** What the log holds: the identity of each row, and the last row with anything typed in it. */
export interface LogState {
  identities: unknown[][];
  lastFilled: number;
}

const blank = (v: unknown) => v === '' || v === null || v === undefined;

/**
 * Reads the log once: the identity columns of every row, then (only when there are rows below the
 * last one with a name, company or contact) those rows whole, to find the last row holding any
 * input. The computed Follow up column and unticked checkboxes do not count as filled.
 */
export function readLog(sheet: Sheet): LogState {
  const last = sheet.getLastRow();
  if (last < LOG_FIRST_ROW) return { identities: [], lastFilled: LOG_FIRST_ROW - 1 };
  const identities = sheet
    .getRange(LOG_FIRST_ROW, IDENTITY_FIRST, last - LOG_FIRST_ROW + 1, IDENTITY_WIDTH)
    .getValues();
  let lastFilled = LOG_FIRST_ROW - 1;
  for (let i = identities.length - 1; i >= 0; i--) {
    if (!identities[i].every(blank)) {
      lastFilled = LOG_FIRST_ROW + i;
      break;
    }
  }
  if (lastFilled < last) {
    const below = sheet.getRange(lastFilled + 1, 1, last - lastFilled, LOG_COLUMNS.length).getValues();
    const base = lastFilled + 1;
    below.forEach((row, i) => {
      const filled = row.some((v, c) => {
        const kind = LOG_COLUMNS[c].kind;
        return kind !== 'followUp' && !blank(v) && !(kind === 'checkbox' && v === false);
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
 * Writes the Follow up column's formula into `cells` (the new rows from `start`): the formula the
 * row already holds (the wizard prepares it in its empty rows), else the nearest one above copied
 * down as a paste would; empty when the column holds no formula at all.
 */
function withFollowUp(sheet: Sheet, start: number, cells: LogCell[][]): void {
  const from = Math.max(LOG_FIRST_ROW, start - 1);
  const formulas = sheet.getRange(from, FOLLOW_UP, start + cells.length - from, 1).getFormulas();
  let template: { formula: string; row: number } | null = null;
  formulas.forEach(([formula], i) => {
    const row = from + i;
    if (formula !== '') template = { formula, row };
    if (row < start) return;
    const own =
      formula !== '' ? formula : template ? shiftFormulaRows(template.formula, row - template.row) : null;
    cells[row - start][FOLLOW_UP - 1] = own;
  });
}

/** Rows the log is widened to when a batch passes its prepared rows: twice what is in use, at least LOG_ROWS more. */
function roomFor(lastRow: number): number {
  return lastRow + Math.max(LOG_ROWS, lastRow);
}

/** Makes room below the log for rows up to `lastRow`: grid rows, and the Log* named ranges. */
function makeRoom(spreadsheet: Spreadsheet, log: ContactsLog, lastRow: number): void {
  const sheet = log.sheet;
  const maxRows = sheet.getMaxRows();
  const target = roomFor(lastRow);
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, target - maxRows);
  if (log.preparedTo === 0 || lastRow <= log.preparedTo) return;
  const end = lastRow > maxRows ? target : Math.min(target, maxRows);
  // Each Log* range is its column's data rows (contract 4), so it is set without reading it first.
  for (const column of LOG_COLUMNS) {
    if (!column.namedRange) continue;
    const range = sheet.getRange(LOG_FIRST_ROW, logColumnIndex(column.key), end - LOG_FIRST_ROW + 1, 1);
    spreadsheet.setNamedRange(column.namedRange, range);
  }
}

/**
 * Appends one batch to the log of `spreadsheet`: checks every row against the log (which holds the
 * earlier batches) and the rows before it, writes the rows kept below the last filled row in one
 * setValues, and answers the counts with each problem worded in `language`.
 */
export function importBatch(spreadsheet: Spreadsheet, batch: unknown, language: Language): ImportResult {
  const t = IMPORT_MESSAGES[language];
  const b = readBatch(batch, t);
  const map = recognizeHeader(b.header);
  if (!map) throw new Error(t.errors.badHeader);
  if (map.source !== b.source)
    throw new Error(fill(t.errors.wrongSource, { said: b.source, found: map.source }));
  const log = findContactsLog(spreadsheet, language);
  if (!log) throw new Error(t.errors.noSheet);
  checkLayout(log, t);
  const state = readLog(log.sheet);
  const checked = checkRows(map, b.header, b.rows, b.lines, DuplicateIndex.of(state.identities));
  const problems = checked.problems.map((p) => ({ line: p.line, message: problemText(t, p) }));
  const n = checked.rows.length;
  if (n > 0) {
    const labels = stageLabels(log.language);
    const cells = checked.rows.map((row) => toLogCells(row, labels));
    const start = state.lastFilled + 1;
    makeRoom(spreadsheet, log, start + n - 1);
    withFollowUp(log.sheet, start, cells);
    log.sheet.getRange(start, 1, n, LOG_COLUMNS.length).setValues(cells);
  }
  return { added: n, duplicates: checked.duplicates, problems };
}

/** What the dialog needs when it opens, for `spreadsheet`. */
export function importContext(spreadsheet: Spreadsheet, language: Language): ImportContext {
  const log = findContactsLog(spreadsheet, language);
  if (!log) return { language, sheet: null, existing: [] };
  checkLayout(log, IMPORT_MESSAGES[language]);
  const { identities, lastFilled } = readLog(log.sheet);
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
    if (findContactsLog(spreadsheet, language)) return;
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
