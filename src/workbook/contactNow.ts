/**
 * Who to contact now (SPEC section 10): the contacts of a Contacts log that are due or overdue
 * today, most urgent first, read from the log's cells as one rectangle of values. Pure: the
 * server (src/server/contactNow.ts) reads the cells and the dates; this module ranks them.
 *
 * Decisions the SPEC leaves open:
 * - "Now" is today in the spreadsheet's time zone, not the Summary's AsOfDate: a person who sets
 *   AsOfDate back to report on a past month still sees whom to call today. The rule is the Follow
 *   up column's: a contact not Lost is due when more than its interval has passed since the later
 *   of Date met and Last interaction (or it has neither date), overdue past twice its interval.
 * - Order: priority = (days since the later date − interval) / interval, highest first; equal
 *   priorities put more days past due first, then the earlier log row; contacts with neither date
 *   come last, in log order. At most CONTACT_NOW_LIMIT are listed; `due` counts them all.
 * - A row is a contact when its Name is filled (trimmed), as everywhere in the workbook. A
 *   Keep in touch (days) cell that holds no positive number, and a log without that column (the
 *   earlier layouts), use the Summary's KeepInTouchDays.
 */
import { messages } from '../i18n';
import type { LogColumnKey } from './contactsLog';
import type { LogLayout } from './logLayout';

/** Most contacts the panel lists. */
export const CONTACT_NOW_LIMIT = 20;

/** The log columns the list reads: one rectangle spanning them is read, whatever lies between. */
export const CONTACT_NOW_COLUMNS = [
  'name',
  'company',
  'stage',
  'dateMet',
  'lastInteraction',
  'interactions',
  'keepInTouch',
] as const satisfies readonly LogColumnKey[];

/** One contact to get in touch with, as the panel shows it. */
export interface ContactToTouch {
  /** The sheet row (1-based) of the contact in the log. */
  row: number;
  name: string;
  company: string;
  /** The stage as the log spells it; empty when none. */
  stage: string;
  /** Days past the contact's next touch; null when it has neither date. */
  daysPastDue: number | null;
  /** More than twice its interval since the later date. */
  overdue: boolean;
}

/** The list the panel shows. */
export interface ContactNowList {
  /** The most urgent contacts, at most CONTACT_NOW_LIMIT. */
  contacts: ContactToTouch[];
  /** How many contacts are due or overdue in all. */
  due: number;
  /** Today, as the list measured it: "YYYY-MM-DD". */
  today: string;
}

/** The columns of the log to read: from `first` to `last` (1-based sheet columns). */
export function contactNowSpan(layout: LogLayout): { first: number; last: number } {
  const at = CONTACT_NOW_COLUMNS.flatMap((key) => {
    const column = layout.columns[key];
    return column === undefined ? [] : [column];
  });
  return { first: Math.min(...at), last: Math.max(...at) };
}

const DAY_MS = 86_400_000;

/** The day number (days since 1970-01-01) of "YYYY-MM-DD". */
export function isoDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Days between a spreadsheet's day 0 (1899-12-30) and 1970-01-01. */
const SERIAL_EPOCH = 25_569;

/**
 * The calendar day of a date cell as `Range.getValues` hands it: a Date at midnight in the
 * spreadsheet's time zone, whose offset from UTC is `offsetMinutes` (rounding absorbs an hour of
 * daylight saving time between that date and today), or a serial number of a cell without a date
 * format. Null for an empty cell or text.
 */
export function dayOf(value: unknown, offsetMinutes: number): number | null {
  // Not `instanceof Date`: a Date made in another realm (the stand-in beside a bundle run in a
  // node:vm context, as the preview runs it) is a Date all the same.
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const t = (value as Date).getTime();
    return Number.isFinite(t) ? Math.round((t + offsetMinutes * 60_000) / DAY_MS) : null;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return Math.floor(value) - SERIAL_EPOCH;
  return null;
}

/** What the ranking needs besides the cells. */
export interface ContactNowOptions {
  /** Today in the spreadsheet's time zone, "YYYY-MM-DD". */
  today: string;
  /** The spreadsheet's offset from UTC today, in minutes (+180 for Moscow). */
  offsetMinutes: number;
  /** The Summary's KeepInTouchDays (90 without a Summary). */
  keepInTouchDays: number;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * The contacts to get in touch with, most urgent first: `values` are the log's rows from its first
 * data row (`firstRow`), each the cells of the sheet columns contactNowSpan(layout) gives.
 */
export function contactsToTouch(
  values: readonly (readonly unknown[])[],
  layout: LogLayout,
  firstRow: number,
  options: ContactNowOptions,
): ContactNowList {
  const { first } = contactNowSpan(layout);
  const cell = (line: readonly unknown[], key: (typeof CONTACT_NOW_COLUMNS)[number]) => {
    const column = layout.columns[key];
    return column === undefined ? '' : line[column - first];
  };
  const lost = messages(layout.language).workbook.contacts.stages.lost.toLowerCase();
  const today = isoDay(options.today);
  const ranked: Array<ContactToTouch & { priority: number | null }> = [];
  values.forEach((line, i) => {
    const name = text(cell(line, 'name'));
    const stage = text(cell(line, 'stage'));
    if (name === '' || stage.toLowerCase() === lost) return;
    const own = cell(line, 'keepInTouch');
    const interval = typeof own === 'number' && own > 0 ? own : options.keepInTouchDays;
    const dates = [cell(line, 'dateMet'), cell(line, 'lastInteraction')]
      .map((v) => dayOf(v, options.offsetMinutes))
      .filter((d): d is number => d !== null);
    const row = firstRow + i;
    const company = text(cell(line, 'company'));
    if (dates.length === 0) {
      ranked.push({ row, name, company, stage, daysPastDue: null, overdue: false, priority: null });
      return;
    }
    const since = today - Math.max(...dates);
    if (since <= interval) return;
    const daysPastDue = since - interval;
    ranked.push({
      row,
      name,
      company,
      stage,
      daysPastDue,
      overdue: since > 2 * interval,
      priority: daysPastDue / interval,
    });
  });
  ranked.sort((a, b) => {
    if (a.priority === null || b.priority === null)
      return a.priority === b.priority ? a.row - b.row : a.priority === null ? 1 : -1;
    return b.priority - a.priority || (b.daysPastDue ?? 0) - (a.daysPastDue ?? 0) || a.row - b.row;
  });
  const contacts = ranked.slice(0, CONTACT_NOW_LIMIT).map(({ priority: _priority, ...contact }) => contact);
  return { contacts, due: ranked.length, today: options.today };
}
