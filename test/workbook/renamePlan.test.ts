// Giving a plan's sheets and named ranges free names, with every reference following.
import {
  chooseSheetNames,
  freeNamedRangeName,
  freeSheetName,
  renamePlan,
} from '../../src/workbook/renamePlan';
import { fixturePlan } from '../support/planFixtures';

describe('freeSheetName', () => {
  it('keeps a name nobody uses', () => {
    expect(freeSheetName('Plan', ['Sheet1'])).toBe('Plan');
  });

  it('numbers a taken name from 2, skipping numbers in use, without regard to case', () => {
    expect(freeSheetName('Plan', ['plan', 'Plan (2)'])).toBe('Plan (3)');
  });
});

describe('freeNamedRangeName', () => {
  it('adds _2 to a taken named-range name (no spaces are allowed there)', () => {
    expect(freeNamedRangeName('TotalNetROI', ['TotalNetROI'])).toBe('TotalNetROI_2');
    expect(freeNamedRangeName('TotalNetROI', ['totalnetroi', 'TotalNetROI_2'])).toBe('TotalNetROI_3');
  });
});

describe('chooseSheetNames', () => {
  it('gives each planned sheet a name free of existing sheets and of each other', () => {
    const names = chooseSheetNames(['Plan', 'Summary'], ['Plan', 'Summary (2)', 'Summary']);
    expect([...names.values()]).toEqual(['Plan (2)', 'Summary (3)']);
  });
});

describe('renamePlan', () => {
  const plan = fixturePlan(3);
  const renamed = renamePlan(
    plan,
    new Map([
      ['Plan', 'Plan (2)'],
      ['Summary', 'Summary (2)'],
    ]),
    new Map([['TotalNetROI', 'TotalNetROI_2']]),
  );

  it('renames the sheets', () => {
    expect(renamed.sheets.map((s) => s.name)).toEqual(['Plan (2)', 'Summary (2)', 'Contacts', 'Channels']);
  });

  it('rewrites cross-sheet references in formulas both ways', () => {
    expect(renamed.sheets[0].blocks[0].values[4][1]).toBe("=B2*'Summary (2)'!$C$7+B3");
    expect(renamed.sheets[3].blocks[1].values[0][1]).toBe("=SUM(B2:B3)/SUM('Plan (2)'!B3:D3)");
  });

  it('rewrites chart ranges on other sheets and leaves same-sheet ranges alone', () => {
    expect(renamed.sheets[1].charts[0].ranges[0]).toBe("'Plan (2)'!A1:D1");
    expect(renamed.sheets[1].charts[1].ranges).toEqual(['B2:C3']);
  });

  it('renames named ranges and points them at the renamed sheet', () => {
    expect(renamed.namedRanges[2]).toEqual({ name: 'TotalNetROI_2', range: "'Summary (2)'!C4" });
    expect(renamed.namedRanges[0]).toEqual({ name: 'TotalInvestment', range: "'Summary (2)'!C2" });
  });

  it('leaves text values alone even when they look like references', () => {
    expect(renamed.sheets[2].blocks[0].values[1][0]).toBe("'=cmd");
  });

  it('does not change the plan it was given', () => {
    expect(plan.sheets[0].name).toBe('Plan');
    expect(plan.sheets[0].blocks[0].values[4][1]).toBe("=B2*'Summary'!$C$7+B3");
  });
});

describe('renamePlan: named ranges inside formulas', () => {
  const plan = fixturePlan(3);
  plan.sheets[1].blocks.push({
    range: 'E5',
    values: [['=COUNTIFS(LogDateMet,">="&B1)', '=SUM(logdatemet)+LogDateMetX', '="LogDateMet"&LogDateMet']],
  });
  plan.sheets[1].conditionalFormats.push({
    range: 'E6',
    formula: '=E6>COUNT(LogDateMet)',
    style: { bold: true },
  });
  const renamed = renamePlan(plan, new Map(), new Map([['LogDateMet', 'LogDateMet_2']]));
  const cells = renamed.sheets[1].blocks[3].values[0];

  it('renames a named range that a formula reads, as Sheets compares names without case', () => {
    expect(cells[0]).toBe('=COUNTIFS(LogDateMet_2,">="&B1)');
    expect(cells[1]).toBe('=SUM(LogDateMet_2)+LogDateMetX');
  });

  it('leaves the name alone inside a string and in longer names', () => {
    expect(cells[2]).toBe('="LogDateMet"&LogDateMet_2');
  });

  it('renames it in conditional-format formulas too', () => {
    expect(renamed.sheets[1].conditionalFormats.at(-1)?.formula).toBe('=E6>COUNT(LogDateMet_2)');
  });
});
