// The preview's locales: numbers with the locale's marks, formulas read and shown in its syntax,
// and the add-on's `;`-separator path run end to end in ru_RU and fi_FI.
import path from 'node:path';
import { PreviewAddon } from '../../../dev/preview/addon';
import { formulaForLocale, localeSpec, toEngineFormula } from '../../../dev/preview/locale';
import { formatValue } from '../../../dev/preview/numberFormat';
import { parseTyped } from '../../../dev/preview/workbook';
import { messages } from '../../../src/i18n';
import { expectClose } from '../../support/close';

// Each locale builds a workbook in the preview's engine: one to three seconds each.
jest.setTimeout(30_000);

const dist = path.join(__dirname, '../../../dist');
const NBSP = '\u00a0';
const ru = localeSpec('ru_RU');
const fi = localeSpec('fi_FI');

describe('numbers in a locale', () => {
  it.each([
    ['ru_RU', 1234.56, '#,##0.00', `1${NBSP}234,56`],
    ['fi_FI', 1234.56, '#,##0.00', `1${NBSP}234,56`],
    ['ru_RU', 0.256, '0.0%', '25,6%'],
    ['ru_RU', 1500, '#,##0.00 "EUR"', `1${NBSP}500,00 EUR`],
    ['en_US', 1234.56, '#,##0.00', '1,234.56'],
  ])('in %s shows %p under %p as %p', (locale, value, pattern, shown) => {
    expect(formatValue(value, pattern, localeSpec(locale))).toBe(shown);
  });

  it('shows an unformatted fraction with a decimal comma in ru_RU', () => {
    expect(formatValue(0.5, null, ru)).toBe('0,5');
  });

  it('reads typed numbers with the locale’s decimal comma and grouping, and a decimal point as text', () => {
    expect(parseTyped('1 234,56', ru)).toBe(1234.56);
    expect(parseTyped(`1${NBSP}234,5`, fi)).toBe(1234.5);
    expect(parseTyped('12,5%', ru)).toBe(0.125);
    // "1.5" is not a number in Russia (Sheets would read a date there): never a silent 1.5.
    expect(parseTyped('1.5', ru)).toBe('1.5');
  });

  it('reads a date typed in the locale’s order, and refuses a day the calendar lacks', () => {
    const jan15 = new Date(Date.UTC(2027, 0, 15));
    expect(parseTyped('15.01.2027', ru)).toEqual(jan15);
    expect(parseTyped('15.1.2027', fi)).toEqual(jan15);
    expect(parseTyped('1/15/2027', localeSpec('en_US'))).toEqual(jan15);
    expect(parseTyped('2027-01-15', ru)).toEqual(jan15);
    expect(parseTyped('31.02.2027', ru)).toBe('31.02.2027');
  });
});

describe('formulas in a locale', () => {
  it('reads `;` separators and decimal commas in ru_RU, and refuses `,` separators and decimal points', () => {
    expect(toEngineFormula('=IF(A1>0,5;1;{1\\2;3\\4})', 'semicolon')).toBe('=IF(A1>0.5,1,{1,2;3,4})');
    expect(toEngineFormula('=SUM(A1,B1)', 'semicolon')).toBeNull();
    // Between digits a comma is a decimal comma there: 1,2 is one number.
    expect(toEngineFormula('=SUM(1,2)', 'semicolon')).toBe('=SUM(1.2)');
    expect(toEngineFormula('=A1*0.5', 'semicolon')).toBeNull();
    // Strings and sheet names keep their commas.
    expect(toEngineFormula('=CONCAT("a,b";\'Plan, 2\'!A1)', 'semicolon')).toBe(
      '=CONCAT("a,b",\'Plan, 2\'!A1)',
    );
  });

  it('shows stored formulas in the new locale’s syntax after a switch, and back', () => {
    const english = '=ROUND(A1*0.5,2)';
    const russian = formulaForLocale(english, 'comma', 'semicolon');
    expect(russian).toBe('=ROUND(A1*0,5;2)');
    expect(formulaForLocale(russian, 'semicolon', 'comma')).toBe(english);
  });
});

describe('the preview in ru_RU', () => {
  it('reads a formula written with `,` separators as a parse error and one with `;` as Sheets in Russia does', () => {
    const addon = PreviewAddon.fromDist(dist, { locale: 'ru_RU' });
    const sheet = addon.env.spreadsheet.peekSheet('Sheet1')!;
    // The adapter's separator probe: a comma formula written through the API does not compute.
    sheet.getRange(1, 1).setValues([['=IF(1>0,1,0)']]);
    expect(sheet.getRange(1, 1).getValue()).not.toBe(1);
    sheet.getRange(1, 1).setValues([['=IF(1>0;1;0)']]);
    expect(sheet.getRange(1, 1).getValue()).toBe(1);
    addon.workbook.edit('Sheet1', 'B1', '=SUM(A1,A2)');
    addon.workbook.edit('Sheet1', 'B2', '=SUM(1;2,5)');
    const cells = addon.workbook.snapshot()[0].cells;
    expect(cells.find((c) => c.row === 1 && c.column === 2)).toMatchObject({
      text: '#ERROR!',
      error: 'Formula parse error.',
    });
    // 1 + 2.5 = 3.5, shown with a decimal comma; the formula bar keeps what was typed.
    expect(cells.find((c) => c.row === 2 && c.column === 2)).toMatchObject({
      value: 3.5,
      text: '3,5',
      input: '=SUM(1;2,5)',
    });
  });

  it.each([
    ['ru_RU', 'ru'],
    ['fi_FI', 'fi'],
  ] as const)(
    'builds the %s workbook through the `;` path: formulas in `;` syntax, none shows an error',
    (locale, language) => {
      const addon = PreviewAddon.fromDist(dist, { locale });
      expect(addon.env.activeSpreadsheet().getSpreadsheetLocale()).toBe(locale);
      const defaults = addon.run('getWizardDefaults') as {
        ok: true;
        value: { uiLanguage: string; answers: unknown };
      };
      // The sidebar starts in the locale's language (the person's Google account speaks it).
      expect(defaults.value.uiLanguage).toBe(language);
      const built = addon.run(
        'buildWorkbook',
        JSON.stringify([defaults.value.answers, { replaceExisting: false }]),
      );
      expect(built).toMatchObject({ ok: true });
      const sheets = addon.workbook.snapshot();
      const formulas = sheets.flatMap((s) => s.cells.filter((c) => c.input.startsWith('=')));
      expect(formulas.length).toBeGreaterThan(50);
      expect(formulas.some((c) => c.input.includes(';'))).toBe(true);
      const errors = sheets.flatMap((s) =>
        s.cells.filter((c) => c.error).map((c) => `${s.name}!${c.row}:${c.column} ${c.text}`),
      );
      expect(errors).toEqual([]);
      // The Summary's net ROI shows as a percent with a decimal comma.
      const summary = sheets.find((s) => s.name === messages(language).workbook.sheets.summary);
      const percents = summary!.cells.filter(
        (c) => typeof c.value === 'number' && /^-?\d+,\d%$/.test(c.text),
      );
      expect(percents.length).toBeGreaterThan(0);
      // Shown with one decimal of a percent ('0.0%'), so within half of 0.1 % of the value: 5e-4.
      for (const c of percents)
        expectClose(Number(c.text.replace(',', '.').replace('%', '')) / 100, c.value as number, 5e-4);
    },
  );
});

describe('dates in a locale', () => {
  // 4 December 2026 as each locale shows it (the forms of issue 16, as Sheets shows them).
  it.each([
    ['en_US', '12/4/2026'],
    ['ru_RU', '04.12.2026'],
    ['fi_FI', '4.12.2026'],
  ] as const)(
    '%s shows a typed date as %s, in the cell and in the formula bar, and reads that back',
    (locale, shown) => {
      const addon = PreviewAddon.fromDist(dist, { locale });
      addon.workbook.edit('Sheet1', 'A1', '2026-12-04');
      addon.workbook.edit('Sheet1', 'A2', shown);
      addon.workbook.edit('Sheet1', 'A3', '=A1+1');
      const [a1, a2, a3] = addon.workbook.snapshot()[0].cells;
      expect([a1.text, a1.input]).toEqual([shown, shown]);
      expect([a2.text, a2.input, a2.value]).toEqual([shown, shown, a1.value]);
      // A formula's number stays a number: Sheets shows a date only for a date-giving formula.
      expect(a3.value).toBe((a1.value as number) + 1);
    },
  );

  it.each([
    ['ru_RU', '04.12.2026'],
    ['fi_FI', '4.12.2026'],
    ['en_US', '12/4/2026'],
  ] as const)('%s shows the Summary’s As of date as %s, and TODAY() in the same pattern', (locale, shown) => {
    const addon = PreviewAddon.fromDist(dist, { locale });
    const defaults = addon.run('getWizardDefaults') as { ok: true; value: { answers: unknown } };
    addon.run('buildWorkbook', JSON.stringify([defaults.value.answers, { replaceExisting: false }]));
    const asOf = addon.env.spreadsheet.peekNamedRange('AsOfDate')!.range;
    const find = () =>
      addon.workbook
        .snapshot()
        .find((s) => s.name === asOf.sheet.name)!
        .cells.find((c) => c.row === asOf.row && c.column === asOf.column)!;
    // =TODAY(): today in the locale's order, day, month and year as numbers.
    const today = new Date();
    const parts = find().text.split(/[./]/).map(Number);
    const [day, month] = locale === 'en_US' ? [parts[1], parts[0]] : [parts[0], parts[1]];
    expect([day, month, parts[2]]).toEqual([today.getDate(), today.getMonth() + 1, today.getFullYear()]);
    // TODAY() gives a date, which the cell's valid-date rule accepts (no warning mark).
    expect(find().invalid).toBeUndefined();
    addon.workbook.edit(asOf.sheet.name, `${String.fromCharCode(64 + asOf.column)}${asOf.row}`, shown);
    expect([find().text, find().input]).toEqual([shown, shown]);
  });
});
