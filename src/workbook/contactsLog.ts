/**
 * The contacts log's columns (SPEC sections 5 and 9), in sheet order: one table for the Contacts
 * sheet the wizard builds, the named ranges its formulas read, and the import that appends to it
 * (SPEC section 7). Labels live with the other workbook texts (`src/i18n`), under the same keys.
 * Logs built before a column existed lack it (`optional`): whatever reads a log finds its columns
 * by their header labels (src/workbook/logLayout.ts), never by position.
 */
import { MAX_AMOUNT } from './schema';

/** What a column holds, which decides its validation, format and how an import reads it. */
export type LogColumnKind =
  | 'text'
  | 'channel'
  | 'date'
  | 'count'
  | 'stage'
  | 'money'
  | 'checkbox'
  | 'rating'
  | 'followUp'
  // SPEC section 9: where a contact was met and who introduced them.
  | 'event'
  | 'introducer'
  | 'introducedRevenue'
  // SPEC section 10: how often to keep in touch, when next, and who owns the contact.
  | 'cadence'
  | 'nextTouch'
  | 'owner';

/**
 * The numbers a numeric column accepts, inclusive: the Contacts sheet's reject-mode validation
 * (`src/workbook/sheets/contacts.ts`) and the import's check (`src/import/check.ts`) both read it,
 * so the import never writes a value that Sheets would refuse (a refused value fails the whole
 * write of a batch).
 */
export interface NumberBounds {
  min: number;
  max: number;
}

export interface LogColumn {
  /** Stable key of the column, independent of language; also its label's key. */
  key: string;
  /** The named range over the column's data rows; none for the free-text notes. */
  namedRange: string | null;
  kind: LogColumnKind;
  /** The numbers the column accepts (count, money and rating columns). */
  bounds?: NumberBounds;
  /** Computed by a formula in every row: not an input, never written by the import. */
  computed?: true;
  /**
   * Added after the log's first 16-column layout: a log built before lacks it, and everything that
   * reads a log (the import, its duplicates) works without it and never adds it.
   */
  optional?: true;
}

/**
 * The money a log or events cell accepts: the Deal value's and every event cost's validation, the
 * bounds of every amount the wizard takes (a deal included), and so one validation rule with the
 * Summary's value of one hour (each distinct rule costs the build service calls).
 */
export const MONEY_BOUNDS: NumberBounds = { min: 0, max: MAX_AMOUNT };

/**
 * What a count or a number of hours a person types accepts: none to a million. The log's
 * Interactions and the Events table's hours and people share it, and so share one validation rule
 * (each distinct rule costs the build service calls).
 */
export const COUNT_BOUNDS: NumberBounds = { min: 0, max: 1e6 };

/**
 * A contact's own keep-in-touch interval in days (SPEC section 10): a week to ten years, whole
 * days. Empty means the Summary's KeepInTouchDays.
 */
export const CADENCE_BOUNDS: NumberBounds = { min: 7, max: 3650 };

/** Columns A, B, C, … of the Contacts sheet. */
export const LOG_COLUMNS = [
  { key: 'name', namedRange: 'LogName', kind: 'text' },
  { key: 'company', namedRange: 'LogCompany', kind: 'text' },
  { key: 'contact', namedRange: 'LogContact', kind: 'text' },
  { key: 'channel', namedRange: 'LogChannel', kind: 'channel' },
  // SPEC section 9: the event, the introducer and what their introductions brought.
  { key: 'metAt', namedRange: 'LogMetAt', kind: 'event', optional: true },
  { key: 'introducedBy', namedRange: 'LogIntroducedBy', kind: 'introducer', optional: true },
  {
    key: 'introducedRevenue',
    namedRange: 'LogIntroducedRevenue',
    kind: 'introducedRevenue',
    computed: true,
    optional: true,
  },
  { key: 'dateMet', namedRange: 'LogDateMet', kind: 'date' },
  { key: 'lastInteraction', namedRange: 'LogLastInteraction', kind: 'date' },
  { key: 'interactions', namedRange: 'LogInteractions', kind: 'count', bounds: COUNT_BOUNDS },
  { key: 'stage', namedRange: 'LogStage', kind: 'stage' },
  { key: 'convertedOn', namedRange: 'LogConvertedOn', kind: 'date' },
  { key: 'dealValue', namedRange: 'LogDealValue', kind: 'money', bounds: MONEY_BOUNDS },
  { key: 'inbound', namedRange: 'LogInbound', kind: 'checkbox' },
  { key: 'depth', namedRange: 'LogDepth', kind: 'rating', bounds: { min: 1, max: 5 } },
  { key: 'mutualBenefit', namedRange: 'LogMutualBenefit', kind: 'rating', bounds: { min: 1, max: 5 } },
  { key: 'information', namedRange: 'LogInformation', kind: 'rating', bounds: { min: 1, max: 5 } },
  // SPEC section 10: a contact's own keep-in-touch interval and the day it falls due.
  { key: 'keepInTouch', namedRange: 'LogCadence', kind: 'cadence', bounds: CADENCE_BOUNDS, optional: true },
  { key: 'nextTouch', namedRange: 'LogNextTouch', kind: 'nextTouch', computed: true, optional: true },
  { key: 'followUp', namedRange: 'LogFollowUp', kind: 'followUp', computed: true },
  // SPEC section 10: the team member who owns the contact.
  { key: 'owner', namedRange: 'LogOwner', kind: 'owner', optional: true },
  { key: 'notes', namedRange: null, kind: 'text' },
] as const satisfies readonly LogColumn[];

export type LogColumnKey = (typeof LOG_COLUMNS)[number]['key'];

/** Empty data rows the wizard lays out below the header row. */
export const LOG_ROWS = 1000;

/** The log's first data row (row 1 is the frozen header). */
export const LOG_FIRST_ROW = 2;

/** Stages in pipeline order; their labels are translated, these keys are not. */
export const STAGES = ['new', 'inTouch', 'met', 'proposal', 'client', 'partner', 'lost'] as const;
export type StageKey = (typeof STAGES)[number];

/** Stages that count as a conversion. */
export const CONVERTED_STAGES: readonly StageKey[] = ['client', 'partner'];

/** The column of `key` in LOG_COLUMNS. */
export function logColumn<K extends LogColumnKey>(key: K): Extract<(typeof LOG_COLUMNS)[number], { key: K }> {
  return LOG_COLUMNS.find((c) => c.key === key) as Extract<(typeof LOG_COLUMNS)[number], { key: K }>;
}

/** The 1-based sheet column of a log column. */
export function logColumnIndex(key: LogColumnKey): number {
  return LOG_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** A column of the log that has a named range. */
type NamedLogColumn = Extract<(typeof LOG_COLUMNS)[number], { namedRange: string }>;

/** The key of a log column that formulas can name. */
export type LogRangeKey = NamedLogColumn['key'];

/**
 * The named range over a log column's data rows, as formulas name the column: `logRange('stage')`
 * is `LogStage`. A key the log lacks, or one without a range, fails to compile.
 */
export function logRange(key: LogRangeKey): NamedLogColumn['namedRange'] {
  const column = LOG_COLUMNS.find((c): c is NamedLogColumn => c.key === key);
  if (!column) throw new Error(`the contacts log has no column ${key}`);
  return column.namedRange;
}

/**
 * COUNTIFS/SUMIFS criteria that keep the log's contacts: rows whose Name is filled (a row counts
 * as a contact only then), the first criteria of every count over the log.
 */
export const CONTACT_ROWS = `${logRange('name')},"<>"`;

/**
 * A count or sum over the log's contacts with a converted stage that meet `criteria` too
 * (COUNTIFS/SUMIFS criteria, each a `range,criterion` pair): `call` made once per converted stage
 * (`labels`, as formula literals in the log's language), summed. Each stage's call lists its pairs
 * rotated by its place. Sheets reads the pairs in any order alike; HyperFormula (the tests and the
 * preview) keeps one cached criterion per list of ranges, so two stages over the same list would
 * recompute each other's scan in every row (nine times slower over a 1,000-row log).
 */
export function overConverted(
  labels: readonly string[],
  criteria: readonly string[],
  call: (criteria: string) => string,
): string {
  const terms = labels.map((label, i) => {
    const pairs = [CONTACT_ROWS, ...criteria, `${logRange('stage')},${label}`];
    const shift = i % pairs.length;
    return call([...pairs.slice(shift), ...pairs.slice(0, shift)].join(','));
  });
  return terms.length > 1 ? `(${terms.join('+')})` : terms.join('');
}
