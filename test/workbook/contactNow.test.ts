// Who to contact now (SPEC section 10), the pure ranking: which contacts are due or overdue today
// and in what order, against the rule worked out by hand for each row.

import {
  CONTACT_NOW_LIMIT,
  contactNowSpan,
  contactsToTouch,
  dayOf,
  isoDay,
} from '../../src/workbook/contactNow';
import { LOG_COLUMNS, type LogColumnKey } from '../../src/workbook/contactsLog';
import { type LogLayout, wizardLayout } from '../../src/workbook/logLayout';

const TODAY = '2027-06-01';
const day = (iso: string) => isoDay(iso);
/** A date cell as getValues hands it in a spreadsheet at UTC+3: midnight there, 21:00 UTC the day before. */
const cellDate = (iso: string) => new Date(day(iso) * 86_400_000 - 3 * 3_600_000);
const OPTIONS = { today: TODAY, offsetMinutes: 180, keepInTouchDays: 90 };

/** The cells of one row over the span the list reads, placed by `layout`. */
function line(layout: LogLayout, cells: Partial<Record<LogColumnKey, unknown>>): unknown[] {
  const { first, last } = contactNowSpan(layout);
  const out: unknown[] = Array(last - first + 1).fill('');
  for (const [key, value] of Object.entries(cells)) {
    const at = layout.columns[key as LogColumnKey];
    if (at !== undefined) out[at - first] = value;
  }
  return out;
}

describe('dayOf', () => {
  it('reads a date cell at midnight in the spreadsheet’s zone as that calendar day, across an hour of DST', () => {
    expect(dayOf(cellDate('2027-03-15'), 180)).toBe(day('2027-03-15'));
    // An hour less of offset than today's (summer time then, winter time now): still that day.
    expect(dayOf(new Date(day('2027-03-15') * 86_400_000 - 2 * 3_600_000), 180)).toBe(day('2027-03-15'));
    // New York in winter (UTC−5): midnight there is 05:00 UTC the same day.
    expect(dayOf(new Date(day('2027-01-10') * 86_400_000 + 5 * 3_600_000), -300)).toBe(day('2027-01-10'));
  });

  it('reads a serial number as spreadsheets count days, and nothing else', () => {
    // 46447 is 2027-03-01 (day 0 is 1899-12-30).
    expect(dayOf(46447, 0)).toBe(day('2027-03-01'));
    expect(dayOf('', 0)).toBeNull();
    expect(dayOf('soon', 0)).toBeNull();
  });
});

describe('contactsToTouch', () => {
  const layout = wizardLayout('en');
  // Today 2027-06-01; the interval is 90 days unless the row has its own.
  const rows = [
    { name: 'Ann', company: 'A Oy', stage: 'Client', dateMet: cellDate('2027-05-01') }, // 31 days: not due
    { name: 'Bob', dateMet: cellDate('2027-01-01') }, // 151 days: 61 past due, 61/90
    { name: 'Cid', dateMet: cellDate('2026-01-01'), lastInteraction: cellDate('2026-10-01') }, // 243: overdue, 153/90
    { name: 'Dee' }, // neither date: due, last
    { name: 'Eve', stage: 'Lost', dateMet: cellDate('2025-01-01') }, // Lost: never
    { name: 'Fay', keepInTouch: 14, lastInteraction: cellDate('2027-05-10') }, // 22 days: 8 past a 14-day cadence, 8/14
    { name: '  ', dateMet: cellDate('2020-01-01') }, // no Name: not a contact
    { name: 'Gus', keepInTouch: 30, dateMet: cellDate('2027-03-03') }, // 90 days: 60 past 30, overdue, 60/30
    { name: 'Hal', dateMet: cellDate('2027-03-03') }, // exactly 90 days: not more than the interval
    { name: 'Ivy', dateMet: cellDate('2027-01-01') }, // as Bob: the tie goes to the earlier row
    { name: 'Jon' }, // neither date, after Dee
  ];
  const values = rows.map((r) => line(layout, r));
  const list = contactsToTouch(values, layout, 2, OPTIONS);

  it('lists the due and overdue contacts by priority, ties by days past due then row, no dates last', () => {
    // Priorities: Gus 2, Cid 1.7, Bob and Ivy 0.678, Fay 0.571; then Dee and Jon.
    expect(list.contacts.map((c) => c.name)).toEqual(['Gus', 'Cid', 'Bob', 'Ivy', 'Fay', 'Dee', 'Jon']);
    expect(list.contacts.map((c) => c.daysPastDue)).toEqual([60, 153, 61, 61, 8, null, null]);
    expect(list.contacts.map((c) => c.overdue)).toEqual([true, true, false, false, false, false, false]);
    expect(list.contacts.map((c) => c.row)).toEqual([9, 4, 3, 11, 7, 5, 12]);
    expect(list.due).toBe(7);
    expect(list.today).toBe(TODAY);
  });

  it('puts more days past due first when priorities are equal', () => {
    const tie = [
      { name: 'Short', keepInTouch: 10, dateMet: cellDate('2027-05-12') }, // 20 days: 10 past 10, priority 1
      { name: 'Long', keepInTouch: 100, dateMet: cellDate('2026-11-23') }, // 190 days: 90 past 100, 0.9
      { name: 'Longer', keepInTouch: 100, dateMet: cellDate('2026-11-13') }, // 200 days: 100 past 100, 1
    ].map((r) => line(layout, r));
    const ranked = contactsToTouch(tie, layout, 2, OPTIONS);
    expect(ranked.contacts.map((c) => c.name)).toEqual(['Longer', 'Short', 'Long']);
  });

  it('lists at most 20 and counts them all', () => {
    const many = Array.from({ length: 45 }, (_, i) =>
      line(layout, { name: `P${i}`, dateMet: cellDate('2027-01-01'), keepInTouch: 7 + i }),
    );
    const ranked = contactsToTouch(many, layout, 2, OPTIONS);
    expect(ranked.contacts).toHaveLength(CONTACT_NOW_LIMIT);
    expect(ranked.due).toBe(45);
    // The shortest cadence is the most urgent: 151 days against 7.
    expect(ranked.contacts[0].name).toBe('P0');
  });

  it('reads a log of the earlier 16-column layout: every row on KeepInTouchDays', () => {
    const earlier = LOG_COLUMNS.filter((c) => !('optional' in c)).map((c) => c.key);
    const old: LogLayout = {
      language: 'en',
      columns: Object.fromEntries(earlier.map((key, i) => [key, i + 1])),
      width: earlier.length,
    };
    const oldRows = rows.map(({ keepInTouch: _k, ...r }) => line(old, r));
    const ranked = contactsToTouch(oldRows, old, 2, { ...OPTIONS, keepInTouchDays: 60 });
    // 60 days: Ann (31) stays off; Hal (90) and Gus (90) are 30 past due; Fay (22) is not due.
    expect(ranked.contacts.map((c) => c.name)).toEqual(['Cid', 'Bob', 'Ivy', 'Gus', 'Hal', 'Dee', 'Jon']);
  });
});
