// Plan and actual (SPEC sections 5 and 6) in HyperFormula: a filled contacts log and actual inputs
// against an independent computation in plain TypeScript over the same rows.

import { shiftFormula } from '../../dev/preview/cellRules';
import { paybackPeriod } from '../../src/core/cashflows';
import { RoiError } from '../../src/core/errors';
import { messages } from '../../src/i18n';
import { LANGUAGES } from '../../src/i18n/languages';
import type { Language, WizardAnswers } from '../../src/workbook/answers';
import { columnLetter } from '../../src/workbook/cells';
import {
  CONVERTED_STAGES,
  LOG_FIRST_ROW,
  logColumnIndex,
  type StageKey,
} from '../../src/workbook/contactsLog';
import type { WorkbookPlan } from '../../src/workbook/plan';
import { contactsFollowUpFormula, planWorkbook } from '../../src/workbook/planWorkbook';
import { DUE_BACKGROUND, OVERDUE_BACKGROUND } from '../../src/workbook/sheets/contacts';
import { planStartsText } from '../../src/workbook/sheets/summary';
import { exampleAnswers } from '../support/answersFixture';
import { expectFigure } from '../support/close';
import { type EvaluatedPlan, evaluatePlan, isError, splitSheetRef } from '../support/hyperformula';

// Whole workbooks with the contacts log evaluated in HyperFormula: one to three seconds each.
jest.setTimeout(30_000);

/** A date's serial number as spreadsheets count days (day 0 is 1899-12-30). */
function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** One row of the contacts log as a person typed it; absent fields are blank cells. */
interface LogRow {
  name?: string;
  channel?: string;
  dateMet?: number;
  last?: number;
  interactions?: number;
  stage?: StageKey;
  convertedOn?: number;
  deal?: number;
  inbound?: boolean;
  depth?: number;
  benefit?: number;
  info?: number;
}

const d = serial;
/**
 * Thirty-odd rows with every kind of gap: no stage, no dates, converted without a date, Lost, no
 * channel, an unknown channel, a channel in another case, ratings missing, a row without a name
 * (not a contact), dates after AsOfDate and before the plan.
 */
const LOG: LogRow[] = [
  {
    name: 'Ann',
    channel: 'LinkedIn',
    dateMet: d(2027, 1, 5),
    last: d(2027, 5, 1),
    interactions: 6,
    stage: 'client',
    convertedOn: d(2027, 3, 10),
    deal: 1200,
    inbound: true,
    depth: 4,
    benefit: 5,
    info: 3,
  },
  { name: 'Bob', channel: 'linkedin', dateMet: d(2027, 1, 20), interactions: 2, stage: 'new', depth: 2 },
  {
    name: 'Cid',
    channel: 'Events',
    dateMet: d(2027, 2, 3),
    last: d(2027, 2, 3),
    interactions: 1,
    stage: 'lost',
    benefit: 1,
  },
  {
    name: 'Dee',
    channel: 'Events',
    dateMet: d(2027, 2, 14),
    last: d(2027, 4, 30),
    interactions: 4,
    stage: 'partner',
    convertedOn: d(2027, 4, 30),
    deal: 800,
    inbound: true,
    depth: 5,
    benefit: 4,
    info: 5,
  },
  {
    name: 'Eve',
    channel: 'Meetup',
    dateMet: d(2027, 2, 28),
    interactions: 3,
    stage: 'client',
    deal: 500,
    info: 2,
  },
  { name: 'Fay', dateMet: d(2027, 3, 1), last: d(2027, 3, 2), interactions: 2, stage: 'inTouch' },
  { name: 'Gus', channel: 'Referrals', interactions: 0 },
  { name: 'Hal', channel: 'LinkedIn', dateMet: d(2027, 3, 31), stage: 'met', inbound: false, depth: 3 },
  {
    name: 'Ivy',
    channel: 'Events',
    dateMet: d(2027, 4, 1),
    last: d(2027, 5, 19),
    interactions: 9,
    stage: 'proposal',
    deal: 300,
    depth: 4,
    benefit: 4,
    info: 4,
  },
  {
    name: 'Jon',
    channel: 'LinkedIn',
    dateMet: d(2027, 4, 15),
    stage: 'client',
    convertedOn: d(2027, 5, 2),
    deal: 2000,
    inbound: true,
  },
  { name: 'Kim', channel: 'Unknown fair', dateMet: d(2027, 5, 5), stage: 'lost', interactions: 1 },
  { name: 'Lee', dateMet: d(2027, 5, 25), stage: 'new' },
  {
    name: 'Max',
    channel: 'LinkedIn',
    dateMet: d(2026, 11, 3),
    last: d(2027, 2, 10),
    interactions: 5,
    stage: 'partner',
    convertedOn: d(2027, 1, 31),
    deal: 4000,
    depth: 5,
    benefit: 5,
    info: 5,
  },
  {
    name: 'Nia',
    channel: 'Events',
    last: d(2027, 4, 1),
    interactions: 2,
    stage: 'client',
    convertedOn: d(2027, 6, 3),
    deal: 700,
  },
  {
    channel: 'LinkedIn',
    dateMet: d(2027, 2, 2),
    stage: 'client',
    convertedOn: d(2027, 2, 2),
    deal: 999,
    depth: 1,
  },
  {
    name: 'Oli',
    channel: 'Referrals',
    dateMet: d(2027, 1, 1),
    last: d(2027, 2, 19),
    interactions: 3,
    inbound: true,
    depth: 3,
    benefit: 2,
  },
  {
    name: 'Pam',
    channel: 'Referrals',
    dateMet: d(2027, 1, 31),
    last: d(2027, 2, 20),
    interactions: 2,
    stage: 'met',
    info: 1,
  },
  {
    name: 'Quinn',
    channel: 'Events',
    dateMet: d(2027, 3, 15),
    stage: 'partner',
    convertedOn: d(2027, 3, 20),
    inbound: true,
  },
  { name: 'Rex', channel: 'LinkedIn', dateMet: d(2027, 3, 16), stage: 'lost', depth: 1, benefit: 1, info: 1 },
  {
    name: 'Sue',
    channel: 'Meetup',
    dateMet: d(2027, 4, 2),
    last: d(2027, 4, 3),
    interactions: 2,
    stage: 'proposal',
  },
  {
    name: 'Tom',
    dateMet: d(2027, 4, 20),
    last: d(2027, 5, 20),
    interactions: 7,
    stage: 'client',
    convertedOn: d(2027, 5, 20),
    deal: 650,
    depth: 4,
  },
  { name: 'Uma', channel: 'LinkedIn', dateMet: d(2027, 5, 1), interactions: 1 },
  {
    name: 'Val',
    channel: 'Events',
    dateMet: d(2027, 5, 20),
    interactions: 1,
    stage: 'new',
    inbound: true,
    benefit: 3,
  },
  {
    name: 'Wes',
    channel: 'LinkedIn',
    dateMet: d(2027, 1, 10),
    last: d(2027, 1, 11),
    interactions: 2,
    stage: 'inTouch',
    info: 3,
  },
  {
    name: 'Xia',
    channel: 'Referrals',
    dateMet: d(2027, 2, 5),
    last: d(2027, 3, 1),
    stage: 'partner',
    convertedOn: d(2027, 3, 1),
    deal: 1500,
    depth: 5,
  },
  { name: 'Yan', channel: 'Meetup', stage: 'proposal', interactions: 4 },
  {
    name: 'Zed',
    channel: 'Events',
    dateMet: d(2027, 2, 21),
    last: d(2027, 2, 21),
    interactions: 1,
    stage: 'lost',
    inbound: true,
  },
  {
    name: 'Abe',
    channel: 'LinkedIn',
    dateMet: d(2027, 3, 3),
    last: d(2027, 5, 15),
    interactions: 3,
    stage: 'met',
    depth: 2,
    benefit: 3,
    info: 4,
  },
  { name: 'Bea', channel: 'Events', dateMet: d(2027, 3, 9), stage: 'client', deal: 0 },
  {
    name: 'Cal',
    channel: 'LinkedIn',
    dateMet: d(2027, 4, 9),
    last: d(2027, 4, 10),
    interactions: 2,
    stage: 'new',
    depth: 3,
  },
  { name: 'Dot', dateMet: d(2027, 8, 1), stage: 'new' },
  // Met before the plan and not touched since: more than twice 90 days, overdue (SPEC section 10).
  {
    name: 'Ed',
    channel: 'Referrals',
    dateMet: d(2026, 9, 1),
    last: d(2026, 10, 15),
    stage: 'met',
    interactions: 2,
  },
  { name: 'Flo', dateMet: d(2026, 6, 1), stage: 'lost' },
];

/** Actual inputs by Plan label key and month (1-based); months 5 on are blank except two later entries. */
const ACTUAL: Array<{ row: (p: PlanTexts) => string; months: Record<number, number> }> = [
  { row: (p) => p.hours.events, months: { 1: 10, 2: 12, 3: 0, 4: 8 } },
  { row: (p) => p.hours.newContacts, months: { 1: 5, 2: 5, 3: 5, 4: 5 } },
  { row: (p) => p.hours.followUp, months: { 2: 3 } },
  { row: (p) => p.moneyItems.events, months: { 1: 300 } },
  { row: (p) => p.moneyItems.tools, months: { 1: 50, 2: 50, 3: 50, 4: 50 } },
  { row: (p) => p.resources.staff, months: { 2: 400 } },
  { row: (p) => p.direct.referrals, months: { 3: 200 } },
  { row: (p) => p.indirect.bonuses, months: { 4: 100 } },
  { row: (p) => p.intangible.knowledge, months: { 2: 100 } },
  // After the months elapsed: never counted to date.
  { row: (p) => p.moneyItems.travel, months: { 8: 999 } },
  { row: (p) => p.indirect.otherIncome, months: { 9: 150 } },
];

type PlanTexts = ReturnType<typeof messages>['workbook']['plan'];

const AS_OF = d(2027, 5, 20);
const KEEP = 90;

/**
 * The SPEC example (a team of 3, 12 months from January 2027, EUR) with the log and the channels;
 * the Events table is test/workbook/events.test.ts's.
 */
function scenarioAnswers(language: Language = 'en'): WizardAnswers {
  const a = exampleAnswers();
  a.language = language;
  a.extras = { contactsLog: true, channels: true, events: false };
  return a;
}

/** The cell of a named range on its sheet. */
function namedCell(plan: WorkbookPlan, name: string): { sheet: string; range: string } {
  const found = plan.namedRanges.find((n) => n.name === name);
  if (!found) throw new Error(`no named range ${name}`);
  return splitSheetRef(found.range);
}

/** The plan loaded in HyperFormula with the log typed in, the actual inputs, and AsOfDate fixed. */
function filled(language: Language, rows: LogRow[], asOf = AS_OF, actual = ACTUAL) {
  const answers = scenarioAnswers(language);
  const plan = planWorkbook(answers);
  const e = evaluatePlan(plan);
  const texts = messages(language).workbook;
  const asOfCell = namedCell(plan, 'AsOfDate');
  // One recalculation for all the typing.
  e.hf.batch(() => typeAll(e, plan, texts, asOfCell, asOf, rows, actual));
  return { plan, e, answers };
}

function typeAll(
  e: EvaluatedPlan,
  plan: WorkbookPlan,
  texts: ReturnType<typeof messages>['workbook'],
  asOfCell: { sheet: string; range: string },
  asOf: number,
  rows: LogRow[],
  actual: typeof ACTUAL,
) {
  e.edit(asOfCell.sheet, asOfCell.range, asOf);
  rows.forEach((row, i) => {
    const r = LOG_FIRST_ROW + i;
    const put = (key: Parameters<typeof logColumnIndex>[0], value: string | number | boolean | undefined) => {
      if (value !== undefined) e.edit('contacts', `${columnLetter(logColumnIndex(key))}${r}`, value);
    };
    put('name', row.name);
    put('channel', row.channel);
    put('dateMet', row.dateMet);
    put('lastInteraction', row.last);
    put('interactions', row.interactions);
    put('stage', row.stage && texts.contacts.stages[row.stage]);
    put('convertedOn', row.convertedOn);
    put('dealValue', row.deal);
    put('inbound', row.inbound);
    put('depth', row.depth);
    put('mutualBenefit', row.benefit);
    put('information', row.info);
  });
  const actualSheet = plan.sheets.find((s) => s.key === 'actual')!;
  const labels = actualSheet.blocks[0].values.map((line) => line[0]);
  for (const entry of actual) {
    const r = labels.indexOf(entry.row(texts.plan)) + 1;
    if (r === 0) throw new Error(`no Actual row ${entry.row(texts.plan)}`);
    for (const [month, value] of Object.entries(entry.months))
      e.edit('actual', `${columnLetter(Number(month) + 1)}${r}`, value);
  }
}

/** The month (1-based) of the plan a serial date falls in, for a plan starting January 2027. */
function monthOf(serialDate: number): number {
  const date = new Date(Date.UTC(1899, 11, 30) + serialDate * 86_400_000);
  return (date.getUTCFullYear() - 2027) * 12 + date.getUTCMonth() + 1;
}

/** Every figure of sections 5 and 6, computed from the rows and inputs without the workbook. */
function expected(
  a: WizardAnswers,
  rows: LogRow[],
  asOf: number,
  actual = ACTUAL,
  language: Language = 'en',
) {
  const t = messages(language).workbook;
  const s = t.summary;
  const n = a.profile.months;
  const p = a.profile.people;
  const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
  const values = (o: object) => Object.values(o).map(Number);
  // m: the months whose first day is on or before AsOfDate.
  let m = 0;
  for (let k = 1; k <= n; k++) if (d(2027, k, 1) <= asOf) m = k;
  const starts = planStartsText(t, a.profile.startMonth);
  const contacts = rows.filter((r) => r.name);
  const converted = (r: LogRow) => r.stage !== undefined && CONVERTED_STAGES.includes(r.stage);
  // SPEC section 10: due past the interval (or with neither date), overdue past twice the interval.
  const since = (r: LogRow) => asOf - Math.max(r.dateMet ?? 0, r.last ?? 0);
  const noDate = (r: LogRow) => r.dateMet === undefined && r.last === undefined;
  const due = (r: LogRow) => r.stage !== 'lost' && (noDate(r) || since(r) > KEEP);
  const overdue = (r: LogRow) => r.stage !== 'lost' && !noDate(r) && since(r) > 2 * KEEP;

  // The Actual sheet month by month, as team totals.
  const input = (label: (p: PlanTexts) => string, k: number) =>
    sum(actual.filter((x) => x.row(t.plan) === label(t.plan)).map((x) => x.months[k] ?? 0));
  const hoursKeys = Object.keys(t.plan.hours) as Array<keyof PlanTexts['hours']>;
  const monthly = Array.from({ length: n }, (_, i) => {
    const k = i + 1;
    const hours = sum(hoursKeys.map((h) => input((pt) => pt.hours[h], k)));
    const money =
      sum(
        (Object.keys(t.plan.moneyItems) as Array<keyof PlanTexts['moneyItems']>).map((x) =>
          input((pt) => pt.moneyItems[x], k),
        ),
      ) +
      sum(
        (Object.keys(t.plan.resources) as Array<keyof PlanTexts['resources']>).map((x) =>
          input((pt) => pt.resources[x], k),
        ),
      );
    const group = <G extends 'direct' | 'indirect' | 'intangible'>(g: G) =>
      sum(Object.keys(t.plan[g]).map((x) => input((pt) => (pt[g] as Record<string, string>)[x], k)));
    const wins = contacts.filter(
      (r) => converted(r) && r.convertedOn !== undefined && monthOf(r.convertedOn) === k,
    );
    const deals = sum(wins.map((r) => r.deal ?? 0));
    return {
      hours,
      events: input((pt) => pt.hours.events, k),
      eventsTyped: actual.some((x) => x.row(t.plan) === t.plan.hours.events && x.months[k] !== undefined),
      investment: hours * a.investments.hourlyRate + money,
      returns:
        group('direct') + deals + group('indirect') + (a.returns.countIntangible ? group('intangible') : 0),
      newContacts: contacts.filter((r) => r.dateMet !== undefined && monthOf(r.dateMet) === k).length,
      conversions: wins.length,
    };
  });
  const toDate = monthly.slice(0, m);
  const I = sum(toDate.map((x) => x.investment));
  const R = sum(toDate.map((x) => x.returns));
  const newContacts = sum(toDate.map((x) => x.newContacts));
  const conversions = sum(toDate.map((x) => x.conversions));
  // The Plan's monthly series (SPEC section 2: per person × people, resources and the deal not).
  const inv = a.investments;
  const planInvestment =
    sum(values(inv.hours)) * p * inv.hourlyRate + sum(values(inv.money)) * p + sum(values(inv.resources));
  const r = a.returns;
  const planReturn =
    (sum(values(r.direct)) + sum(values(r.indirect)) + (r.countIntangible ? sum(values(r.intangible)) : 0)) *
      p +
    a.funnel.conversions * p * a.funnel.averageDeal;
  const PI = planInvestment * m;
  const PR = planReturn * m;
  let payback: number | string;
  try {
    payback = paybackPeriod(
      { kind: 'series', amounts: toDate.map((x) => x.investment) },
      toDate.map((x) => x.returns),
    );
  } catch (e) {
    if (!(e instanceof RoiError)) throw e;
    payback = s.notPaidBackYet;
  }
  const open = contacts.filter((c) => c.stage !== 'lost');
  const staged = contacts.filter((c) => c.stage !== undefined);
  const average = (pick: (r: LogRow) => number | undefined) => {
    const rated = contacts.map(pick).filter((x): x is number => x !== undefined);
    return rated.length > 0 ? sum(rated) / rated.length : s.noRatings;
  };
  const inMonths = contacts.filter(
    (c) =>
      c.dateMet !== undefined && c.dateMet >= d(2027, 1, 1) && monthOf(c.dateMet) <= m && c.dateMet <= asOf,
  );
  const whenStarted = (v: number | string) => (m === 0 ? starts : v);
  const ratio = (x: number, y: number, missing: string) => (y > 0 ? x / y : missing);
  const figures: Record<string, number | string> = {
    AsOfDate: asOf,
    KeepInTouchDays: KEEP,
    MonthsElapsed: m,
    PlanToDateInvestment: whenStarted(PI),
    PlanToDateReturn: whenStarted(PR),
    PlanToDateNetROI: whenStarted(ratio(PR - PI, PI, s.noInvestment)),
    ActualInvestment: whenStarted(I),
    ActualReturn: whenStarted(R),
    ActualNetROI: whenStarted(ratio(R - I, I, s.noActualInvestment)),
    ActualReturnPerUnit: whenStarted(ratio(R, I, s.noActualInvestment)),
    ActualConversionRate: whenStarted(ratio(conversions, newContacts, s.noLoggedContacts)),
    ActualCostPerContact: whenStarted(ratio(I, newContacts, s.noLoggedContacts)),
    ActualCostPerConversion: whenStarted(ratio(I, conversions, s.noLoggedConversions)),
    ActualHoursInvested: whenStarted(sum(toDate.map((x) => x.hours))),
    ActualPaybackMonths: whenStarted(payback),
    NewContactsPerMonth: whenStarted(contacts.length > 0 ? inMonths.length / m : s.noLog),
    InteractionsPerContactMonth: whenStarted(
      contacts.length > 0 ? sum(contacts.map((c) => c.interactions ?? 0)) / contacts.length / m : s.noLog,
    ),
    TouchedRecently: ratio(open.filter((c) => !due(c)).length, open.length, s.noOpenContacts),
    FollowUpsDue: contacts.length > 0 ? contacts.filter(due).length : s.noLog,
    FollowUpsOverdue: contacts.length > 0 ? contacts.filter(overdue).length : s.noLog,
    EventHoursPerMonth: whenStarted(
      toDate.some((x) => x.eventsTyped) ? sum(toDate.map((x) => x.events)) / m : s.noEventHours,
    ),
    LogConversionRate: ratio(staged.filter(converted).length, staged.length, s.noStages),
    AverageDepth: average((c) => c.depth),
    AverageMutualBenefit: average((c) => c.benefit),
    AverageInformationValue: average((c) => c.info),
    InboundShare: ratio(contacts.filter((c) => c.inbound).length, contacts.length, s.noLog),
  };
  const followUp = rows.map((row) =>
    !row.name
      ? ''
      : overdue(row)
        ? t.contacts.overdue
        : due(row)
          ? t.contacts.due
          : converted(row) && row.convertedOn === undefined
            ? t.contacts.dateMissing
            : '',
  );
  return { figures, followUp, m, monthly, contacts, converted };
}

function expectAll(e: EvaluatedPlan, figures: Record<string, number | string>) {
  for (const [name, value] of Object.entries(figures)) expectFigure(name, e.named(name), value);
}

function errors(e: EvaluatedPlan): string[] {
  return e
    .cells()
    .filter((c) => isError(c.value))
    .map((c) => `${c.sheet}!${c.address} ${c.written} → ${JSON.stringify(c.value)}`);
}

describe('plan beside actual, with a filled log (AsOfDate 2027-05-20, m = 5)', () => {
  const { plan, e, answers } = filled('en', LOG);
  const want = expected(answers, LOG, AS_OF);

  it('counts five months elapsed and the fixture reaches every branch', () => {
    expect(want.m).toBe(5);
    // The fixture is meant to have due rows, date-missing rows, and actual payback within m.
    expect(want.followUp.filter((x) => x === 'due').length).toBeGreaterThan(3);
    expect(want.followUp).toContain('overdue');
    expect(want.followUp).toContain('date missing');
    expect(typeof want.figures.ActualPaybackMonths).toBe('number');
  });

  it('computes every figure of sections 5 and 6 as the independent computation does', () => {
    expectAll(e, want.figures);
  });

  it('marks each row’s Follow up by the rule of section 5', () => {
    const col = columnLetter(logColumnIndex('followUp'));
    const shown = LOG.map((_, i) => e.value(`${col}${LOG_FIRST_ROW + i}`, 'contacts'));
    expect(shown).toEqual(want.followUp);
  });

  it('marks exactly the due rows amber and the overdue ones red with the Contacts sheet’s conditional formats', () => {
    const contacts = plan.sheets.find((s) => s.key === 'contacts')!;
    expect(contacts.conditionalFormats.map((rule) => rule.style.background)).toEqual([
      DUE_BACKGROUND,
      OVERDUE_BACKGROUND,
    ]);
    const sheetId = e.hf.getSheetId(contacts.name)!;
    const t = messages('en').workbook.contacts;
    contacts.conditionalFormats.forEach((rule, k) => {
      const state = [t.due, t.overdue][k];
      // The rule as Sheets reads it for each row of the log: its formula moved down row by row.
      const marked = LOG.map((_, i) => e.hf.calculateFormula(shiftFormula(rule.formula, i, 0)!, sheetId));
      expect(marked).toEqual(want.followUp.map((x) => x === state));
      expect(rule.range).toMatch(/^A2:[A-Z]+1001$/);
    });
  });

  it('counts new contacts, conversions and revenue from deals per month on the Actual sheet', () => {
    const actual = plan.sheets.find((s) => s.key === 'actual')!;
    const labels = actual.blocks[0].values.map((line) => line[0]);
    const t = messages('en').workbook.actual;
    const rowOf = (label: string) => labels.indexOf(label) + 1;
    want.monthly.forEach((month, i) => {
      const c = columnLetter(i + 2);
      expectFigure(`contacts ${i + 1}`, e.value(`${c}${rowOf(t.contacts)}`, 'actual'), month.newContacts);
      expectFigure(
        `conversions ${i + 1}`,
        e.value(`${c}${rowOf(t.conversions)}`, 'actual'),
        month.conversions,
      );
    });
  });

  it('sets the difference actual − plan to date beside ActualInvestment, ActualReturn and ActualNetROI', () => {
    for (const [actualName, planName] of [
      ['ActualInvestment', 'PlanToDateInvestment'],
      ['ActualReturn', 'PlanToDateReturn'],
      ['ActualNetROI', 'PlanToDateNetROI'],
    ]) {
      const { range } = namedCell(plan, actualName);
      const beside = `C${range.slice(1)}`;
      const difference = (want.figures[actualName] as number) - (want.figures[planName] as number);
      expectFigure(`${actualName} − ${planName}`, e.value(beside, 'summary'), difference);
    }
  });

  it('counts the Channels table from the log, with "(no channel)" making it add up to the log', () => {
    const t = messages('en').workbook;
    const names = ['LinkedIn', t.channels.events, t.plan.direct.referrals];
    const ofChannel = (name: string | null) =>
      want.contacts.filter((c) =>
        name === null
          ? !names.some((x) => x.toLowerCase() === c.channel?.toLowerCase())
          : c.channel?.toLowerCase() === name.toLowerCase(),
      );
    const row = (cs: LogRow[]) => [
      cs.length,
      cs.filter(want.converted).length,
      cs.filter(want.converted).reduce((x, c) => x + (c.deal ?? 0), 0),
    ];
    names.forEach((name, i) => {
      const r = i + 2;
      const [contacts, conversions, revenue] = row(ofChannel(name));
      expectFigure(`${name} contacts`, e.value(`C${r}`, 'channels'), contacts);
      expectFigure(`${name} conversions`, e.value(`D${r}`, 'channels'), conversions);
      expectFigure(`${name} revenue`, e.value(`E${r}`, 'channels'), revenue);
    });
    expect(e.value('A12', 'channels')).toBe(t.channels.noChannel);
    const [contacts, conversions, revenue] = row(ofChannel(null));
    expect(contacts).toBeGreaterThan(0);
    expectFigure('(no channel) contacts', e.value('C12', 'channels'), contacts);
    expectFigure('(no channel) conversions', e.value('D12', 'channels'), conversions);
    expectFigure('(no channel) revenue', e.value('E12', 'channels'), revenue);
    expectFigure('total contacts', e.value('C13', 'channels'), want.contacts.length);
  });

  it('shows no error in any cell', () => {
    expect(errors(e)).toEqual([]);
  });
});

describe('the Contacts log', () => {
  it('has SPEC sections 5, 9 and 10’s English headers and stages, 1,000 rows ready', () => {
    const plan = planWorkbook(scenarioAnswers());
    const contacts = plan.sheets.find((s) => s.key === 'contacts')!;
    // SPEC sections 5, 9 and 10, the table's columns in order.
    expect(contacts.blocks[0].values[0]).toEqual([
      'Name',
      'Company',
      'Email or profile',
      'Channel',
      'Met at',
      'Introduced by',
      'Introduced revenue',
      'Date met',
      'Last interaction',
      'Interactions',
      'Stage',
      'Converted on',
      'Deal value',
      'Inbound',
      'Depth',
      'Mutual benefit',
      'Information value',
      'Keep in touch (days)',
      'Next touch',
      'Follow up',
      'Owner',
      'Notes',
    ]);
    const stages = contacts.validations.find((v) => v.kind === 'list');
    expect(stages).toMatchObject({
      values: ['New', 'In touch', 'Met', 'Proposal', 'Client', 'Partner', 'Lost'],
    });
    expect(plan.namedRanges.find((n) => n.name === 'LogName')?.range).toBe("'Contacts'!A2:A1001");
  });

  it('counts fewer follow-ups due when KeepInTouchDays is raised', () => {
    const { plan, e, answers } = filled('en', LOG);
    const before = e.named('FollowUpsDue') as number;
    const keep = namedCell(plan, 'KeepInTouchDays');
    e.edit(keep.sheet, keep.range, 200);
    // Recomputed here with 200 days: rows stale by 91–200 days stop being due.
    const contacts = LOG.filter((r) => r.name);
    const due = contacts.filter(
      (r) =>
        r.stage !== 'lost' &&
        ((r.dateMet === undefined && r.last === undefined) ||
          AS_OF - Math.max(r.dateMet ?? 0, r.last ?? 0) > 200),
    ).length;
    expect(e.named('FollowUpsDue')).toBe(due);
    expect(due).toBeLessThan(before);
    expect(before).toBe(expected(answers, LOG, AS_OF).figures.FollowUpsDue);
  });
});

describe('texts instead of numbers', () => {
  const s = messages('en').workbook.summary;

  it('before the plan starts: every to-date figure says when the plan starts', () => {
    const before = d(2026, 12, 31);
    const { e, answers } = filled('en', LOG, before);
    const want = expected(answers, LOG, before);
    expect(want.m).toBe(0);
    expectAll(e, want.figures);
    expect(e.named('ActualInvestment')).toBe('the plan starts in January 2027');
    expect(errors(e)).toEqual([]);
  });

  it('with an empty log: what is missing, never 0 or an error', () => {
    const { e, answers } = filled('en', [], AS_OF, []);
    const want = expected(answers, [], AS_OF, []);
    expectAll(e, want.figures);
    for (const [name, text] of [
      ['ActualNetROI', s.noActualInvestment],
      ['ActualConversionRate', s.noLoggedContacts],
      ['ActualCostPerConversion', s.noLoggedConversions],
      ['NewContactsPerMonth', s.noLog],
      ['TouchedRecently', s.noOpenContacts],
      ['FollowUpsDue', s.noLog],
      ['FollowUpsOverdue', s.noLog],
      ['EventHoursPerMonth', s.noEventHours],
      ['LogConversionRate', s.noStages],
      ['AverageDepth', s.noRatings],
      ['InboundShare', s.noLog],
    ])
      expect({ name, value: e.named(name) }).toEqual({ name, value: text });
    expect(errors(e)).toEqual([]);
  });

  it('with contacts but no stages: the log conversion rate asks for stages', () => {
    const rows = LOG.map(({ stage: _stage, ...rest }) => rest);
    const { e, answers } = filled('en', rows);
    const want = expected(answers, rows, AS_OF);
    expectAll(e, want.figures);
    expect(e.named('LogConversionRate')).toBe(s.noStages);
    expect(errors(e)).toEqual([]);
  });
});

describe('Russian and Finnish workbooks', () => {
  it.each(['ru', 'fi'] as const)(
    'count translated stages and "due" as the English one does (%s)',
    (language) => {
      const { e, answers } = filled(language, LOG);
      const want = expected(answers, LOG, AS_OF, ACTUAL, language);
      expectAll(e, want.figures);
      const english = expected(scenarioAnswers('en'), LOG, AS_OF);
      for (const [name, value] of Object.entries(english.figures))
        if (typeof value === 'number') expectFigure(`${language} ${name}`, e.named(name), value);
      const col = columnLetter(logColumnIndex('followUp'));
      const { due, overdue } = messages(language).workbook.contacts;
      const shown = LOG.map((_, i) => e.value(`${col}${LOG_FIRST_ROW + i}`, 'contacts'));
      expect(shown.map((x) => (x === due ? 'due' : x === overdue ? 'overdue' : ''))).toEqual(
        english.followUp.map((x) => (x === 'due' || x === 'overdue' ? x : '')),
      );
      expect(errors(e)).toEqual([]);
    },
  );
});

describe('the Follow up formula the import appends', () => {
  it.each(LANGUAGES)('is the one the wizard lays out, for any row (%s)', (language) => {
    const plan = planWorkbook(scenarioAnswers(language));
    const contacts = plan.sheets.find((s) => s.key === 'contacts')!;
    const col = columnLetter(logColumnIndex('followUp'));
    const block = contacts.blocks.find((b) => b.range.startsWith(`${col}${LOG_FIRST_ROW}:`))!;
    for (const i of [0, 1, block.values.length - 1])
      expect(contactsFollowUpFormula(language, LOG_FIRST_ROW + i)).toBe(block.values[i][0]);
    // Rows beyond the laid-out ones, on a Summary a second build named "Summary (2)".
    const summary = `${messages(language).workbook.sheets.summary} (2)`;
    const beyond = contactsFollowUpFormula(language, 5000, summary);
    expect(beyond).toContain(`'${summary}'!$B$`);
    expect(beyond).toContain(`A5000=""`);
  });
});
