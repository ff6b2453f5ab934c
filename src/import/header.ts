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

/** Names with their keys, normalised as headers are compared; the first key to claim a name keeps it. */
export function nameIndex<K>(names: Array<[name: string, key: K]>): Map<string, K> {
  const index = new Map<string, K>();
  for (const [name, key] of names) {
    const normal = normalizeHeader(name);
    if (normal !== '' && !index.has(normal)) index.set(normal, key);
  }
  return index;
}

/** Every recognised header name with its field: the log's own labels first, then the synonyms. */
function buildSynonyms(): Map<string, ImportField> {
  const labels = LANGUAGES.flatMap((language) =>
    LOG_LABEL_FIELDS.flatMap((field): Array<[string, ImportField]> => {
      const label = logColumnLabel(language, field);
      return label === undefined ? [] : [[label, field]];
    }),
  );
  const synonyms = LANGUAGES.flatMap((language) => {
    const headers = IMPORT_MESSAGES[language].headers;
    return (Object.keys(headers) as ImportField[]).flatMap((field) =>
      headers[field].map((name): [string, ImportField] => [name, field]),
    );
  });
  return nameIndex([...labels, ...synonyms]);
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
  'metAt',
  'introducedBy',
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
