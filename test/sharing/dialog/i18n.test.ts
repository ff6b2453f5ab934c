// The sharing dialog's texts: every language has every key, with the same placeholders, translated.
import {
  dialogMessages,
  freezeLabel,
  reasonText,
  SHARING_DIALOG_MESSAGES,
} from '../../../src/sharing/dialog/i18n';
import type { RefusalCode } from '../../../src/sharing/native';

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
const english = leaves(SHARING_DIALOG_MESSAGES.en as unknown as Tree);

describe.each(['ru', 'fi'] as const)('the %s sharing dialog texts', (language) => {
  const texts = leaves(SHARING_DIALOG_MESSAGES[language] as unknown as Tree);

  it('have every key the English texts have, and no other', () => {
    expect([...english.keys()].filter((k) => !texts.has(k))).toEqual([]);
    expect([...texts.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('fill the same placeholders as the English texts', () => {
    for (const [key, text] of english)
      expect([key, placeholders(texts.get(key) ?? '')]).toEqual([key, placeholders(text)]);
  });

  it('are translated, not copied from English', () => {
    expect([...english].filter(([key, text]) => texts.get(key) === text)).toEqual([]);
  });

  it('are never empty', () => {
    expect([...texts].filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});

describe('the sharing dialog sentences', () => {
  const t = SHARING_DIALOG_MESSAGES.en;

  it('offer freezing with the value the cell shows', () => {
    expect(freezeLabel(t, 3.5)).toBe('Replace it with its value 3.5');
  });

  it('fall back to English for a reason code or a language the dialog does not know', () => {
    expect(reasonText(SHARING_DIALOG_MESSAGES.ru, { code: 'someNewCode' as RefusalCode })).toBe(
      t.reasons.other,
    );
    expect(dialogMessages('de')).toBe(t);
    expect(dialogMessages('ru')).toBe(SHARING_DIALOG_MESSAGES.ru);
  });

  it('give the function’s sentence for a call that shows an error now', () => {
    expect(reasonText(t, { code: 'showsError', message: 'NETROI: costs are missing.' })).toBe(
      'The function says: NETROI: costs are missing.',
    );
  });

  it('word a refusal with the function and argument it is about', () => {
    expect(reasonText(t, { code: 'missingArgument', fn: 'NETROI', arg: 'costs' })).toBe(
      'NETROI: costs is missing.',
    );
    const codes = Object.keys(t.reasons) as RefusalCode[];
    for (const code of codes)
      expect(reasonText(t, { code, fn: 'NETROI', arg: 'costs' })).not.toMatch(/\{\w+\}/);
  });
});
