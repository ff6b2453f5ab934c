// Numbers as people type them in the wizard: the decimal comma in Russian and Finnish.
import { decimalExample, formatLocalNumber, parseLocalNumber } from '../../src/sidebar/numbers';

describe('parseLocalNumber', () => {
  it('reads the decimal comma in Russian and Finnish', () => {
    expect(parseLocalNumber('12,5', 'ru')).toBe(12.5);
    expect(parseLocalNumber('12,5', 'fi')).toBe(12.5);
    expect(parseLocalNumber('0,1', 'fi')).toBe(0.1);
  });

  it('also reads a decimal dot in Russian and Finnish, since many type it', () => {
    expect(parseLocalNumber('12.5', 'ru')).toBe(12.5);
    expect(parseLocalNumber('12.5', 'fi')).toBe(12.5);
  });

  it('reads spaces, no-break spaces and thin spaces as digit grouping', () => {
    expect(parseLocalNumber('1 500,75', 'ru')).toBe(1500.75);
    expect(parseLocalNumber('1\u00a0500', 'fi')).toBe(1500);
    expect(parseLocalNumber('1\u202f500', 'fi')).toBe(1500);
    expect(parseLocalNumber(' 40 ', 'en')).toBe(40);
  });

  it('reads a comma as thousands grouping in English, and rejects "12,5" there', () => {
    expect(parseLocalNumber('1,500', 'en')).toBe(1500);
    expect(parseLocalNumber('1,234,567.5', 'en')).toBe(1234567.5);
    expect(parseLocalNumber('12,5', 'en')).toBeNaN();
  });

  it('rejects a number with both a comma and a dot in Russian and Finnish (which one is decimal?)', () => {
    expect(parseLocalNumber('1.500,5', 'ru')).toBeNaN();
    expect(parseLocalNumber('1,500.5', 'fi')).toBeNaN();
    expect(parseLocalNumber('1,5,0', 'ru')).toBeNaN();
  });

  it('reads the typographic minus Finnish formatting writes, and ignores a trailing percent sign', () => {
    expect(parseLocalNumber('\u22125', 'fi')).toBe(-5);
    expect(parseLocalNumber('10 %', 'ru')).toBe(10);
    expect(parseLocalNumber('-3', 'en')).toBe(-3);
  });

  it('says empty for an empty field and not-a-number for text', () => {
    expect(parseLocalNumber('', 'en')).toBeNull();
    expect(parseLocalNumber('   ', 'ru')).toBeNull();
    for (const text of ['abc', '12a', 'e3', '1e', '--1', '.', ',', 'Infinity', '0x10'])
      expect([text, parseLocalNumber(text, 'en')]).toEqual([text, Number.NaN]);
  });
  it('reads an exponent as Sheets does, with the decimal comma in Russian and Finnish', () => {
    expect(parseLocalNumber('1e3', 'en')).toBe(1000);
    expect(parseLocalNumber('2.5E-2', 'en')).toBe(0.025);
    expect(parseLocalNumber('1,5e3', 'fi')).toBe(1500);
    expect(parseLocalNumber('1,5E+3', 'ru')).toBe(1500);
    expect(parseLocalNumber('1,500e3', 'en')).toBe(1500000);
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
    for (const language of ['en', 'ru', 'fi'] as const)
      for (const n of [0, 1, 12.5, 1500.75, 0.001, 123456789])
        expect(parseLocalNumber(formatLocalNumber(n, language), language)).toBe(n);
  });
});
