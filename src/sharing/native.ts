/**
 * Native equivalents of the custom functions: for each one, the formula text built from its
 * arguments' texts that Sheets, Excel, LibreOffice and HyperFormula all compute to the same number
 * the custom function returns, for every input the custom function accepts. Where no such formula
 * exists for the arguments given, the builder refuses with a reason the dialog shows.
 * docs/sharing.md lists every template and what it shows for input the function rejects.
 */
import type { Separators } from '../formula/tokenizer';
import { forEachFilled, holdsText, isOmitted, type SheetsArg } from '../functions/args';
import { PARAMETER_NAMES } from '../functions/compute';
import { cellCount, type Operand } from './operands';

/** Why a call was left as it is. */
export type RefusalCode =
  | 'unreadable'
  | 'noNative'
  | 'alwaysError'
  | 'missingArgument'
  | 'tooManyArguments'
  | 'hoursWithoutRate'
  | 'singleValueRange'
  | 'periodsUnknown'
  | 'periodsBlock'
  | 'lengthMismatch'
  | 'methodNotLiteral'
  | 'statusSpacing'
  | 'volatile'
  | 'tooLong';

/** A reason, with the function and argument it is about; `detail` is the function's own error sentence. */
export interface Refusal {
  code: RefusalCode;
  fn?: string;
  arg?: string;
  detail?: string;
}

/** Thrown inside the rewriter when a call cannot be rewritten; rewriteFormula turns it into a result. */
export class RewriteRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.code);
    this.name = 'RewriteRefused';
  }
}

/** Something the person should know about a rewrite that is exact only under an assumption. */
export interface Note {
  code: 'assumesContacts';
  fn: string;
  arg: string;
}

/** What a builder may use besides the operands. */
export interface NativeContext {
  seps: Separators;
  notes: Note[];
}

type Builder = (ops: Operand[], ctx: NativeContext) => string;

function paramName(fn: string, index: number): string {
  return PARAMETER_NAMES[fn as keyof typeof PARAMETER_NAMES]?.[index] ?? `argument ${index + 1}`;
}

function refuse(code: RefusalCode, fn: string, index?: number): never {
  throw new RewriteRefused({ code, fn, arg: index === undefined ? undefined : paramName(fn, index) });
}

/** The argument as one operand: parenthesised unless it already is one. */
export function operand(op: Operand): string {
  return op.simple ? op.text : `(${op.text})`;
}

function omitted(op: Operand): boolean {
  return op.shape.kind === 'omitted' || (op.literal !== undefined && isOmitted(op.literal as SheetsArg));
}

/** An amount (a value or a range, summed). A single value stays a value so numeric text converts as in the function. */
function amount(op: Operand): string {
  if (omitted(op)) return '0';
  return cellCount(op.shape) === 1 ? operand(op) : `SUM(${op.text})`;
}

/** A single number argument; refuses when it is missing or is known to be several cells. */
function single(fn: string, ops: Operand[], index: number): string {
  const op = ops[index];
  if (omitted(op)) refuse('missingArgument', fn, index);
  const cells = cellCount(op.shape);
  if (cells !== undefined && cells > 1) refuse('singleValueRange', fn, index);
  return operand(op);
}

/** Shape of a period argument: one value, or a row/column of n cells. */
type Periods = { n: 1 } | { n: number; orientation: 'column' | 'row' };

function periods(fn: string, ops: Operand[], index: number): Periods {
  const op = ops[index];
  if (omitted(op)) refuse('missingArgument', fn, index);
  if (op.shape.kind === 'scalar') return { n: 1 };
  if (op.shape.kind !== 'grid') return refuse('periodsUnknown', fn, index);
  const { rows, columns } = op.shape;
  if ((rows ?? 2) > 1 && (columns ?? 2) > 1) {
    return refuse(rows === null || columns === null ? 'periodsUnknown' : 'periodsBlock', fn, index);
  }
  if (rows === null || columns === null) return refuse('periodsUnknown', fn, index);
  if (rows * columns === 1) return { n: 1 };
  return rows > 1 ? { n: rows, orientation: 'column' } : { n: columns, orientation: 'row' };
}

/** An array literal of exponents first..first+n−1 shaped like the period range. */
function exponents(p: Periods, first: number, seps: Separators): string {
  const shaped = p as { n: number; orientation: 'column' | 'row' };
  const items = Array.from({ length: shaped.n }, (_, i) => String(first + i));
  return `{${items.join(shaped.orientation === 'column' ? seps.arrayRow : seps.arrayColumn)}}`;
}

/** Σ values·factor^t over the periods, t counted from `first`. */
function presentValue(op: Operand, p: Periods, factor: string, first: number, seps: Separators): string {
  if (p.n === 1) return first === 0 ? operand(op) : `${operand(op)}*${factor}`;
  return `SUMPRODUCT(${op.text}${seps.argument}${factor}^${exponents(p, first, seps)})`;
}

const NETROI: Builder = (ops) => {
  const fn = 'NETROI';
  const [returns, costs, hours, rate] = ops;
  let investment = amount(costs);
  if (!omitted(hours)) {
    if (omitted(rate)) refuse('hoursWithoutRate', fn, 3);
    investment = `(${investment}+${amount(hours)}*${single(fn, ops, 3)})`;
  } else if (!omitted(rate)) {
    single(fn, ops, 3);
  }
  return `(${amount(returns)}-${investment})/${investment}`;
};

const DISCOUNTED_ROI: Builder = (ops, { seps }) => {
  const fn = 'DISCOUNTED_ROI';
  const rate = single(fn, ops, 0);
  const investment = periods(fn, ops, 1);
  const returns = periods(fn, ops, 2);
  if (investment.n !== 1 && investment.n !== returns.n) refuse('lengthMismatch', fn, 1);
  const ppy = ops[3];
  let factor: string;
  if (omitted(ppy)) factor = `(1/(1+${rate}))`;
  else {
    const given = single(fn, ops, 3);
    // A blank cell is an omitted argument for the function, so it means 1 period a year.
    const count =
      ppy.literal !== undefined ? given : `IF(${given}=""${seps.argument}1${seps.argument}${given})`;
    factor = `((1+${rate})^(-1/${count}))`;
  }
  const pvReturns = presentValue(ops[2], returns, factor, 1, seps);
  const pvInvestment =
    investment.n === 1 ? operand(ops[1]) : presentValue(ops[1], investment, factor, 0, seps);
  const invested = investment.n === 1 ? pvInvestment : `(${pvInvestment})`;
  return `(${pvReturns}-${invested})/${invested}`;
};

function countFilled(a: string): string {
  return `SUMPRODUCT((${a}<>"")*1)`;
}

function statusMatches(a: string, statuses: string[]): string {
  const tests = statuses.map((s) => `(LOWER(TRIM(${a}))="${s.replace(/"/g, '""')}")`);
  return `SUMPRODUCT(ISTEXT(${a})*(${tests.join('+')}))`;
}

const CONVERSION_RATE: Builder = (ops, ctx) => {
  const fn = 'CONVERSION_RATE';
  const { seps } = ctx;
  const [converted, second] = ops;
  if (omitted(converted)) refuse('missingArgument', fn, 0);
  const a = operand(converted);
  const checkboxes = `SUMPRODUCT((${a}=TRUE())*1)/${countFilled(a)}`;
  if (omitted(second)) return checkboxes;
  if (second.literal !== undefined) {
    if (!holdsText(second.literal)) return `${amount(converted)}/${amount(second)}`;
    const statuses: string[] = [];
    forEachFilled('status', second.literal, (value) => {
      if (typeof value !== 'string') refuse('alwaysError', fn, 1);
      const status = value.trim().toLowerCase();
      // TRIM also squeezes inner runs of spaces and keeps tabs; the function does neither.
      if (/\s\s|[^\S ]/.test(status)) refuse('statusSpacing', fn, 1);
      if (!statuses.includes(status)) statuses.push(status);
    });
    return `${statusMatches(a, statuses)}/${countFilled(a)}`;
  }
  const numeric = `${amount(converted)}/${amount(second)}`;
  const b = operand(second);
  if (cellCount(second.shape) === 1 && second.shape.kind === 'grid') {
    // One cell decides the mode when the sheet computes, as it does for the function:
    // blank → checkboxes, a number → contacts, a text → the status to count.
    const s = seps.argument;
    const status = `SUMPRODUCT(ISTEXT(${a})*(LOWER(TRIM(${a}))=LOWER(TRIM(${b}))))/${countFilled(a)}`;
    return `IF(${b}=""${s}${checkboxes}${s}IF(ISNUMBER(-${b})${s}${numeric}${s}${status}))`;
  }
  if (second.shape.kind === 'scalar') return numeric;
  ctx.notes.push({ code: 'assumesContacts', fn, arg: second.source });
  return `IF(SUMPRODUCT(ISTEXT(${b})*1)>0${seps.argument}NA()${seps.argument}${numeric})`;
};

const ANNUALIZED_ROI: Builder = (ops) => {
  const fn = 'ANNUALIZED_ROI';
  const roi = single(fn, ops, 0);
  const years = single(fn, ops, 1);
  const method = ops[2];
  let simple = false;
  if (!omitted(method)) {
    if (typeof method.literal !== 'string') {
      return refuse(method.literal === undefined ? 'methodNotLiteral' : 'alwaysError', fn, 2);
    }
    const m = method.literal.trim().toLowerCase();
    if (m !== 'simple' && m !== 'compound') refuse('alwaysError', fn, 2);
    simple = m === 'simple';
  }
  return simple ? `${roi}/${years}` : `(1+${roi})^(1/${years})-1`;
};

const REAL_ROI: Builder = (ops) => {
  const fn = 'REAL_ROI';
  return `(1+${single(fn, ops, 0)})/(1+${single(fn, ops, 1)})^${single(fn, ops, 2)}-1`;
};

/**
 * PAYBACK_PERIOD needs the first period where a running balance crosses zero. The formulas
 * that find it (MMULT over a triangular matrix, MATCH over an array condition) need array
 * evaluation that Sheets, older Excel and HyperFormula each trigger differently, so there is no
 * one native formula that all four compute; only literal arguments are rewritten (to the number).
 */
const PAYBACK_PERIOD: Builder = () => refuse('noNative', 'PAYBACK_PERIOD');

/** The native builder of each custom function, by its upper-case name. */
export const NATIVE: Readonly<Record<string, Builder>> = {
  NETROI,
  DISCOUNTED_ROI,
  CONVERSION_RATE,
  ANNUALIZED_ROI,
  REAL_ROI,
  PAYBACK_PERIOD,
};
