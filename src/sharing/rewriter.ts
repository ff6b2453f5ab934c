/**
 * Rewrites a formula's calls of our custom functions into native formulas, keeping every other
 * character of the formula as it was. Pure: formula text in, the new text (or the reason it must
 * stay) out. Calls nested in arguments are rewritten first; each call's replacement is
 * parenthesised unless it is the whole formula, and each argument is parenthesised unless it is a
 * single operand, so precedence never changes.
 */
import {
  detectStyle,
  FormulaSyntaxError,
  type Separators,
  separatorsOf,
  type Token,
  tokenize,
} from '../formula/tokenizer';
import { callCustomFunction } from '../functions';
import type { SheetsArg } from '../functions/args';
import { PARAMETER_NAMES } from '../functions/compute';
import { NATIVE, type Note, type Refusal, RewriteRefused } from './native';
import { analyseOperand, isCall, matchingClose, nextSolid, type Operand, trimTokens } from './operands';

/** The outcome for one formula. */
export type SharingRewrite =
  | { kind: 'unchanged' }
  | { kind: 'rewritten'; formula: string; notes: Note[] }
  | { kind: 'refused'; refusal: Refusal };

/** Longest formula we write: Excel's limit, the smallest of the four programs. */
export const MAX_FORMULA_LENGTH = 8192;

const NAMES = Object.keys(PARAMETER_NAMES);
const MENTIONS_OURS = new RegExp(`(?:${NAMES.join('|')})\\s*\\(`, 'i');

interface Context {
  seps: Separators;
  notes: Note[];
}

function isOurCall(tokens: Token[], i: number): boolean {
  return isCall(tokens, i) && NAMES.includes(tokens[i].text.toUpperCase());
}

/** Argument token lists of the call whose bracket opens at `open` and closes at `close`. */
export function splitArguments(tokens: Token[], open: number, close: number, seps: Separators): Token[][] {
  const args: Token[][] = [];
  let start = open + 1;
  let depth = 0;
  for (let i = open + 1; i < close; i++) {
    const k = tokens[i].kind;
    if (k === 'open' || k === 'braceOpen') depth++;
    else if (k === 'close' || k === 'braceClose') depth--;
    else if (depth === 0 && k === 'sep' && tokens[i].text === seps.argument) {
      args.push(tokens.slice(start, i));
      start = i + 1;
    }
  }
  args.push(tokens.slice(start, close));
  return args;
}

function numberText(value: number, seps: Separators): string {
  const text = String(value).toUpperCase().replace('.', seps.decimal);
  return value < 0 ? `(${text})` : text;
}

/** A rewrite that is one number as numberText writes it (`=3.3333333333333335`, `=(-2)`, `=1E-7`). */
const NUMBER_FORMULA = /^=(?:\d+(?:[.,]\d+)?(?:E[+-]?\d+)?|\(-\d+(?:[.,]\d+)?(?:E[+-]?\d+)?\))$/;

/**
 * True when a rewritten formula is only a number: the call's arguments were all written into the
 * formula, so it shows that number for ever, and replacing it means replacing it by its value.
 */
export function isNumberFormula(formula: string): boolean {
  return NUMBER_FORMULA.test(formula);
}

function rewriteCall(name: string, args: Token[][], ctx: Context): string {
  const params = PARAMETER_NAMES[name as keyof typeof PARAMETER_NAMES];
  if (args.length === 1 && args[0].length === 0 && params.length > 0) args = [];
  if (args.length > params.length) throw new RewriteRefused({ code: 'tooManyArguments', fn: name });
  const ops: Operand[] = params.map((_, i) => {
    const tokens = trimTokens(args[i] ?? []);
    if (!tokens.some((_, j) => isOurCall(tokens, j)))
      return analyseOperand(tokens, rewriteTokens(tokens, ctx), ctx.seps);
    // A nested call of ours comes back parenthesised, so it is one operand when it is the whole argument.
    const op = analyseOperand(tokens, rewriteTokens(tokens, ctx), ctx.seps);
    const onlyCall =
      isOurCall(tokens, 0) && matchingClose(tokens, nextSolid(tokens, 1)) === tokens.length - 1;
    return { ...op, simple: onlyCall, literal: undefined };
  });
  if (ops.some((op) => op.volatile)) throw new RewriteRefused({ code: 'volatile', fn: name });
  if (ops.every((op) => op.shape.kind === 'omitted' || op.literal !== undefined)) {
    // Literal arguments only: the function's value is fixed, so we know now whether it errors.
    let value: number;
    try {
      value = callCustomFunction(
        name,
        ops.map((op) => op.literal as SheetsArg),
      );
    } catch (err) {
      throw new RewriteRefused({ code: 'alwaysError', fn: name, detail: (err as Error).message });
    }
    if (name === 'PAYBACK_PERIOD') return numberText(value, ctx.seps);
  }
  return NATIVE[name](ops, ctx);
}

/** The tokens' text with every call of ours replaced by its native formula. */
function rewriteTokens(tokens: Token[], ctx: Context, whole = false): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    if (!isOurCall(tokens, i)) {
      out += tokens[i].text;
      continue;
    }
    const open = nextSolid(tokens, i + 1);
    const close = matchingClose(tokens, open);
    const native = rewriteCall(
      tokens[i].text.toUpperCase(),
      splitArguments(tokens, open, close, ctx.seps),
      ctx,
    );
    const isWhole = whole && nextSolid(tokens, 0) === i && nextSolid(tokens, close + 1) === tokens.length;
    out += isWhole ? native : `(${native})`;
    i = close;
  }
  return out;
}

/**
 * Rewrites one formula as read by `Range.getFormulas()`. Formulas without a call of ours come
 * back `unchanged` (text that only mentions a name, in a string or a longer name, included).
 * The separator style (`,` or `;`) is read from the formula and kept.
 */
export function rewriteFormula(formula: string): SharingRewrite {
  if (!formula.startsWith('=') || !MENTIONS_OURS.test(formula)) return { kind: 'unchanged' };
  const body = formula.slice(1);
  let tokens: Token[];
  let seps: Separators;
  try {
    const style = detectStyle(body);
    seps = separatorsOf(style);
    tokens = tokenize(body, style);
  } catch (err) {
    if (err instanceof FormulaSyntaxError) return { kind: 'refused', refusal: { code: 'unreadable' } };
    throw err;
  }
  if (!tokens.some((_, i) => isOurCall(tokens, i))) return { kind: 'unchanged' };
  const ctx: Context = { seps, notes: [] };
  try {
    const rewritten = `=${rewriteTokens(tokens, ctx, true)}`;
    if (rewritten.length > MAX_FORMULA_LENGTH) return { kind: 'refused', refusal: { code: 'tooLong' } };
    return { kind: 'rewritten', formula: rewritten, notes: ctx.notes };
  } catch (err) {
    if (err instanceof RewriteRefused) return { kind: 'refused', refusal: err.refusal };
    throw err;
  }
}
