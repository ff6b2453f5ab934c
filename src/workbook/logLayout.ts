/**
 * Where a Contacts log's columns are, found by their header labels (SPEC section 9). Whatever reads
 * a log it did not just lay out (the import, its duplicates, the list of contacts to call) reads
 * the header row first: a log of an earlier layout (the first 16 columns, without Met at,
 * Introduced by and Introduced revenue) or with a person's own columns among the log's keeps
 * working, and nothing is ever moved or added to it. Pure.
 */
import { messages } from '../i18n';
import { LANGUAGES, type Language } from '../i18n/languages';
import { LOG_COLUMNS, type LogColumnKey } from './contactsLog';

/** A Contacts log's columns as its header row places them. */
export interface LogLayout {
  /** The language of the header's labels, and so of the log's stages and Follow up texts. */
  language: Language;
  /** The 1-based sheet column of each log column the header names. */
  columns: Partial<Record<LogColumnKey, number>>;
  /** The last sheet column holding one of the log's columns. */
  width: number;
}

/** A header cell as compared: trimmed, ignoring case. */
function normal(cell: unknown): string {
  return String(cell ?? '')
    .trim()
    .toLowerCase();
}

/**
 * Labels the wizard wrote before a column's label was reworded (issue 16's review of the Russian
 * and Finnish wording): a log built then keeps its header, and is read by these as well. Not a
 * table of texts a person reads (so not a ByLanguage table held to the same keys in every
 * language): each language lists only what it reworded.
 */
const FORMER_LABELS: Record<Language, Partial<Record<LogColumnKey, readonly string[]>>> = {
  en: {},
  ru: { lastInteraction: ['Последний контакт'], interactions: ['Число контактов'] },
  fi: { inbound: ['Saapuva'] },
};

/** The log's columns every log has had since the first layout: a header without one is no log's. */
const REQUIRED = LOG_COLUMNS.filter((c) => !('optional' in c));

/** The labels of the log's columns in `language`, as the wizard writes them in the header row. */
export function logLabels(language: Language): Record<LogColumnKey, string> {
  const labels = messages(language).workbook.contacts;
  return Object.fromEntries(LOG_COLUMNS.map((c) => [c.key, labels[c.key]])) as Record<LogColumnKey, string>;
}

/** The labels a header must hold in `language` to be a log's, for the sentence refusing one that does not. */
export function requiredLabels(language: Language): string[] {
  const labels = logLabels(language);
  return REQUIRED.map((c) => labels[c.key]);
}

/** The layout of `header` read in `language`; null unless it names every required column. */
function layoutIn(header: readonly unknown[], language: Language): LogLayout | null {
  const labels = logLabels(language);
  const byLabel = new Map(
    LOG_COLUMNS.flatMap((c) =>
      [labels[c.key], ...(FORMER_LABELS[language][c.key] ?? [])].map(
        (label) => [normal(label), c.key] as const,
      ),
    ),
  );
  const columns: Partial<Record<LogColumnKey, number>> = {};
  header.forEach((cell, i) => {
    const key = byLabel.get(normal(cell));
    // The first cell of a label holds the column; a second copy is a person's own column.
    if (key !== undefined && columns[key] === undefined) columns[key] = i + 1;
  });
  if (REQUIRED.some((c) => columns[c.key] === undefined)) return null;
  return { language, columns, width: Math.max(...Object.values(columns)) };
}

/**
 * The layout of a log's header row (its cells, from column A), in `preferred` (the language its
 * sheet's name suggests) or else the first language whose labels it holds; null when it names the
 * columns of none.
 */
export function readLogLayout(header: readonly unknown[], preferred: Language): LogLayout | null {
  for (const language of [preferred, ...LANGUAGES.filter((l) => l !== preferred)]) {
    const layout = layoutIn(header, language);
    if (layout) return layout;
  }
  return null;
}

/** The layout the wizard lays a log out in: every column of LOG_COLUMNS, in order. */
export function wizardLayout(language: Language): LogLayout {
  const columns = Object.fromEntries(LOG_COLUMNS.map((c, i) => [c.key, i + 1])) as Record<
    LogColumnKey,
    number
  >;
  return { language, columns, width: LOG_COLUMNS.length };
}
