// The sidebar's texts: every language has every key, with the same placeholders, translated.

import { FIELDS } from '../../src/sidebar/fields';
import { fill, SIDEBAR_MESSAGES } from '../../src/sidebar/i18n';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a texts tree as "section.key" → text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = leaves(SIDEBAR_MESSAGES.en as unknown as Tree);

describe.each(['ru', 'fi'] as const)('the %s sidebar texts', (language) => {
  const texts = leaves(SIDEBAR_MESSAGES[language] as unknown as Tree);

  it('have every key the English texts have, and no other', () => {
    expect([...english.keys()].filter((k) => !texts.has(k))).toEqual([]);
    expect([...texts.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('fill the same placeholders as the English texts', () => {
    for (const [key, text] of english)
      expect([key, placeholders(texts.get(key) ?? '')]).toEqual([key, placeholders(text)]);
  });

  it('are translated, not copied from English', () => {
    const copied = [...english].filter(([key, text]) => texts.get(key) === text);
    expect(copied).toEqual([]);
  });

  it('are never empty', () => {
    expect([...texts].filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});

describe('the sidebar texts', () => {
  it('give every field of the wizard a label', () => {
    for (const f of FIELDS)
      expect([f.path, typeof SIDEBAR_MESSAGES.en.fields[f.path]]).toEqual([f.path, 'string']);
  });

  it('fill placeholders by name and leave unknown ones visible', () => {
    expect(fill('Step {n} of {total}', { n: 2, total: 5 })).toBe('Step 2 of 5');
    expect(fill('Hello {who}', {})).toBe('Hello {who}');
  });
});
