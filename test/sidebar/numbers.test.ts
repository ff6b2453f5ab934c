// Numbers as people type them in the wizard: the decimal comma in Russian and Finnish.
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { decimalExample, formatLocalNumber, parseLocalNumber } from '../../src/sidebar/numbers';

type Typed = [text: string, language: Language, read: number];

describe('parseLocalNumber', () => {
  it.each<[string, Typed[]]>([
    [
      'reads the decimal comma in Russian and Finnish',
      [
        ['12,5', 'ru', 12.5],
        ['12,5', 'fi', 12.5],
        ['0,1', 'fi', 0.1],
      ],
    ],
    [
      'also reads a decimal dot in Russian and Finnish, since many type it',
      [
        ['12.5', 'ru', 12.5],
        ['12.5', 'fi', 12.5],
      ],
    ],
    [
      'reads spaces, no-break spaces and thin spaces as digit grouping',
      [
        ['1 500,75', 'ru', 1500.75],
        ['1\u00a0500', 'fi', 1500],
        ['1\u202f500', 'fi', 1500],
        [' 40 ', 'en', 40],
      ],
    ],
    [
      'reads a comma as thousands grouping in English, and rejects "12,5" there',
      [
        ['1,500', 'en', 1500],
        ['1,234,567.5', 'en', 1234567.5],
        ['12,5', 'en', Number.NaN],
      ],
    ],
    [
      'rejects a number with both a comma and a dot in Russian and Finnish (which one is decimal?)',
      [
        ['1.500,5', 'ru', Number.NaN],
        ['1,500.5', 'fi', Number.NaN],
        ['1,5,0', 'ru', Number.NaN],
      ],
    ],
    [
      'reads the typographic minus Finnish formatting writes, and ignores a trailing percent sign',
      [
        ['\u22125', 'fi', -5],
        ['10 %', 'ru', 10],
        ['-3', 'en', -3],
      ],
    ],
    [
      'reads an exponent as Sheets does, with the decimal comma in Russian and Finnish',
      [
        ['1e3', 'en', 1000],
        ['2.5E-2', 'en', 0.025],
        ['1,5e3', 'fi', 1500],
        ['1,5E+3', 'ru', 1500],
        ['1,500e3', 'en', 1500000],
      ],
    ],
  ])('%s', (_behaviour, cases) => {
    for (const [text, language, read] of cases)
      expect([text, language, parseLocalNumber(text, language)]).toEqual([text, language, read]);
  });

  it('says empty for an empty field and not-a-number for text', () => {
    expect(parseLocalNumber('', 'en')).toBeNull();
    expect(parseLocalNumber('   ', 'ru')).toBeNull();
    for (const text of ['abc', '12a', 'e3', '1e', '--1', '.', ',', 'Infinity', '0x10'])
      expect([text, parseLocalNumber(text, 'en')]).toEqual([text, Number.NaN]);
  });
});

describe('formatLocalNumber', () => {
  it('writes the decimal comma in Russian and Finnish and the dot in English', () => {
    expect(formatLocalNumber(12.5, 'ru')).toBe('12,5');
    expect(formatLocalNumber(12.5, 'fi')).toBe('12,5');
    expect(formatLocalNumber(12.5, 'en')).toBe('12.5');
    expect(decimalExample('fi')).toBe('12,5');
  });

  it('rounds away floating-point noise such as 0.1 × 100', () => {
    expect(formatLocalNumber(0.1 * 100, 'en')).toBe('10');
    expect(formatLocalNumber(0.07 * 100, 'ru')).toBe('7');
  });

  it('writes what it reads back unchanged in every language', () => {
    for (const language of LANGUAGES)
      for (const n of [0, 1, 12.5, 1500.75, 0.001, 123456789])
        expect(parseLocalNumber(formatLocalNumber(n, language), language)).toBe(n);
  });
});
