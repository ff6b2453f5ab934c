// The "who to contact now" list over a 30,000-row Contacts log on the stand-in (`npm run bench`):
// the built dist/Code.js run as the preview runs it (a node:vm context over the stand-in), its
// server time for the list and for Done today, and the service calls each makes. The log is
// generated here (made-up "Person 00017" rows), laid out as the wizard lays it out.

import { columnLetters } from '../../src/formula/a1';
import { logColumnLabel } from '../../src/import/header';
import type { ContactNowList } from '../../src/workbook/contactNow';
import { LOG_COLUMNS } from '../../src/workbook/contactsLog';
import { PreviewAddon } from '../preview/addon';

/** What getContactsToTouch returns (src/server/contactNow.ts), as google.script.run carries it. */
interface ContactNowState {
  list: ContactNowList | null;
}

/** One timing: the median milliseconds of `runs` calls and the service calls of one. */
export interface ContactNowBench {
  rows: number;
  listMs: number;
  listCalls: number;
  doneMs: number;
  doneCalls: number;
  due: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Times the list and Done today of the bundle in `dist` on a log of `rows` contacts, `runs` times each. */
export function benchContactNow(dist: string, rows = 30_000, runs = 5): ContactNowBench {
  const addon = PreviewAddon.fromDist(dist, { timeZone: 'Europe/Helsinki', sheets: { Summary: [[90]] } });
  const env = addon.env;
  const call = <T>(name: string, ...args: unknown[]): T => {
    const result = addon.run(name, JSON.stringify(args));
    if (!result.ok) throw new Error(result.error);
    return result.value as T;
  };
  {
    const ss = env.spreadsheet;
    const sheet = ss.peekAddSheet('Contacts', undefined, { rows: rows + 1, columns: LOG_COLUMNS.length });
    const stages = ['New', 'In touch', 'Met', 'Proposal', 'Client', 'Partner', 'Lost', ''];
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + (n % 700) * 86_400_000);
    const data = Array.from({ length: rows }, (_, i) =>
      LOG_COLUMNS.map((c) => {
        switch (c.key) {
          case 'name':
            return `Person ${String(i + 1).padStart(5, '0')}`;
          case 'company':
            return `Company ${i % 997}`;
          case 'stage':
            return stages[i % stages.length];
          case 'dateMet':
            return i % 9 === 8 ? null : day(i * 7);
          case 'lastInteraction':
            return i % 3 === 0 ? day(i * 13) : null;
          case 'interactions':
            return i % 5;
          case 'keepInTouch':
            return i % 4 === 0 ? [7, 30, 90, 365][(i / 4) % 4] : null;
          default:
            return null;
        }
      }),
    );
    const header = LOG_COLUMNS.map((c) => logColumnLabel('en', c.key) ?? c.key);
    sheet.peekWrite(1, 1, [header, ...data]);
    LOG_COLUMNS.forEach((c, i) => {
      if (!c.namedRange) return;
      const col = columnLetters(i + 1);
      ss.setNamedRange(c.namedRange, sheet.peekRange(`${col}2:${col}${rows + 1}`));
    });
    ss.setNamedRange('KeepInTouchDays', ss.peekSheet('Summary')!.peekRange('A1'));

    const listTimes: number[] = [];
    let listCalls = 0;
    let due = 0;
    for (let r = 0; r < runs; r++) {
      env.resetCalls();
      const start = performance.now();
      const state = call<ContactNowState>('getContactsToTouch');
      listTimes.push(performance.now() - start);
      listCalls = env.calls.length;
      due = state.list?.due ?? 0;
    }
    const doneTimes: number[] = [];
    let doneCalls = 0;
    for (let r = 0; r < runs; r++) {
      const top = call<ContactNowState>('getContactsToTouch').list!.contacts[0];
      env.resetCalls();
      const start = performance.now();
      call('recordTouchToday', { row: top.row, name: top.name });
      doneTimes.push(performance.now() - start);
      doneCalls = env.calls.length;
    }
    return { rows, listMs: median(listTimes), listCalls, doneMs: median(doneTimes), doneCalls, due };
  }
}
