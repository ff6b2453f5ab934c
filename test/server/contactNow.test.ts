// Who to contact now (SPEC section 10) against the recording stand-in: the list read with one read
// of the log's rows, the order against a plain count of the rule, "Done today" with one write, and
// a log of the earlier 16-column layout left as it was but for the two cells Done today writes.

import { type FakeEnvironment, installFakes, uninstallFakes } from '../../dev/fakes/spreadsheetApp';
import { columnLetters } from '../../src/formula/a1';
import { messages } from '../../src/i18n';
import { logColumnLabel } from '../../src/import/header';
import {
  getContactsToTouch,
  recordTouchToday,
  selectContactRow,
  showContactNow,
} from '../../src/server/contactNow';
import { LOG_COLUMNS, type LogColumnKey } from '../../src/workbook/contactsLog';

let env: FakeEnvironment;
afterEach(() => {
  uninstallFakes(globalThis);
  jest.useRealTimers();
});

/** 2027-06-01 09:30 in Helsinki (UTC+3 in summer). */
const NOW = Date.UTC(2027, 5, 1, 6, 30);
const TODAY = '2027-06-01';
const DAY = 86_400_000;
const TODAY_DAY = Date.UTC(2027, 5, 1) / DAY;

type Row = Partial<Record<LogColumnKey, string | number>>;

/** ISO text of the day `days` before today (the stand-in reads it as a date, as Sheets does). */
const ago = (days: number) => new Date((TODAY_DAY - days) * DAY).toISOString().slice(0, 10);

/**
 * 64 contacts with every case: both dates, one date, neither, Lost, custom cadences (7 to 365
 * days), rows without a Name, due, overdue and not due; the same rows every run.
 */
function people(): Row[] {
  const stages = ['New', 'In touch', 'Met', 'Proposal', 'Client', 'Partner', 'Lost', ''];
  return Array.from({ length: 64 }, (_, i) => {
    const row: Row = {
      name: i % 13 === 12 ? '' : `Person ${i}`,
      company: `Co ${i % 5}`,
      interactions: i % 4,
    };
    row.stage = stages[i % stages.length];
    if (i % 6 !== 5) row.dateMet = ago(20 + ((i * 37) % 400));
    if (i % 3 === 0) row.lastInteraction = ago((i * 11) % 200);
    if (i % 5 === 0) row.keepInTouch = [7, 14, 30, 365][(i / 5) % 4];
    return row;
  });
}

/** A Contacts log with `columns` (the wizard's, or the earlier 16) holding `rows`, and a Summary's KeepInTouchDays. */
function withLog(rows: Row[], columns: ReadonlyArray<(typeof LOG_COLUMNS)[number]>, keep: number | null) {
  jest.useFakeTimers({ now: NOW, doNotFake: ['setTimeout', 'setImmediate'] });
  env = installFakes(globalThis, { timeZone: 'Europe/Helsinki', sheets: { Summary: [[keep ?? '']] } });
  const ss = env.spreadsheet;
  const sheet = ss.peekAddSheet('Contacts', undefined, { rows: rows.length + 1, columns: columns.length });
  sheet.peekWrite(1, 1, [
    columns.map((c) => logColumnLabel('en', c.key) ?? c.key),
    ...rows.map((r) => columns.map((c) => r[c.key] ?? null)),
  ]);
  columns.forEach((c, i) => {
    if (!c.namedRange) return;
    const col = columnLetters(i + 1);
    ss.setNamedRange(c.namedRange, sheet.peekRange(`${col}2:${col}${rows.length + 1}`));
  });
  if (keep !== null) ss.setNamedRange('KeepInTouchDays', ss.peekSheet('Summary')!.peekRange('A1'));
  env.resetCalls();
  return sheet;
}

/** The rule of SPEC section 10 counted directly: the due rows in order of urgency, as [row, days past due]. */
function expectedOrder(rows: Row[], keep: number): Array<[number, number | null]> {
  const day = (iso: string | number | undefined) =>
    typeof iso === 'string'
      ? Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY
      : null;
  const dated: Array<{ row: number; past: number; priority: number }> = [];
  const undated: number[] = [];
  rows.forEach((r, i) => {
    if (!r.name || r.stage === 'Lost') return;
    const interval = typeof r.keepInTouch === 'number' ? r.keepInTouch : keep;
    const dates = [day(r.dateMet), day(r.lastInteraction)].filter((d): d is number => d !== null);
    if (dates.length === 0) undated.push(i + 2);
    else {
      const past = TODAY_DAY - Math.max(...dates) - interval;
      if (past > 0) dated.push({ row: i + 2, past, priority: past / interval });
    }
  });
  dated.sort((a, b) => b.priority - a.priority || b.past - a.past || a.row - b.row);
  return [
    ...dated.map((d): [number, number | null] => [d.row, d.past]),
    ...undated.map((r): [number, null] => [r, null]),
  ];
}

const reads = () => env.calls.filter((c) => /^Range\.getValues$/.test(c.method));
const writes = () => env.calls.filter((c) => /^Range\.set(Values|Value)$/.test(c.method));

describe('getContactsToTouch', () => {
  it('lists the 20 most urgent of the wizard’s log with one read of its rows', () => {
    const rows = people();
    withLog(rows, LOG_COLUMNS, 60);
    const { language, list } = getContactsToTouch();
    expect(language).toBe('en');
    const want = expectedOrder(rows, 60);
    expect(want.length).toBeGreaterThan(20);
    expect(list!.due).toBe(want.length);
    expect(list!.contacts.map((c) => [c.row, c.daysPastDue])).toEqual(want.slice(0, 20));
    expect(list!.today).toBe(TODAY);
    const first = list!.contacts[0];
    expect([first.name, first.company]).toEqual([rows[first.row - 2].name, rows[first.row - 2].company]);
    // The header row, then the rows: two getValues, and the Summary's KeepInTouchDays one getValue.
    expect(reads().map((c) => c.args)).toHaveLength(2);
    expect(env.calls.filter((c) => c.method === 'Range.getValue')).toHaveLength(1);
    expect(writes()).toEqual([]);
  });

  it('says there is no log when the spreadsheet has none', () => {
    jest.useFakeTimers({ now: NOW, doNotFake: ['setTimeout', 'setImmediate'] });
    env = installFakes(globalThis);
    expect(getContactsToTouch()).toEqual({ language: 'en', list: null });
  });
});

describe('recordTouchToday', () => {
  it('writes today and one more interaction with one write, and returns the list without that contact', () => {
    const rows = people();
    const sheet = withLog(rows, LOG_COLUMNS, 60);
    const top = getContactsToTouch().list!.contacts[0];
    env.resetCalls();
    const after = recordTouchToday({ row: top.row, name: top.name });
    expect(writes()).toHaveLength(1);
    expect(reads()).toHaveLength(2);
    const at = (key: LogColumnKey) => LOG_COLUMNS.findIndex((c) => c.key === key) + 1;
    const last = sheet.peekRange(`${columnLetters(at('lastInteraction'))}${top.row}`).peekValues()[0][0];
    expect(Utilities.formatDate(last as Date, 'Europe/Helsinki', 'yyyy-MM-dd')).toBe(TODAY);
    expect(sheet.peekRange(`${columnLetters(at('interactions'))}${top.row}`).peekValues()[0][0]).toBe(
      ((rows[top.row - 2].interactions as number) ?? 0) + 1,
    );
    // The list as a fresh read makes it: the contact is no longer due.
    expect(after.list!.contacts.some((c) => c.row === top.row)).toBe(false);
    expect(after.list!.due).toBe(expectedOrder(rows, 60).length - 1);
    env.resetCalls();
    expect(getContactsToTouch().list).toEqual(after.list);
  });

  it('refuses a row whose Name has changed since the list was read, writing nothing', () => {
    withLog(people(), LOG_COLUMNS, 60);
    expect(() => recordTouchToday({ row: 2, name: 'Someone else' })).toThrow(
      messages('en').contactNow.changed,
    );
    expect(writes()).toEqual([]);
  });

  it('works on a log of the earlier 16-column layout and changes nothing else in it', () => {
    const old = LOG_COLUMNS.filter((c) => !('optional' in c));
    const rows = people();
    const sheet = withLog(rows, old, null);
    const before = sheet.peekGrid().map((line) => [...line]);
    const { list } = getContactsToTouch();
    // No Keep in touch column and no Summary: every contact on 90 days.
    const want = expectedOrder(
      rows.map(({ keepInTouch: _k, ...r }) => r),
      90,
    );
    expect(list!.contacts.map((c) => [c.row, c.daysPastDue])).toEqual(want.slice(0, 20));
    const top = list!.contacts[0];
    recordTouchToday({ row: top.row, name: top.name });
    const after = sheet.peekGrid();
    const changed: string[] = [];
    after.forEach((line, r) => {
      line.forEach((v, c) => {
        if (JSON.stringify(v) !== JSON.stringify(before[r][c]))
          changed.push(`${columnLetters(c + 1)}${r + 1}`);
      });
    });
    const letter = (key: LogColumnKey) => columnLetters(old.findIndex((c) => c.key === key) + 1);
    expect(changed).toEqual([
      `${letter('lastInteraction')}${top.row}`,
      `${letter('interactions')}${top.row}`,
    ]);
    expect(sheet.peekGrid()[0]).toEqual(before[0]);
  });
});

describe('selectContactRow and the panel', () => {
  it('selects the contact’s row in the Contacts sheet', () => {
    withLog(people(), LOG_COLUMNS, 60);
    selectContactRow({ row: 7, name: 'Person 5' });
    expect(env.spreadsheet.peekActiveSheet().name).toBe('Contacts');
    expect(env.spreadsheet.selection?.peekA1()).toBe(`A7:${columnLetters(LOG_COLUMNS.length)}7`);
  });

  it('opens the panel in the sidebar under its title', () => {
    env = installFakes(globalThis, { userLocale: 'fi_FI' });
    env.htmlFiles.ContactNow = '<p>panel</p>';
    showContactNow();
    expect(env.calls.find((c) => c.method === 'Ui.showSidebar')?.args).toEqual([
      messages('fi').contactNow.title,
    ]);
  });
});
