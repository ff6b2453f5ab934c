// Checking imported rows: names required, readable cells, duplicates, and the log's cells in column order.
import { checkRows, DuplicateIndex, LINKEDIN_CHANNEL, toLogCells } from '../../src/import/check';
import { parseCsv } from '../../src/import/csv';
import { shiftFormulaRows } from '../../src/import/formulaRows';
import { recognizeHeader } from '../../src/import/header';
import { problemText } from '../../src/import/i18n';
import { stageLabel } from '../../src/import/values';
import { MAX_CELL_CHARACTERS } from '../../src/platform/limits';
import {
  LOG_COLUMNS,
  logColumn,
  logColumnIndex,
  STAGES,
  type StageKey,
} from '../../src/workbook/contactsLog';
import { logLabels, readLogLayout, wizardLayout } from '../../src/workbook/logLayout';
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
      metAt: '',
      introducedBy: '',
      dateMet: p.iso,
      stage: null,
      dealValue: null,
      notes: '',
    });
  });

  it.each([
    ['en', 'Name,Met at,Introduced by,Company'],
    ['en', 'Name,Event,Referred by,Company'],
    ['ru', 'Имя,Мероприятие,Кто познакомил,Компания'],
    ['fi', 'Nimi,Tavattu tapahtumassa,Esittelijä,Yritys'],
  ])('reads Met at and Introduced by from a %s header: %s', (_language, header) => {
    const result = check([header, 'Bea, Web Summit ,Ann,Acme', 'Cal,,,Acme']);
    expect(result.rows.map((r) => [r.name, r.metAt, r.introducedBy])).toEqual([
      ['Bea', 'Web Summit', 'Ann'],
      ['Cal', '', ''],
    ]);
  });

  it('leaves Met at and Introduced by empty in rows of a LinkedIn export, whatever else it has', () => {
    const csv = linkedinExport(1)
      .replace('Connected On', 'Connected On,Met at')
      .replace(/\r\n$/, ',Web Summit\r\n');
    const file = parseCsv(csv);
    if (file.kind !== 'parsed') throw new Error(file.code);
    expect(file.map.source).toBe('linkedin');
    const result = checkRows(file.map, file.header, file.rows, file.lines, new DuplicateIndex());
    expect(result.rows.map((r) => [r.metAt, r.introducedBy])).toEqual([['', '']]);
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

  it('finds a profile URL already in the log when the row also has an email', () => {
    // The log has Anna by her profile only (an export where she hid her email); the new export
    // gives her email and the same profile: one person, so a duplicate.
    const result = check(
      ['Name,Company,Email,Profile', 'Anna V,Acme,anna@example.com,https://www.linkedin.com/in/anna'],
      [['Anna Virtanen', 'Acme Oy', 'https://linkedin.com/in/anna/']],
    );
    expect([result.rows.length, result.duplicates]).toEqual([0, 1]);
  });

  it('counts a row as a duplicate when its email matches one earlier row and its profile another', () => {
    const result = check([
      'Name,Email,Profile',
      'Anna,anna@example.com,',
      'Bo,,linkedin.com/in/bo',
      'Anna or Bo,ANNA@example.com,linkedin.com/in/cai',
      'Cai,cai@example.com,linkedin.com/in/bo',
      'Dan,dan@example.com,linkedin.com/in/dan',
      'Dan again,,https://www.linkedin.com/in/dan',
    ]);
    expect(result.rows.map((r) => r.name)).toEqual(['Anna', 'Bo', 'Dan']);
    expect(result.duplicates).toBe(3);
  });

  it('keeps both email and profile in the log’s one column, so a later import finds the row by either', () => {
    const result = check(['Name,Email,Profile', 'Dan,dan@example.com,https://www.linkedin.com/in/dan']);
    expect(result.rows[0].contact).toBe('dan@example.com, https://www.linkedin.com/in/dan');
    const log = [[result.rows[0].name, result.rows[0].company, result.rows[0].contact]];
    expect(check(['Name,Profile', 'Daniel,linkedin.com/in/dan'], log).duplicates).toBe(1);
    expect(check(['Name,Email', 'Daniel,DAN@example.com'], log).duplicates).toBe(1);
  });

  it('compares rows whose email cell holds no address (n/a) by name and company', () => {
    const result = check(['Name,Company,Email', 'Anna,A,n/a', 'Bo,B,n/a', 'Anna,A,none']);
    expect(result.rows.map((r) => r.name)).toEqual(['Anna', 'Bo']);
    expect(result.duplicates).toBe(1);
  });

  it('reports a Deal value beyond what the log’s validation accepts, and keeps the row without it', () => {
    const { max } = logColumn('dealValue').bounds;
    const result = check(['Name,Deal value', `Anna,${max * 10}`, `Bo,${max}`]);
    expect(result.rows.map((r) => [r.name, r.dealValue])).toEqual([
      ['Anna', null],
      ['Bo', max],
    ]);
    expect(result.problems).toEqual([
      {
        line: 2,
        code: 'outOfBounds',
        params: { value: String(max * 10), column: 'Deal value', min: 0, max },
      },
    ]);
  });

  it('reports a row with more cells than the header with its line, and skips it', () => {
    // "Acme, Inc" without quotes: every cell after it moves one column right, the empty last one too.
    const result = check(['Name,Company,Email', 'Anna,Acme, Inc,anna@example.com', 'Bo,Beta, AB,', 'Cai,C']);
    expect(result.rows.map((r) => r.name)).toEqual(['Cai']);
    expect(result.problems).toEqual([
      { line: 2, code: 'extraCells', params: { cells: 4, columns: 3 } },
      { line: 3, code: 'extraCells', params: { cells: 4, columns: 3 } },
    ]);
  });

  it('reports a text longer than a Sheets cell holds with its line, skips that row and keeps the rest', () => {
    const long = 'x'.repeat(MAX_CELL_CHARACTERS + 1);
    // At the limit exactly a text fits; one that gets an apostrophe to stay text counts it.
    const atLimit = 'y'.repeat(MAX_CELL_CHARACTERS);
    const result = check([
      'Name,Company,Notes',
      `Anna,A,${long}`,
      `Bo,B,${atLimit}`,
      `Cai,C,=${atLimit.slice(1)}`,
      `Dan,${long},`,
      'Anna,A,short',
    ]);
    expect(result.rows.map((r) => r.name)).toEqual(['Bo', 'Anna']);
    expect(result.problems).toEqual([
      {
        line: 2,
        code: 'tooLong',
        params: { column: 'Notes', length: MAX_CELL_CHARACTERS + 1, max: MAX_CELL_CHARACTERS },
      },
      {
        line: 4,
        code: 'tooLong',
        params: { column: 'Notes', length: MAX_CELL_CHARACTERS + 1, max: MAX_CELL_CHARACTERS },
      },
      {
        line: 5,
        code: 'tooLong',
        params: { column: 'Company', length: MAX_CELL_CHARACTERS + 1, max: MAX_CELL_CHARACTERS },
      },
    ]);
  });
});

describe('problemText', () => {
  it('names the log’s stages in the language of the sentence', () => {
    const problem = { code: 'badStage' as const, params: { value: 'Someday', column: 'Stage' } };
    expect(problemText(problem, 'en')).toBe(
      `"Someday" in Stage is not one of the stages (${STAGES.map((k) => stageLabel('en', k)).join(', ')}); the stage is left empty.`,
    );
    expect(problemText(problem, 'ru')).toContain(STAGES.map((k) => stageLabel('ru', k)).join(', '));
  });

  it('writes bounds and counts as each language writes numbers', () => {
    const problem = {
      code: 'outOfBounds' as const,
      params: { value: '2e12', column: 'Deal value', min: 0, max: 1e12 },
    };
    expect(problemText(problem, 'en')).toContain('(0 to 1,000,000,000,000)');
    expect(problemText(problem, 'fi')).toContain('(0–1\u00a0000\u00a0000\u00a0000\u00a0000)');
  });
});

describe('toLogCells', () => {
  const row = {
    name: '=HYPERLINK("http://x","y")',
    company: '+1',
    contact: '@SUM(A1)',
    channel: '-2',
    metAt: 'Web Summit',
    introducedBy: '=Ann',
    dateMet: '2024-03-15',
    stage: 'client' as const,
    dealValue: 1500,
    notes: 'plain',
  };

  it('lays a row out in LOG_COLUMNS order, hostile texts as text, the stage as its log label', () => {
    const cells = toLogCells(row, EN_STAGES, wizardLayout('en'));
    expect(cells).toHaveLength(LOG_COLUMNS.length);
    const at = (key: (typeof LOG_COLUMNS)[number]['key']) => cells[logColumnIndex(key) - 1];
    expect(at('name')).toBe('\'=HYPERLINK("http://x","y")');
    expect(at('company')).toBe("'+1");
    expect(at('contact')).toBe("'@SUM(A1)");
    expect(at('channel')).toBe("'-2");
    expect(at('metAt')).toBe('Web Summit');
    expect(at('introducedBy')).toBe("'=Ann");
    expect(at('introducedRevenue')).toBeNull();
    expect(at('dateMet')).toBe('2024-03-15');
    expect(at('stage')).toBe(stageLabel('en', 'client'));
    expect(at('dealValue')).toBe(1500);
    expect(at('inbound')).toBe(false);
    expect(at('followUp')).toBeNull();
    expect(at('notes')).toBe('plain');
  });

  it('puts each cell under its header in a log of the earlier 16-column layout with a column of a person’s own', () => {
    // The log before SPEC section 9, with a column a person inserted after Company.
    const old = LOG_COLUMNS.filter((c) => !('optional' in c)).map((c) => logLabels('en')[c.key]);
    const header = [...old.slice(0, 2), 'My own', ...old.slice(2)];
    const layout = readLogLayout(header, 'ru');
    if (!layout) throw new Error('the old header was not read');
    expect(layout.language).toBe('en');
    const cells = toLogCells(row, EN_STAGES, layout);
    expect(cells).toHaveLength(17);
    expect(cells.map((cell, i) => [header[i], cell])).toEqual([
      ['Name', '\'=HYPERLINK("http://x","y")'],
      ['Company', "'+1"],
      ['My own', null],
      ['Email or profile', "'@SUM(A1)"],
      ['Channel', "'-2"],
      ['Date met', '2024-03-15'],
      ['Last interaction', null],
      ['Interactions', null],
      ['Stage', 'Client'],
      ['Converted on', null],
      ['Deal value', 1500],
      ['Inbound', false],
      ['Depth', null],
      ['Mutual benefit', null],
      ['Information value', null],
      ['Follow up', null],
      ['Notes', 'plain'],
    ]);
  });
});

describe('readLogLayout', () => {
  it('reads a Russian or Finnish log built before its labels were reworded, by the labels it has', () => {
    // Russian logs said "Последний контакт" and "Число контактов", Finnish ones "Saapuva", until
    // the wording review of issue 16.
    for (const [language, former] of [
      ['ru', { lastInteraction: 'Последний контакт', interactions: 'Число контактов' }],
      ['fi', { inbound: 'Saapuva' }],
    ] as const) {
      const labels: Record<string, string> = { ...logLabels(language), ...former };
      const header = LOG_COLUMNS.map((c) => labels[c.key]);
      const layout = readLogLayout(header, language);
      expect(layout?.language).toBe(language);
      expect(layout?.columns).toEqual(wizardLayout(language).columns);
      expect(Object.keys(former).every((k) => !Object.values(logLabels(language)).includes(labels[k]))).toBe(
        true,
      );
    }
  });
});

describe('shiftFormulaRows', () => {
  it('moves relative rows, keeps $ rows, names, strings and functions like LOG10', () => {
    expect(shiftFormulaRows('=IF(A5="","",IF(E5<AsOfDate-KeepInTouchDays,"A5",LOG10($B$2)+B$3))', 3)).toBe(
      '=IF(A8="","",IF(E8<AsOfDate-KeepInTouchDays,"A5",LOG10($B$2)+B$3))',
    );
  });
});
