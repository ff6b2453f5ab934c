/**
 * The data validation rules a value must keep, in one place: the stand-in (spreadsheetApp.ts)
 * refuses a script's write that breaks one, and the local preview a person's. Sheets' sentences
 * (src/platform/sentences.ts) are passed on for both.
 */
import { SHEETS_SENTENCES } from '../../src/platform/sentences';
import type { FakeDataValidation, FakeValue } from './spreadsheetApp';

export { SHEETS_SENTENCES };

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * True when `value` keeps `rule`; a blank cell keeps every rule, as in Sheets. A dropdown from a
 * range is kept by a value among `listed` (the range's filled cells as shown); without `listed` the
 * caller decides for itself.
 */
export function satisfies(rule: FakeDataValidation, value: FakeValue, listed?: string[]): boolean {
  if (value === null || value === '') return true;
  switch (rule.criteria) {
    case 'CHECKBOX':
      return typeof value === 'boolean';
    case 'VALUE_IN_LIST':
      return (rule.args[0] as unknown[]).map(String).includes(String(value));
    case 'VALUE_IN_RANGE':
      return listed === undefined || listed.includes(String(value));
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(rule.args[0]) && value <= Number(rule.args[1]);
    case 'DATE_IS_VALID_DATE':
      return isDate(value) && !Number.isNaN(value.getTime());
    default:
      return true;
  }
}
