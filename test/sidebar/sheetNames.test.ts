// Which sheets a build makes, which already exist, and the free names new sheets get.
import { conflictingSheets, freeSheetName, plannedSheetNames } from '../../src/sidebar/sheetNames';
import type { Language } from '../../src/workbook/answers';
import { defaultAnswers } from '../../src/workbook/defaults';
import { planWorkbook } from '../../src/workbook/planWorkbook';

describe('the sheets a build makes', () => {
  it.each(['en', 'ru', 'fi'] as Language[])('are named in %s as planWorkbook names them', (language) => {
    for (const extras of [
      { contactsLog: true, channels: true, events: true },
      { contactsLog: true, channels: true, events: false },
      { contactsLog: false, channels: true, events: true },
      { contactsLog: true, channels: false, events: true },
      { contactsLog: false, channels: false, events: false },
    ]) {
      const answers = { ...defaultAnswers({ language, currency: 'EUR', startMonth: '2027-01' }), extras };
      expect(plannedSheetNames(extras, language)).toEqual(planWorkbook(answers).sheets.map((s) => s.name));
    }
  });
});

describe('conflictingSheets', () => {
  it('finds the planned names that exist, ignoring case as Sheets does, spelled as the spreadsheet spells them', () => {
    expect(conflictingSheets(['Plan', 'Summary'], ['plan', 'Notes'])).toEqual(['plan']);
    expect(conflictingSheets(['Plan', 'Summary'], ['SUMMARY', 'Plan'])).toEqual(['Plan', 'SUMMARY']);
    expect(conflictingSheets(['Plan', 'Summary'], ['Plan (2)'])).toEqual([]);
  });
});

describe('freeSheetName', () => {
  it('keeps a name nobody uses and numbers one that is taken', () => {
    expect(freeSheetName('Plan', ['Summary'])).toBe('Plan');
    expect(freeSheetName('Plan', ['Plan'])).toBe('Plan (2)');
    expect(freeSheetName('Plan', ['Plan', 'plan (2)', 'Plan (3)'])).toBe('Plan (4)');
  });
});
