/**
 * Recognising a CSV header (SPEC section 7): which column holds which field, in English, Russian
 * or Finnish, and whether the file is LinkedIn's connections export. Pure: no DOM, no Apps Script.
 */
import { messages } from '../i18n';
import { LANGUAGES, type Language } from '../i18n/languages';
import { LOG_COLUMNS } from '../workbook/contactsLog';
import { IMPORT_MESSAGES, type ImportMessages } from './i18n';

/** What a column of the file can hold. */
export type ImportField = keyof ImportMessages['headers'];

/** Where the file came from: LinkedIn's export sets Channel and Date met (SPEC section 7). */
export type ImportSource = 'linkedin' | 'csv';

/** The recognised header: the column of each field found, and the columns nothing reads. */
export interface HeaderMap {
  source: ImportSource;
  columns: Partial<Record<ImportField, number>>;
  /** Header cells no field reads (LinkedIn's Position, a person's own columns). */
  ignored: string[];
}

/** A header cell as compared: lower case, ё as е, letters and digits only ("E-mail" = "email"). */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Fields whose log column's label (the Contacts sheet's header) is also a header name. */
const LOG_LABEL_FIELDS: readonly ImportField[] = LOG_COLUMNS.map((c) => c.key).filter(
  (key): key is ImportField & (typeof LOG_COLUMNS)[number]['key'] => key in IMPORT_MESSAGES.en.headers,
);

/** The Contacts sheet's column label of `key` in `language`, when the workbook texts have one. */
export function logColumnLabel(language: Language, key: string): string | undefined {
  const label = (messages(language).workbook.contacts as Record<string, unknown>)[key];
  return typeof label === 'string' ? label : undefined;
}

/** Every recognised header name, normalised, with its field; the first field to claim a name keeps it. */
function buildSynonyms(): Map<string, ImportField> {
  const synonyms = new Map<string, ImportField>();
  const add = (name: string, field: ImportField) => {
    const key = normalizeHeader(name);
    if (key !== '' && !synonyms.has(key)) synonyms.set(key, field);
  };
  for (const language of LANGUAGES) {
    for (const field of LOG_LABEL_FIELDS) {
      const label = logColumnLabel(language, field);
      if (label !== undefined) add(label, field);
    }
  }
  for (const language of LANGUAGES) {
    const headers = IMPORT_MESSAGES[language].headers;
    for (const field of Object.keys(headers) as ImportField[])
      for (const name of headers[field]) add(name, field);
  }
  return synonyms;
}

const SYNONYMS = buildSynonyms();

/** Fields besides a name, one of which a header must name (SPEC section 7). */
const OTHER_FIELDS: readonly ImportField[] = [
  'company',
  'contact',
  'url',
  'dateMet',
  'connectedOn',
  'channel',
  'stage',
  'dealValue',
  'notes',
];

/**
 * Reads a header row. Null unless it names a name (Name, or First Name and Last Name) and at least
 * one other field, so that a line of notes above the header is never taken for it. A header with
 * Name and Last Name but no First Name reads Name as the first name (Russian "Имя" and "Фамилия").
 * The file is LinkedIn's export when it has First Name, Last Name and Connected On.
 */
export function recognizeHeader(cells: readonly string[]): HeaderMap | null {
  const columns: Partial<Record<ImportField, number>> = {};
  const ignored: string[] = [];
  cells.forEach((cell, index) => {
    const field = SYNONYMS.get(normalizeHeader(cell));
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
    else if (cell.trim() !== '') ignored.push(cell.trim());
  });
  if (columns.name !== undefined && columns.lastName !== undefined && columns.firstName === undefined) {
    columns.firstName = columns.name;
    delete columns.name;
  }
  const hasName =
    columns.name !== undefined || (columns.firstName !== undefined && columns.lastName !== undefined);
  if (!hasName || !OTHER_FIELDS.some((f) => columns[f] !== undefined)) return null;
  const linkedin =
    columns.firstName !== undefined && columns.lastName !== undefined && columns.connectedOn !== undefined;
  return { source: linkedin ? 'linkedin' : 'csv', columns, ignored };
}
