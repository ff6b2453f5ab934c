/**
 * Who to contact now (SPEC section 10) against the Spreadsheet service: the menu item opens the
 * panel (dist/ContactNow.html) in the sidebar; the panel asks for the list, selects a contact's
 * row, and records a touch ("Done today"). The ranking is pure (src/workbook/contactNow.ts); this
 * adapter reads the cells and writes one.
 *
 * Service calls of one list (held in test/server/contactNow.test.ts): the user's language; the
 * log found as the import finds it (one getRangeByName and four getters; its header read with
 * getLastColumn and one getValues, so a log of an earlier layout is read by its labels); getLastRow
 * and ONE getValues of the rows, over the columns from the first to the last the list reads; the
 * Summary's KeepInTouchDays through its named range (getRangeByName, getValue; 90 when there is
 * none); the spreadsheet's time zone and one Utilities.formatDate for today and its offset from
 * UTC. Whatever the log's length: the rows arrive in one read. "Done today" reads the same way,
 * then writes once: today's date and Interactions + 1 into the row's two neighbouring cells (two
 * writes only when a person has moved those columns apart), and ranks again from what it read and
 * wrote, with no second read.
 */
import { messages } from '../i18n';
import type { Language } from '../i18n/languages';
import { IMPORT_MESSAGES } from '../import/i18n';
import {
  type ContactNowList,
  type ContactNowOptions,
  contactNowSpan,
  contactsToTouch,
} from '../workbook/contactNow';
import { COUNT_BOUNDS, LOG_FIRST_ROW } from '../workbook/contactsLog';
import { KEEP_IN_TOUCH_DAYS } from '../workbook/sheets/summaryFigures';
import { type ContactsLog, findContactsLog } from './import';
import { userLanguage } from './language';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the panel shows: its language, and the list (null when the spreadsheet has no Contacts log). */
export interface ContactNowState {
  language: Language;
  list: ContactNowList | null;
}

/** A contact the panel names: its log row and the Name it showed there, checked before any change. */
export interface ContactRef {
  row: number;
  name: string;
}

/** The named range of the Summary's keep-in-touch days (SPEC section 5). */
const KEEP_NAME = 'KeepInTouchDays';

/** Opens the panel (dist/ContactNow.html) in the sidebar. */
export function showContactNow(): void {
  const title = messages(userLanguage()).contactNow.title;
  const panel = HtmlService.createHtmlOutputFromFile('ContactNow').setTitle(title);
  SpreadsheetApp.getUi().showSidebar(panel);
}

/** Today in the spreadsheet's time zone and that zone's offset from UTC now, in minutes. */
function todayIn(spreadsheet: Spreadsheet): Pick<ContactNowOptions, 'today' | 'offsetMinutes'> {
  const now = new Date();
  const local = Utilities.formatDate(now, spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm:ss');
  const [date, time] = local.split(' ');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss] = time.split(':').map(Number);
  const offsetMs = Date.UTC(y, m - 1, d, hh, mm, ss) - Math.floor(now.getTime() / 1000) * 1000;
  return { today: date, offsetMinutes: Math.round(offsetMs / 60_000) };
}

/** The Summary's KeepInTouchDays when the spreadsheet has it and it holds a positive number, else 90. */
function keepInTouchDays(spreadsheet: Spreadsheet): number {
  const value = spreadsheet.getRangeByName(KEEP_NAME)?.getValue();
  return typeof value === 'number' && value > 0 ? value : KEEP_IN_TOUCH_DAYS;
}

/** The log, its rows as read (from LOG_FIRST_ROW, over contactNowSpan) and the options they rank with. */
interface ReadLog {
  log: ContactsLog;
  values: unknown[][];
  first: number;
  options: ContactNowOptions;
}

/** Finds the log and reads it once; null when the spreadsheet has no Contacts sheet. */
function readLog(spreadsheet: Spreadsheet, language: Language): ReadLog | null {
  const log = findContactsLog(spreadsheet, language, IMPORT_MESSAGES[language]);
  if (!log) return null;
  const { first, last } = contactNowSpan(log.layout);
  const lastRow = log.sheet.getLastRow();
  const values =
    lastRow < LOG_FIRST_ROW
      ? []
      : log.sheet.getRange(LOG_FIRST_ROW, first, lastRow - LOG_FIRST_ROW + 1, last - first + 1).getValues();
  const options = { ...todayIn(spreadsheet), keepInTouchDays: keepInTouchDays(spreadsheet) };
  return { log, values, first, options };
}

function ranked(read: ReadLog): ContactNowList {
  return contactsToTouch(read.values, read.log.layout, LOG_FIRST_ROW, read.options);
}

/** The panel's list: the contacts due or overdue today, most urgent first (at most 20). */
export function getContactsToTouch(): ContactNowState {
  const language = userLanguage();
  const read = readLog(SpreadsheetApp.getActiveSpreadsheet(), language);
  return { language, list: read ? ranked(read) : null };
}

/** The row of `ref` in what was read, refused with a sentence when its Name is no longer there. */
function rowOf(read: ReadLog, ref: ContactRef, language: Language): unknown[] {
  const line = Number.isInteger(ref?.row) ? read.values[ref.row - LOG_FIRST_ROW] : undefined;
  const nameAt = read.log.layout.columns.name as number;
  if (!line || String(line[nameAt - read.first] ?? '').trim() !== String(ref?.name ?? '').trim())
    throw new Error(messages(language).contactNow.changed);
  return line;
}

/** Selects the contact's row in the Contacts sheet (the sheet shown, the row's Name cell active). */
export function selectContactRow(ref: ContactRef): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const language = userLanguage();
  const log = findContactsLog(spreadsheet, language, IMPORT_MESSAGES[language]);
  if (!log || !Number.isInteger(ref?.row) || ref.row < LOG_FIRST_ROW)
    throw new Error(messages(language).contactNow.changed);
  log.sheet.getRange(ref.row, 1, 1, log.layout.width).activate();
}

/**
 * "Done today": today's date into the contact's Last interaction and one more Interaction (SPEC
 * section 10), written as the import writes dates (ISO text, which Sheets reads as that day in
 * every locale); the list ranked again from what was read and written.
 */
export function recordTouchToday(ref: ContactRef): ContactNowState {
  const language = userLanguage();
  const read = readLog(SpreadsheetApp.getActiveSpreadsheet(), language);
  if (!read) throw new Error(messages(language).contactNow.noLog);
  const line = rowOf(read, ref, language);
  const { columns } = read.log.layout;
  const lastAt = columns.lastInteraction as number;
  const countAt = columns.interactions as number;
  const before = line[countAt - read.first];
  const count = Math.min(COUNT_BOUNDS.max, (typeof before === 'number' ? before : 0) + 1);
  const today = read.options.today;
  const sheet = read.log.sheet;
  if (Math.abs(lastAt - countAt) === 1) {
    const cells = lastAt < countAt ? [today, count] : [count, today];
    sheet.getRange(ref.row, Math.min(lastAt, countAt), 1, 2).setValues([cells]);
  } else {
    sheet.getRange(ref.row, lastAt).setValue(today);
    sheet.getRange(ref.row, countAt).setValue(count);
  }
  // What the sheet now holds, as a date cell reads back: midnight today in the spreadsheet's zone.
  const [y, m, d] = today.split('-').map(Number);
  line[lastAt - read.first] = new Date(Date.UTC(y, m - 1, d) - read.options.offsetMinutes * 60_000);
  line[countAt - read.first] = count;
  return { language, list: ranked(read) };
}
