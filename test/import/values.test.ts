// Reading dates, amounts and stages of imported cells, and keeping a person's text as text.
import { LANGUAGES } from '../../src/i18n/languages';
import { IMPORT_MESSAGES } from '../../src/import/i18n';
import { readAmount, readDate, readStage, stageLabel, textCell } from '../../src/import/values';
import { logColumn, STAGES } from '../../src/workbook/contactsLog';

describe('readDate', () => {
  it.each([
    ['2024-03-15', '2024-03-15'],
    ['15.03.2024', '2024-03-15'],
    ['5.3.2024', '2024-03-05'],
    ['15 Mar 2024', '2024-03-15'],
    ['15 March 2024', '2024-03-15'],
    ['29 Feb 2024', '2024-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(readDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each(['31.02.2024', '29 Feb 2023', '2024-13-01', 'yesterday', '15 Mrz 2024', '2024/03/15x'])(
    'refuses %s, which is no day of the calendar or no date form it reads',
    (text) => {
      expect(readDate(text)).toEqual({ ok: false, code: 'badDate' });
    },
  );

  it.each(['3/15/2024', '15/03/2024', '03/04/2024'])('refuses the slashed %s as ambiguous', (text) => {
    expect(readDate(text)).toEqual({ ok: false, code: 'slashDate' });
  });
});

const DEAL = logColumn('dealValue').bounds;

describe('readAmount', () => {
  it.each([
    ['1500', 1500],
    ['1 500', 1500],
    ['1\u00a0500,50', 1500.5],
    ['0', 0],
    ['99.9', 99.9],
  ])('reads %s as %d', (text, value) => {
    expect(readAmount(text, DEAL)).toEqual({ ok: true, value });
  });

  it.each(['-5', '1,500', '1.500.000', '12 EUR', 'abc', '1e3'])('refuses %s', (text) => {
    expect(readAmount(text, DEAL)).toEqual({ ok: false, code: 'badAmount' });
  });

  it('refuses an amount beyond the column bounds the Contacts sheet validates, naming them', () => {
    // The bounds are LOG_COLUMNS' Deal value bounds: 0 to a billion, the wizard's largest amount
    // (SPEC section 5: a number ≥ 0).
    expect(DEAL).toEqual({ min: 0, max: 1e9 });
    expect(readAmount('1000000000', DEAL)).toEqual({ ok: true, value: 1e9 });
    expect(readAmount('1000000000.01', DEAL)).toEqual({
      ok: false,
      code: 'outOfBounds',
      params: { min: 0, max: 1e9 },
    });
    expect(readAmount('5', { min: 10, max: 20 })).toEqual({
      ok: false,
      code: 'outOfBounds',
      params: { min: 10, max: 20 },
    });
  });
});

describe('readStage', () => {
  it('reads every stage by its log label in each language, ignoring case and spaces', () => {
    for (const language of LANGUAGES)
      for (const key of STAGES) {
        expect(readStage(stageLabel(language, key))).toEqual({ ok: true, value: key });
        expect(readStage(` ${stageLabel(language, key).toUpperCase()} `)).toEqual({ ok: true, value: key });
      }
  });

  it('reads the synonyms of each language', () => {
    expect(readStage(IMPORT_MESSAGES.en.stages.client[1])).toEqual({ ok: true, value: 'client' });
    expect(readStage('Партнер')).toEqual({ ok: true, value: 'partner' });
  });

  it('refuses a stage it does not know', () => {
    expect(readStage('Maybe later')).toEqual({ ok: false, code: 'badStage' });
  });
});

describe('textCell', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1', "'quoted", '007', 'TRUE'])(
    'writes %j with a leading apostrophe so it stays text',
    (text) => {
      expect(textCell(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text as it is', () => {
    expect(textCell('Anna Virtanen')).toBe('Anna Virtanen');
    expect(textCell('Ромашка, ООО')).toBe('Ромашка, ООО');
  });
});
