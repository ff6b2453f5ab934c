// How formula text splits into tokens, and how its separator style is told.
import { detectStyle, FormulaSyntaxError, tokenize } from '../../src/formula/tokenizer';

describe('tokenizer', () => {
  it('gives back the formula exactly when its tokens are joined', () => {
    const formula = `SUM('It''s'!A1:A9, "say ""NETROI(""", {1,2;3,4}) + #N/A * 10% <> TRUE`;
    expect(
      tokenize(formula, 'comma')
        .map((t) => t.text)
        .join(''),
    ).toBe(formula);
  });
  it('reads a quoted sheet name with an apostrophe as one token', () => {
    expect(tokenize(`'It''s'!A1`, 'comma').map((t) => t.kind)).toEqual(['quoted', 'bang', 'word']);
  });
  it('reads a decimal comma as part of a number in semicolon style', () => {
    expect(tokenize('1,5;2', 'semicolon').map((t) => t.text)).toEqual(['1,5', ';', '2']);
  });
  it('rejects an unclosed string and unbalanced brackets', () => {
    expect(() => tokenize('"abc', 'comma')).toThrow(FormulaSyntaxError);
    expect(() => tokenize('SUM(1', 'comma')).toThrow(FormulaSyntaxError);
    expect(() => tokenize('SUM(1}', 'comma')).toThrow(FormulaSyntaxError);
  });
  it('tells the separator style from argument semicolons, array backslashes and decimal commas', () => {
    expect(detectStyle('NETROI(A1, B1)')).toBe('comma');
    expect(detectStyle('NETROI(A1; B1)')).toBe('semicolon');
    expect(detectStyle('SUM({1\\2})')).toBe('semicolon');
    expect(detectStyle('A1*1,5')).toBe('semicolon');
    expect(detectStyle('SUM({1,2;3,4})')).toBe('comma');
    expect(detectStyle('"a;b"&NETROI(A1,B1)')).toBe('comma');
  });
});
