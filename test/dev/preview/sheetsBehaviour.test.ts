// The preview behaves as Sheets does around a person's edits: checkboxes, dropdown lists, data
// validation that rejects or warns, warning-only protections, conditional formats, and formula
// errors worded as Sheets words them.
import path from 'node:path';
import type { FakeEnvironment } from '../../../dev/fakes/spreadsheetApp';
import { PreviewAddon } from '../../../dev/preview/addon';
import { SHEETS_TEXTS } from '../../../dev/preview/cellRules';
import type { CellView } from '../../../dev/preview/workbook';
import { readCell } from '../../../src/formula/a1';

const dist = path.join(__dirname, '../../../dist');

/** The Apps Script services the fake hands the add-on, typed loosely for setting up rules. */
// biome-ignore lint/suspicious/noExplicitAny: the fake's globals are untyped service objects.
const app = (env: FakeEnvironment) => env.globals().SpreadsheetApp as any;

function cell(addon: PreviewAddon, a1: string, sheet = 'Sheet1'): CellView | undefined {
  const { row, column } = readCell(a1)!;
  return addon.workbook
    .snapshot()
    .find((s) => s.name === sheet)!
    .cells.find((c) => c.row === row && c.column === column);
}

function sheet1(addon: PreviewAddon) {
  return addon.env.spreadsheet.peekSheet('Sheet1')!;
}

/** The preview with C3 of Sheet1 held to numbers between 0 and 100, refused or only warned about. */
function withNumberRule(allowInvalid: boolean): PreviewAddon {
  const addon = PreviewAddon.fromDist(dist);
  const rule = app(addon.env).newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(allowInvalid);
  sheet1(addon).getRange('C3').setDataValidation(rule.build());
  return addon;
}

describe('data validation in the preview', () => {
  it('draws a checkbox cell as a checkbox that toggles between TRUE and FALSE', () => {
    const addon = PreviewAddon.fromDist(dist);
    sheet1(addon)
      .getRange('A1')
      .setDataValidation(app(addon.env).newDataValidation().requireCheckbox().build());
    expect(cell(addon, 'A1')).toMatchObject({ validation: { kind: 'checkbox' }, value: null });
    expect(addon.workbook.edit('Sheet1', 'A1', 'TRUE')).toEqual({ kind: 'done' });
    expect(cell(addon, 'A1')!.value).toBe(true);
    addon.workbook.edit('Sheet1', 'A1', 'FALSE');
    expect(cell(addon, 'A1')!.value).toBe(false);
  });

  it('offers a dropdown list’s values and rejects a value outside them with Sheets’ message', () => {
    const addon = PreviewAddon.fromDist(dist);
    const rule = app(addon.env)
      .newDataValidation()
      .requireValueInList(['Met', 'Client'])
      .setAllowInvalid(false)
      .build();
    sheet1(addon).getRange('B2').setDataValidation(rule);
    expect(cell(addon, 'B2')!.validation).toEqual({
      kind: 'list',
      values: ['Met', 'Client'],
      dropdown: true,
    });
    expect(addon.workbook.edit('Sheet1', 'B2', 'Client')).toEqual({ kind: 'done' });
    expect(addon.workbook.edit('Sheet1', 'B2', 'Friend')).toEqual({
      kind: 'rejected',
      title: SHEETS_TEXTS.rejectedTitle,
      message: `${SHEETS_TEXTS.rejected('B2')} Input must be an item on the specified list.`,
    });
    // The refused value never reached the cell.
    expect(cell(addon, 'B2')!.value).toBe('Client');
  });

  it('rejects a number outside numberBetween when the rule disallows invalid input, naming the bounds', () => {
    const addon = withNumberRule(false);
    const outcome = addon.workbook.edit('Sheet1', 'C3', '150');
    expect(outcome).toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining('between 0 and 100'),
    });
    expect(addon.workbook.edit('Sheet1', 'C3', '42')).toEqual({ kind: 'done' });
    expect(cell(addon, 'C3')!.value).toBe(42);
  });

  it('accepts a value outside a rule that allows invalid input, with Sheets’ warning on the cell', () => {
    const addon = withNumberRule(true);
    expect(addon.workbook.edit('Sheet1', 'C3', '150')).toEqual({ kind: 'done' });
    expect(cell(addon, 'C3')).toMatchObject({
      value: 150,
      invalid: `${SHEETS_TEXTS.invalidPrefix}Input must be a number between 0 and 100.`,
    });
    addon.workbook.edit('Sheet1', 'C3', '50');
    expect(cell(addon, 'C3')!.invalid).toBeUndefined();
  });

  it('rejects text in a date cell and accepts a typed yyyy-mm-dd date', () => {
    const addon = PreviewAddon.fromDist(dist);
    const rule = app(addon.env).newDataValidation().requireDate().setAllowInvalid(false).build();
    sheet1(addon).getRange('D4').setDataValidation(rule);
    expect(addon.workbook.edit('Sheet1', 'D4', 'soon').kind).toBe('rejected');
    expect(addon.workbook.edit('Sheet1', 'D4', '2027-01-15')).toEqual({ kind: 'done' });
    // 2027-01-15 is day 46402 after Sheets' day 0 (1899-12-30): 46388 is 2027-01-01, plus 14.
    expect(cell(addon, 'D4')!.value).toBe(46402);
  });
});

describe('protections in the preview', () => {
  it('asks "Edit anyway?" outside the input ranges of a warning-only sheet protection, not inside them', () => {
    const addon = PreviewAddon.fromDist(dist);
    const sheet = sheet1(addon);
    const protection = sheet.protect().setWarningOnly(true);
    protection.setUnprotectedRanges(sheet.getRangeList(['B2:B5']).getRanges());
    expect(addon.workbook.edit('Sheet1', 'B3', '7')).toEqual({ kind: 'done' });
    expect(addon.workbook.edit('Sheet1', 'C3', '7')).toEqual({
      kind: 'confirm',
      title: SHEETS_TEXTS.protectedTitle,
      message: SHEETS_TEXTS.protectedMessage,
    });
    expect(cell(addon, 'C3')).toBeUndefined();
    expect(addon.workbook.edit('Sheet1', 'C3', '7', { confirmed: true })).toEqual({ kind: 'done' });
    expect(cell(addon, 'C3')!.value).toBe(7);
  });

  it('asks before overwriting a cell of a warning-only range protection', () => {
    const addon = PreviewAddon.fromDist(dist);
    sheet1(addon).getRange('A1:A2').protect().setWarningOnly(true);
    expect(addon.workbook.edit('Sheet1', 'A2', '1').kind).toBe('confirm');
    expect(addon.workbook.edit('Sheet1', 'A3', '1').kind).toBe('done');
  });
});

describe('conditional formats in the preview', () => {
  it('applies a custom formula relative to the range’s top-left cell, row by row', () => {
    const addon = PreviewAddon.fromDist(dist);
    const sheet = sheet1(addon);
    for (const [a1, v] of [
      ['A1', '5'],
      ['A2', '20'],
      ['A3', '-1'],
      ['B1', 'x'],
      ['B2', 'y'],
      ['B3', 'z'],
    ])
      addon.workbook.edit('Sheet1', a1, v);
    const rule = app(addon.env)
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$A1>10')
      .setBackground('#fce8e6')
      .setFontColor('#a50e0e')
      .setBold(true)
      .setRanges([sheet.getRange('A1:B3')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    // Only row 2 has A > 10; `$A` keeps column A for the cells of column B too.
    for (const a1 of ['A2', 'B2'])
      expect(cell(addon, a1)!.style).toMatchObject({
        background: '#fce8e6',
        fontColor: '#a50e0e',
        fontWeight: 'bold',
      });
    for (const a1 of ['A1', 'B1', 'A3', 'B3']) expect(cell(addon, a1)!.style).toBeUndefined();
    addon.workbook.edit('Sheet1', 'A3', '11');
    expect(cell(addon, 'B3')!.style).toMatchObject({ background: '#fce8e6' });
  });
});

describe('formula errors in the preview', () => {
  it.each([
    ['=SUM(1,', '#ERROR!', 'Formula parse error.'],
    ['=FOO(1)', '#NAME?', "Unknown function: 'FOO'."],
    ['=1/0', '#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.'],
    ['=#REF!', '#REF!', 'Reference does not exist.'],
    ['="a"+1', '#VALUE!', expect.stringMatching(/^A function expects number values/)],
    ['=NA()', '#N/A', 'Value not available.'],
    ['=A1', '#REF!', expect.stringMatching(/^Circular dependency detected/)],
  ])('shows %s as %s with Sheets’ sentence', (formula, code, message) => {
    const addon = PreviewAddon.fromDist(dist);
    addon.workbook.edit('Sheet1', 'A1', formula);
    expect(cell(addon, 'A1')).toMatchObject({ text: code, error: message });
    // getValues reads the same code Sheets returns for an error cell.
    expect(sheet1(addon).getRange('A1').getValue()).toBe(code);
  });

  it('never shows HyperFormula’s parser text', () => {
    const addon = PreviewAddon.fromDist(dist);
    addon.workbook.edit('Sheet1', 'A1', '=A2+');
    expect(cell(addon, 'A1')!.error).not.toMatch(/Expecting|token/i);
  });
});
