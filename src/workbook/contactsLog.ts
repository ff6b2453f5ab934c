/**
 * The contacts log's columns (SPEC section 5), in sheet order: one table for the Contacts sheet
 * the wizard builds, the named ranges its formulas read, and the import that appends to it
 * (SPEC section 7). Labels live with the other workbook texts (`src/i18n`), under the same keys.
 */

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
  | 'followUp';

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
}

/** Columns A, B, C, … of the Contacts sheet. */
export const LOG_COLUMNS = [
  { key: 'name', namedRange: 'LogName', kind: 'text' },
  { key: 'company', namedRange: 'LogCompany', kind: 'text' },
  { key: 'contact', namedRange: 'LogContact', kind: 'text' },
  { key: 'channel', namedRange: 'LogChannel', kind: 'channel' },
  { key: 'dateMet', namedRange: 'LogDateMet', kind: 'date' },
  { key: 'lastInteraction', namedRange: 'LogLastInteraction', kind: 'date' },
  { key: 'interactions', namedRange: 'LogInteractions', kind: 'count', bounds: { min: 0, max: 1e6 } },
  { key: 'stage', namedRange: 'LogStage', kind: 'stage' },
  { key: 'convertedOn', namedRange: 'LogConvertedOn', kind: 'date' },
  { key: 'dealValue', namedRange: 'LogDealValue', kind: 'money', bounds: { min: 0, max: 1e12 } },
  { key: 'inbound', namedRange: 'LogInbound', kind: 'checkbox' },
  { key: 'depth', namedRange: 'LogDepth', kind: 'rating', bounds: { min: 1, max: 5 } },
  { key: 'mutualBenefit', namedRange: 'LogMutualBenefit', kind: 'rating', bounds: { min: 1, max: 5 } },
  { key: 'information', namedRange: 'LogInformation', kind: 'rating', bounds: { min: 1, max: 5 } },
  { key: 'followUp', namedRange: 'LogFollowUp', kind: 'followUp' },
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
