// Keeping in touch, and teams (SPEC section 10) in HyperFormula: a 64-row log of a team with
// custom cadences, every Follow up state, members' and "(no owner)" rows, against a plain
// TypeScript count of the same rows at 1e-9 relative (test/support/close.ts).

import { messages } from '../../src/i18n';
import type { WizardAnswers } from '../../src/workbook/answers';
import { columnLetter } from '../../src/workbook/cells';
import {
  CONVERTED_STAGES,
  LOG_FIRST_ROW,
  type LogColumnKey,
  logColumnIndex,
  type StageKey,
} from '../../src/workbook/contactsLog';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { memberNamesRange } from '../../src/workbook/sheets/summary';
import { exampleAnswers } from '../support/answersFixture';
import { expectFigure } from '../support/close';
import { evaluatePlan, isError, splitSheetRef } from '../support/hyperformula';

// A whole team workbook with the contacts log evaluated in HyperFormula once: a few seconds.
jest.setTimeout(30_000);

/** A date's serial number as spreadsheets count days (day 0 is 1899-12-30). */
const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

const AS_OF = serial(2027, 6, 1);
const KEEP = 90;
const MEMBERS = ['Anna', 'Boris', 'Chen'];

interface Row {
  name: string;
  dateMet?: number;
  last?: number;
  stage?: StageKey;
  convertedOn?: number;
  deal?: number;
  cadence?: number;
  owner?: string;
}

/**
 * 64 rows: met from 2 to 800 days before AsOfDate, half touched since, every stage, a cadence of
 * 7 to 365 days on every fourth, some without dates, converted ones with and without Converted on,
 * owners among the members (one spelled in another case), someone who is not a member, and none;
 * two rows without a Name (not contacts).
 */
function rows(): Row[] {
  const stages: Array<StageKey | undefined> = [
    ...(['new', 'inTouch', 'met', 'proposal', 'client', 'partner', 'lost'] as const),
    undefined,
  ];
  const owners = ['Anna', 'Boris', 'Chen', 'chen', 'Dmitri', undefined];
  return Array.from({ length: 64 }, (_, i) => {
    const row: Row = { name: i === 17 || i === 40 ? '' : `Contact ${i}` };
    row.stage = stages[i % stages.length];
    if (i % 9 !== 4) row.dateMet = AS_OF - 2 - ((i * 53) % 800);
    if (i % 2 === 0 && row.dateMet !== undefined) row.last = row.dateMet + ((i * 17) % 300);
    if (i % 4 === 1) row.cadence = [7, 14, 30, 60, 120, 365][(i >> 2) % 6];
    if (row.stage === 'client' || row.stage === 'partner') {
      row.deal = 100 + i * 25;
      if (i % 3 !== 0) row.convertedOn = AS_OF - i;
    }
    row.owner = owners[i % owners.length];
    return row;
  });
}

const LOG = rows();

function answers(): WizardAnswers {
  const a = exampleAnswers();
  a.profile.people = 4;
  a.profile.members = MEMBERS;
  a.extras = { contactsLog: true, channels: false, events: false };
  return a;
}

const t = messages('en').workbook;
const plan = planWorkbook(answers());
const e = evaluatePlan(plan);
e.hf.batch(() => {
  const asOf = splitSheetRef(plan.namedRanges.find((n) => n.name === 'AsOfDate')!.range);
  e.edit(asOf.sheet, asOf.range, AS_OF);
  LOG.forEach((row, i) => {
    const r = LOG_FIRST_ROW + i;
    const put = (key: LogColumnKey, value: string | number | undefined) => {
      if (value !== undefined && value !== '')
        e.edit('contacts', `${columnLetter(logColumnIndex(key))}${r}`, value);
    };
    put('name', row.name);
    put('dateMet', row.dateMet);
    put('lastInteraction', row.last);
    put('stage', row.stage && t.contacts.stages[row.stage]);
    put('convertedOn', row.convertedOn);
    put('dealValue', row.deal);
    put('keepInTouch', row.cadence);
    put('owner', row.owner);
  });
});

// The independent count: SPEC section 10's rules over the rows, in plain TypeScript.
const contacts = LOG.filter((r) => r.name !== '');
const interval = (r: Row) => r.cadence ?? KEEP;
const later = (r: Row) =>
  r.dateMet === undefined && r.last === undefined ? null : Math.max(r.dateMet ?? 0, r.last ?? 0);
const converted = (r: Row) => r.stage !== undefined && CONVERTED_STAGES.includes(r.stage);
function state(r: Row): '' | 'due' | 'overdue' | 'date missing' {
  if (r.name === '') return '';
  const l = later(r);
  if (r.stage !== 'lost') {
    if (l !== null && AS_OF - l > 2 * interval(r)) return 'overdue';
    if (l === null || AS_OF - l > interval(r)) return 'due';
  }
  return converted(r) && r.convertedOn === undefined ? 'date missing' : '';
}
const nextTouch = (r: Row) => {
  const l = later(r);
  return r.name === '' || l === null ? '' : l + interval(r);
};
const toTouch = (r: Row) => state(r) === 'due' || state(r) === 'overdue';
/** The member an Owner names, as COUNTIFS compares text (ignoring case); null for "(no owner)". */
const memberOf = (r: Row) => MEMBERS.find((m) => m.toLowerCase() === (r.owner ?? '').toLowerCase()) ?? null;
function tally(rs: Row[]) {
  const staged = rs.filter((r) => r.stage !== undefined);
  const won = rs.filter(converted);
  return {
    contacts: rs.length,
    staged: staged.length,
    conversions: won.length,
    revenue: won.reduce((s, r) => s + (r.deal ?? 0), 0),
    rate: staged.length > 0 ? won.length / staged.length : '',
    followUps: rs.filter(toTouch).length,
  };
}

const cell = (key: LogColumnKey, i: number) =>
  e.value(`${columnLetter(logColumnIndex(key))}${LOG_FIRST_ROW + i}`, 'contacts');

describe('keeping in touch: a 64-row log with custom cadences (AsOfDate 2027-06-01)', () => {
  it('reaches every Follow up state, custom cadences, members and "(no owner)" rows', () => {
    const states = new Set(LOG.map(state));
    expect([...states].sort()).toEqual(['', 'date missing', 'due', 'overdue']);
    expect(LOG.filter((r) => r.cadence !== undefined && toTouch(r)).length).toBeGreaterThan(3);
    expect(contacts.filter((r) => memberOf(r) === null).length).toBeGreaterThan(5);
    expect(contacts.filter((r) => r.owner === 'Dmitri').length).toBeGreaterThan(0);
  });

  it('marks each row’s Follow up and Next touch by the rule of section 10', () => {
    const label = {
      '': '',
      due: t.contacts.due,
      overdue: t.contacts.overdue,
      'date missing': t.contacts.dateMissing,
    };
    expect(LOG.map((_, i) => cell('followUp', i))).toEqual(LOG.map((r) => label[state(r)]));
    expect(LOG.map((_, i) => cell('nextTouch', i))).toEqual(LOG.map(nextTouch));
  });

  it('counts FollowUpsDue (due or overdue), FollowUpsOverdue and TouchedRecently as the plain count does', () => {
    const open = contacts.filter((r) => r.stage !== 'lost');
    expectFigure('FollowUpsDue', e.named('FollowUpsDue'), contacts.filter(toTouch).length);
    expectFigure(
      'FollowUpsOverdue',
      e.named('FollowUpsOverdue'),
      contacts.filter((r) => state(r) === 'overdue').length,
    );
    expectFigure(
      'TouchedRecently',
      e.named('TouchedRecently'),
      open.filter((r) => !toTouch(r)).length / open.length,
    );
  });
});

describe('teams: the per-member table', () => {
  const names = splitSheetRef(memberNamesRange(answers(), t.sheets.summary)!);
  const firstName = Number(/\d+/.exec(names.range)![0]);
  const rowsOfTable = [
    ...MEMBERS.map((_, i) => firstName + i),
    firstName + MEMBERS.length,
    firstName + MEMBERS.length + 1,
  ];
  const read = (r: number) => ['B', 'C', 'D', 'E', 'F', 'G'].map((c) => e.value(`${c}${r}`, names.sheet));
  const keys = ['contacts', 'staged', 'conversions', 'revenue', 'rate', 'followUps'] as const;
  const expectRow = (label: string, r: number, want: ReturnType<typeof tally>) =>
    read(r).forEach((v, k) => {
      expectFigure(`${label} ${keys[k]}`, v, want[keys[k]]);
    });

  it('lists the members, "(no owner)" and the total under the header', () => {
    expect(rowsOfTable.map((r) => e.value(`A${r}`, names.sheet))).toEqual([
      ...MEMBERS,
      t.summary.noOwner,
      t.plan.total,
    ]);
    expect(e.value(`A${firstName - 1}`, names.sheet)).toBe(t.summary.member);
  });

  it('counts each member’s contacts, conversions, revenue, conversion rate and follow-ups', () => {
    MEMBERS.forEach((m, i) => {
      expectRow(m, rowsOfTable[i], tally(contacts.filter((r) => memberOf(r) === m)));
    });
    expectRow('(no owner)', rowsOfTable[MEMBERS.length], tally(contacts.filter((r) => memberOf(r) === null)));
  });

  it('adds up to the log’s totals', () => {
    const total = tally(contacts);
    expectRow('total', rowsOfTable[MEMBERS.length + 1], total);
    expectFigure(
      'total = FollowUpsDue',
      e.value(`G${rowsOfTable[MEMBERS.length + 1]}`, names.sheet),
      e.named('FollowUpsDue') as number,
    );
    expectFigure(
      'rate = LogConversionRate',
      e.value(`F${rowsOfTable[MEMBERS.length + 1]}`, names.sheet),
      e.named('LogConversionRate') as number,
    );
  });

  it('offers the members in the log’s Owner dropdown', () => {
    const contactsSheet = plan.sheets.find((s) => s.key === 'contacts')!;
    const owner = contactsSheet.validations.find((v) =>
      v.range.startsWith(`${columnLetter(logColumnIndex('owner'))}2:`),
    );
    expect(owner).toMatchObject({
      kind: 'listFromRange',
      source: memberNamesRange(answers(), t.sheets.summary),
      allowInvalid: true,
    });
  });

  it('shows no error in any cell', () => {
    expect(
      e
        .cells()
        .filter((c) => isError(c.value))
        .map((c) => `${c.sheet}!${c.address}`),
    ).toEqual([]);
  });
});

describe('an individual’s log', () => {
  it('has the Owner column as free text and no per-member table', () => {
    const a = exampleAnswers();
    a.profile.kind = 'individual';
    a.profile.people = 1;
    a.extras = { contactsLog: true, channels: false, events: false };
    expect(memberNamesRange(a, 'Summary')).toBeNull();
    const log = planWorkbook(a).sheets.find((s) => s.key === 'contacts')!;
    expect(log.blocks[0].values[0]).toContain('Owner');
    expect(
      log.validations.some((v) => v.range.startsWith(`${columnLetter(logColumnIndex('owner'))}2:`)),
    ).toBe(false);
  });
});
