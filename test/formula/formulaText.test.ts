// Rewriting formula text: sheet and named-range renames, the comma-decimal separator syntax, and
// references moved as a paste moves them.
import {
  hasCommaSeparator,
  moveReferences,
  renameNamedRanges,
  renameSheetReferences,
  toSemicolonSeparators,
} from '../../src/formula/formulaText';

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

  it('renames in a plain range text and in a formula already in semicolon style', () => {
    expect(renameSheetReferences("'Plan'!A1:B9", renames)).toBe("'Plan (2)'!A1:B9");
    expect(renameSheetReferences("=ROUND('Plan'!A1*0,5;2)", renames)).toBe("=ROUND('Plan (2)'!A1*0,5;2)");
  });

  it('leaves text that is no formula as it is, as Sheets would show its error there', () => {
    expect(renameSheetReferences(`='Plan'!A1&"unclosed`, renames)).toBe(`='Plan'!A1&"unclosed`);
    expect(renameSheetReferences("=SUM('Plan'!A1", renames)).toBe("=SUM('Plan'!A1");
    expect(renameSheetReferences("='Plan'", renames)).toBe("='Plan'");
  });
});

describe('toSemicolonSeparators', () => {
  it('turns argument commas into semicolons', () => {
    expect(toSemicolonSeparators('=IF(1>0,1,0)')).toBe('=IF(1>0;1;0)');
  });

  it.each([
    [
      'keeps commas inside strings and quoted sheet names',
      `=IF(A1="a,b",'Plan, 2027'!A1,"")`,
      `=IF(A1="a,b";'Plan, 2027'!A1;"")`,
    ],
    [
      'writes array literal columns with a backslash and keeps the row separator',
      '=SUM({1,2;3,4})',
      '=SUM({1\\2;3\\4})',
    ],
    ['turns decimal points in number literals into commas', '=ROUND(A1*0.5,2)+1.25', '=ROUND(A1*0,5;2)+1,25'],
    [
      'leaves cell references, absolute references and dotted function names alone',
      '=STDEV.S($A$1:B12,C3)',
      '=STDEV.S($A$1:B12;C3)',
    ],
    ['leaves escaped quotes in strings alone', '=IF(A1="say ""a,b""",1,2)', '=IF(A1="say ""a,b""";1;2)'],
    [
      'separates the arguments of a call inside an array literal with semicolons',
      '={1,MAX(2,3);4.5,5}',
      '={1\\MAX(2;3);4,5\\5}',
    ],
  ])('%s', (_behaviour, formula, converted) => {
    expect(toSemicolonSeparators(formula)).toBe(converted);
  });

  it('leaves text that is no formula as it is, as Sheets would show its error there', () => {
    expect(toSemicolonSeparators('=IF(A1,"a,b)')).toBe('=IF(A1,"a,b)');
    expect(toSemicolonSeparators('=SUM(A1,0.5')).toBe('=SUM(A1,0.5');
  });
});

describe('hasCommaSeparator', () => {
  it('sees a comma between arguments', () => {
    expect(hasCommaSeparator('=SUM(A1,B1)')).toBe(true);
  });

  it('ignores commas inside strings', () => {
    expect(hasCommaSeparator('="a,b"&A1')).toBe(false);
  });

  it('ignores commas in quoted sheet names', () => {
    expect(hasCommaSeparator("='Plan, 2027'!A1")).toBe(false);
  });

  it('sees no separator to convert in text that is no formula', () => {
    expect(hasCommaSeparator('=SUM(A1,B1')).toBe(false);
  });
});

describe('renameNamedRanges', () => {
  const renames = new Map([['LogDateMet', 'LogDateMet_2']]);

  it('renames the name where a formula reads it', () => {
    expect(renameNamedRanges('=COUNTIFS(LogDateMet,">="&B1)', renames)).toBe(
      '=COUNTIFS(LogDateMet_2,">="&B1)',
    );
  });

  it('never renames a function of the same name, a sheet of the same name or a cell after a sheet', () => {
    const same = new Map([
      ['SUM', 'SUM_2'],
      ['Data', 'Data_2'],
      ['B1', 'B1_2'],
    ]);
    expect(renameNamedRanges('=SUM (Data!B1)+Data', same)).toBe('=SUM (Data!B1)+Data_2');
  });

  it('leaves text the tokenizer cannot read as it is', () => {
    expect(renameNamedRanges('=COUNT(LogDateMet', renames)).toBe('=COUNT(LogDateMet');
  });
});

describe('moveReferences', () => {
  it('moves relative references as a paste does, keeps $ parts, named ranges and functions', () => {
    expect(moveReferences('=IF($A2="","",B2+LOG10(C$3)+LogName)', 2, 1, 'comma')).toBe(
      '=IF($A4="","",C4+LOG10(D$3)+LogName)',
    );
  });

  it('reads a formula in the semicolon style and keeps it so', () => {
    expect(moveReferences('=SUM(A1;2,5)', 1, 0, 'semicolon')).toBe('=SUM(A2;2,5)');
  });

  it('refuses a move that takes a reference off the sheet, and text it cannot read', () => {
    expect(moveReferences('=A1', -1, 0, 'comma')).toBeNull();
    expect(moveReferences('=SUM(A1', 1, 0, 'comma')).toBeNull();
  });
});
