// setValues reads every string as typed in the spreadsheet's locale (src/platform/typedInput.ts):
// every text a plan writes must stay the text it is, in the locale its workbook is built in.
import { localeWriting, readTyped } from '../../src/platform/typedInput';
import type { Language } from '../../src/workbook/answers';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { exampleAnswers } from '../support/answersFixture';

const LOCALES: Array<[Language, string]> = [
  ['en', 'en_US'],
  ['ru', 'ru_RU'],
  ['fi', 'fi_FI'],
];

describe('the texts of every plan', () => {
  it.each(LOCALES)(
    'stay text when Sheets reads them as typed (%s in %s), at 1, 12 and 60 months',
    (language, locale) => {
      const changed: string[] = [];
      for (const months of [1, 12, 60]) {
        const answers = exampleAnswers();
        answers.language = language;
        answers.profile.months = months;
        answers.extras = { contactsLog: true, channels: true, events: true };
        for (const sheet of planWorkbook(answers).sheets)
          for (const block of sheet.blocks)
            for (const value of block.values.flat()) {
              if (typeof value !== 'string' || value.startsWith('=')) continue;
              const typed = readTyped(value, localeWriting(locale));
              const shown = value.startsWith("'") ? value.slice(1) : value;
              if (typed.kind !== 'text' || typed.text !== shown)
                changed.push(`${sheet.name}: ${value} → ${typed.kind}`);
            }
      }
      expect(changed).toEqual([]);
    },
  );
});
