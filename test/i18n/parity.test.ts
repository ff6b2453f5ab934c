// Every text table of the add-on holds the same keys and placeholders in every language, with no
// English left behind and no fact left unfilled. One list of the tables, one set of rules.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';
import { ADDON_NAME, messages, textFacts } from '../../src/i18n';
import { placeholders } from '../../src/i18n/fill';
import { type ByLanguage, FALLBACK_LANGUAGE, LANGUAGES } from '../../src/i18n/languages';
import { NAMES } from '../../src/i18n/names';
import { IMPORT_DIALOG_MESSAGES } from '../../src/import/dialog/i18n';
import { IMPORT_MESSAGES } from '../../src/import/i18n';
import { selfTestTexts } from '../../src/selftest/texts';
import { SHARING_DIALOG_MESSAGES } from '../../src/sharing/dialog/i18n';
import { SIDEBAR_MESSAGES } from '../../src/sidebar/i18n';
import { PROBLEM_TEXTS } from '../../src/workbook/problemTexts';

/**
 * Every text table, by the name of the `ByLanguage` constant that declares it, as its readers get
 * it (facts filled in). A new table is one line here; the last test below finds one left out.
 */
const TABLES: Record<string, ByLanguage<object>> = {
  WRITTEN: Object.fromEntries(LANGUAGES.map((l) => [l, messages(l)])) as ByLanguage<object>,
  NAMES,
  SIDEBAR_MESSAGES,
  SHARING_DIALOG_MESSAGES,
  IMPORT_MESSAGES,
  IMPORT_DIALOG_MESSAGES,
  PROBLEM_TEXTS,
  SELF_TEST_WRITTEN: Object.fromEntries(LANGUAGES.map((l) => [l, selfTestTexts(l)])) as ByLanguage<object>,
};

type Leaf = { kind: 'text'; text: string } | { kind: 'names'; names: string[] };

/** Every leaf of a table by its path ("workbook.plan.hours.events"): a text, or a list of names. */
function leaves(table: object, prefix = ''): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(table)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(at, { kind: 'text', text: value });
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      out.set(at, { kind: 'names', names: value });
    else if (value !== null && typeof value === 'object')
      for (const [p, v] of leaves(value, at)) out.set(p, v);
    else throw new Error(`${at} is neither text, a list of names nor a table`);
  }
  return out;
}

/** The texts of a table (lists of names left out: they are what people type, in any language). */
function texts(table: object): Array<[string, string]> {
  return [...leaves(table)].flatMap(([at, leaf]) => (leaf.kind === 'text' ? [[at, leaf.text]] : []));
}

/**
 * Names that stay English in every language: the add-on's name, our functions and their parameters
 * (typed as they are), the Sheets functions the texts name (Sheets keeps English names in every
 * locale), the values ANNUALIZED_ROI's method takes, a named range, ROI, ISO, CSV, the examples of
 * currency codes and of answer values (true, false) the texts give, and what LinkedIn's export is
 * called and writes in every language (Connections.csv, its Connected On column, English month
 * names such as Mar, Email), and Google, which Russian keeps in the product's own name (Google Таблицы).
 */
const STAY_ENGLISH = new Set([
  ...ADDON_NAME.split(' '),
  ...CUSTOM_FUNCTIONS.flatMap((f) => [f.name, ...f.params.map((p) => p.name)]),
  'LogName',
  'CSV',
  'csv',
  'Connections',
  'Connected',
  'Mar',
  'Email',
  'true',
  'false',
  'RAND',
  'TRIM',
  'compound',
  'simple',
  'ROI',
  'LinkedIn',
  'Google',
  'ISO',
  'EUR',
  'USD',
  'RUB',
]);

const latin = (text: string) => text.replace(/\{\w+\}/g, '').match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [];

/** Texts that are the same in English by nature: they hold only names, numbers, placeholders and signs. */
const onlyNames = (text: string) => latin(text).every((word) => STAY_ENGLISH.has(word));

/** Latin words of 3 letters or more in a Russian text, outside placeholders and the names that stay English. */
const latinWords = (text: string) =>
  latin(text).filter((word) => word.replace(/[^A-Za-z]/g, '').length >= 3 && !STAY_ENGLISH.has(word));

const sorted = (list: string[]) => [...list].sort();
const OTHERS = LANGUAGES.filter((l) => l !== FALLBACK_LANGUAGE);

describe.each(Object.entries(TABLES))('the %s texts', (_name, byLanguage) => {
  const english = leaves(byLanguage[FALLBACK_LANGUAGE]);

  it.each(OTHERS)('have the English keys in %s, no more and no fewer', (language) => {
    expect(sorted([...leaves(byLanguage[language]).keys()])).toEqual(sorted([...english.keys()]));
  });

  it.each(OTHERS)('fill the same placeholders as English in %s', (language) => {
    const own = new Map(texts(byLanguage[language]));
    const differ = texts(byLanguage[FALLBACK_LANGUAGE]).filter(
      ([at, text]) => sorted(placeholders(own.get(at) ?? '')).join() !== sorted(placeholders(text)).join(),
    );
    expect(differ).toEqual([]);
  });

  it.each(OTHERS)('leave no English text in %s except names that stay English', (language) => {
    const same = texts(byLanguage[language]).filter(
      ([at, text]) => english.get(at)?.kind === 'text' && (english.get(at) as { text: string }).text === text,
    );
    expect(same.filter(([, text]) => !onlyNames(text))).toEqual([]);
  });

  it('leave no Latin word in Russian except names that stay English', () => {
    const words = texts(byLanguage.ru).flatMap(([at, text]) => latinWords(text).map((w) => `${at}: ${w}`));
    expect(words).toEqual([]);
  });

  it.each(LANGUAGES)('are never empty in %s', (language) => {
    expect(texts(byLanguage[language]).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('give every list of names at least one English name', () => {
    const empty = [...english].filter(([, leaf]) => leaf.kind === 'names' && leaf.names.length === 0);
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES)('leave no fact unfilled in %s', (language) => {
    const facts = new Set(Object.keys(textFacts(language)));
    const unfilled = texts(byLanguage[language]).filter(([, text]) =>
      placeholders(text).some((n) => facts.has(n)),
    );
    expect(unfilled).toEqual([]);
  });
});

describe('the list of text tables', () => {
  /** The name of every `ByLanguage` constant declared under src/, by file. */
  function declaredTables(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return declaredTables(file);
      if (!name.endsWith('.ts')) return [];
      const source = readFileSync(file, 'utf8');
      return [...source.matchAll(/\bconst\s+(\w+)\s*:\s*ByLanguage</g)].map((m) => m[1]);
    });
  }

  it('holds every table the add-on declares', () => {
    expect(sorted(declaredTables(path.resolve(__dirname, '../../src')))).toEqual(sorted(Object.keys(TABLES)));
  });
});
