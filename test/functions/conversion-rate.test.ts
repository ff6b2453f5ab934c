// CONVERSION_RATE: counts, checkbox ranges and status ranges.
import { CONVERSION_RATE } from '../../src/functions';
import { expectClose } from '../support/close';
import { column, row } from '../support/sheets';

describe('CONVERSION_RATE', () => {
  describe('with converted and contacts counts', () => {
    it('gives 30 % for 15 of 50 (SPEC.md worked example)', () => expectClose(CONVERSION_RATE(15, 50), 0.3));

    it('sums ranges of counts per channel', () => {
      expect(CONVERSION_RATE(column(3, '', 2), column(10, 10, ''))).toBe(0.25);
    });

    it('refuses when there are no contacts', () => {
      expect(() => CONVERSION_RATE(0, 0)).toThrow('CONVERSION_RATE: there are no contacts to convert');
    });

    it('refuses more conversions than contacts', () => {
      expect(() => CONVERSION_RATE(60, 50)).toThrow(
        'CONVERSION_RATE: converted (60) is more than contacts (50)',
      );
    });

    it('refuses a negative count, naming its cell', () => {
      expect(() => CONVERSION_RATE(column(5, -1), 50)).toThrow(
        'CONVERSION_RATE: converted, row 2 column 1 holds -1; a count cannot be negative',
      );
    });
  });

  describe('with a range of checkboxes', () => {
    it('gives the share of TRUE among filled cells', () => {
      expect(CONVERSION_RATE(column(true, false, '', true, false))).toBe(0.5);
    });

    it('refuses a number among the checkboxes', () => {
      expect(() => CONVERSION_RATE(column(true, 3))).toThrow(
        'CONVERSION_RATE: converted, row 2 column 1 holds 3; with one argument, give a range of checkboxes (TRUE/FALSE), or give contacts as the second argument',
      );
    });

    it('refuses a range with no filled cells', () => {
      expect(() => CONVERSION_RATE(column('', ''))).toThrow('CONVERSION_RATE: converted has no filled cells');
    });
  });

  describe('with a range of statuses', () => {
    const stages = column('Client', 'lead', ' client ', '', 'Partner', 'Lost');

    it('counts trimmed statuses equal to the one given, ignoring case', () => {
      expect(CONVERSION_RATE(stages, 'CLIENT')).toBe(2 / 5);
    });

    it('counts any of several statuses given as an array literal', () => {
      expect(CONVERSION_RATE(stages, row('Client', 'Partner'))).toBe(3 / 5);
    });

    it('refuses an empty status range', () => {
      expect(() => CONVERSION_RATE(column('', ''), 'Client')).toThrow(
        'CONVERSION_RATE: the status range has no filled cells',
      );
    });

    it('refuses a number among the statuses to look for', () => {
      expect(() => CONVERSION_RATE(stages, row('Client', 5))).toThrow(
        'CONVERSION_RATE: status, row 1 column 2 holds 5; enter a status text such as "Client"',
      );
    });
  });
});
