// Placeholders: the one filler of `{name}`, over a text and over a whole table, and the facts it fills.

import { messages } from '../../src/i18n';
import { fill, fillTable, placeholders } from '../../src/i18n/fill';
import { listText } from '../../src/i18n/languages';
import { SIDEBAR_MESSAGES } from '../../src/sidebar/i18n';
import { MAX_MONTHS } from '../../src/workbook/schema';

describe('fill', () => {
  it('fills placeholders by name and leaves unknown ones visible', () => {
    expect(fill('Step {n} of {total}', { n: 2, total: 5 })).toBe('Step 2 of 5');
    expect(fill('Hello {who}', {})).toBe('Hello {who}');
  });

  it('fills every text of a table, lists included, and leaves the table as it was', () => {
    const table = { a: 'up to {max}', b: { c: ['{max} or less', 'x'] } };
    expect(fillTable(table, { max: 60 })).toEqual({ a: 'up to 60', b: { c: ['60 or less', 'x'] } });
    expect(table.a).toBe('up to {max}');
  });

  it('names the placeholders of a text in order', () => {
    expect(placeholders('{a} and {b}, then {a}')).toEqual(['a', 'b', 'a']);
  });
});

describe('the facts texts state', () => {
  it('state the longest plan from the schema', () => {
    expect(SIDEBAR_MESSAGES.en.fields['profile.months']).toBe(`Number of months (1–${MAX_MONTHS})`);
  });

  it('name the menu items as the menu does, in each language', () => {
    expect(messages('fi').sharing.stale).toContain(messages('fi').menu.prepareForSharing);
    expect(messages('ru').menu.helpText).toContain(`«${messages('ru').menu.buildWorkbook}»`);
  });

  it('list the six functions as a sentence of the language lists them', () => {
    expect(messages('en').menu.functionsEnabled).toBe(
      'NETROI, DISCOUNTED_ROI, CONVERSION_RATE, ANNUALIZED_ROI, REAL_ROI and PAYBACK_PERIOD now work in this spreadsheet.',
    );
    expect(listText(['A', 'B', 'C'], 'ru')).toBe('A, B и C');
    expect(listText(['A'], 'fi')).toBe('A');
  });
});
