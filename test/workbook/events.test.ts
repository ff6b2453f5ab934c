// Where returns come from (SPEC section 9) in HyperFormula: an Events table and a 64-row contacts log
// with events, chains of introductions (A introduced B, B introduced C), referred and direct
// contacts, against plain TypeScript counting over the same rows. Figures to 1e-9 relative; each
// plan is evaluated once.

import { messages } from '../../src/i18n';
import type { Language, WizardAnswers } from '../../src/workbook/answers';
import { columnLetter } from '../../src/workbook/cells';
import {
  CONVERTED_STAGES,
  LOG_FIRST_ROW,
  type LogColumnKey,
  logColumnIndex,
  type StageKey,
} from '../../src/workbook/contactsLog';
import type { WorkbookPlan } from '../../src/workbook/plan';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import {
  EVENT_COLUMNS,
  EVENT_ROWS,
  type EventColumnKey,
  eventLetter,
} from '../../src/workbook/sheets/events';
import { exampleAnswers } from '../support/answersFixture';
import { expectFigure } from '../support/close';
import { type EvaluatedPlan, evaluatePlan, isError } from '../support/hyperformula';

// Whole workbooks with a 64-row log evaluated in HyperFormula: a few seconds each.
jest.setTimeout(30_000);

/** One event as a person types it; absent costs are blank cells, `people: null` a cleared cell. */
interface EventRow {
  name: string;
  tickets?: number;
  travel?: number;
  other?: number;
  hours?: number;
  people?: number | null;
}

/** One contact as a person types it. */
interface LogRow {
  name?: string;
  metAt?: string;
  by?: string;
  stage?: StageKey;
  deal?: number;
}

/**
 * Seven events. Web Summit has two people, Trade Fair three; Local Meetup's people cell is cleared
 * (it counts as 1); Free Webinar costs nothing (no ROI: it cannot be the best event); "Side Dinner"
 * and "Spring Forum" cost and return the same (a tie for the best ROI: the first in table order
 * wins); "  Harbour Talks  " is typed with spaces around it, and Met at names it trimmed.
 */
const EVENTS: EventRow[] = [
  { name: 'Web Summit 2027', tickets: 1200, travel: 850.5, other: 90, hours: 16, people: 2 },
  { name: 'Local Meetup', other: 25, hours: 3, people: null },
  { name: 'Trade Fair', tickets: 400, travel: 120, hours: 8, people: 3 },
  { name: 'Free Webinar' },
  { name: 'Side Dinner', other: 150 },
  { name: 'Spring Forum', tickets: 150 },
  { name: '  Harbour Talks  ', tickets: 60, hours: 2 },
];

/**
 * The named contacts, then filler to 64 rows. Introductions run in chains: Ann introduced Bob and
 * Cid, Bob introduced Dee, Dee introduced Eve and Fay ("dee", another case), Eve introduced Gus;
 * "Outside Friend" introduced two contacts but is no contact; "Zed " (a trailing space) is named
 * in Introduced by as typed (what the dropdown copies) and trimmed.
 */
const PEOPLE: LogRow[] = [
  { name: 'Ann', metAt: 'Web Summit 2027', stage: 'client', deal: 5000 },
  { name: 'Bob', metAt: 'web summit 2027', by: 'Ann', stage: 'partner', deal: 3200.25 },
  { name: 'Cid', metAt: 'Trade Fair', by: 'Ann', stage: 'proposal', deal: 900 },
  { name: 'Dee', metAt: 'TRADE FAIR', by: 'Bob', stage: 'client', deal: 1800 },
  { name: 'Eve', by: 'Dee', stage: 'client', deal: 2500 },
  { name: 'Fay', metAt: 'Local Meetup', by: 'dee', stage: 'lost' },
  { name: 'Gus', metAt: 'Unknown Expo', by: 'Eve', stage: 'partner', deal: 700 },
  { name: 'Hal', metAt: 'Harbour Talks', by: 'Outside Friend', stage: 'client', deal: 1250 },
  { name: 'Ivy', metAt: 'harbour talks', by: 'Outside Friend', stage: 'new' },
  { name: 'Zed ', metAt: 'Side Dinner', stage: 'client', deal: 1500 },
  { name: 'Yan', metAt: 'Spring Forum', by: 'Zed ', stage: 'partner', deal: 1500 },
  { name: 'Xia', metAt: 'Side Dinner', by: 'zed', stage: 'met' },
  { name: 'Wes', metAt: 'Free Webinar', stage: 'client', deal: 400 },
  { name: 'Uma', metAt: 'Free Webinar', stage: 'inTouch' },
  // Not contacts: no Name. They count nowhere, though they name an event and an introducer.
  { metAt: 'Web Summit 2027', by: 'Ann', stage: 'client', deal: 9999 },
  { metAt: 'Trade Fair', stage: 'partner', deal: 8888 },
];

/** Filler contacts: every stage, every event, some referred by the chain's people, some direct. */
function filler(count: number): LogRow[] {
  const stages: Array<StageKey | undefined> = [
    'new',
    'inTouch',
    'met',
    'proposal',
    'client',
    'partner',
    'lost',
    undefined,
  ];
  const places = ['Web Summit 2027', 'Trade Fair', 'Local Meetup', '', 'Unknown Expo', 'unknown expo', ''];
  const introducers = ['', 'Ann', '', 'Bob', '', 'Gus', '', 'Hal', 'Nobody Known', ''];
  return Array.from({ length: count }, (_, i) => {
    const stage = stages[(i * 5) % stages.length];
    const converted = stage !== undefined && CONVERTED_STAGES.includes(stage);
    return {
      name: `Person ${String(i + 1).padStart(2, '0')}`,
      metAt: places[i % places.length] || undefined,
      by: introducers[(i * 3) % introducers.length] || undefined,
      stage,
      // Deal values on unconverted rows too: they must not count.
      deal:
        i % 4 === 3 ? undefined : converted || i % 3 === 0 ? 150 + ((i * 37) % 900) + (i % 2) / 4 : undefined,
    };
  });
}

const LOG: LogRow[] = [...PEOPLE, ...filler(64 - PEOPLE.length)];

/** A text trimmed as Sheets' TRIM does: no spaces around, one between words. */
const trim = (s: string) => s.trim().replace(/ +/g, ' ');
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** Whether a Met at or Introduced by cell names `name`: trimmed, ignoring case, or as written. */
const names = (cell: string | undefined, name: string) =>
  cell !== undefined && (same(cell, trim(name)) || (trim(name) !== name && same(cell, name)));

/** Every figure of section 9, the Events table row by row and Introduced revenue, counted without the workbook. */
function expected(answers: WizardAnswers, events: EventRow[], log: LogRow[], language: Language) {
  const s = messages(language).workbook.summary;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const contacts = log.filter((r) => r.name);
  const converted = (r: LogRow) => r.stage !== undefined && CONVERTED_STAGES.includes(r.stage);
  const deals = (rows: LogRow[]) => sum(rows.filter(converted).map((r) => r.deal ?? 0));
  const rate = answers.investments.hourlyRate;
  const table = events.map((e) => {
    const cost =
      (e.tickets ?? 0) + (e.travel ?? 0) + (e.other ?? 0) + (e.hours ?? 0) * (e.people ?? 1) * rate;
    const met = contacts.filter((c) => names(c.metAt, e.name));
    const revenue = deals(met);
    return {
      name: e.name,
      cost,
      contacts: met.length,
      conversions: met.filter(converted).length,
      revenue,
      roi: cost > 0 ? (revenue - cost) / cost : '',
      costPerContact: met.length > 0 ? cost / met.length : '',
    };
  });
  const atNoEvent = contacts.filter((c) => !events.some((e) => names(c.metAt, e.name)));
  const totalCost = sum(table.map((t) => t.cost));
  const withCost = table.filter((t) => typeof t.roi === 'number');
  const best = withCost.reduce<(typeof table)[number] | null>(
    (b, t) => (b === null || (t.roi as number) > (b.roi as number) ? t : b),
    null,
  );
  const referred = contacts.filter((c) => c.by);
  const direct = contacts.filter((c) => !c.by);
  const rateOf = (rows: LogRow[], missing: string) => {
    const staged = rows.filter((r) => r.stage !== undefined);
    return staged.length > 0 ? staged.filter(converted).length / staged.length : missing;
  };
  // Introduced revenue: a number on every contact's row, empty without a Name.
  const introduced = log.map((r) =>
    r.name ? deals(contacts.filter((c) => names(c.by, r.name as string))) : '',
  );
  const top = log.reduce<{ name: string; revenue: number } | null>((b, r, i) => {
    const revenue = introduced[i];
    return typeof revenue === 'number' && revenue > 0 && (b === null || revenue > b.revenue)
      ? { name: r.name as string, revenue }
      : b;
  }, null);
  const figures: Record<string, number | string> = {
    EventsCost: events.length > 0 ? totalCost : s.noEvents,
    EventsROI:
      events.length > 0
        ? totalCost > 0
          ? (sum(table.map((t) => t.revenue)) - totalCost) / totalCost
          : s.noEventCosts
        : s.noEvents,
    BestEvent: best ? best.name : s.noEventWithCost,
    ReferredShare: contacts.length > 0 ? referred.length / contacts.length : s.noLog,
    ReferredConversionRate: rateOf(referred, s.noReferredStages),
    DirectConversionRate: rateOf(direct, s.noDirectStages),
    IntroducedRevenue: referred.length > 0 ? deals(referred) : s.noIntroductions,
    TopIntroducer: top ? top.name : s.noIntroducedRevenue,
  };
  const noEvent = {
    contacts: atNoEvent.length,
    conversions: atNoEvent.filter(converted).length,
    revenue: deals(atNoEvent),
  };
  return { figures, table, noEvent, introduced, contacts, converted, deals };
}

/** The example answers (a team of 3, EUR, 40 an hour) with the log, the channels and the events. */
function answersIn(language: Language): WizardAnswers {
  const a = exampleAnswers();
  a.language = language;
  a.extras = { contactsLog: true, channels: true, events: true };
  return a;
}

const LOG_PUT: Array<[LogColumnKey, (r: LogRow, language: Language) => string | number | undefined]> = [
  ['name', (r) => r.name],
  ['metAt', (r) => r.metAt],
  ['introducedBy', (r) => r.by],
  ['stage', (r, language) => r.stage && messages(language).workbook.contacts.stages[r.stage]],
  ['dealValue', (r) => r.deal],
];
const EVENT_PUT: Array<[EventColumnKey, (e: EventRow) => string | number | null | undefined]> = [
  ['event', (e) => e.name],
  ['tickets', (e) => e.tickets],
  ['travel', (e) => e.travel],
  ['other', (e) => e.other],
  ['hoursPerPerson', (e) => e.hours],
  // The plan pre-fills 1; only a given count, or a cleared cell, is typed.
  ['people', (e) => e.people],
];

/** Types the events and the log into the evaluated plan, with one recalculation. */
function typeIn(e: EvaluatedPlan, language: Language, events: EventRow[], log: LogRow[]) {
  e.hf.batch(() => {
    events.forEach((ev, i) => {
      for (const [key, pick] of EVENT_PUT) {
        const value = pick(ev);
        if (value !== undefined) e.edit('events', `${eventLetter(key)}${2 + i}`, value);
      }
    });
    log.forEach((row, i) => {
      for (const [key, pick] of LOG_PUT) {
        const value = pick(row, language);
        if (value !== undefined)
          e.edit('contacts', `${columnLetter(logColumnIndex(key))}${LOG_FIRST_ROW + i}`, value);
      }
    });
  });
}

/** Clears what typeIn typed (the people cells back to the plan's 1). */
function clearAll(e: EvaluatedPlan, events: EventRow[], log: LogRow[]) {
  e.hf.batch(() => {
    events.forEach((_, i) => {
      for (const [key] of EVENT_PUT)
        e.edit('events', `${eventLetter(key)}${2 + i}`, key === 'people' ? 1 : null);
    });
    log.forEach((_, i) => {
      for (const [key] of LOG_PUT)
        e.edit('contacts', `${columnLetter(logColumnIndex(key))}${LOG_FIRST_ROW + i}`, null);
    });
  });
}

function errors(e: EvaluatedPlan): string[] {
  return e
    .cells()
    .filter((c) => isError(c.value))
    .map((c) => `${c.sheet}!${c.address} ${c.written} → ${JSON.stringify(c.value)}`);
}

/** The computed value of an events column at event row `i` (0-based). */
const eventCell = (e: EvaluatedPlan, key: EventColumnKey, i: number) =>
  e.value(`${eventLetter(key)}${2 + i}`, 'events');

describe('where returns come from, with an Events table and a 64-row log (en)', () => {
  const answers = answersIn('en');
  const plan: WorkbookPlan = planWorkbook(answers);
  const e = evaluatePlan(plan);
  typeIn(e, 'en', EVENTS, LOG);
  const want = expected(answers, EVENTS, LOG, 'en');

  it('has a log and events that reach every branch of the figures', () => {
    expect(LOG.length).toBeGreaterThanOrEqual(60);
    expect(want.contacts.length).toBeGreaterThanOrEqual(60);
    // A chain of introductions three deep, referred and direct contacts with stages, a tie for the best ROI.
    expect(['Ann', 'Bob', 'Dee', 'Eve'].every((n) => want.contacts.some((c) => c.by === n))).toBe(true);
    expect(want.contacts.filter((c) => c.by && c.stage).length).toBeGreaterThan(10);
    expect(want.contacts.filter((c) => !c.by && c.stage).length).toBeGreaterThan(10);
    const rois = want.table.map((t) => t.roi).filter((r): r is number => typeof r === 'number');
    expect(rois.filter((r) => r === Math.max(...rois))).toHaveLength(2);
    expect(want.noEvent.contacts).toBeGreaterThan(0);
  });

  it('computes every figure of section 9 as plain counting does', () => {
    for (const [name, value] of Object.entries(want.figures)) expectFigure(name, e.named(name), value);
    // The figures the note gives, checked by hand against the fixture above.
    expect(e.named('BestEvent')).toBe('Side Dinner');
    expect(e.named('TopIntroducer')).toBe('Ann');
  });

  it('computes each event’s cost, contacts met, conversions, revenue, ROI and cost per contact', () => {
    want.table.forEach((row, i) => {
      expectFigure(`${row.name} cost`, eventCell(e, 'cost', i), row.cost);
      expectFigure(`${row.name} contacts met`, eventCell(e, 'contactsMet', i), row.contacts);
      expectFigure(`${row.name} conversions`, eventCell(e, 'conversions', i), row.conversions);
      expectFigure(`${row.name} revenue`, eventCell(e, 'revenue', i), row.revenue);
      expectFigure(`${row.name} ROI`, eventCell(e, 'roi', i), row.roi);
      expectFigure(`${row.name} cost per contact`, eventCell(e, 'costPerContact', i), row.costPerContact);
    });
  });

  it('shows nothing in an empty row, and adds up to the log with the "(no event)" row', () => {
    const t = messages('en').workbook.events;
    const empty = EVENTS.length;
    for (const col of EVENT_COLUMNS.filter((c) => c.kind === 'computed'))
      expect({ column: col.key, value: eventCell(e, col.key, empty) }).toEqual({
        column: col.key,
        value: '',
      });
    const noEvent = 2 + EVENT_ROWS;
    const total = noEvent + 1;
    expect([e.value(`A${noEvent}`, 'events'), e.value(`A${total}`, 'events')]).toEqual([t.noEvent, t.total]);
    const at = (key: EventColumnKey, row: number) => e.value(`${eventLetter(key)}${row}`, 'events');
    expectFigure('(no event) contacts', at('contactsMet', noEvent), want.noEvent.contacts);
    expectFigure('(no event) conversions', at('conversions', noEvent), want.noEvent.conversions);
    expectFigure('(no event) revenue', at('revenue', noEvent), want.noEvent.revenue);
    // The table's total is the log's: every contact is counted once, at its event or at none.
    expectFigure('total contacts', at('contactsMet', total), want.contacts.length);
    expectFigure('total conversions', at('conversions', total), want.contacts.filter(want.converted).length);
    expectFigure('total revenue', at('revenue', total), want.deals(want.contacts));
    expectFigure(
      'total cost',
      at('cost', total),
      want.table.reduce((a, r) => a + r.cost, 0),
    );
    // The Total row shows no ROI and no cost per contact (the module's note): its cells are blank.
    expect([at('roi', total), at('costPerContact', total)]).toEqual([null, null]);
  });

  it('computes Introduced revenue on every contact’s row, and nothing on a row without a Name', () => {
    const col = columnLetter(logColumnIndex('introducedRevenue'));
    LOG.forEach((row, i) => {
      expectFigure(
        `${row.name ?? '(no name)'} introduced revenue`,
        e.value(`${col}${LOG_FIRST_ROW + i}`, 'contacts'),
        want.introduced[i],
      );
    });
    // By hand: Ann introduced Bob (3,200.25) and Cid (not converted) and the nameless row (not a contact).
    expect(e.value(`${col}${LOG_FIRST_ROW}`, 'contacts')).toBeGreaterThan(3200.25);
    // Zed is named as written ("Zed ") and trimmed ("zed"): Yan's 1,500 counts, Xia has no deal.
    expectFigure('Zed', e.value(`${col}${LOG_FIRST_ROW + 9}`, 'contacts'), 1500);
  });

  it('shows no error in any cell', () => {
    expect(errors(e)).toEqual([]);
  });

  it('says what is missing where there is nothing to count, never 0 or an error', () => {
    clearAll(e, EVENTS, LOG);
    const s = messages('en').workbook.summary;
    const none = expected(answers, [], [], 'en').figures;
    expect(none).toEqual({
      EventsCost: s.noEvents,
      EventsROI: s.noEvents,
      BestEvent: s.noEventWithCost,
      ReferredShare: s.noLog,
      ReferredConversionRate: s.noReferredStages,
      DirectConversionRate: s.noDirectStages,
      IntroducedRevenue: s.noIntroductions,
      TopIntroducer: s.noIntroducedRevenue,
    });
    for (const [name, value] of Object.entries(none)) expectFigure(name, e.named(name), value);
    // An event that costs nothing, contacts without stages, introductions that brought nothing yet.
    const free: EventRow[] = [{ name: 'Free Webinar' }];
    const log: LogRow[] = [{ name: 'Ann' }, { name: 'Bob', by: 'Ann' }];
    typeIn(e, 'en', free, log);
    const some = expected(answers, free, log, 'en').figures;
    expect(some).toMatchObject({
      EventsROI: s.noEventCosts,
      BestEvent: s.noEventWithCost,
      ReferredConversionRate: s.noReferredStages,
      IntroducedRevenue: 0,
      TopIntroducer: s.noIntroducedRevenue,
    });
    for (const [name, value] of Object.entries(some)) expectFigure(name, e.named(name), value);
    expect(errors(e)).toEqual([]);
  });
});

describe('where returns come from in a Russian workbook', () => {
  it('counts translated stages as the English workbook does', () => {
    const answers = answersIn('ru');
    const e = evaluatePlan(planWorkbook(answers));
    typeIn(e, 'ru', EVENTS, LOG);
    const english = expected(answersIn('en'), EVENTS, LOG, 'en').figures;
    const russian = expected(answers, EVENTS, LOG, 'ru').figures;
    // The same numbers and names: the fixture has something to count everywhere.
    expect(russian).toEqual(english);
    for (const [name, value] of Object.entries(russian)) expectFigure(`ru ${name}`, e.named(name), value);
    expect(errors(e)).toEqual([]);
  });
});
