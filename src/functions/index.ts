/**
 * The custom functions as Sheets calls them. Each one reads its arguments and computes through
 * its entry in ./compute, and turns any RoiError into an Error whose message starts with
 * the function's name, which Sheets shows on the #ERROR! cell.
 */
import { RoiError } from '../core/errors';
import { isFiniteNumber, type SheetsArg } from './args';
import { COMPUTE, type Compute, type CustomFunctionName } from './compute';

/** True for the name (upper case) of one of the add-on's custom functions. */
export function isCustomFunctionName(name: string): name is CustomFunctionName {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the bundle targets ES2019.
  return Object.prototype.hasOwnProperty.call(COMPUTE, name);
}

/** Runs one custom function as Sheets would: a plain number out, or an Error with a sentence. */
export function callCustomFunction(name: string, args: SheetsArg[]): number {
  if (!isCustomFunctionName(name)) throw new Error(`${name} is not one of the add-on's functions`);
  try {
    const compute: Compute = COMPUTE[name];
    const result = compute(...args);
    if (!isFiniteNumber(result)) {
      throw new RoiError('the result is not a finite number; check that the amounts are not extremely large');
    }
    return result;
  } catch (err) {
    if (err instanceof RoiError) throw new Error(`${name}: ${err.message}`);
    throw err;
  }
}

export function NETROI(
  returns: SheetsArg,
  costs: SheetsArg,
  hours?: SheetsArg,
  hourly_rate?: SheetsArg,
): number {
  return callCustomFunction('NETROI', [returns, costs, hours, hourly_rate]);
}

export function DISCOUNTED_ROI(
  rate: SheetsArg,
  investment: SheetsArg,
  returns: SheetsArg,
  periods_per_year?: SheetsArg,
): number {
  return callCustomFunction('DISCOUNTED_ROI', [rate, investment, returns, periods_per_year]);
}

export function CONVERSION_RATE(converted: SheetsArg, contacts_or_status?: SheetsArg): number {
  return callCustomFunction('CONVERSION_RATE', [converted, contacts_or_status]);
}

export function ANNUALIZED_ROI(roi: SheetsArg, years: SheetsArg, method?: SheetsArg): number {
  return callCustomFunction('ANNUALIZED_ROI', [roi, years, method]);
}

export function REAL_ROI(roi: SheetsArg, inflation: SheetsArg, years: SheetsArg): number {
  return callCustomFunction('REAL_ROI', [roi, inflation, years]);
}

export function PAYBACK_PERIOD(investment: SheetsArg, returns: SheetsArg): number {
  return callCustomFunction('PAYBACK_PERIOD', [investment, returns]);
}
