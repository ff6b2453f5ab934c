// The import's texts: every language has every key, and each sentence the same placeholders.
import { IMPORT_DIALOG_MESSAGES } from '../../src/import/dialog/i18n';
import { IMPORT_MESSAGES } from '../../src/import/i18n';

/** Every string of a text table by its path, lists included ("headers.name.0"). */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'object' && value !== null && !Array.isArray(value))
    for (const [k, v] of Object.entries(value))
      for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['the shared import texts', IMPORT_MESSAGES],
  ['the dialog texts', IMPORT_DIALOG_MESSAGES],
])('%s', (_name, table) => {
  it('give Russian and Finnish every English key, with the same placeholders', () => {
    const en = leaves(table.en);
    for (const language of ['ru', 'fi'] as const) {
      const other = leaves(table[language]);
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [path, text] of en)
        expect([path, placeholders(other.get(path)!)]).toEqual([path, placeholders(text)]);
    }
  });
});

it('gives every field and stage at least one name in English', () => {
  for (const names of [
    ...Object.values(IMPORT_MESSAGES.en.headers),
    ...Object.values(IMPORT_MESSAGES.en.stages),
  ])
    expect(names.length).toBeGreaterThan(0);
});
