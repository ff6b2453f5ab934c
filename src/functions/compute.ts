/**
 * How each custom function reads what Sheets passes and computes its result: the readers of
 * ./args for the arguments, the pure core for the arithmetic. Throws RoiError for bad input; the
 * caller (./index) prefixes the function's name.
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

export type Compute = (...args: SheetsArg[]) => number;

function readInvestment(value: SheetsArg): Investment {
  if (Array.isArray(value) && value.reduce((n, row) => n + row.length, 0) > 1) {
    return { kind: 'series', amounts: readPeriods('investment', value) };
  }
  return { kind: 'single', amount: readPeriods('investment', value)[0] };
}

function readMethod(value: SheetsArg): 'compound' | 'simple' {
  if (isOmitted(value)) return 'compound';
  const method = readText('method', value).toLowerCase();
  if (method === 'compound' || method === 'simple') return method;
  throw new RoiError(`method is "${readText('method', value)}"; enter "compound" or "simple"`);
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

/** The computation of each custom function, by name. */
export const COMPUTE = {
  NETROI: (returns, costs, hours, hourlyRate) => {
    const hoursGiven = !isOmitted(hours);
    if (hoursGiven && isOmitted(hourlyRate)) {
      throw new RoiError(
        'hours are given without hourly_rate; enter the value of one hour as the fourth argument',
      );
    }
    return netRoi(
      readAmount('returns', returns),
      readAmount('costs', costs),
      hoursGiven ? readAmount('hours', hours) : 0,
      isOmitted(hourlyRate) ? 0 : readNumber('hourly_rate', hourlyRate),
    );
  },
  DISCOUNTED_ROI: (rate, investment, returns, periodsPerYear) =>
    discountedRoi(
      readNumber('rate', rate),
      readInvestment(investment),
      readPeriods('returns', returns),
      isOmitted(periodsPerYear) ? 1 : readNumber('periods_per_year', periodsPerYear),
    ),
  CONVERSION_RATE: (converted, contactsOrStatus) => {
    if (isOmitted(contactsOrStatus)) return conversionFromChecks(converted);
    if (holdsText(contactsOrStatus)) return conversionFromStatuses(converted, contactsOrStatus);
    return conversionRate(
      readAmount('converted', converted, { nonNegative: true }),
      readAmount('contacts', contactsOrStatus, { nonNegative: true }),
    );
  },
  ANNUALIZED_ROI: (roi, years, method) =>
    annualizedRoi(readNumber('roi', roi), readNumber('years', years), readMethod(method)),
  REAL_ROI: (roi, inflation, years) =>
    realRoi(readNumber('roi', roi), readNumber('inflation', inflation), readNumber('years', years)),
  PAYBACK_PERIOD: (investment, returns) =>
    paybackPeriod(readInvestment(investment), readPeriods('returns', returns)),
} satisfies Record<string, Compute>;

/** The name of one of the add-on's custom functions. */
export type CustomFunctionName = keyof typeof COMPUTE;

/**
 * Each function's parameter names, in order: what code outside the metadata table (the sharing
 * rewriter) needs at run time. test/functions/table.test.ts holds the table to the same names.
 */
export const PARAMETER_NAMES: Record<CustomFunctionName, readonly string[]> = {
  NETROI: ['returns', 'costs', 'hours', 'hourly_rate'],
  DISCOUNTED_ROI: ['rate', 'investment', 'returns', 'periods_per_year'],
  CONVERSION_RATE: ['converted', 'contacts_or_status'],
  ANNUALIZED_ROI: ['roi', 'years', 'method'],
  REAL_ROI: ['roi', 'inflation', 'years'],
  PAYBACK_PERIOD: ['investment', 'returns'],
};
