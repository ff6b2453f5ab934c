/**
 * A spreadsheet formula tokenizer: enough of the formula grammar of Sheets, Excel and LibreOffice
 * to find calls of our custom functions (src/sharing) or rename sheet references and convert
 * separators (src/sheets) without ever mistaking text inside a string, a quoted sheet name or a
 * longer function name for code. Concatenating the tokens' text gives back the formula exactly,
 * so a rewrite is a substitution of some tokens and everything else is kept character for
 * character.
 */

/** What one token is. `word` covers function names, cell references, defined names, TRUE/FALSE. */
export type TokenKind =
  | 'string' // "text" with "" for a quote inside
  | 'quoted' // 'sheet name' with '' for an apostrophe inside, always followed by !
  | 'number'
  | 'word'
  | 'error' // #N/A, #REF! ...
  | 'op'
  | 'open'
  | 'close'
  | 'braceOpen'
  | 'braceClose'
  | 'sep' // , ; \ : argument or array separators, decided by the parser from the style
  | 'colon'
  | 'bang'
  | 'space';

export interface Token {
  kind: TokenKind;
  text: string;
}

/**
 * How a formula separates things. `comma`: English style, `f(a, b)`, decimal point, arrays
 * `{1,2;3,4}`. `semicolon`: comma-decimal locales, `f(a; b)`, decimal comma `1,5`, arrays
 * `{1\2;3\4}` (the Sheets form; LibreOffice's and Excel's other array separators are not read).
 */
export type SeparatorStyle = 'comma' | 'semicolon';

/** The separators of one style. */
export interface Separators {
  argument: string;
  arrayColumn: string;
  arrayRow: string;
  decimal: string;
}

/** The separators a style uses. */
export function separatorsOf(style: SeparatorStyle): Separators {
  return style === 'comma'
    ? { argument: ',', arrayColumn: ',', arrayRow: ';', decimal: '.' }
    : { argument: ';', arrayColumn: '\\', arrayRow: ';', decimal: ',' };
}

/** A formula the tokenizer cannot read: an unclosed string, an unknown character, unbalanced brackets. */
export class FormulaSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormulaSyntaxError';
  }
}

const SPACE = /^\s+/;
const ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!|SPILL!|CALC!|GETTING_DATA)/i;
const WORD = /^[\p{L}_$][\p{L}\p{N}_.$]*/u;
const NUMBER_COMMA = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NUMBER_SEMICOLON = /^(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?/;
const OPERATOR = /^(?:<>|<=|>=|[-+*/^&=<>%@])/;

/** Reads a "..." or '...' run starting at `start`, where a doubled quote stands for one. */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  for (;;) {
    const j = text.indexOf(quote, i);
    if (j < 0) throw new FormulaSyntaxError(`a ${quote === '"' ? 'text' : 'sheet name'} is not closed`);
    if (text[j + 1] === quote) {
      i = j + 2;
      continue;
    }
    return j + 1;
  }
}

/**
 * Which separator style a formula is written in. Semicolon style when a `;` separates arguments
 * (outside array braces), a `\` separates array columns, or a `,` stands between digits outside
 * any brackets (a decimal comma); comma style otherwise. A formula with no separators at all
 * reads the same either way.
 */
export function detectStyle(formula: string): SeparatorStyle {
  let parens = 0;
  let braces = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      i = quotedEnd(formula, i, ch) - 1;
      continue;
    }
    if (ch === '(') parens++;
    else if (ch === ')') parens--;
    else if (ch === '{') braces++;
    else if (ch === '}') braces--;
    else if (ch === ';' && braces === 0) return 'semicolon';
    else if (ch === '\\' && braces > 0) return 'semicolon';
    else if (
      ch === ',' &&
      parens === 0 &&
      braces === 0 &&
      /\d/.test(formula[i - 1] ?? '') &&
      /\d/.test(formula[i + 1] ?? '')
    )
      return 'semicolon';
  }
  return 'comma';
}

/** Splits a formula (with or without its leading `=`) into tokens whose texts concatenate back to it. */
export function tokenize(formula: string, style: SeparatorStyle): Token[] {
  const tokens: Token[] = [];
  const number = style === 'comma' ? NUMBER_COMMA : NUMBER_SEMICOLON;
  let i = 0;
  const push = (kind: TokenKind, end: number) => {
    tokens.push({ kind, text: formula.slice(i, end) });
    i = end;
  };
  const rules: Array<[RegExp, TokenKind]> = [
    [SPACE, 'space'],
    [number, 'number'],
    [ERROR, 'error'],
    [WORD, 'word'],
    [/^\(/, 'open'],
    [/^\)/, 'close'],
    [/^\{/, 'braceOpen'],
    [/^\}/, 'braceClose'],
    [/^[,;\\]/, 'sep'],
    [/^:/, 'colon'],
    [/^!/, 'bang'],
    [OPERATOR, 'op'],
  ];
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      push('string', quotedEnd(formula, i, '"'));
      continue;
    }
    if (ch === "'") {
      push('quoted', quotedEnd(formula, i, "'"));
      if (formula[i] !== '!') throw new FormulaSyntaxError('a quoted sheet name is not followed by !');
      continue;
    }
    const rest = formula.slice(i);
    const rule = rules.find(([re]) => re.test(rest));
    if (!rule) throw new FormulaSyntaxError(`the character ${ch} is not part of a formula`);
    push(rule[1], i + (rest.match(rule[0]) as RegExpMatchArray)[0].length);
  }
  const open: TokenKind[] = [];
  for (const t of tokens) {
    if (t.kind === 'open' || t.kind === 'braceOpen') open.push(t.kind);
    const closing = t.kind === 'close' ? 'open' : t.kind === 'braceClose' ? 'braceOpen' : undefined;
    if (closing && open.pop() !== closing)
      throw new FormulaSyntaxError(`the bracket ${t.text} does not close an open one`);
  }
  if (open.length > 0) throw new FormulaSyntaxError('a bracket is not closed');
  return tokens;
}
