// Rewriting formula text: sheet renames and the comma-decimal separator syntax.
import {
  hasCommaSeparator,
  renameSheetReferences,
  toSemicolonSeparators,
} from '../../src/sheets/formulaText';

describe('renameSheetReferences', () => {
  const renames = new Map([
    ['Plan', 'Plan (2)'],
    ["Bob's", "Bob's (2)"],
  ]);

  it('rewrites a quoted reference to a renamed sheet', () => {
    expect(renameSheetReferences("=SUM('Plan'!B5:M5)", renames)).toBe("=SUM('Plan (2)'!B5:M5)");
  });

  it('rewrites every reference in a formula, with absolute cells', () => {
    expect(renameSheetReferences("='Plan'!$B$1+'Summary'!C4*'Plan'!C1", renames)).toBe(
      "='Plan (2)'!$B$1+'Summary'!C4*'Plan (2)'!C1",
    );
  });

  it('escapes apostrophes in the new name', () => {
    expect(renameSheetReferences("='Bob''s'!A1", renames)).toBe("='Bob''s (2)'!A1");
  });

  it('leaves a string literal that looks like a reference alone', () => {
    expect(renameSheetReferences(`=IF(A1="'Plan'!A1",1,'Plan'!A1)`, renames)).toBe(
      `=IF(A1="'Plan'!A1",1,'Plan (2)'!A1)`,
    );
  });

  it('matches sheet names without regard to case, as Sheets does', () => {
    expect(renameSheetReferences("='plan'!A1", renames)).toBe("='Plan (2)'!A1");
  });

  it('does not rename a longer name that starts like a renamed one', () => {
    expect(renameSheetReferences("='Plan 2027'!A1", renames)).toBe("='Plan 2027'!A1");
  });
});

describe('toSemicolonSeparators', () => {
  it('turns argument commas into semicolons', () => {
    expect(toSemicolonSeparators('=IF(1>0,1,0)')).toBe('=IF(1>0;1;0)');
  });

  it('keeps commas inside strings and quoted sheet names', () => {
    expect(toSemicolonSeparators(`=IF(A1="a,b",'Plan, 2027'!A1,"")`)).toBe(
      `=IF(A1="a,b";'Plan, 2027'!A1;"")`,
    );
  });

  it('writes array literal columns with a backslash and keeps the row separator', () => {
    expect(toSemicolonSeparators('=SUM({1,2;3,4})')).toBe('=SUM({1\\2;3\\4})');
  });

  it('turns decimal points in number literals into commas', () => {
    expect(toSemicolonSeparators('=ROUND(A1*0.5,2)+1.25')).toBe('=ROUND(A1*0,5;2)+1,25');
  });

  it('leaves cell references, absolute references and dotted function names alone', () => {
    expect(toSemicolonSeparators('=STDEV.S($A$1:B12,C3)')).toBe('=STDEV.S($A$1:B12;C3)');
  });

  it('leaves escaped quotes in strings alone', () => {
    expect(toSemicolonSeparators('=IF(A1="say ""a,b""",1,2)')).toBe('=IF(A1="say ""a,b""";1;2)');
  });
});

describe('hasCommaSeparator', () => {
  it('sees a comma between arguments', () => {
    expect(hasCommaSeparator('=SUM(A1,B1)')).toBe(true);
  });

  it('ignores commas inside strings', () => {
    expect(hasCommaSeparator('="a,b"&A1')).toBe(false);
  });
});
