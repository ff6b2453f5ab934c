// Checking imported rows: names required, readable cells, duplicates, and the log's cells in column order.
import { checkRows, DuplicateIndex, LINKEDIN_CHANNEL, toLogCells } from '../../src/import/check';
import { parseCsv } from '../../src/import/csv';
import { shiftFormulaRows } from '../../src/import/formulaRows';
import { recognizeHeader } from '../../src/import/header';
import { stageLabel } from '../../src/import/values';
import { LOG_COLUMNS, logColumnIndex, STAGES, type StageKey } from '../../src/workbook/contactsLog';
import { linkedinExport, linkedinPerson } from './fixtures';

const EN_STAGES = Object.fromEntries(STAGES.map((k) => [k, stageLabel('en', k)])) as Record<StageKey, string>;

function check(lines: string[], existing: string[][] = []) {
  const header = lines[0].split(',');
  const map = recognizeHeader(header)!;
  const rows = lines.slice(1).map((l) => l.split(','));
  return checkRows(
    map,
    header,
    rows,
    rows.map((_, i) => i + 2),
    DuplicateIndex.of(existing),
  );
}

describe('checkRows', () => {
  it('gives LinkedIn rows the LinkedIn channel and Connected On as Date met', () => {
    const file = parseCsv(linkedinExport(2));
    if (file.kind !== 'parsed') throw new Error(file.code);
    const result = checkRows(file.map, file.header, file.rows, file.lines, new DuplicateIndex());
    const p = linkedinPerson(1);
    expect(result.rows[0]).toEqual({
      name: `${p.first} ${p.last}`,
      company: 'Company 1, Ltd',
      contact: p.url,
      channel: LINKEDIN_CHANNEL,
      dateMet: p.iso,
      stage: null,
      dealValue: null,
      notes: '',
    });
  });

  it('reports a missing name and skips the line; reports unreadable cells and keeps the row', () => {
    const result = check([
      'Name,Company,Date met,Deal value,Stage',
      ',Acme,,,',
      'Anna,A,3/15/2024,-5,Someday',
    ]);
    expect(result.rows.map((r) => [r.name, r.dateMet, r.dealValue, r.stage])).toEqual([
      ['Anna', null, null, null],
    ]);
    expect(result.problems).toEqual([
      { line: 2, code: 'noName', params: { column: 'Name' } },
      { line: 3, code: 'slashDate', params: { value: '3/15/2024', column: 'Date met' } },
      { line: 3, code: 'badStage', params: { value: 'Someday', column: 'Stage' } },
      { line: 3, code: 'badAmount', params: { value: '-5', column: 'Deal value' } },
    ]);
  });

  it('skips duplicates by email, else by name and company ignoring case and spaces, in the file and the log', () => {
    const result = check(
      [
        'Name,Company,Email',
        'Anna Virtanen,Acme Oy,anna@example.com',
        'Anna V.,Other,ANNA@example.com',
        'Bo Ek,Acme,',
        'bo ek , ACME ,',
        'Cai Lo,Zeta,',
        'Anna Virtanen,Acme Oy,another@example.com',
      ],
      [['Cai  Lo', 'zeta', '']],
    );
    // Line 3 repeats line 2's email; line 5 repeats line 4's name and company; Cai Lo is in the log;
    // the last line has the same name and company as line 2 but its own email: another person.
    expect(result.rows.map((r) => r.name)).toEqual(['Anna Virtanen', 'Bo Ek', 'Anna Virtanen']);
    expect(result.duplicates).toBe(3);
  });

  it('matches profile URLs with or without scheme, www. and a trailing slash', () => {
    const result = check(['Name,Profile', 'A,https://www.linkedin.com/in/a/', 'B,linkedin.com/in/a']);
    expect(result.duplicates).toBe(1);
  });
});

describe('toLogCells', () => {
  it('lays a row out in LOG_COLUMNS order, hostile texts as text, the stage as its log label', () => {
    const cells = toLogCells(
      {
        name: '=HYPERLINK("http://x","y")',
        company: '+1',
        contact: '@SUM(A1)',
        channel: '-2',
        dateMet: '2024-03-15',
        stage: 'client',
        dealValue: 1500,
        notes: 'plain',
      },
      EN_STAGES,
    );
    expect(cells).toHaveLength(LOG_COLUMNS.length);
    const at = (key: (typeof LOG_COLUMNS)[number]['key']) => cells[logColumnIndex(key) - 1];
    expect(at('name')).toBe('\'=HYPERLINK("http://x","y")');
    expect(at('company')).toBe("'+1");
    expect(at('contact')).toBe("'@SUM(A1)");
    expect(at('channel')).toBe("'-2");
    expect(at('dateMet')).toBe('2024-03-15');
    expect(at('stage')).toBe(stageLabel('en', 'client'));
    expect(at('dealValue')).toBe(1500);
    expect(at('inbound')).toBe(false);
    expect(at('followUp')).toBeNull();
    expect(at('notes')).toBe('plain');
  });
});

describe('shiftFormulaRows', () => {
  it('moves relative rows, keeps $ rows, names, strings and functions like LOG10', () => {
    expect(shiftFormulaRows('=IF(A5="","",IF(E5<AsOfDate-KeepInTouchDays,"A5",LOG10($B$2)+B$3))', 3)).toBe(
      '=IF(A8="","",IF(E8<AsOfDate-KeepInTouchDays,"A5",LOG10($B$2)+B$3))',
    );
  });
});
