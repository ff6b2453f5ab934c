// Every text table of the add-on holds the same keys in English, Russian and Finnish, with no English left behind.
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';
import { messages } from '../../src/i18n';
import { SHARING_DIALOG_MESSAGES } from '../../src/sharing/dialog/i18n';
import { SIDEBAR_MESSAGES } from '../../src/sidebar/i18n';
import type { Language } from '../../src/workbook/answers';

/** The text tables: the server's (menu, build, sharing and the workbook's labels), the sidebar's, the sharing dialog's. */
const TABLES: Record<string, Record<Language, object>> = {
  server: { en: messages('en'), ru: messages('ru'), fi: messages('fi') },
  sidebar: SIDEBAR_MESSAGES,
  'sharing dialog': SHARING_DIALOG_MESSAGES,
};

/** Every string of a table by its path ("workbook.plan.hours.events"). */
function flatten(table: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value !== null && typeof value === 'object')
      for (const [p, v] of flatten(value, path)) out.set(p, v);
    else throw new Error(`${path} is neither text nor a table`);
  }
  return out;
}

/**
 * Names that stay English in every language: our functions and their parameters (typed as they
 * are), the Sheets functions the texts name (Sheets keeps English names in every locale), the
 * values ANNUALIZED_ROI's method takes, the product's name, ROI, LinkedIn, ISO and the currency
 * codes the texts give as examples.
 */
const STAY_ENGLISH = new Set([
  ...CUSTOM_FUNCTIONS.flatMap((f) => [f.name, ...f.params.map((p) => p.name)]),
  'RAND',
  'TRIM',
  'compound',
  'simple',
  'Networking ROI',
  'Networking',
  'ROI',
  'LinkedIn',
  'ISO',
  'EUR',
  'USD',
  'RUB',
]);

/** Texts that are the same in English by nature: they hold only names, numbers, placeholders and signs. */
function onlyNames(text: string): boolean {
  const words = text.replace(/\{\w+\}/g, '').match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [];
  return words.every((word) => STAY_ENGLISH.has(word)) || STAY_ENGLISH.has(text);
}

/** Latin words of 3 letters or more in a Russian text, outside placeholders and the names that stay English. */
function latinWords(text: string): string[] {
  const words = text.replace(/\{\w+\}/g, '').match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [];
  return words.filter((word) => word.replace(/[^A-Za-z]/g, '').length >= 3 && !STAY_ENGLISH.has(word));
}

describe.each(Object.entries(TABLES))('the %s texts', (_name, byLanguage) => {
  const en = flatten(byLanguage.en);

  it.each(['ru', 'fi'] as const)('have the English keys in %s, no more and no fewer', (language) => {
    expect([...flatten(byLanguage[language]).keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(['ru', 'fi'] as const)('leave no English text in %s except names that stay English', (language) => {
    const same = [...flatten(byLanguage[language])].filter(
      ([path, text]) => en.get(path) === text && !onlyNames(text),
    );
    expect(same).toEqual([]);
  });

  it('leave no Latin word in Russian except names that stay English', () => {
    const latin = [...flatten(byLanguage.ru)].flatMap(([path, text]) =>
      latinWords(text).map((word) => `${path}: ${word}`),
    );
    expect(latin).toEqual([]);
  });
});
