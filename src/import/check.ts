/**
 * Checking imported rows (SPEC section 7): a name is required; dates, amounts and stages are read
 * or reported; duplicates are skipped; each row kept becomes the log's cells in LOG_COLUMNS order.
 * The dialog runs it for the preview and the server runs it again before writing. Pure.
 */
import { MAX_CELL_CHARACTERS } from '../platform/limits';
import { LOG_COLUMNS, logColumn, type StageKey } from '../workbook/contactsLog';
import type { LogLayout } from '../workbook/logLayout';
import type { HeaderMap, ImportField } from './header';
import type { LineProblem } from './i18n';
import { type Read, readAmount, readDate, readStage, textCell } from './values';

/** One row to add to the log, read and checked. */
export interface ContactRow {
  name: string;
  company: string;
  /** Email and profile address as found, "email, profile" when the file gives both (contactText). */
  contact: string;
  channel: string;
  /** The event where they were met and who introduced them (SPEC section 9); empty from LinkedIn. */
  metAt: string;
  introducedBy: string;
  /** ISO `yyyy-mm-dd`, or null when absent or unreadable. */
  dateMet: string | null;
  stage: StageKey | null;
  dealValue: number | null;
  notes: string;
}

/**
 * How two rows are compared: by any email or profile address they share, else (when one of them
 * has none) by name and company.
 */
export interface Identity {
  /** Every email and profile address of the row (contactKeys); empty when it has none. */
  contacts: string[];
  /** Name and company, lower case, without any spaces. */
  person: string;
}

/**
 * The email and profile addresses a cell holds, each as compared: lower case, without mailto:,
 * scheme, www. or trailing slash. A cell may hold several, separated by spaces, commas or
 * semicolons (the import writes "email, profile" when a file gives both). Only words shaped like
 * an address count, so "n/a" or "phone" in many rows never makes them duplicates of each other.
 */
export function contactKeys(text: string): string[] {
  const keys: string[] = [];
  for (const word of text.toLowerCase().split(/[\s,;]+/)) {
    const key = word
      .replace(/^mailto:/, '')
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/+$/, '');
    // An email (one @), or a web address: a host whose last label is letters, then the end or a path.
    if (/^[^@]+@[^@]+$/.test(key) || /^[^/@]+\.\p{L}{2,}(?:[/:?#]|$)/u.test(key)) keys.push(key);
  }
  return keys;
}

/** The identity of a row from its name, company and the texts holding its email or profile. */
export function identityOf(name: string, company: string, ...contacts: string[]): Identity {
  const squeeze = (s: string) => s.toLowerCase().replace(/\s+/g, '');
  return {
    contacts: [...new Set(contacts.flatMap(contactKeys))],
    person: `${squeeze(name)}\u0000${squeeze(company)}`,
  };
}

/**
 * The rows seen so far (the log, earlier batches, earlier lines of the file). A row is a duplicate
 * when it shares an email or profile address with a row seen (its email may match one row and its
 * profile another); or, when one of the two has none, the same name and company (SPEC section 7:
 * "same email or profile URL, else same name and company"). Two people of the same name and
 * company with different emails are two contacts.
 */
export class DuplicateIndex {
  private readonly contacts = new Set<string>();
  private readonly people = new Set<string>();
  private readonly peopleWithoutContact = new Set<string>();

  /** An index of the rows `[name, company, contact]` already in the log. */
  static of(existing: ReadonlyArray<ReadonlyArray<unknown>>): DuplicateIndex {
    const index = new DuplicateIndex();
    const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    for (const row of existing) {
      const name = text(row[0]);
      if (name.trim() === '') continue;
      index.add(identityOf(name, text(row[1]), text(row[2])));
    }
    return index;
  }

  /** Whether a row of identity `id` repeats a row seen. */
  has(id: Identity): boolean {
    if (id.contacts.length === 0) return this.people.has(id.person);
    return id.contacts.some((c) => this.contacts.has(c)) || this.peopleWithoutContact.has(id.person);
  }

  /** Records a row of identity `id` as seen. */
  add(id: Identity): void {
    this.people.add(id.person);
    if (id.contacts.length === 0) this.peopleWithoutContact.add(id.person);
    for (const c of id.contacts) this.contacts.add(c);
  }
}

/** The outcome of checking rows. */
export interface CheckResult {
  rows: ContactRow[];
  /** The file's line of each row kept. */
  lines: number[];
  duplicates: number;
  problems: LineProblem[];
}

/** The channel LinkedIn's rows get (a brand, the same in every language). */
export const LINKEDIN_CHANNEL = 'LinkedIn';

/** The Deal value column's bounds: its validation refuses a write outside them. */
const DEAL_BOUNDS = logColumn('dealValue').bounds;

/**
 * The text a row's email and profile cells become in the log's one "Email or profile" column: both
 * when the file gives both (so a later import finds the row by either), separated as contactKeys
 * splits them.
 */
export function contactText(email: string, profile: string): string {
  return [...new Set([email, profile].filter((s) => s !== ''))].join(', ');
}

/**
 * Checks `rows` (cells under `header`; row i starts on the file's line `lines[i]`) against the rows
 * `seen` so far, adding each kept row to `seen`. Blank rows are skipped without a word. These are
 * reported and skipped: a row with more cells than the header (a value holding the delimiter
 * without quotes shifts every cell after it, empty ones too, so no cell can be trusted; a file
 * whose rows end in empty cells has them in its header too, as spreadsheets export), a row without a
 * name, and a row with a text longer than a cell holds (Sheets would refuse the whole batch's write;
 * the person shortens it and imports again, and the rows already imported are then duplicates). A
 * duplicate is counted and skipped. A date, amount or stage that cannot be read, or an amount the
 * log's validation would refuse, is reported and left empty, and the row is kept.
 */
export function checkRows(
  map: HeaderMap,
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string>>,
  lines: readonly number[],
  seen: DuplicateIndex,
): CheckResult {
  const result: CheckResult = { rows: [], lines: [], duplicates: 0, problems: [] };
  const col = map.columns;
  const headerOf = (...fields: ImportField[]) =>
    fields
      .filter((field) => col[field] !== undefined)
      .map((field) => String(header[col[field] as number] ?? '').trim())
      .join(' / ');
  const nameFields: ImportField[] = col.name !== undefined ? ['name'] : ['firstName', 'lastName'];
  const dateField: ImportField = col.dateMet !== undefined ? 'dateMet' : 'connectedOn';
  const filled = (c: unknown) => String(c ?? '').trim() !== '';

  rows.forEach((cells, i) => {
    const line = lines[i];
    const get = (field: ImportField) => {
      const at = col[field];
      return at === undefined ? '' : String(cells[at] ?? '').trim();
    };
    if (!cells.some(filled)) return;
    if (cells.length > header.length) {
      result.problems.push({
        line,
        code: 'extraCells',
        params: { cells: cells.length, columns: header.length },
      });
      return;
    }
    const name = nameFields
      .map(get)
      .filter((s) => s !== '')
      .join(' ');
    if (name === '') {
      result.problems.push({ line, code: 'noName', params: { column: headerOf(...nameFields) } });
      return;
    }
    const company = get('company');
    const contact = contactText(get('contact'), get('url'));
    const id = identityOf(name, company, contact);
    if (seen.has(id)) {
      result.duplicates++;
      return;
    }
    const channel = get('channel') || (map.source === 'linkedin' ? LINKEDIN_CHANNEL : '');
    // LinkedIn's export names neither; a file that says it is LinkedIn's leaves them empty.
    const [metAt, introducedBy] = map.source === 'linkedin' ? ['', ''] : [get('metAt'), get('introducedBy')];
    const notes = get('notes');
    const texts: Array<[string, ImportField[]]> = [
      [name, nameFields],
      [company, ['company']],
      [contact, ['contact', 'url']],
      [channel, ['channel']],
      [metAt, ['metAt']],
      [introducedBy, ['introducedBy']],
      [notes, ['notes']],
    ];
    const tooLong = texts.filter(([text]) => textCell(text).length > MAX_CELL_CHARACTERS);
    // Counted as written: a text kept as text by a leading apostrophe is one character longer.
    for (const [text, fields] of tooLong)
      result.problems.push({
        line,
        code: 'tooLong',
        params: { column: headerOf(...fields), length: textCell(text).length, max: MAX_CELL_CHARACTERS },
      });
    if (tooLong.length > 0) return;
    seen.add(id);
    const read = <T>(field: ImportField, reader: (s: string) => Read<T>): T | null => {
      const text = get(field);
      if (text === '') return null;
      const r = reader(text);
      if (r.ok) return r.value;
      result.problems.push({
        line,
        code: r.code,
        params: { value: text, column: headerOf(field), ...r.params },
      });
      return null;
    };
    result.rows.push({
      name,
      company,
      contact,
      channel,
      metAt,
      introducedBy,
      dateMet: read(dateField, readDate),
      stage: read('stage', readStage),
      dealValue: read('dealValue', (text) => readAmount(text, DEAL_BOUNDS)),
      notes,
    });
    result.lines.push(line);
  });
  return result;
}

/** A cell value as `Range.setValues` takes it. */
export type LogCell = string | number | boolean | null;

/**
 * A row's cells from column A to the log's last column, each where the log's header puts it
 * (`layout`: a log of an earlier layout lacks some columns, and a person's own columns among them
 * stay empty). Texts stay texts (textCell); dates are ISO texts, which Sheets reads as dates in
 * every locale; the stage is its label in the log's language (`stageLabels`), which the log's
 * dropdown lists; checkboxes are unticked. Columns an import does not fill are empty, and computed
 * columns are null here: the server writes their formulas.
 */
export function toLogCells(
  row: ContactRow,
  stageLabels: Readonly<Record<StageKey, string>>,
  layout: LogLayout,
): LogCell[] {
  const cells: LogCell[] = Array(layout.width).fill(null);
  for (const column of LOG_COLUMNS) {
    const at = layout.columns[column.key];
    if (at !== undefined) cells[at - 1] = cellOf(column, row, stageLabels);
  }
  return cells;
}

/** What the import writes in `column` for `row`. */
function cellOf(
  column: (typeof LOG_COLUMNS)[number],
  row: ContactRow,
  stageLabels: Readonly<Record<StageKey, string>>,
): LogCell {
  switch (column.key) {
    case 'name':
    case 'company':
    case 'contact':
    case 'channel':
    case 'metAt':
    case 'introducedBy':
    case 'notes':
      return row[column.key] === '' ? null : textCell(row[column.key]);
    case 'dateMet':
      return row.dateMet;
    case 'stage':
      return row.stage === null ? null : textCell(stageLabels[row.stage]);
    case 'dealValue':
      return row.dealValue;
    default:
      return column.kind === 'checkbox' ? false : null;
  }
}
