// Date cells take the pattern Sheets gives a date in the spreadsheet's locale.
import { installFakes, uninstallFakes } from '../../dev/fakes/spreadsheetApp';
import { applyPlan } from '../../src/sheets/applyPlan';
import { localeDatePattern, PLAN_DATE_PATTERN, withLocaleDates } from '../../src/workbook/dates';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { exampleAnswers } from '../support/answersFixture';

afterEach(() => uninstallFakes());

describe('the date pattern of a spreadsheet locale', () => {
  it('is the one Sheets shows a date in there (Format → Number → Date), ISO where unknown', () => {
    expect(localeDatePattern('en_US')).toBe('m/d/yyyy');
    expect(localeDatePattern('ru_RU')).toBe('dd.mm.yyyy');
    expect(localeDatePattern('fi_FI')).toBe('d.m.yyyy');
    // Another country of a listed language writes dates as its language does.
    expect(localeDatePattern('ru_UA')).toBe('dd.mm.yyyy');
    expect(localeDatePattern('de_DE')).toBe(PLAN_DATE_PATTERN);
  });

  it('replaces only the plan’s date patterns, leaving money, percent and month headers as they were', () => {
    const plan = planWorkbook(exampleAnswers());
    const localized = withLocaleDates(plan, 'fi_FI');
    const patterns = (p: typeof plan) => p.sheets.flatMap((s) => s.numberFormats.map((f) => f.pattern));
    const before = patterns(plan);
    const after = patterns(localized);
    expect(before).toContain(PLAN_DATE_PATTERN);
    expect(after).not.toContain(PLAN_DATE_PATTERN);
    expect(after).toEqual(before.map((p) => (p === PLAN_DATE_PATTERN ? 'd.m.yyyy' : p)));
    // The plan itself is left as it was.
    expect(patterns(plan)).toEqual(before);
  });
});

describe('applying a plan', () => {
  it.each([
    ['ru_RU', 'dd.mm.yyyy'],
    ['en_US', 'm/d/yyyy'],
  ])('in %s writes the date cells with %s', (locale, pattern) => {
    const env = installFakes(globalThis, { locale, separators: locale === 'en_US' ? 'comma' : 'semicolon' });
    const answers = exampleAnswers();
    answers.extras = { contactsLog: true, channels: false, events: false };
    applyPlan(env.activeSpreadsheet(), planWorkbook(answers), { replaceExisting: false });
    const summary = env.spreadsheet.peekSheet('Summary')!;
    const asOf = env.spreadsheet.peekNamedRange('AsOfDate')!.range;
    expect(summary.peekCell(asOf.row, asOf.column)?.formats.numberFormat).toBe(pattern);
    const met = env.spreadsheet.peekNamedRange('LogDateMet')!.range;
    expect(met.sheet.peekCell(met.row, met.column)?.formats.numberFormat).toBe(pattern);
  });
});
