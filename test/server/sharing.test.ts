// Prepare for sharing against a recording fake: reads and writes per sheet, no data lost, stale lists refused.
import { en } from '../../src/i18n/en';
import { fi } from '../../src/i18n/fi';
import { ru } from '../../src/i18n/ru';
import {
  applySharingChoices,
  getSharingRows,
  listSharingRows,
  prepareForSharing,
} from '../../src/server/sharing';
import type { SharingChoice } from '../../src/sharing/dialog/contract';
import { reasonText, SHARING_DIALOG_MESSAGES } from '../../src/sharing/dialog/i18n';
import { installFakes, uninstallFakes } from '../support/fakeSpreadsheetApp';
import { FakeSpreadsheet } from '../support/sharingFakes';

const t = en.sharing;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function workbook() {
  return new FakeSpreadsheet({
    Summary: [
      ['Label', 'typed text', 42],
      ['Net ROI', { formula: '=NETROI(B5:B9, C5:C9)', value: 0.5 }, { formula: '=SUM(C5:C9)', value: 100 }],
      ['Payback', { formula: '=PAYBACK_PERIOD(C5, B5:B9)', value: 3.5 }, ''],
      ['Real', { formula: '=REAL_ROI(B2, 8%, 3)', value: 0.1 }, '=1+1'],
    ],
    Notes: [['nothing of ours', { formula: '=SUM(1,2)', value: 3 }]],
  });
}

function choicesFor(
  ss: FakeSpreadsheet,
  action: (formula: string) => SharingChoice['action'],
): SharingChoice[] {
  return listSharingRows(ss as unknown as Spreadsheet).map((r) => ({
    sheetId: r.sheetId,
    row: r.row,
    column: r.column,
    formula: r.formula,
    action: action(r.formula),
  }));
}

describe('listing the calls to rewrite', () => {
  it('reads formulas once per sheet, and values only where a call cannot be rewritten', () => {
    const ss = workbook();
    const rows = listSharingRows(ss as unknown as Spreadsheet);
    expect(ss.calls).toEqual([
      { sheet: 'Summary', method: 'getFormulas', a1: 'A1:C4' },
      { sheet: 'Summary', method: 'getValues', a1: 'A1:C4' },
      { sheet: 'Notes', method: 'getFormulas', a1: 'A1:B1' },
    ]);
    const dialogEn = SHARING_DIALOG_MESSAGES.en;
    expect(rows.map((r) => [r.cell, r.native ?? reasonText(dialogEn, r.reason!), r.value])).toEqual([
      ['Summary!B2', '=(SUM(B5:B9)-SUM(C5:C9))/SUM(C5:C9)', 0.5],
      [
        'Summary!B3',
        'PAYBACK_PERIOD has no built-in equivalent that works in every spreadsheet program unless its arguments are numbers written in the formula.',
        3.5,
      ],
      ['Summary!B4', '=(1+B2)/(1+8%)^3-1', 0.1],
    ]);
  });
});

describe('opening the dialog', () => {
  afterEach(() => uninstallFakes());

  it('opens SharingDialog.html as a modal dialog at once, reading no sheet', () => {
    const env = installFakes(globalThis, { userLocale: 'fi_FI', sheets: { Summary: [['=NETROI(1, 2)']] } });
    prepareForSharing();
    expect(
      env.ui.modalDialogs.map((d) => [d.output.fileName, d.title, d.output.width, d.output.height]),
    ).toEqual([['SharingDialog', fi.sharing.title, 760, 520]]);
    expect(env.calls.filter((c) => c.method.startsWith('Range.') || c.method.startsWith('Sheet.'))).toEqual(
      [],
    );
  });

  it('gives the dialog its rows and the language as plain JSON, reading each sheet once', () => {
    const env = installFakes(globalThis, {
      userLocale: 'ru_RU',
      sheets: {
        Summary: [
          ['Net ROI', '=NETROI(B5:B9, C5:C9)'],
          ['Payback', '=PAYBACK_PERIOD(C5, B5:B9)'],
        ],
      },
    });
    const listed = getSharingRows();
    expect(JSON.parse(JSON.stringify(listed))).toEqual(listed);
    expect(listed.language).toBe('ru');
    expect(listed.rows.map((r) => [r.cell, r.sheetId, r.row, r.column, r.native ?? r.reason])).toEqual([
      ['Summary!B1', listed.rows[0].sheetId, 1, 2, '=(SUM(B5:B9)-SUM(C5:C9))/SUM(C5:C9)'],
      ['Summary!B2', listed.rows[0].sheetId, 2, 2, { code: 'noNative', fn: 'PAYBACK_PERIOD' }],
    ]);
    expect(env.calls.filter((c) => c.method.endsWith('getFormulas'))).toHaveLength(1);
  });
});

describe('applying the choices', () => {
  it('writes each touched sheet once, keeps typed values and other formulas, and freezes on request', () => {
    const ss = workbook();
    const choices = choicesFor(ss, (f) => (f.startsWith('=PAYBACK') ? 'freeze' : 'rewrite'));
    const before = ss.sheet('Summary').cells.map((r) => r.map((c) => ({ ...c })));
    ss.calls.length = 0;
    const result = applySharingChoices(ss as unknown as Spreadsheet, choices, t);
    expect(result).toEqual({
      rewritten: 2,
      frozen: 1,
      kept: 0,
      message: 'Done: 2 formulas rewritten, 1 frozen to their values, 0 kept.',
    });
    expect(ss.calls).toEqual([
      { sheet: 'Summary', method: 'getFormulas', a1: 'B2:B4' },
      { sheet: 'Summary', method: 'getValues', a1: 'B2:B4' },
      { sheet: 'Summary', method: 'setValues', a1: 'B2:B4' },
    ]);
    const after = ss.sheet('Summary').cells;
    expect(after[1][1].formula).toBe('=(SUM(B5:B9)-SUM(C5:C9))/SUM(C5:C9)');
    expect(after[2][1]).toEqual({ formula: '', value: 3.5 });
    expect(after[3][1].formula).toBe('=(1+B2)/(1+8%)^3-1');
    // Every cell outside the changed ones is exactly as it was.
    for (const [r, row] of before.entries())
      for (const [c, cell] of row.entries()) if (c !== 1 || r === 0) expect(after[r][c]).toEqual(cell);
  });

  it('writes only the changed cells when typed values sit between them, so no typed value is written again', () => {
    const ss = new FakeSpreadsheet({
      Plan: [
        [{ formula: '=NETROI(A5, B5)', value: 1 }, 'keep me'],
        ['0012 typed as text', { formula: '=NETROI(A6, B6)', value: 2 }],
      ],
    });
    const choices = choicesFor(ss, () => 'rewrite');
    ss.calls.length = 0;
    applySharingChoices(ss as unknown as Spreadsheet, choices, t);
    expect(ss.calls.filter((c) => c.method === 'setValues').map((c) => c.a1)).toEqual(['A1:A1', 'B2:B2']);
    expect(ss.sheet('Plan').cells[0][1]).toEqual({ formula: '', value: 'keep me' });
    expect(ss.sheet('Plan').cells[1][0]).toEqual({ formula: '', value: '0012 typed as text' });
  });

  it('refuses everything, writing nothing, when a listed formula changed after the dialog opened', () => {
    const ss = workbook();
    const choices = choicesFor(ss, () => 'rewrite').filter((c) => !c.formula.startsWith('=PAYBACK'));
    ss.sheet('Summary').cells[3][1].formula = '=REAL_ROI(B2, 9%, 3)';
    ss.calls.length = 0;
    expect(() => applySharingChoices(ss as unknown as Spreadsheet, choices, t)).toThrow(
      'The formula in Summary!B4 changed after this list was made, so nothing was changed. Run Prepare for sharing again.',
    );
    expect(ss.calls.filter((c) => c.method === 'setValues')).toEqual([]);
  });

  it('touches nothing when every call is kept', () => {
    const ss = workbook();
    const choices = choicesFor(ss, () => 'keep');
    ss.calls.length = 0;
    expect(applySharingChoices(ss as unknown as Spreadsheet, choices, t).kept).toBe(3);
    expect(ss.calls).toEqual([]);
  });

  it('rejects a list of choices it cannot read', () => {
    expect(() =>
      applySharingChoices(workbook() as unknown as Spreadsheet, [{ action: 'delete' }], t),
    ).toThrow('The list of choices is not readable.');
  });
});

describe("the server's sharing texts", () => {
  it('are the same keys in Russian and Finnish as in English', () => {
    expect(Object.keys(ru.sharing)).toEqual(Object.keys(en.sharing));
    expect(Object.keys(fi.sharing)).toEqual(Object.keys(en.sharing));
  });
});
