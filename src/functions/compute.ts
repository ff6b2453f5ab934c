/**
 * One signature table for the custom functions, in the way HyperFormula declares its functions:
 * for each function its parameters in order (name, reader, default when left out, bounds) and
 * the core computation they feed. One generic reader applies every declaration, so a function
 * never reads its own arguments. The help texts live in a parallel record (./table), kept out of
 * the runtime bundle. Throws RoiError for bad input; the caller (./index) prefixes the name.
 */
import { discountedRoi, type Investment, paybackPeriod } from '../core/cashflows';
import { conversionRate } from '../core/conversion';
import { RoiError } from '../core/errors';
import { annualizedRoi, netRoi, realRoi } from '../core/roi';
import {
  forEachFilled,
  holdsText,
  isOmitted,
  readAmount,
  readNumber,
  readPeriods,
  readText,
  type SheetsArg,
} from './args';
import { CUSTOM_FUNCTION_NAMES, type CustomFunctionName } from './names';

/** How a parameter's raw value becomes what the computation takes. */
export interface ReaderValues {
  /** A value or a range of any shape, summed (./args readAmount). */
  amount: number;
  /** One value per period: a single value, one row or one column. */
  periods: number[];
  /** A single investment, or one per period. */
  investment: Investment;
  /** A single number, within the parameter's bounds. */
  number: number;
  /** One of the parameter's `choices`, matched without regard to case. */
  choice: string;
  /** The value as Sheets passed it, for a function that decides by its kind. */
  raw: SheetsArg;
}
export type Reader = keyof ReaderValues;

/** A bound on a single number: `name is <value>; <hint>` when it is not kept. */
export interface Bound {
  /** The smallest value allowed; with `exclusive`, values must lie above it. */
  min: number;
  exclusive?: boolean;
  hint: string;
}

export interface ParamSignature {
  name: string;
  read: Reader;
  /** The value when the argument is left out; a parameter without one is required. */
  default?: number | string | null;
  bound?: Bound;
  /** For the `choice` reader: the accepted texts, lower case. */
  choices?: readonly string[];
  /** Another parameter without which this one means nothing, and what to say when it is missing. */
  needs?: { param: string; hint: string };
}

/** A custom function's parameters and the computation they feed. */
export interface FunctionSignature {
  params: readonly ParamSignature[];
  compute: (...values: never[]) => number;
}

type ValuesOf<P extends readonly ParamSignature[]> = {
  [K in keyof P]: P[K] extends { read: infer R extends Reader } ? ReaderValues[R] : never;
};

/** Ties a parameter list to its computation, so each computation is typed by its readers. */
function signature<const P extends readonly ParamSignature[]>(
  params: P,
  compute: (...values: ValuesOf<P>) => number,
): FunctionSignature {
  return { params, compute: compute as FunctionSignature['compute'] };
}

/** True for a parameter that may be left out: it has a default. */
export function isOptional(param: ParamSignature): boolean {
  return param.default !== undefined;
}

function readInvestment(name: string, value: SheetsArg): Investment {
  if (Array.isArray(value) && value.reduce((n, row) => n + row.length, 0) > 1) {
    return { kind: 'series', amounts: readPeriods(name, value) };
  }
  return { kind: 'single', amount: readPeriods(name, value)[0] };
}

function checkBound(name: string, value: number, bound: Bound): number {
  const kept = bound.exclusive ? value > bound.min : value >= bound.min;
  if (!kept) throw new RoiError(`${name} is ${value}; ${bound.hint}`);
  return value;
}

function readChoice(name: string, value: SheetsArg, choices: readonly string[]): string {
  const text = readText(name, value);
  const choice = text.toLowerCase();
  if (choices.includes(choice)) return choice;
  throw new RoiError(`${name} is "${text}"; enter ${choices.map((c) => `"${c}"`).join(' or ')}`);
}

/** The one generic reader: a parameter's raw value, read as its signature declares. */
function readArgument(param: ParamSignature, value: SheetsArg): ReaderValues[Reader] {
  if (param.default !== undefined && isOmitted(value)) return param.default;
  const { name } = param;
  switch (param.read) {
    case 'amount':
      return readAmount(name, value);
    case 'periods':
      return readPeriods(name, value);
    case 'investment':
      return readInvestment(name, value);
    case 'number': {
      const n = readNumber(name, value);
      return param.bound ? checkBound(name, n, param.bound) : n;
    }
    case 'choice':
      return readChoice(name, value, param.choices ?? []);
    case 'raw':
      return value;
  }
}

/** Reads every argument of a call by its signature, then computes. */
function run(sig: FunctionSignature, args: SheetsArg[]): number {
  // A parameter given without the one it needs is refused before anything is read.
  sig.params.forEach((p, i) => {
    if (!p.needs || isOmitted(args[i])) return;
    const needed = sig.params.findIndex((q) => q.name === p.needs?.param);
    if (isOmitted(args[needed]))
      throw new RoiError(`${p.name} are given without ${p.needs.param}; ${p.needs.hint}`);
  });
  const values = sig.params.map((p, i) => readArgument(p, args[i]));
  return (sig.compute as (...v: unknown[]) => number)(...values);
}

/** Statuses to count as converted: one text, or a range / array literal of texts. */
function readStatuses(value: SheetsArg): Set<string> {
  const statuses = new Set<string>();
  forEachFilled('status', value, (v, place) => {
    if (typeof v !== 'string')
      throw new RoiError(`${place()} holds ${String(v)}; enter a status text such as "Client"`);
    statuses.add(v.trim().toLowerCase());
  });
  if (statuses.size === 0)
    throw new RoiError('status is empty; enter the status that counts as converted, such as "Client"');
  return statuses;
}

function conversionFromChecks(value: SheetsArg): number {
  let checked = 0;
  let filled = 0;
  forEachFilled('converted', value, (v, place) => {
    if (typeof v !== 'boolean') {
      throw new RoiError(
        `${place()} holds ${typeof v === 'string' ? `the text "${v}"` : String(v)}; with one argument, give a range of checkboxes (TRUE/FALSE), or give contacts as the second argument`,
      );
    }
    filled++;
    if (v) checked++;
  });
  if (filled === 0) throw new RoiError('converted has no filled cells; there are no contacts to convert');
  return checked / filled;
}

function conversionFromStatuses(statusRange: SheetsArg, wanted: SheetsArg): number {
  const statuses = readStatuses(wanted);
  let hits = 0;
  let filled = 0;
  forEachFilled('converted', statusRange, (v) => {
    filled++;
    if (typeof v === 'string' && statuses.has(v.trim().toLowerCase())) hits++;
  });
  if (filled === 0)
    throw new RoiError('the status range has no filled cells; there are no contacts to convert');
  return hits / filled;
}

const ANNUAL_RATE: Bound = { min: -1, exclusive: true, hint: 'enter an annual rate above −100 %' };

/** Every custom function's signature, by name. */
export const SIGNATURES = {
  NETROI: signature(
    [
      { name: 'returns', read: 'amount' },
      { name: 'costs', read: 'amount' },
      {
        name: 'hours',
        read: 'amount',
        default: 0,
        needs: { param: 'hourly_rate', hint: 'enter the value of one hour as the fourth argument' },
      },
      {
        name: 'hourly_rate',
        read: 'number',
        default: 0,
        bound: { min: 0, hint: 'enter a rate of 0 or more' },
      },
    ],
    netRoi,
  ),
  DISCOUNTED_ROI: signature(
    [
      { name: 'rate', read: 'number', bound: ANNUAL_RATE },
      { name: 'investment', read: 'investment' },
      { name: 'returns', read: 'periods' },
      {
        name: 'periods_per_year',
        read: 'number',
        default: 1,
        bound: { min: 0, exclusive: true, hint: 'enter how many periods make a year, such as 12' },
      },
    ],
    discountedRoi,
  ),
  CONVERSION_RATE: signature(
    [
      { name: 'converted', read: 'raw' },
      { name: 'contacts_or_status', read: 'raw', default: null },
    ],
    (converted, contactsOrStatus) => {
      if (contactsOrStatus === null) return conversionFromChecks(converted);
      if (holdsText(contactsOrStatus)) return conversionFromStatuses(converted, contactsOrStatus);
      return conversionRate(
        readAmount('converted', converted, { nonNegative: true }),
        readAmount('contacts', contactsOrStatus, { nonNegative: true }),
      );
    },
  ),
  ANNUALIZED_ROI: signature(
    [
      { name: 'roi', read: 'number' },
      {
        name: 'years',
        read: 'number',
        bound: { min: 0, exclusive: true, hint: 'enter a period longer than 0 years' },
      },
      { name: 'method', read: 'choice', choices: ['compound', 'simple'], default: 'compound' },
    ],
    (roi, years, method) => annualizedRoi(roi, years, method === 'simple' ? 'simple' : 'compound'),
  ),
  REAL_ROI: signature(
    [
      { name: 'roi', read: 'number' },
      { name: 'inflation', read: 'number', bound: ANNUAL_RATE },
      { name: 'years', read: 'number', bound: { min: 0, hint: 'enter 0 or more years' } },
    ],
    realRoi,
  ),
  PAYBACK_PERIOD: signature(
    [
      { name: 'investment', read: 'investment' },
      { name: 'returns', read: 'periods' },
    ],
    paybackPeriod,
  ),
} satisfies Record<CustomFunctionName, FunctionSignature>;

export type Compute = (...args: SheetsArg[]) => number;

export type { CustomFunctionName };

function byName<T>(value: (name: CustomFunctionName) => T): Record<CustomFunctionName, T> {
  const record = {} as Record<CustomFunctionName, T>;
  for (const name of CUSTOM_FUNCTION_NAMES) record[name] = value(name);
  return record;
}

/** Each function as Sheets calls it: raw arguments in, a number out (or RoiError). */
export const COMPUTE: Record<CustomFunctionName, Compute> = byName(
  (name) =>
    (...args: SheetsArg[]) =>
      run(SIGNATURES[name], args),
);

/** Each function's parameter names, in order, for code that names arguments (the sharing rewriter). */
export const PARAMETER_NAMES: Record<CustomFunctionName, readonly string[]> = byName((name) =>
  SIGNATURES[name].params.map((p) => p.name),
);
