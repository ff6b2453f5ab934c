/**
 * The contacts the self-test imports: a made-up CSV export of 2,500 rows, sent in the batches the
 * import dialog sends, and what the import must make of it, known by construction (which rows
 * repeat an earlier email, which carry a deal value the log refuses, which hold a text longer than
 * a cell). Pure.
 */
import { LINKEDIN_CHANNEL } from '../import/check';
import { type ImportBatch, MAX_BATCH_ROWS } from '../import/contract';
import type { ImportField } from '../import/header';
import { IMPORT_MESSAGES } from '../import/i18n';
import { MAX_CELL_CHARACTERS } from '../platform/limits';
import { CONVERTED_STAGES, logColumn, STAGES, type StageKey } from '../workbook/contactsLog';

/** Rows the self-test imports: more than the log's 1,000 prepared rows, and more than one batch. */
export const SELF_TEST_CONTACTS = 2500;

/** Every this many rows, a row repeats the email of the row before it (a duplicate). */
const DUPLICATE_EVERY = 50;
/** Rows whose number ends in these two digits carry a deal value above what the log accepts. */
const REFUSED_DEAL_AT = 37;
/** The one row whose notes are longer than a cell holds (not imported). */
const TOO_LONG_ROW = 1234;

/** The columns of the file, in order, named as the import reads them in English. */
const FIELDS: readonly ImportField[] = [
  'name',
  'company',
  'contact',
  'dateMet',
  'channel',
  'stage',
  'dealValue',
  'notes',
];

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One generated row, and what the import does with it. */
interface GeneratedRow {
  cells: string[];
  fate: 'added' | 'duplicate' | 'tooLong';
  stage: StageKey;
  /** Whether the row's deal value is one the log refuses (reported, left empty). */
  refusedDeal: boolean;
}

/** Row n (1-based) of the file. Its dates all fall in 2023, written in the three forms the import reads. */
function row(n: number): GeneratedRow {
  const id = String(n).padStart(4, '0');
  const duplicate = n % DUPLICATE_EVERY === 0;
  const emailOf = duplicate ? n - 1 : n;
  const month = n % 12;
  const day = (n % 28) + 1;
  const dates = [
    `2023-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    `${day}.${month + 1}.2023`,
    `${day} ${MONTH_NAMES[month]} 2023`,
  ];
  const stage = STAGES[n % STAGES.length];
  const refusedDeal = n % 100 === REFUSED_DEAL_AT;
  const maxDeal = logColumn('dealValue').bounds.max;
  const deal = refusedDeal
    ? String(maxDeal + 1)
    : CONVERTED_STAGES.includes(stage)
      ? String(100 + (n % 900))
      : '';
  const values: Partial<Record<ImportField, string>> = {
    name: `Person ${id}`,
    company: `Company ${n % 37}`,
    contact: `person${String(emailOf).padStart(4, '0')}@example.com`,
    dateMet: dates[n % dates.length],
    channel: n % 2 === 0 ? LINKEDIN_CHANNEL : '',
    stage,
    dealValue: deal,
    notes: n === TOO_LONG_ROW ? 'x'.repeat(MAX_CELL_CHARACTERS + 1) : '',
  };
  const fate = duplicate ? 'duplicate' : n === TOO_LONG_ROW ? 'tooLong' : 'added';
  return { cells: FIELDS.map((f) => values[f] ?? ''), fate, stage, refusedDeal };
}

/** What the import must report and what the log must then show. */
export interface ExpectedImport {
  added: number;
  duplicates: number;
  /** Lines reported: the refused deal values of rows added, and the over-long row. */
  problems: number;
  /** The log's share of converted contacts among those with a stage (LogConversionRate). */
  logConversionRate: number;
  /**
   * Follow-ups due (FollowUpsDue): every contact added that is not Lost, since all were met in
   * 2023 and none has a later interaction, so each is more than the default 90 days behind any
   * date from April 2024 on.
   */
  followUpsDue: number;
}

/** The generated file as the import dialog sends it, and what the import must make of it. */
export function generatedImport(count = SELF_TEST_CONTACTS): {
  batches: ImportBatch[];
  expected: ExpectedImport;
} {
  const header = FIELDS.map((f) => IMPORT_MESSAGES.en.headers[f][0]);
  const rows = Array.from({ length: count }, (_, i) => row(i + 1));
  const batches: ImportBatch[] = [];
  for (let i = 0; i < rows.length; i += MAX_BATCH_ROWS) {
    const slice = rows.slice(i, i + MAX_BATCH_ROWS);
    batches.push({
      source: 'csv',
      header,
      rows: slice.map((r) => r.cells),
      // The header is line 1 and no field breaks a line: row n is on line n + 1.
      lines: slice.map((_, k) => i + k + 2),
    });
  }
  const added = rows.filter((r) => r.fate === 'added');
  const converted = added.filter((r) => CONVERTED_STAGES.includes(r.stage)).length;
  return {
    batches,
    expected: {
      added: added.length,
      duplicates: rows.filter((r) => r.fate === 'duplicate').length,
      problems: added.filter((r) => r.refusedDeal).length + rows.filter((r) => r.fate === 'tooLong').length,
      logConversionRate: converted / added.length,
      followUpsDue: added.filter((r) => r.stage !== 'lost').length,
    },
  };
}
