// Which formulas the rewriter touches, and how it reads the hard forms of formula text.
import { HyperFormula } from 'hyperformula';
import { ENGINE_CONFIG } from '../../dev/engine';
import { isNumberFormula, rewriteFormula } from '../../src/sharing/rewriter';

function rewritten(formula: string): string {
  const r = rewriteFormula(formula);
  if (r.kind !== 'rewritten') throw new Error(`${formula}: ${JSON.stringify(r)}`);
  return r.formula;
}

function refusal(formula: string): string {
  const r = rewriteFormula(formula);
  if (r.kind !== 'refused') throw new Error(`${formula} was not refused: ${JSON.stringify(r)}`);
  return r.refusal.code;
}

describe('formulas left untouched', () => {
  it.each([
    ['no call of ours', '=SUM(A1:A3)'],
    ['a text that mentions NETROI(', '="NETROI(" & A1'],
    ['a longer function name', '=NETROIX(A1, B1)'],
    ['a name that ends in ours', '=MY_NETROI(A1, B1)'],
    ['a defined name called like ours', '=NETROI_TOTAL*2'],
    ['a plain value', '1500'],
    ['a sheet name holding the name', `='NETROI(x'!A1`],
  ])('%s', (_, formula) => {
    expect(rewriteFormula(formula)).toEqual({ kind: 'unchanged' });
  });
});

describe('the forms the rewriter reads', () => {
  it('keeps the rest of the formula as it was', () => {
    expect(rewritten('=ROUND(NETROI(A1:A3, B1), 2) & " net"')).toBe(
      '=ROUND(((SUM(A1:A3)-B1)/B1), 2) & " net"',
    );
  });
  it('reads lower-case names', () => {
    expect(rewritten('=netroi(A1, B1)')).toBe('=(A1-B1)/B1');
  });
  it('rewrites nested calls, innermost first', () => {
    expect(rewritten('=ANNUALIZED_ROI(NETROI(A1, B1), 3)')).toBe('=(1+((A1-B1)/B1))^(1/3)-1');
  });
  it('keeps sheet-qualified and quoted references', () => {
    expect(rewritten(`=NETROI('My sheet'!A1:A9, 'It''s'!A1)`)).toBe(
      `=(SUM('My sheet'!A1:A9)-'It''s'!A1)/'It''s'!A1`,
    );
    expect(rewritten('=NETROI(Data!$A$1:$A$9, 5)')).toBe('=(SUM(Data!$A$1:$A$9)-5)/5');
  });
  it('reads array literals as ranges of known shape', () => {
    expect(rewritten('=NETROI({1,2;3,4}, 2)')).toBe('=(SUM({1,2;3,4})-2)/2');
    expect(rewritten('=DISCOUNTED_ROI(0.1, 10, {1;2})')).toBe('=(SUMPRODUCT({1;2},(1/(1+0.1))^{1;2})-10)/10');
  });
  it('wraps expression arguments in parentheses so precedence holds', () => {
    expect(rewritten('=NETROI(A1+A2, B1-B2)')).toBe('=((A1+A2)-(B1-B2))/(B1-B2)');
    expect(rewritten('=NETROI(A1:A3*2, B1)')).toBe('=(SUM(A1:A3*2)-B1)/B1');
  });
  it('writes semicolon-style formulas back in semicolon style', () => {
    expect(rewritten('=NETROI(A1:A3; B1; C1:C3; 12,5)')).toBe(
      '=(SUM(A1:A3)-(B1+SUM(C1:C3)*12,5))/(B1+SUM(C1:C3)*12,5)',
    );
    expect(rewritten('=DISCOUNTED_ROI(B1; C2; {1\\2\\3}; 12)')).toBe(
      '=(SUMPRODUCT({1\\2\\3};((1+B1)^(-1/12))^{1\\2\\3})-C2)/C2',
    );
    expect(rewritten('=PAYBACK_PERIOD(1000; {300;300;300;300})')).toBe('=3,3333333333333335');
  });
});

describe('a rewrite that is only a number', () => {
  it('is told apart from a formula, in both separator styles and with a sign or an exponent', () => {
    for (const formula of [
      rewritten('=PAYBACK_PERIOD(1000, {300;300;300;300})'),
      rewritten('=PAYBACK_PERIOD(1000; {300;300;300;300})'),
      '=(-2)',
      '=1E-7',
    ])
      expect([formula, isNumberFormula(formula)]).toEqual([formula, true]);
    for (const formula of [
      rewritten('=1+PAYBACK_PERIOD(1000, {300;300;300;300})'),
      rewritten('=NETROI(1500000, 1000000)'),
      '=2)',
      '=A1',
    ])
      expect([formula, isNumberFormula(formula)]).toEqual([formula, false]);
  });
});

describe('calls with no native equivalent are refused', () => {
  it.each([
    ['PAYBACK_PERIOD over cells', '=PAYBACK_PERIOD(A1, B1:B12)', 'noNative'],
    ['a method read from a cell', '=ANNUALIZED_ROI(A1, B1, C1)', 'methodNotLiteral'],
    ['periods in a named range', '=DISCOUNTED_ROI(0.1, 1000, Returns)', 'periodsUnknown'],
    ['periods in a whole column', '=DISCOUNTED_ROI(0.1, 1000, B:B)', 'periodsUnknown'],
    ['periods in a block', '=DISCOUNTED_ROI(0.1, 1000, B1:C5)', 'periodsBlock'],
    ['investment and returns of different lengths', '=DISCOUNTED_ROI(0.1, A1:A3, B1:B4)', 'lengthMismatch'],
    ['hours without a rate', '=NETROI(A1, B1, C1)', 'hoursWithoutRate'],
    ['a rate given as a range', '=REAL_ROI(A1:A2, 0.1, 3)', 'singleValueRange'],
    ['RAND in an argument', '=NETROI(RAND(), B1)', 'volatile'],
    ['literal arguments the function rejects', '=NETROI(100, 0)', 'alwaysError'],
    ['an unknown method', '=ANNUALIZED_ROI(0.5, 2, "yearly")', 'alwaysError'],
    ['too many arguments', '=REAL_ROI(1, 2, 3, 4)', 'tooManyArguments'],
    ['a missing argument', '=REAL_ROI(A1, , 3)', 'missingArgument'],
    ['a status with repeated inner spaces', '=CONVERSION_RATE(A1:A9, "new  client")', 'statusSpacing'],
    ['an unreadable formula', '=NETROI(A1, "B1)', 'unreadable'],
  ])('%s', (_, formula, code) => {
    expect(refusal(formula)).toBe(code);
  });
  it('refuses a formula that would grow past 8192 characters', () => {
    let formula = 'A1';
    for (let i = 0; i < 12; i++) formula = `NETROI(B1:B9, ${formula})`; // costs appear twice per level
    expect(refusal(`=${formula}`)).toBe('tooLong');
  });
});

describe('worked examples of SPEC section 1, rewritten and computed by HyperFormula', () => {
  const hf = HyperFormula.buildEmpty(ENGINE_CONFIG);
  const sheet = hf.getSheetId(hf.addSheet('Examples'))!;
  afterAll(() => hf.destroy());
  it.each([
    ['=NETROI(1500000, 1000000)', 0.5],
    ['=NETROI(650000, 500000)', 0.3],
    ['=NETROI(900000, 300000)', 2],
    ['=NETROI(15 * 70, 500)', 1.1],
    ['=CONVERSION_RATE(15, 50)', 0.3],
    ['=DISCOUNTED_ROI(10%, 5000000, {2000000;2000000;2000000})', -0.005259203606],
    ['=ANNUALIZED_ROI(60%, 3, "simple")', 0.2],
    ['=ANNUALIZED_ROI(60%, 3)', 0.169607095285],
    ['=REAL_ROI(30%, 8%, 3)', 0.031981913326],
    ['=PAYBACK_PERIOD(1000, {300;300;300;300})', 3.333333333333],
  ])('%s gives %d', (formula, expected) => {
    hf.setCellContents({ sheet, row: 0, col: 0 }, [[rewritten(formula)]]);
    const value = hf.getCellValue({ sheet, row: 0, col: 0 }) as number;
    // The published figures have 12 decimals: 1e-9 relative is within their rounding.
    expect(Math.abs(value - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  });
});
