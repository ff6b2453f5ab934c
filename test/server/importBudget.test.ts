// The import's service calls for 30,000 LinkedIn rows (SPEC section 7: LinkedIn's cap), against the
// strict stand-in: the budget src/server/import.ts's header derives, and the figure issue 15's
// closing note gives. Apart from test/server/import.test.ts because it is slow and reads no time
// zone (the stand-in stores each date at midnight of the spreadsheet's zone), so it runs once.

import { installFakes, uninstallFakes } from '../../dev/fakes/spreadsheetApp';
import { MAX_BATCH_ROWS } from '../../src/import/contract';
import { parseCsv } from '../../src/import/csv';
import { batchesOf } from '../../src/import/preview';
import { createContactsSheet, importContacts } from '../../src/server/import';
import { LOG_COLUMNS } from '../../src/workbook/contactsLog';
import { linkedinExport } from '../import/fixtures';

// 30,000 rows through the import's batches into the stand-in: about 7 s quiet, far more when busy.
jest.setTimeout(120_000);

afterEach(() => uninstallFakes(globalThis));

describe('importContacts', () => {
  it('imports 30,000 LinkedIn rows in 15 batches into the wizard’s log, within its budget of calls', () => {
    const env = installFakes(globalThis);
    createContactsSheet();
    const file = parseCsv(linkedinExport(30000));
    if (file.kind !== 'parsed') throw new Error(file.code);
    const batches = batchesOf(file);
    expect(batches).toHaveLength(30000 / MAX_BATCH_ROWS);
    const perBatch: number[] = [];
    let added = 0;
    for (const batch of batches) {
      env.resetCalls();
      added += importContacts(batch).added;
      perBatch.push(env.calls.length);
      // One write of the rows (a batch that prepares rows also writes their Follow up formulas).
      const setValues = env.calls.filter((c) => c.method === 'Range.setValues');
      const rowWrites = setValues.filter((c) => (c.args[0] as unknown[][])[0].length === LOG_COLUMNS.length);
      expect(rowWrites).toHaveLength(1);
    }
    expect(added).toBe(30000);
    const sheet = env.spreadsheet.peekSheet('Contacts')!;
    expect(sheet.peekContent('A30001')).toBe('Person 30000');
    const end = env.spreadsheet.peekNamedRange('LogName')!.range;
    expect(end.row + end.numRows - 1).toBe(sheet.maxRows);
    expect(sheet.maxRows).toBeGreaterThanOrEqual(30001);
    // Budget, counted from src/server/import.ts's header: 23 calls in a batch (the lock 3, language 1,
    // the spreadsheet 1, finding the log 5, reading its header 3, reading the log 5, the grid's rows 1,
    // the computed columns' formulas 2, the write 2); a batch that prepares rows adds 21 (growing the grid,
    // reading the last prepared row, its highlight and inputs, the range handles, the formulas'
    // write), getName and setRange for each Log* name, and at most three per column (its rule, and
    // a run of number formats and of backgrounds). Preparing room for two batches ahead keeps those
    // to five batches of the fifteen.
    const names = LOG_COLUMNS.filter((c) => c.namedRange).length;
    const preparing = perBatch.filter((n) => n > 23);
    expect(perBatch.filter((n) => n <= 23)).toHaveLength(10);
    expect(preparing).toHaveLength(5);
    expect(Math.max(...preparing)).toBeLessThanOrEqual(23 + 21 + 2 * names + 3 * LOG_COLUMNS.length);
    // The figure for the closing notes: every call of the 15 batches (677 for issue 15's 16-column
    // log; 752 with the header read as wide as the sheet and section 9's three columns; 827 with
    // section 10's three columns and the overdue format, issue 19).
    expect(perBatch.reduce((a, b) => a + b, 0)).toBe(827);
  });
});
