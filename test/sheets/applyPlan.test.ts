// Applying a workbook plan to a spreadsheet through the recording fake of the Spreadsheet service.
import { applyPlan, SEPARATOR_PROBE } from '../../src/sheets/applyPlan';
import { type FakeEnvironment, installFakes, uninstallFakes } from '../support/fakeSpreadsheetApp';
import { fixturePlan } from '../support/planFixtures';

/**
 * Service calls one build of the fixture (4 sheets, 7 blocks, 4 charts, 8 named ranges, 6
 * validations, 4 protections) may make; it measured 204 when this was written (every call on a
 * fake object counts, builder steps included). The count must not grow with the number of
 * months; the ceiling sits a little above the measurement so that any per-cell or per-column
 * loop (60 months × anything) breaks it at once.
 */
const CALL_BUDGET = 220;

let env: FakeEnvironment;

function build(months: number, replaceExisting = false) {
  return applyPlan(env.activeSpreadsheet(), fixturePlan(months), { replaceExisting });
}

afterEach(() => uninstallFakes());

describe('applyPlan: batching', () => {
  function callsFor(months: number): number {
    env = installFakes(globalThis);
    build(months);
    return env.calls.length;
  }

  it('makes as many service calls for 60 months as for 1, within the budget', () => {
    const one = callsFor(1);
    const sixty = callsFor(60);
    expect(sixty).toBe(one);
    expect(sixty).toBeLessThanOrEqual(CALL_BUDGET);
  });

  it('writes each block with one setValues and never a single cell at a time', () => {
    env = installFakes(globalThis);
    build(60);
    const blocks = fixturePlan(60).sheets.reduce((n, s) => n + s.blocks.length, 0);
    expect(env.countCalls('Range.setValues')).toBe(blocks);
    expect(env.countCalls('Range.setValue')).toBe(env.countCalls('Range.setValues'));
    expect(env.countCalls('Range.setNumberFormat')).toBe(0);
    expect(env.countCalls('Range.setBackground')).toBe(0);
  });

  it('groups number formats and styles by value, one RangeList call each', () => {
    env = installFakes(globalThis);
    build(12);
    // Plan: 3 patterns; Summary: 2 patterns (the percent one covers two rectangles); Contacts 1; Channels 2.
    expect(env.countCalls('RangeList.setNumberFormat')).toBe(3 + 2 + 1 + 2);
    const planSheet = env.spreadsheet.peekSheet('Plan')!;
    expect(planSheet.peekCell(7, 13)?.formats.numberFormat).toBe('0.0%');
    expect(planSheet.peekCell(1, 1)?.formats.fontWeight).toBe('bold');
    expect(planSheet.peekCell(6, 2)?.formats.fontStyle).toBe('italic');
  });

  it('sets 61 column widths with two calls', () => {
    env = installFakes(globalThis);
    build(60);
    const planSheet = env.spreadsheet.peekSheet('Plan')!;
    expect(planSheet.columnWidths.get(1)).toBe(200);
    expect(planSheet.columnWidths.get(61)).toBe(90);
    const planCalls = env.calls.filter((c) => c.method === 'Sheet.setColumnWidths');
    expect(planCalls.slice(0, 2).map((c) => c.args)).toEqual([
      [1, 1, 200],
      [2, 60, 90],
    ]);
  });
});

describe('applyPlan: what lands in the sheets', () => {
  beforeEach(() => {
    env = installFakes(globalThis);
  });

  it('makes the sheets in plan order with their formulas as written', () => {
    const result = build(3);
    expect(result.sheets).toEqual(['Plan', 'Summary', 'Contacts', 'Channels']);
    expect(env.spreadsheet.peekSheetNames()).toEqual(['Sheet1', 'Plan', 'Summary', 'Contacts', 'Channels']);
    expect(env.spreadsheet.peekSheet('Plan')!.peekContent('B5')).toBe("=B2*'Summary'!$C$7+B3");
    expect(result.separators).toBe('comma');
  });

  it("keeps a person's text that starts with = + or @ as text, never a formula", () => {
    build(1);
    const contacts = env.spreadsheet.peekSheet('Contacts')!;
    expect(contacts.peekCell(2, 1)).toMatchObject({ value: '=cmd', formula: null });
    expect(contacts.peekCell(2, 2)).toMatchObject({ value: '+conference', formula: null });
    expect(contacts.peekCell(2, 6)).toMatchObject({ value: '@handle', formula: null });
  });

  it('adds a stage dropdown, a date rule, number ranges and a checkbox', () => {
    build(1);
    const contacts = env.spreadsheet.peekSheet('Contacts')!;
    expect(contacts.peekCell(500, 4)?.validation).toEqual({
      criteria: 'VALUE_IN_LIST',
      args: [['Lead', 'Contacted', 'Client', 'Partner'], true],
      allowInvalid: false,
      helpText: 'Choose a stage',
    });
    expect(contacts.peekCell(2, 3)?.validation?.criteria).toBe('DATE_IS_VALID_DATE');
    expect(contacts.peekCell(2, 5)?.validation).toMatchObject({ criteria: 'NUMBER_BETWEEN', args: [1, 5] });
    const summary = env.spreadsheet.peekSheet('Summary')!;
    expect(summary.peekCell(8, 3)?.validation?.criteria).toBe('CHECKBOX');
    expect(summary.peekCell(6, 3)?.validation).toMatchObject({ criteria: 'NUMBER_BETWEEN', args: [0, 1] });
  });

  it('protects each sheet with a warning only, leaving its inputs free', () => {
    build(2);
    const plan = env.spreadsheet.peekSheet('Plan')!;
    const described = plan.protections.map((p) => [
      p.warningOnly,
      p.description,
      p.unprotected.map((r) => r.peekA1()),
    ]);
    expect(described).toEqual([[true, 'Computed: edit the inputs above instead', ['B2:C4']]]);
  });

  it('freezes header rows and columns and adds notes', () => {
    build(2);
    const plan = env.spreadsheet.peekSheet('Plan')!;
    expect([plan.frozenRows, plan.frozenColumns]).toEqual([1, 1]);
    expect(plan.peekCell(5, 1)?.note).toBe('Time valued at the hourly rate, plus money');
    const summary = env.spreadsheet.peekSheet('Summary')!;
    expect([summary.frozenRows, summary.frozenColumns]).toEqual([1, 0]);
  });

  it('inserts a combo chart with a line on a second, percent axis', () => {
    build(12);
    const [combo, pie, column] = env.spreadsheet.peekSheet('Summary')!.charts;
    expect(combo.type).toBe('COMBO');
    expect(combo.ranges).toEqual(["'Plan'!A1:M1", "'Plan'!A4:M5", "'Plan'!A7:M7"]);
    expect(combo.numHeaders).toBe(1);
    expect(combo.transpose).toBe(true);
    expect(combo.options.series).toEqual({
      0: { type: 'bars' },
      1: { type: 'bars' },
      2: { type: 'line', targetAxisIndex: 1 },
    });
    expect(combo.options.vAxes).toEqual({ 0: { title: 'EUR' }, 1: { format: 'percent' } });
    expect(combo.options.vAxis).toBeUndefined();
    expect(combo.position).toEqual({ row: 12, column: 2, offsetX: 0, offsetY: 0 });
    expect([pie.type, column.type, column.options.isStacked]).toEqual(['PIE', 'COLUMN', true]);
    const bar = env.spreadsheet.peekSheet('Channels')!.charts[0];
    expect(bar.type).toBe('BAR');
    expect(bar.ranges).toEqual(["'Channels'!A1:A3", "'Channels'!D1:D3"]);
  });

  it('names the Summary figures', () => {
    build(1);
    const named = env.spreadsheet.peekNamedRange('TotalNetROI')!;
    expect([named.range.sheet.name, named.range.peekA1()]).toEqual(['Summary', 'C4']);
    expect(env.spreadsheet.namedRanges).toHaveLength(8);
  });
});

describe('applyPlan: never overwrites', () => {
  const mine = [
    ['my own notes', 42],
    ['=B1*2', "'=not a formula"],
  ];

  beforeEach(() => {
    env = installFakes(globalThis, { sheets: { Plan: mine, Summary: [['keep me']] } });
    env.spreadsheet.setNamedRange('TotalNetROI', env.spreadsheet.peekSheet('Summary')!.peekRange('A1'));
  });

  it('leaves existing sheets and their data as they were, and numbers the new ones', () => {
    const before = env.spreadsheet.peekSheet('Plan')!.peekGrid();
    const result = build(3);
    expect(result.sheets).toEqual(['Plan (2)', 'Summary (2)', 'Contacts', 'Channels']);
    expect(result.replaced).toEqual([]);
    expect(env.spreadsheet.peekSheet('Plan')!.peekGrid()).toEqual(before);
    expect(env.spreadsheet.peekSheet('Summary')!.peekGrid()).toEqual([['keep me']]);
    expect(env.calls.some((c) => c.method === 'Spreadsheet.deleteSheet')).toBe(false);
  });

  it('points the new formulas, charts and named ranges at the new sheets', () => {
    build(3);
    expect(env.spreadsheet.peekSheet('Plan (2)')!.peekContent('B5')).toBe("=B2*'Summary (2)'!$C$7+B3");
    expect(env.spreadsheet.peekSheet('Channels')!.peekContent('G1')).toBe(
      "=SUM(B2:B3)/SUM('Plan (2)'!B3:D3)",
    );
    expect(env.spreadsheet.peekSheet('Summary (2)')!.charts[0].ranges[0]).toBe("'Plan (2)'!A1:D1");
    const ours = env.spreadsheet.peekNamedRange('TotalNetROI_2')!;
    expect([ours.range.sheet.name, ours.range.peekA1()]).toEqual(['Summary (2)', 'C4']);
    const theirs = env.spreadsheet.peekNamedRange('TotalNetROI')!;
    expect([theirs.range.sheet.name, theirs.range.peekA1()]).toEqual(['Summary', 'A1']);
  });

  it('finds the next free number on a third build', () => {
    build(3);
    const third = build(3);
    expect(third.sheets).toEqual(['Plan (3)', 'Summary (3)', 'Contacts (2)', 'Channels (2)']);
    expect(third.namedRanges.find((n) => n.planned === 'TotalNetROI')?.name).toBe('TotalNetROI_3');
  });

  it('replaces same-named sheets only when asked, keeping the others', () => {
    env.spreadsheet.peekAddSheet('Other').peekWrite(1, 1, [['untouched']]);
    const result = build(3, true);
    expect(result.replaced).toEqual(['Plan', 'Summary']);
    expect(result.sheets).toEqual(['Plan', 'Summary', 'Contacts', 'Channels']);
    expect(env.spreadsheet.peekSheetNames()).toEqual(['Other', 'Plan', 'Summary', 'Contacts', 'Channels']);
    expect(env.spreadsheet.peekSheet('Plan')!.peekContent('A1')).toBe('Category');
    expect(env.spreadsheet.peekSheet('Other')!.peekGrid()).toEqual([['untouched']]);
    // The old TotalNetROI pointed into the replaced Summary: it is removed, so ours keeps its name.
    const named = env.spreadsheet.peekNamedRange('TotalNetROI')!;
    expect([named.range.sheet.name, named.range.peekA1()]).toEqual(['Summary', 'C4']);
    expect(env.spreadsheet.peekNamedRange('TotalNetROI_2')).toBeUndefined();
  });

  it('replaces every sheet of a spreadsheet without ever deleting its last sheet first', () => {
    // The fake, like Sheets, refuses to delete the only sheet left.
    const result = build(2, true);
    expect(result.replaced).toEqual(['Plan', 'Summary']);
    expect(env.spreadsheet.peekSheetNames()).toEqual(['Plan', 'Summary', 'Contacts', 'Channels']);
  });
});

describe('applyPlan: formula separators', () => {
  it('writes comma separators when the probe cell reads them', () => {
    env = installFakes(globalThis, { separators: 'comma' });
    const result = build(2);
    expect(result.separators).toBe('comma');
    expect(env.calls.filter((c) => c.method === 'Range.setFormula').map((c) => c.args)).toEqual([
      [SEPARATOR_PROBE],
    ]);
    expect(env.spreadsheet.peekSheet('Channels')!.peekContent('D2')).toBe('=IFERROR((C2-B2)/B2,"")');
  });

  it('switches every formula to semicolons when the probe shows #ERROR!', () => {
    env = installFakes(globalThis, { separators: 'semicolon', locale: 'ru_RU' });
    const result = build(2);
    expect(result.separators).toBe('semicolon');
    const summary = env.spreadsheet.peekSheet('Summary')!;
    expect(summary.peekContent('C9')).toBe(`=IFERROR(NPV(C6;'Plan'!B4:C4)/NPV(C6;'Plan'!B5:C5)-1;"")`);
    expect(env.spreadsheet.peekSheet('Plan')!.peekContent('B7')).toBe('=IFERROR(SUM($B6:B6)/SUM($B5:B5);"")');
    // No cell of the build shows a parse error, and the probe left nothing behind.
    const displayed = summary.peekRange('A1:H9').getDisplayValues().flat();
    expect(displayed).not.toContain('#ERROR!');
    expect(env.spreadsheet.peekSheet('Plan')!.peekContent('A1')).toBe('Category');
  });

  it('clears the probe cell when no block covers it', () => {
    env = installFakes(globalThis, { separators: 'semicolon' });
    const plan = fixturePlan(1);
    plan.sheets[0].blocks = [{ range: 'B2', values: [['=SUM(1,2)']] }];
    applyPlan(env.activeSpreadsheet(), plan, { replaceExisting: false });
    const sheet = env.spreadsheet.peekSheet('Plan')!;
    expect(sheet.peekContent('A1')).toBe('');
    expect(sheet.peekContent('B2')).toBe('=SUM(1;2)');
  });
});
