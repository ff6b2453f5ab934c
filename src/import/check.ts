/**
 * Checking imported rows (SPEC section 7): a name is required; dates, amounts and stages are read
 * or reported; duplicates are skipped; each row kept becomes the log's cells in LOG_COLUMNS order.
 * The dialog runs it for the preview and the server runs it again before writing. Pure.
 */
import { LOG_COLUMNS, type StageKey } from '../workbook/contactsLog';
import type { HeaderMap, ImportField } from './header';
import type { LineProblem } from './i18n';
import { type Read, readAmount, readDate, readStage, textCell } from './values';

/** One row to add to the log, read and checked. */
export interface ContactRow {
  name: string;
  company: string;
  contact: string;
  channel: string;
  /** ISO `yyyy-mm-dd`, or null when absent or unreadable. */
  dateMet: string | null;
  stage: StageKey | null;
  dealValue: number | null;
  notes: string;
}

/** How two rows are compared: by email or profile when both have one, else by name and company. */
export interface Identity {
  /** The email or profile URL, lower case, without mailto:, scheme, www. or trailing slash. */
  contact: string | null;
  /** Name and company, lower case, without any spaces. */
  person: string;
}

/** The identity of a row from its name, company and email or profile. */
export function identityOf(name: string, company: string, contact: string): Identity {
  const c = contact
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
  const squeeze = (s: string) => s.toLowerCase().replace(/\s+/g, '');
  return { contact: c === '' ? null : c, person: `${squeeze(name)}\u0000${squeeze(company)}` };
}

/**
 * The rows seen so far (the log, earlier batches, earlier lines of the file). A row is a duplicate
 * when it has the email or profile of a row seen; or, when one of the two has none, the same name
 * and company (SPEC section 7: "same email or profile URL, else same name and company"). Two people
 * of the same name and company with different emails are two contacts.
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

  has(id: Identity): boolean {
    if (id.contact === null) return this.people.has(id.person);
    return this.contacts.has(id.contact) || this.peopleWithoutContact.has(id.person);
  }

  add(id: Identity): void {
    this.people.add(id.person);
    if (id.contact === null) this.peopleWithoutContact.add(id.person);
    else this.contacts.add(id.contact);
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

/**
 * Checks `rows` (cells under `header`; row i starts on the file's line `lines[i]`) against the rows
 * `seen` so far, adding each kept row to `seen`. Blank rows are skipped without a word. A row
 * without a name is reported and skipped; a duplicate is counted and skipped; a date, amount or
 * stage that cannot be read is reported and left empty, and the row is kept.
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
  const headerOf = (field: ImportField) => String(header[col[field] ?? -1] ?? '').trim();
  const nameColumn =
    col.name !== undefined ? headerOf('name') : `${headerOf('firstName')} / ${headerOf('lastName')}`;
  const dateField: ImportField = col.dateMet !== undefined ? 'dateMet' : 'connectedOn';

  rows.forEach((cells, i) => {
    const line = lines[i];
    const get = (field: ImportField) => {
      const at = col[field];
      return at === undefined ? '' : String(cells[at] ?? '').trim();
    };
    if (cells.every((c) => String(c ?? '').trim() === '')) return;
    const name =
      col.name !== undefined
        ? get('name')
        : [get('firstName'), get('lastName')].filter((s) => s !== '').join(' ');
    if (name === '') {
      result.problems.push({ line, code: 'noName', params: { column: nameColumn } });
      return;
    }
    const company = get('company');
    const contact = get('contact') || get('url');
    const id = identityOf(name, company, contact);
    if (seen.has(id)) {
      result.duplicates++;
      return;
    }
    seen.add(id);
    const read = <T>(field: ImportField, reader: (s: string) => Read<T>): T | null => {
      const text = get(field);
      if (text === '') return null;
      const r = reader(text);
      if (r.ok) return r.value;
      result.problems.push({ line, code: r.code, params: { value: text, column: headerOf(field) } });
      return null;
    };
    result.rows.push({
      name,
      company,
      contact,
      channel: get('channel') || (map.source === 'linkedin' ? LINKEDIN_CHANNEL : ''),
      dateMet: read(dateField, readDate),
      stage: read('stage', readStage),
      dealValue: read('dealValue', readAmount),
      notes: get('notes'),
    });
    result.lines.push(line);
  });
  return result;
}

/** A cell value as `Range.setValues` takes it. */
export type LogCell = string | number | boolean | null;

/**
 * A row's cells in LOG_COLUMNS order. Texts stay texts (textCell); dates are ISO texts, which
 * Sheets reads as dates in every locale; the stage is its label in the log's language
 * (`stageLabels`), which the log's dropdown lists; checkboxes are unticked. Columns an import does
 * not fill are empty, and the computed Follow up column is null here: the server writes its formula.
 */
export function toLogCells(row: ContactRow, stageLabels: Readonly<Record<StageKey, string>>): LogCell[] {
  return LOG_COLUMNS.map((column): LogCell => {
    switch (column.key) {
      case 'name':
      case 'company':
      case 'contact':
      case 'channel':
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
  });
}
