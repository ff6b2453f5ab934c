// Decoding and parsing picked files: encodings, delimiters, LinkedIn's notes, quoted fields, line numbers.
import { parseCsv } from '../../src/import/csv';
import { decodeBytes } from '../../src/import/decode';
import { recognizeHeader } from '../../src/import/header';
import { previewFile } from '../../src/import/preview';
import { LINKEDIN_HEADER, LINKEDIN_NOTES, linkedinExport, utf8, windows1251 } from './fixtures';

const RUSSIAN = 'Имя;Фамилия;Компания;Этап\nЁлкин;Пётр;"Ромашка; ООО";Клиент\n';

describe('decodeBytes', () => {
  it('reads UTF-8 and drops its byte order mark', () => {
    expect(decodeBytes(utf8(RUSSIAN, true))).toEqual({ text: RUSSIAN, encoding: 'UTF-8' });
    expect(decodeBytes(utf8(RUSSIAN))).toEqual({ text: RUSSIAN, encoding: 'UTF-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1251', () => {
    expect(decodeBytes(windows1251(RUSSIAN))).toEqual({ text: RUSSIAN, encoding: 'Windows-1251' });
  });
});

describe('recognizeHeader', () => {
  it("recognises LinkedIn's export and ignores Position", () => {
    const map = recognizeHeader(LINKEDIN_HEADER.split(','));
    expect(map).toEqual({
      source: 'linkedin',
      columns: { firstName: 0, lastName: 1, url: 2, contact: 3, company: 4, connectedOn: 6 },
      ignored: ['Position'],
    });
  });

  it('recognises headers in Finnish and Russian, ignoring case and punctuation', () => {
    expect(recognizeHeader(['NIMI', 'Yritys', 'Sähkö-posti', 'Kaupan arvo'])?.columns).toEqual({
      name: 0,
      company: 1,
      contact: 2,
      dealValue: 3,
    });
    // "Имя" beside "Фамилия" is the first name.
    expect(recognizeHeader(['Имя', 'Фамилия', 'Эл. почта'])?.columns).toEqual({
      firstName: 0,
      lastName: 1,
      contact: 2,
    });
  });

  it('refuses a row without a name, or with a name alone (a line of notes)', () => {
    expect(recognizeHeader(['Company', 'Email'])).toBeNull();
    expect(recognizeHeader(['Notes:'])).toBeNull();
    expect(recognizeHeader(['Name'])).toBeNull();
  });
});

describe('parseCsv', () => {
  it("finds LinkedIn's header below its notes and numbers rows by the file's lines", () => {
    const file = parseCsv(linkedinExport(3));
    if (file.kind !== 'parsed') throw new Error(file.code);
    expect(file.headerLine).toBe(LINKEDIN_NOTES.length + 1);
    expect(file.lines).toEqual([5, 6, 7]);
    expect(file.rows[0][4]).toBe('Company 1, Ltd');
  });

  it('splits on ; when the header is there, keeping quoted delimiters and line breaks in their cells', () => {
    const text = 'Name;Company;Notes\n\nAnna;"A; B";"first\nsecond"\n\n\nBo;C;\n';
    const file = parseCsv(text);
    if (file.kind !== 'parsed') throw new Error(file.code);
    expect(file.delimiter).toBe(';');
    expect(file.rows).toEqual([
      ['Anna', 'A; B', 'first\nsecond'],
      ['Bo', 'C', ''],
    ]);
    // Anna's row starts on line 3; her notes run to line 4; Bo is on line 7 after two empty lines.
    expect(file.lines).toEqual([3, 7]);
  });

  it('counts a bare line break inside a quoted field of a CRLF file as a line, as Excel’s Alt+Enter writes it', () => {
    // Lines as a text editor numbers them: 1 header, 2–3 Anna (her notes run over a bare LF),
    // 4 Bo, 5–7 Cai (a CRLF and a bare CR inside quotes), 8 Dan.
    const text = 'Name,Notes\r\nAnna,"first\nsecond"\r\nBo,\r\nCai,"a\r\nb\rc"\r\nDan,x\r\n';
    const file = parseCsv(text);
    if (file.kind !== 'parsed') throw new Error(file.code);
    expect(file.rows.map((r) => r[0])).toEqual(['Anna', 'Bo', 'Cai', 'Dan']);
    expect(file.rows[0][1]).toBe('first\nsecond');
    expect(file.lines).toEqual([2, 4, 5, 8]);
  });

  it('reports a line whose quote is never closed', () => {
    const file = parseCsv('Name,Company\nAnna,A\n"Bo,B\n');
    if (file.kind !== 'parsed') throw new Error(file.code);
    expect(file.rows).toEqual([['Anna', 'A']]);
    expect(file.problems).toEqual([{ line: 3, code: 'quotes', params: {} }]);
  });

  it('says why a file cannot be imported at all', () => {
    expect(parseCsv('\uFEFF\n\n')).toEqual({ kind: 'unreadable', code: 'empty' });
    expect(parseCsv('a,b\n1,2\n')).toEqual({ kind: 'unreadable', code: 'noHeader' });
  });
});

describe('previewFile', () => {
  it('counts a Windows-1251 Russian file with a bad date and a duplicate of the log', () => {
    const text =
      'Имя;Компания;Дата знакомства;Сумма сделки\nАнна;Ромашка;31.02.2024;100\nБорис;Лютик;01.03.2024;1 500\n';
    const preview = previewFile(windows1251(text), [['анна', 'РОМАШКА', '']]);
    if (preview.kind !== 'ready') throw new Error(preview.code);
    expect(preview.encoding).toBe('Windows-1251');
    expect([preview.toAdd, preview.duplicates, preview.problems]).toEqual([1, 1, []]);
  });
});
