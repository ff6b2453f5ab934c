// importContacts against the recording fake: one write per batch, appended below the log, nothing
// already there changed, counts returned, and the service calls of a batch held to a budget.

import { type FakeEnvironment, installFakes, uninstallFakes } from '../../dev/fakes/spreadsheetApp';
import { columnLetters } from '../../src/formula/a1';
import { messages } from '../../src/i18n';
import { MAX_BATCH_ROWS } from '../../src/import/contract';
import { parseCsv } from '../../src/import/csv';
import { shiftFormulaRows } from '../../src/import/formulaRows';
import { logColumnLabel } from '../../src/import/header';
import { preparedEnd } from '../../src/import/logRows';
import { batchesOf } from '../../src/import/preview';
import { stageLabel } from '../../src/import/values';
import { MAX_CELL_CHARACTERS, NEW_SHEET_COLUMNS } from '../../src/platform/limits';
import { buildWorkbook } from '../../src/server/api';
import {
  createContactsSheet,
  getImportContext,
  importBatch,
  importContacts,
  showImportDialog,
} from '../../src/server/import';
import { runs } from '../../src/workbook/cells';
import { LOG_COLUMNS, LOG_ROWS, logColumn, logColumnIndex } from '../../src/workbook/contactsLog';
import { LINKEDIN_HEADER, linkedinExport } from '../../test/import/fixtures';
import { exampleAnswers } from '../support/answersFixture';

// Rows past the prepared 1,000 are checked over a grown log: a few seconds.
jest.setTimeout(30_000);

let env: FakeEnvironment;
afterEach(() => uninstallFakes(globalThis));

const FOLLOW_UP = logColumnIndex('followUp');
const F = columnLetters(FOLLOW_UP);
const followUp = (row: number) => `=IF(A${row}="","",IF(E${row}="","due",""))`;

/** The log's columns before SPEC section 9 added Met at, Introduced by and Introduced revenue. */
const OLD_COLUMNS = LOG_COLUMNS.filter((c) => !('optional' in c));

/**
 * A Contacts log as the wizard lays it out (`columns`: LOG_COLUMNS, or the earlier 16 columns):
 * the header, `filled` rows of people (by column, in `columns`' order), then empty rows up to
 * LOG_ROWS holding the Follow up formula and unticked checkboxes, and the Log* named ranges.
 */
function withLog(
  filled: string[][],
  options: { prepared?: number; columns?: ReadonlyArray<(typeof LOG_COLUMNS)[number]> } = {},
): FakeEnvironment {
  env = installFakes(globalThis, { sheets: { Summary: [['x']] } });
  const ss = env.spreadsheet;
  const prepared = options.prepared ?? LOG_ROWS;
  const columns = options.columns ?? LOG_COLUMNS;
  // The build grows the sheet to the rows it writes: the header and the prepared rows.
  const sheet = ss.peekAddSheet('Contacts', undefined, { rows: prepared + 1, columns: NEW_SHEET_COLUMNS });
  const header = columns.map((c) => logColumnLabel('en', c.key) ?? c.key);
  const rows = Array.from({ length: prepared }, (_, i) =>
    columns.map((c, col) => {
      if (c.kind === 'followUp') return followUp(i + 2);
      if (c.kind === 'checkbox') return false;
      return filled[i]?.[col] ?? null;
    }),
  );
  sheet.peekWrite(1, 1, [header, ...rows]);
  columns.forEach((c, i) => {
    if (!c.namedRange) return;
    const col = columnLetters(i + 1);
    ss.setNamedRange(c.namedRange, sheet.peekRange(`${col}2:${col}${prepared + 1}`));
  });
  env.resetCalls();
  return env;
}

const sheet = () => env.spreadsheet.peekSheet('Contacts')!;
const row = (r: number) => sheet().peekGrid()[r - 1];
const setValues = () => env.calls.filter((c) => c.method === 'Range.setValues');
/** A date cell's calendar day in the spreadsheet's time zone. */
const dayOf = (value: unknown) => Utilities.formatDate(value as Date, env.spreadsheet.timeZone, 'yyyy-MM-dd');

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
    expect(dayOf(row(3)[logColumnIndex('dateMet') - 1])).toBe('2024-03-15');
    expect(row(4)[logColumnIndex('company') - 1]).toBe('-2');
    // The Follow up column keeps the formula the wizard put there.
    expect(sheet().peekContent(`${F}3`)).toBe(followUp(3));
    expect(sheet().peekContent(`${F}4`)).toBe(followUp(4));
  });

  it.each([
    ['en_US', 'America/Los_Angeles'],
    ['ru_RU', 'Europe/Moscow'],
    ['fi_FI', 'Asia/Kolkata'],
  ])(
    'writes Date met so that a %s spreadsheet in %s stores the calendar day as a date',
    (locale, timeZone) => {
      env = installFakes(globalThis, { locale, timeZone });
      createContactsSheet();
      const result = importContacts({
        source: 'linkedin',
        header: LINKEDIN_HEADER.split(','),
        rows: [['Anna', 'V', 'linkedin.com/in/anna', '', 'Acme', 'CEO', '15 Mar 2024']],
      });
      expect(result).toEqual({ added: 1, duplicates: 0, problems: [] });
      // ISO text, which Sheets reads as a date in every locale (no Date object: its instant would
      // depend on the script's time zone); the stand-in reads it as Sheets does.
      const written = setValues().at(-1)!.args[0] as unknown[][];
      expect(written[0][logColumnIndex('dateMet') - 1]).toBe('2024-03-15');
      const stored = sheet().peekCell(2, logColumnIndex('dateMet'))?.value;
      expect(stored).toBeInstanceOf(Date);
      expect(Utilities.formatDate(stored as Date, timeZone, 'yyyy-MM-dd HH:mm')).toBe('2024-03-15 00:00');
    },
  );

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

  it('prepares rows past the wizard’s 1,000 as it prepared its own: dropdowns, checkboxes, formats, Follow up, highlight, inputs, names', () => {
    env = installFakes(globalThis);
    createContactsSheet();
    const log = sheet();
    const file = parseCsv(linkedinExport(2500));
    if (file.kind !== 'parsed') throw new Error(file.code);
    env.resetCalls();
    for (const batch of batchesOf(file)) expect(importContacts(batch).added).toBe(batch.rows.length);
    const lastPrepared = LOG_ROWS + 1;
    // The first batch ends on row 2001, past row 1001: rows up to 2001 + PREPARED_ROOM are prepared.
    const end = preparedEnd(2001);
    // A row as Apps Script reports it: each cell's validation, number format and background.
    const look = (row: number) => {
      const range = log.getRange(row, 1, 1, LOG_COLUMNS.length);
      return [range.getDataValidations(), range.getNumberFormats(), range.getBackgrounds()];
    };
    for (const row of [lastPrepared + 1, 2001, 2501, end]) expect(look(row)).toEqual(look(lastPrepared));
    // The checkbox, stage and date columns past the prepared rows, and the rule each holds.
    const at = (key: (typeof LOG_COLUMNS)[number]['key']) => logColumnIndex(key);
    expect(log.peekCell(2501, at('inbound'))?.validation?.criteria).toBe('CHECKBOX');
    expect(log.peekCell(2501, at('inbound'))?.value).toBe(false);
    expect(log.peekCell(2501, at('stage'))?.validation?.criteria).toBe('VALUE_IN_LIST');
    expect(log.peekCell(end, at('dateMet'))?.validation?.criteria).toBe('DATE_IS_VALID_DATE');
    // Follow up: the wizard's formula copied down to every prepared row, data or not.
    const follow = columnLetters(at('followUp'));
    const prepared = env.spreadsheet.peekSheet('Contacts')!.peekContent(`${follow}${lastPrepared}`) as string;
    expect(log.peekContent(`${follow}${end}`)).toBe(shiftFormulaRows(prepared, end - lastPrepared));
    expect(log.peekContent(`${follow}2501`)).toBe(shiftFormulaRows(prepared, 2501 - lastPrepared));
    // The due-row highlight and the unprotected inputs reach the new last row; so does every Log* name.
    const last = columnLetters(LOG_COLUMNS.length);
    // Both the due (amber) and the overdue (red) formats (SPEC section 10).
    expect(log.conditionalFormatRules.map((r) => r.peek().ranges)).toEqual([
      [`A2:${last}${end}`],
      [`A2:${last}${end}`],
    ]);
    // Every column but the computed ones (Introduced revenue, Follow up) is an input.
    const inputs = runs([...LOG_COLUMNS], (c) => ('computed' in c ? null : true), 1);
    expect(log.protections.map((p) => p.peek().unprotected)).toEqual([
      inputs.map(([from, to]) => `${columnLetters(from)}2:${columnLetters(to)}${end}`),
    ]);
    for (const c of LOG_COLUMNS) {
      if (!c.namedRange) continue;
      const letter = columnLetters(logColumnIndex(c.key));
      expect([c.namedRange, env.spreadsheet.peekNamedRange(c.namedRange)?.range.peekA1()]).toEqual([
        c.namedRange,
        `${letter}2:${letter}${end}`,
      ]);
    }
    // The grid grew once, before any write past it; names were widened with NamedRange.setRange.
    const methods = env.calls.map((c) => c.method);
    expect(methods.filter((m) => m === 'Sheet.insertRowsAfter')).toHaveLength(1);
    expect(methods.indexOf('Sheet.insertRowsAfter')).toBeLessThan(methods.indexOf('Range.setDataValidation'));
    expect(log.maxRows).toBe(end);
    expect(methods).not.toContain('Spreadsheet.setNamedRange');
    expect(methods.filter((m) => m === 'NamedRange.setRange')).toHaveLength(
      LOG_COLUMNS.filter((c) => c.namedRange).length,
    );
  });

  it('finds a row of an earlier batch by its profile when that row also had an email', () => {
    withLog([]);
    const header = ['Name', 'Email', 'Profile'];
    const first = importContacts({
      source: 'csv',
      header,
      rows: [['Anna', 'anna@example.com', 'https://www.linkedin.com/in/anna']],
    });
    expect(first.added).toBe(1);
    expect(row(2)[logColumnIndex('contact') - 1]).toBe('anna@example.com, https://www.linkedin.com/in/anna');
    const second = importContacts({ source: 'csv', header, rows: [['Anna V', '', 'linkedin.com/in/anna/']] });
    expect(second).toEqual({ added: 0, duplicates: 1, problems: [] });
  });

  it('reports a cell longer than a Sheets cell holds with its line, and imports the rest of the batch', () => {
    withLog([]);
    const long = 'n'.repeat(MAX_CELL_CHARACTERS + 1);
    const result = importContacts({
      source: 'csv',
      header: ['Name', 'Notes'],
      rows: [
        ['Anna', 'short'],
        ['Bo', long],
        ['Cai', ''],
      ],
      firstLine: 10,
    });
    expect(result.added).toBe(2);
    expect(result.problems).toEqual([{ line: 11, message: expect.stringContaining('Notes') }]);
    expect(result.problems[0].message).toContain(
      `${(MAX_CELL_CHARACTERS + 1).toLocaleString('en-US')} characters`,
    );
    expect([row(2)[0], row(3)[0]]).toEqual(['Anna', 'Cai']);
    expect(
      setValues().every((c) =>
        (c.args[0] as unknown[][]).flat().every((v) => String(v).length <= MAX_CELL_CHARACTERS),
      ),
    ).toBe(true);
  });

  it('reports a Deal value beyond the Contacts sheet’s validation with its line and leaves the cell empty', () => {
    env = installFakes(globalThis);
    createContactsSheet();
    const { max } = logColumn('dealValue').bounds;
    const result = importContacts({
      source: 'csv',
      header: ['Name', 'Deal value'],
      rows: [
        ['Anna', String(max * 10)],
        ['Bo', String(max)],
      ],
    });
    expect(result.added).toBe(2);
    expect(result.problems).toEqual([{ line: 2, message: expect.stringContaining('(0 to 1,000,000,000)') }]);
    const deal = logColumnIndex('dealValue') - 1;
    expect([row(2)[deal], row(3)[deal]]).toEqual(['', max]);
  });

  it.each(['en', 'ru'] as const)(
    'imports every field into the %s wizard workbook’s log without breaking a rule that refuses a write',
    (language) => {
      // The whole workbook with the Channels table: Channel is a list that warns, Stage a list,
      // the dates, Deal value and the checkbox rules that refuse. The stand-in refuses a write that
      // breaks one, as Sheets does, which would lose the whole batch.
      const userLocale = language === 'ru' ? 'ru_RU' : 'en_US';
      env = installFakes(globalThis, { userLocale, locale: userLocale });
      const answers = { ...exampleAnswers(), language };
      answers.extras = { contactsLog: true, channels: true, events: true };
      buildWorkbook(answers, { replaceExisting: false });
      const log = env.spreadsheet.peekSheet(messages(language).workbook.sheets.contacts)!;
      const { max } = logColumn('dealValue').bounds;
      const result = importContacts({
        source: 'csv',
        header: [
          'Name',
          'Company',
          'Email',
          'Channel',
          'Met at',
          'Introduced by',
          'Date met',
          'Stage',
          'Deal value',
          'Notes',
        ],
        rows: [
          [
            'Anna',
            'Acme',
            'anna@example.com',
            'Conference',
            'Web Summit',
            '',
            '2024-03-15',
            'Client',
            String(max),
            'met at the fair',
          ],
          ['Bo', 'Beta', '', 'Somewhere else', '', 'Anna', '15.03.2024', 'Клиент', '0', ''],
          [
            'Cai',
            'Zeta',
            '',
            'LinkedIn',
            '',
            'Someone new',
            '15 Mar 2024',
            'lost',
            '1 500,50',
            '=not a formula',
          ],
        ],
      });
      expect(result).toEqual({ added: 3, duplicates: 0, problems: [] });
      const stage = logColumnIndex('stage');
      expect([2, 3, 4].map((r) => log.peekCell(r, stage)?.value)).toEqual(
        (['client', 'client', 'lost'] as const).map((k) => stageLabel(language, k)),
      );
      const deal = logColumnIndex('dealValue');
      expect([2, 3, 4].map((r) => log.peekCell(r, deal)?.value)).toEqual([max, 0, 1500.5]);
      expect(log.peekCell(2, logColumnIndex('dateMet'))?.value).toBeInstanceOf(Date);
      expect(log.peekCell(4, logColumnIndex('inbound'))?.value).toBe(false);
      // Met at and Introduced by are dropdowns that warn: other values are written as they are.
      expect(log.peekCell(2, logColumnIndex('metAt'))?.value).toBe('Web Summit');
      expect([3, 4].map((r) => log.peekCell(r, logColumnIndex('introducedBy'))?.value)).toEqual([
        'Anna',
        'Someone new',
      ]);
    },
  );

  it('imports into a log of the earlier 16-column layout under its own headers, changing nothing already in it', () => {
    withLog([['Old One', 'Old Co', 'old@example.com']], { columns: OLD_COLUMNS, prepared: 4 });
    const grid = () => sheet().peekGrid();
    const before = grid();
    const names = () => env.spreadsheet.namedRanges.map((n) => [n.name, n.range.peekA1()]);
    const namesBefore = names();
    const header = ['Name', 'Company', 'Met at', 'Introduced by', 'Stage', 'Deal value', 'Notes'];
    const people = [
      ['Ann', 'Acme', 'Web Summit', 'Old One', 'Client', '1 500', 'hi'],
      ['Old One', 'Old Co', '', '', '', '', ''],
      ['Bo', 'Beta', '', 'Ann', 'new', '', ''],
      ['Cy', 'Gamma', 'Meetup', '', '', '', ''],
      ['Di', 'Delta', '', '', 'lost', '', ''],
      ['Ed', 'Eps', '', '', '', '', ''],
    ];
    expect(importContacts({ source: 'csv', header, rows: people })).toEqual({
      added: 5,
      duplicates: 1,
      problems: [],
    });
    // The dialog reads it too.
    expect(getImportContext().existing.map((r) => r[0])).toEqual(['Old One', 'Ann', 'Bo', 'Cy', 'Di', 'Ed']);
    const after = grid();
    // Nothing above the new rows changed; no column was added (the grid's last used column is the 16th).
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[0]).toHaveLength(OLD_COLUMNS.length);
    const at = (key: (typeof LOG_COLUMNS)[number]['key']) => OLD_COLUMNS.findIndex((c) => c.key === key);
    expect(
      after.slice(2, 7).map((r) => [r[at('name')], r[at('company')], r[at('stage')], r[at('dealValue')]]),
    ).toEqual([
      ['Ann', 'Acme', 'Client', 1500],
      ['Bo', 'Beta', 'New', ''],
      ['Cy', 'Gamma', '', ''],
      ['Di', 'Delta', 'Lost', ''],
      ['Ed', 'Eps', '', ''],
    ]);
    expect(after[2][at('notes')]).toBe('hi');
    // Past the 4 prepared rows: the Follow up formula copied down, the Log* names widened, no new name.
    const follow = columnLetters(at('followUp') + 1);
    expect(sheet().peekContent(`${follow}7`)).toBe(shiftFormulaRows(followUp(5), 2));
    expect(names().map(([name]) => name)).toEqual(namesBefore.map(([name]) => name));
    const end = env.spreadsheet.peekNamedRange('LogName')!.range;
    expect(end.row + end.numRows - 1).toBeGreaterThanOrEqual(7);
  });

  it('finds the columns of a log by their headers, a person’s own column among them, in the language of its labels', () => {
    // A log whose sheet name is English but whose labels are Finnish, with a column of its own.
    const labels = messages('fi').workbook.contacts;
    const header = OLD_COLUMNS.map((c) => labels[c.key]);
    env = installFakes(globalThis, {
      sheets: { Contacts: [[...header.slice(0, 3), 'Oma sarake', ...header.slice(3)]] },
    });
    const result = importContacts({
      source: 'csv',
      header: ['Name', 'Stage', 'Email'],
      rows: [['Anna', 'client', 'anna@example.com']],
    });
    expect(result.added).toBe(1);
    expect(sheet().peekGrid()[1].slice(0, 5)).toEqual(['Anna', '', 'anna@example.com', '', '']);
    expect(sheet().peekGrid()[1][OLD_COLUMNS.findIndex((c) => c.key === 'stage') + 1]).toBe(
      labels.stages.client,
    );
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
