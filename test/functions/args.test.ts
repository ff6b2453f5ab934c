// The argument normaliser: how values Sheets passes become numbers, or a sentence saying what to fix.
import { RoiError } from '../../src/core/errors';
import {
  holdsText,
  isOmitted,
  parseNumericText,
  readAmount,
  readNumber,
  readPeriods,
} from '../../src/functions/args';
import { column, row } from '../support/sheets';

describe('parseNumericText', () => {
  it.each([
    ['1500', 1500],
    [' 1500 ', 1500],
    ['1,500.25', 1500.25],
    ['-3e4', -30000],
    ['+.5', 0.5],
    ['12.5%', 0.125],
    ['10%', 0.1],
  ])('reads "%s" as %p, as Sheets does in an English locale', (text, expected) => {
    expect(parseNumericText(text)).toBeCloseTo(expected, 12);
  });

  it.each(['', '  ', 'abc', '1 500', '15,00', '1.2.3', '%', '1,50,000', '12,5'])('refuses "%s"', (text) => {
    expect(parseNumericText(text)).toBeUndefined();
  });
});

describe('readAmount', () => {
  it('sums any shape and skips blanks', () => {
    expect(
      readAmount('x', [
        [1, '', 2],
        [null as unknown as string, 3, undefined as unknown as string],
      ]),
    ).toBe(6);
  });

  it('counts an all-blank range as nothing', () => expect(readAmount('x', column('', ''))).toBe(0));

  it('refuses numeric text inside a larger range: a typed "1500" in a cell is text in Sheets', () => {
    expect(() => readAmount('costs', column(1, '1500'))).toThrow(
      new RoiError('costs, row 2 column 1 holds the text "1500"; enter a number'),
    );
  });

  it('refuses a boolean given as a single value', () => {
    expect(() => readAmount('costs', true)).toThrow('costs holds the value TRUE; enter a number');
  });

  // The summing loop checks only each cell's type; these inputs must still reach the sentences.
  it('refuses TRUE inside a range of numbers rather than counting it as 1', () => {
    expect(() => readAmount('costs', [[1, 2, true as unknown as number]])).toThrow(
      new RoiError('costs, row 1 column 3 holds the value TRUE; enter a number'),
    );
  });

  it.each([
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NaN, 'NaN'],
  ])('refuses %p in a range, naming its cell, even when later cells are fine', (bad, shown) => {
    expect(() =>
      readAmount('returns', [
        [1, 2],
        [bad, 4],
        [5, 6],
      ]),
    ).toThrow(new RoiError(`returns, row 2 column 1 holds ${shown}; enter a finite number`));
  });

  it('reads numeric text in a 1×1 range as in a single value', () =>
    expect(readAmount('costs', [['1,500']])).toBe(1500));

  it('refuses a negative count after positive rows when counts are asked for', () => {
    expect(() => readAmount('contacts', [[1], [2], [-3]], { nonNegative: true })).toThrow(
      new RoiError('contacts, row 3 column 1 holds -3; a count cannot be negative'),
    );
  });

  it('reads a flat array from a script as one column', () =>
    expect(readAmount('costs', [1, 2, 3] as unknown as number[][])).toBe(6));
});

describe('readPeriods', () => {
  it('reads a row left to right and a column top to bottom, blanks as 0', () => {
    expect(readPeriods('r', row(1, '', 3))).toEqual([1, 0, 3]);
    expect(readPeriods('r', column(1, '', 3))).toEqual([1, 0, 3]);
  });

  it('reads a single value as one period', () => expect(readPeriods('r', 7)).toEqual([7]));
});

describe('readNumber', () => {
  it('takes a 1×1 range', () => expect(readNumber('rate', [[0.1]])).toBe(0.1));
  it('refuses a date', () =>
    expect(() => readNumber('rate', new Date())).toThrow('rate holds a date; enter a number'));
});

describe('isOmitted and holdsText', () => {
  it('treats undefined, null and "" as left out, and 0 as given', () => {
    expect([undefined, null, ''].every(isOmitted)).toBe(true);
    expect(isOmitted(0)).toBe(false);
  });

  it('sees status text but not numeric text', () => {
    expect(holdsText('Client')).toBe(true);
    expect(holdsText('50')).toBe(false);
    expect(holdsText(column('', 'Lead'))).toBe(true);
    expect(holdsText(column(1, 2))).toBe(false);
  });
});
