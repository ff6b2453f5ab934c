// importContacts against the recording fake: one write per batch, appended below the log, nothing
// already there changed, counts returned, and the service calls of a batch held to a budget.

import { type FakeEnvironment, installFakes, uninstallFakes } from '../../dev/fakes/spreadsheetApp';
import { columnLetters } from '../../src/formula/a1';
import { messages } from '../../src/i18n';
import { MAX_BATCH_ROWS } from '../../src/import/contract';
import { parseCsv } from '../../src/import/csv';
import { logColumnLabel } from '../../src/import/header';
import { batchesOf } from '../../src/import/preview';
import { stageLabel } from '../../src/import/values';
import {
  createContactsSheet,
  getImportContext,
  importBatch,
  importContacts,
  showImportDialog,
} from '../../src/server/import';
import { LOG_COLUMNS, LOG_ROWS, logColumnIndex } from '../../src/workbook/contactsLog';
import { linkedinExport } from '../../test/import/fixtures';

let env: FakeEnvironment;
afterEach(() => uninstallFakes(globalThis));

const FOLLOW_UP = logColumnIndex('followUp');
const F = columnLetters(FOLLOW_UP);
const followUp = (row: number) => `=IF(A${row}="","",IF(E${row}="","due",""))`;

/**
 * A Contacts log as the wizard lays it out: the header, `filled` rows of people, then empty rows up
 * to LOG_ROWS holding the Follow up formula and unticked checkboxes, and the Log* named ranges.
 */
function withLog(filled: string[][], options: { prepared?: number } = {}): FakeEnvironment {
  env = installFakes(globalThis, { sheets: { Summary: [['x']] } });
  const ss = env.spreadsheet;
  const sheet = ss.peekAddSheet('Contacts');
  const header = LOG_COLUMNS.map((c) => logColumnLabel('en', c.key) ?? c.key);
  const prepared = options.prepared ?? LOG_ROWS;
  const rows = Array.from({ length: prepared }, (_, i) =>
    LOG_COLUMNS.map((c, col) => {
      if (c.kind === 'followUp') return followUp(i + 2);
      if (c.kind === 'checkbox') return false;
      return filled[i]?.[col] ?? null;
    }),
  );
  sheet.peekWrite(1, 1, [header, ...rows]);
  for (const c of LOG_COLUMNS) {
    if (!c.namedRange) continue;
    const col = columnLetters(logColumnIndex(c.key));
    ss.setNamedRange(c.namedRange, sheet.peekRange(`${col}2:${col}${prepared + 1}`));
  }
  env.resetCalls();
  return env;
}

const sheet = () => env.spreadsheet.peekSheet('Contacts')!;
const row = (r: number) => sheet().peekGrid()[r - 1];
const setValues = () => env.calls.filter((c) => c.method === 'Range.setValues');

describe('importContacts', () => {
  it('waits for another command holding the document lock, then tells the person and writes nothing', () => {
    withLog([]);
    env.lockBusy = true;
    expect(() => importContacts({ source: 'csv', header: ['Name'], rows: [['Ann']] })).toThrow(
      messages('en').busy,
    );
    expect(setValues()).toEqual([]);
  });

  it('appends below the last filled row with one write, leaving the rows above untouched', () => {
    withLog([['Old One', 'Old Co', 'old@example.com']]);
    const before = JSON.stringify(row(2));
    const result = importContacts({
      source: 'csv',
      header: ['Name', 'Company', 'Email', 'Stage', 'Deal value', 'Date met'],
      rows: [
        ['=HYPERLINK("x")', '+1', '@SUM(A1)', 'client', '1 500', '15.03.2024'],
        ['Old One', 'other', 'OLD@example.com', '', '', ''],
        ['Bo', '-2', '', 'Sometime', '', '3/4/2024'],
      ],
    });
    expect(result).toEqual({
      added: 2,
      duplicates: 1,
      problems: [
        { line: 4, message: expect.stringContaining('"3/4/2024" in Date met') },
        { line: 4, message: expect.stringContaining('"Sometime" in Stage') },
      ],
    });
    expect(setValues()).toHaveLength(1);
    expect(JSON.stringify(row(2))).toBe(before);
    const name = logColumnIndex('name') - 1;
    // Written with the apostrophe, so the cell holds text and no formula.
    expect((setValues()[0].args[0] as unknown[][])[0][name]).toBe('\'=HYPERLINK("x")');
    expect(sheet().peekCell(3, logColumnIndex('name'))?.formula).toBeNull();
    expect(row(3)[name]).toBe('=HYPERLINK("x")');
    expect(row(3)[logColumnIndex('company') - 1]).toBe('+1');
    expect(row(3)[logColumnIndex('contact') - 1]).toBe('@SUM(A1)');
    expect(row(3)[logColumnIndex('stage') - 1]).toBe(stageLabel('en', 'client'));
    expect(row(3)[logColumnIndex('dealValue') - 1]).toBe(1500);
    expect(row(3)[logColumnIndex('dateMet') - 1]).toBe('2024-03-15');
    expect(row(4)[logColumnIndex('company') - 1]).toBe('-2');
    // The Follow up column keeps the formula the wizard put there.
    expect(sheet().peekContent(`${F}3`)).toBe(followUp(3));
    expect(sheet().peekContent(`${F}4`)).toBe(followUp(4));
  });

  it('checks against rows of earlier batches, which are in the log by then', () => {
    withLog([]);
    const batch = { source: 'csv' as const, header: ['Name', 'Company'], rows: [['Anna', 'A']] };
    expect(importContacts(batch).added).toBe(1);
    expect(importContacts(batch)).toEqual({ added: 0, duplicates: 1, problems: [] });
    expect(row(2)[0]).toBe('Anna');
    expect(row(3)[0]).toBe('');
  });

  it('does not write over a row that holds only notes', () => {
    const notes = logColumnIndex('notes') - 1;
    const filled: string[][] = [];
    filled[2] = Object.assign(Array(LOG_COLUMNS.length).fill(null), { [notes]: 'call back' });
    withLog(filled);
    importContacts({ source: 'csv', header: ['Name', 'Notes'], rows: [['Anna', 'x']] });
    expect(row(4)[notes]).toBe('call back');
    expect(row(5)[0]).toBe('Anna');
  });

  it('imports 30,000 LinkedIn rows in 15 batches, one write each, widening the log and its named ranges', () => {
    withLog([]);
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
      expect(setValues()).toHaveLength(1);
    }
    expect(added).toBe(30000);
    expect(row(30001)[0]).toBe('Person 30000');
    expect(sheet().maxRows).toBeGreaterThanOrEqual(30001);
    const log = env.spreadsheet.peekNamedRange('LogName')!.range;
    expect(log.row + log.numRows - 1).toBeGreaterThanOrEqual(30001);
    // Follow up formulas past the prepared rows are the prepared ones copied down.
    expect(sheet().peekContent(`${F}30001`)).toBe(followUp(30001));
    // Budget, counted from src/server/import.ts's header: at most 23 calls per batch (lock, language,
    // finding the log, the header check, two reads, room, formulas, one write), plus getRange and setNamedRange for each
    // of the 15 Log* ranges in a batch that widens them, which doubling keeps to a few batches.
    const widening = 2 * LOG_COLUMNS.filter((c) => c.namedRange).length;
    expect(Math.max(...perBatch)).toBeLessThanOrEqual(23 + widening);
    expect(perBatch.filter((n) => n > 23)).toHaveLength(4);
    expect(perBatch.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(15 * 23 + 4 * widening);
  });

  it('refuses a batch of more than 2,000 rows and a header it cannot read', () => {
    withLog([]);
    const rows = Array.from({ length: MAX_BATCH_ROWS + 1 }, (_, i) => [`P${i}`, 'C']);
    expect(() => importContacts({ source: 'csv', header: ['Name', 'Company'], rows })).toThrow(
      'A batch holds 2001 rows; send at most 2000 at a time.',
    );
    expect(() => importContacts({ source: 'csv', header: ['Who', 'Where'], rows: [] })).toThrow(/header/);
    expect(() => importContacts({ source: 'linkedin', header: ['Name', 'Company'], rows: [] })).toThrow(
      'The batch says it is a linkedin file, but its header is that of a csv file.',
    );
    expect(setValues()).toEqual([]);
  });

  it('finds a renamed log by its LogName range, and says so when there is no log', () => {
    withLog([]);
    sheet().setName('People');
    expect(getImportContext()).toEqual({ language: 'en', sheet: 'People', existing: [] });
    env = installFakes(globalThis);
    expect(getImportContext()).toEqual({ language: 'en', sheet: null, existing: [] });
    expect(() =>
      importBatch(env.activeSpreadsheet(), { source: 'csv', header: ['Name', 'Company'], rows: [] }, 'en'),
    ).toThrow(/no Contacts log/);
  });

  it('writes stages in the language of the log it finds, and numbers lines from firstLine', () => {
    env = installFakes(globalThis, {
      sheets: { Контакты: [LOG_COLUMNS.map((c) => messages('ru').workbook.contacts[c.key])] },
    });
    const result = importContacts({
      source: 'csv',
      header: ['Name', 'Stage', 'Date met'],
      rows: [
        ['Anna', 'Partner', ''],
        ['Bo', 'client', 'soon'],
      ],
      firstLine: 2001,
    });
    expect(result.added).toBe(2);
    expect(result.problems.map((p) => p.line)).toEqual([2002]);
    const stage = env.spreadsheet.peekSheet('Контакты')!.peekGrid()[1][logColumnIndex('stage') - 1];
    expect(stage).toBe(stageLabel('ru', 'partner'));
  });

  it('makes a Contacts sheet when there is none, and imports into it', () => {
    env = installFakes(globalThis, { userLocale: 'fi_FI' });
    const context = createContactsSheet();
    expect(context.sheet).toBe('Kontaktit');
    const result = importContacts({ source: 'csv', header: ['Nimi', 'Yritys'], rows: [['Anna', 'Oy']] });
    expect(result.added).toBe(1);
    expect(env.spreadsheet.peekSheet('Kontaktit')!.peekContent('A2')).toBe('Anna');
  });

  it('refuses a Contacts sheet of another layout, before the dialog shows anything and before a write', () => {
    env = installFakes(globalThis);
    // An 11-column log of an earlier version: Name, Company, Where met, …
    env.spreadsheet.peekAddSheet('Contacts').peekWrite(1, 1, [['Name', 'Company', 'Where met', 'Date met']]);
    env.resetCalls();
    const said = /does not have the contacts log’s columns \(Name, Company, Email or profile, Channel,/;
    expect(() => getImportContext()).toThrow(said);
    expect(() =>
      importContacts({ source: 'csv', header: ['Name', 'Company'], rows: [['Ann', 'Co']] }),
    ).toThrow(said);
    expect(setValues()).toEqual([]);
    expect(sheet().peekGrid()).toEqual([['Name', 'Company', 'Where met', 'Date met']]);
  });

  it('opens its own page as a modal dialog titled like the menu item', () => {
    env = installFakes(globalThis, { userLocale: 'ru' });
    showImportDialog();
    const [shown] = env.ui.modalDialogs;
    expect([shown.output.fileName, shown.title]).toEqual([
      'ImportDialog',
      messages('ru').menu.importContacts,
    ]);
  });
});
