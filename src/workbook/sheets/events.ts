/**
 * The Events sheet (SPEC section 9): one row per event a person went to, what it cost and what
 * came of it. Costs are typed; the contacts met there, their conversions and revenue are counted
 * from the contacts log's Met at column, so each event's ROI follows the people met at it.
 *
 * Decisions the SPEC leaves open:
 * - A row is an event when its Event cell holds more than spaces; the computed cells of any other
 *   row stay empty, and only events count in the Summary's figures.
 * - People attending is pre-filled with 1 in every row, and an emptied cell counts as 1 too, so an
 *   event's hours are never valued at nothing by accident. Costs take the log's money bounds, hours
 *   and people its count bounds (none to a million): the same rules, so no validation of their own.
 * - Met at matches the event's name trimmed and ignoring case (SUMPRODUCT over the trimmed column:
 *   COUNTIF would neither trim nor ignore a `*` a person typed). Two events of the same name share
 *   their contacts: give each event its own name (the date helps: "Web Summit 2027").
 * - Below the events, "(no event)" counts the contacts whose Met at is empty or names no event of
 *   the table (the log's totals minus the events'), and a Total row sums the counts, so the table
 *   adds up to the log as the Channels table does. The Total row shows no ROI: the revenue of
 *   contacts met elsewhere was not bought by the events' costs (the Summary's EventsROI is the
 *   events' own).
 * - Channel is the Channels sheet's dropdown when that sheet is built (other values allowed, with
 *   the log's warning), else free text; it is a label for the person, counted nowhere.
 * - Cost reads the Summary's HourlyRate by address, as the Plan does.
 */
import {
  columnLetter,
  emptySheet,
  type Format,
  formatPattern,
  formulaText,
  HEADER,
  INPUT,
  overName,
  sheetRef,
  textCell,
} from '../cells';
import {
  CONTACT_ROWS,
  CONVERTED_STAGES,
  COUNT_BOUNDS,
  logRange,
  MONEY_BOUNDS,
  type NumberBounds,
  overConverted,
} from '../contactsLog';
import type { CellValue, ValidationRule } from '../plan';
import type { BuildContext, SheetBuild, WorkbookTexts } from './context';
import { channelDropdown } from './dropdowns';

/** Rows of the table a person fills in. */
export const EVENT_ROWS = 200;

/** The first event row, under the frozen header. */
const FIRST = 2;
/** The last event row. */
const LAST = FIRST + EVENT_ROWS - 1;

/** What an events column holds: an input (validated by its kind) or a computed figure. */
type EventColumnKind = 'name' | 'date' | 'channel' | 'amount' | 'people' | 'computed';

interface EventColumn {
  /** Stable key, also its label's key in the workbook texts' `events`. */
  key: keyof WorkbookTexts['events'];
  kind: EventColumnKind;
  format: Format | null;
  /** The numbers an amount or people column accepts (its reject-mode validation). */
  bounds?: NumberBounds;
  /** The named range over the column's event rows. */
  namedRange?: string;
}

/** Columns A, B, C, … of the Events sheet: the inputs SPEC section 9 lists, then the computed ones. */
export const EVENT_COLUMNS = [
  { key: 'event', kind: 'name', format: null, namedRange: 'EventName' },
  { key: 'date', kind: 'date', format: 'date' },
  { key: 'channel', kind: 'channel', format: null },
  { key: 'tickets', kind: 'amount', format: 'money', bounds: MONEY_BOUNDS },
  { key: 'travel', kind: 'amount', format: 'money', bounds: MONEY_BOUNDS },
  { key: 'other', kind: 'amount', format: 'money', bounds: MONEY_BOUNDS },
  { key: 'hoursPerPerson', kind: 'amount', format: 'hours', bounds: COUNT_BOUNDS },
  { key: 'people', kind: 'people', format: 'count', bounds: COUNT_BOUNDS },
  { key: 'cost', kind: 'computed', format: 'money', namedRange: 'EventCost' },
  { key: 'contactsMet', kind: 'computed', format: 'count' },
  { key: 'conversions', kind: 'computed', format: 'count' },
  { key: 'revenue', kind: 'computed', format: 'money', namedRange: 'EventRevenue' },
  { key: 'roi', kind: 'computed', format: 'percent' },
  { key: 'costPerContact', kind: 'computed', format: 'money' },
] as const satisfies readonly EventColumn[];

/** The key of an events column. */
export type EventColumnKey = (typeof EVENT_COLUMNS)[number]['key'];

/** The column letter of an events column. */
export function eventLetter(key: EventColumnKey): string {
  return columnLetter(EVENT_COLUMNS.findIndex((c) => c.key === key) + 1);
}

/** An events column's event rows, on the sheet: `I2:I201`. */
function eventRows(key: EventColumnKey): string {
  return `${eventLetter(key)}${FIRST}:${eventLetter(key)}${LAST}`;
}

/** The event names, which the contacts log's Met at column lists as its dropdown. */
export const EVENT_NAMES = eventRows('event');

/** An events column's event rows on the Events sheet called `sheet`, as another sheet's formula names them. */
export function eventRange(sheet: string, key: EventColumnKey): string {
  return sheetRef(sheet, eventRows(key));
}

/** The Summary cell of the value of one hour, which the Cost column reads. */
export interface EventInputs {
  hourlyRate: string;
}

/**
 * Contacts of the log met at the event named in `name` (trimmed, ignoring case: `overName`): how
 * many, how many converted, and the Deal value of those.
 */
function metAt(ctx: BuildContext, name: string): { contacts: string; conversions: string; revenue: string } {
  const converted = CONVERTED_STAGES.map((s) => formulaText(ctx.texts.contacts.stages[s]));
  const at = (criterion: string) => [`${logRange('metAt')},${criterion}`];
  return {
    contacts: overName(name, (c) => `COUNTIFS(${[CONTACT_ROWS, ...at(c)].join(',')})`),
    conversions: overName(name, (c) =>
      overConverted(converted, at(c), (criteria) => `COUNTIFS(${criteria})`),
    ),
    revenue: overName(name, (c) =>
      overConverted(converted, at(c), (criteria) => `SUMIFS(${logRange('dealValue')},${criteria})`),
    ),
  };
}

/** A computed column's key. */
type ComputedKey = Extract<(typeof EVENT_COLUMNS)[number], { kind: 'computed' }>['key'];

/** The formulas of event row `r`'s computed cells; each is empty unless the row names an event. */
function computedRow(ctx: BuildContext, r: number, hourlyRate: string): Record<ComputedKey, string> {
  const c = (key: EventColumnKey) => `${eventLetter(key)}${r}`;
  const name = c('event');
  const named = (formula: string) => `=IF(TRIM(${name})="","",${formula})`;
  const people = `IF(${c('people')}="",1,${c('people')})`;
  const [cost, contacts, revenue] = [c('cost'), c('contactsMet'), c('revenue')];
  const met = metAt(ctx, name);
  return {
    cost: named(
      `${c('tickets')}+${c('travel')}+${c('other')}+${c('hoursPerPerson')}*${people}*${hourlyRate}`,
    ),
    contactsMet: named(met.contacts),
    conversions: named(met.conversions),
    revenue: named(met.revenue),
    // A cost or count is "" on an unnamed row: ISNUMBER first, as "" > 0 is TRUE in Sheets.
    roi: `=IF(ISNUMBER(${cost}),IF(${cost}>0,(${revenue}-${cost})/${cost},""),"")`,
    costPerContact: `=IF(ISNUMBER(${contacts}),IF(${contacts}>0,${cost}/${contacts},""),"")`,
  };
}

/** The validation of an input column's event rows, or null for free text. */
function validationOf(ctx: BuildContext, col: EventColumn, range: string): ValidationRule | null {
  if (col.bounds) return { range, kind: 'numberBetween', ...col.bounds, allowInvalid: false };
  switch (col.kind) {
    case 'date':
      return { range, kind: 'date', allowInvalid: false };
    case 'channel':
      // The contacts log's Channel rule: one rule for both when the sheets are built.
      return channelDropdown(ctx, range);
    default:
      return null;
  }
}

/** The Event column's width in pixels. */
const NAME_WIDTH = 200;

/** The Events sheet: EVENT_ROWS rows to fill in, "(no event)" and a Total row below them. */
export function buildEvents(ctx: BuildContext, inputs: EventInputs): SheetBuild {
  const t = ctx.texts.events;
  const sheet = emptySheet('events', ctx.names.events);
  const hourlyRate = sheetRef(ctx.names.summary, inputs.hourlyRate);
  const lastCol = columnLetter(EVENT_COLUMNS.length);
  const values: CellValue[][] = [EVENT_COLUMNS.map((c) => textCell(t[c.key]))];
  for (let r = FIRST; r <= LAST; r++) {
    const computed = computedRow(ctx, r, hourlyRate);
    values.push(
      EVENT_COLUMNS.map((c): CellValue => {
        if (c.kind === 'computed') return computed[c.key];
        return c.kind === 'people' ? 1 : null;
      }),
    );
  }
  // The log's contacts, conversions and revenue less the events': those met at no event of the table.
  const noEvent = LAST + 1;
  const total = noEvent + 1;
  const stage = logRange('stage');
  const converted = CONVERTED_STAGES.map((s) => formulaText(ctx.texts.contacts.stages[s]));
  const logTotals: Partial<Record<EventColumnKey, string>> = {
    contactsMet: `COUNTIF(${CONTACT_ROWS})`,
    conversions: converted.map((s) => `COUNTIFS(${CONTACT_ROWS},${stage},${s})`).join('+'),
    revenue: converted.map((s) => `SUMIFS(${logRange('dealValue')},${CONTACT_ROWS},${stage},${s})`).join('+'),
  };
  const line = (label: string, cell: (key: EventColumnKey) => CellValue): CellValue[] =>
    EVENT_COLUMNS.map((c, i) => (i === 0 ? textCell(label) : cell(c.key)));
  values.push(
    line(t.noEvent, (key) => {
      const all = logTotals[key];
      return all === undefined ? null : `=${all}-SUM(${eventLetter(key)}${FIRST}:${eventLetter(key)}${LAST})`;
    }),
    line(t.total, (key) =>
      key === 'cost' || logTotals[key] !== undefined
        ? `=SUM(${eventLetter(key)}${FIRST}:${eventLetter(key)}${noEvent})`
        : null,
    ),
  );
  sheet.blocks.push({ range: `A1:${lastCol}${total}`, values });

  // The inputs come first: one rectangle of typed cells.
  const typedRange = `A${FIRST}:${columnLetter(EVENT_COLUMNS.findIndex((c) => c.kind === 'computed'))}${LAST}`;
  sheet.styles.push(
    { range: `A1:${lastCol}1`, style: { bold: true, background: HEADER } },
    { range: typedRange, style: { background: INPUT } },
    { range: `A${total}:${lastCol}${total}`, style: { bold: true } },
  );
  const currency = ctx.answers.profile.currency;
  EVENT_COLUMNS.forEach((col) => {
    const letter = eventLetter(col.key);
    if (col.format) {
      // Computed columns carry their format down to the Total row.
      const end = col.kind === 'computed' ? total : LAST;
      sheet.numberFormats.push({
        range: `${letter}${FIRST}:${letter}${end}`,
        pattern: formatPattern(col.format, currency),
      });
    }
    const rule = validationOf(ctx, col, eventRows(col.key));
    if (rule) sheet.validations.push(rule);
  });
  // Only the computed columns and the rows below the table ask before an edit.
  sheet.protection = { unprotected: [typedRange] };
  // SPEC freezes the header row only; the event's column scrolls with the table (a frozen
  // column would cost the build a call it cannot spare).
  sheet.frozenColumns = 0;
  // The event's name is wider; every other column keeps Sheets' default width (no call to set it).
  sheet.columnWidths.push({ column: 1, width: NAME_WIDTH });
  const namedRanges = EVENT_COLUMNS.flatMap((col) =>
    'namedRange' in col ? [{ name: col.namedRange, range: eventRange(ctx.names.events, col.key) }] : [],
  );
  return { sheet, namedRanges };
}
