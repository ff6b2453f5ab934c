/**
 * The custom functions' help: each function's description, return value and worked example, and
 * each parameter's help and JSDoc type, in a record parallel to the signature table (./compute),
 * which owns the names, order, readers, defaults and bounds. Joined here into one description per
 * function, from which come the generated top-level declarations and their JSDoc in dist/Code.js
 * (scripts/build.mjs), the function reference in README.md (scripts/docs.mjs; a test keeps it in
 * sync), the preview's function registry and the bundle test. Sheets shows every parameter as
 * required, so an optional parameter's help is prefixed "Optional." and ends with its default.
 *
 * The add-on's runtime imports ./compute only, never this file: the texts below already stand in
 * the generated JSDoc, and leaving them out of the bundle keeps every custom-function call's load
 * small.
 */
import type { SheetsArg } from './args';
import { COMPUTE, type CustomFunctionName, isOptional, type ParamSignature, SIGNATURES } from './compute';
import { CUSTOM_FUNCTION_NAMES } from './names';

/** One parameter as the docs show it. */
export interface ParamSpec {
  name: string;
  /** JSDoc type shown in the generated declaration. */
  jsType: string;
  /** The help Sheets shows for this parameter, with "Optional." and the default when optional. */
  help: string;
  optional: boolean;
}

/** One custom function as the docs show it: its signature joined with its help. */
export interface CustomFunctionSpec {
  name: CustomFunctionName;
  /** One line: what the function returns. Sheets shows it in autocomplete. */
  description: string;
  params: ParamSpec[];
  returns: string;
  /** A worked example for the README: the formula and its result. */
  example: { formula: string; result: string; note: string };
  /** Reads the raw Sheets arguments and computes; throws RoiError for bad input. */
  compute: (...args: SheetsArg[]) => number;
}

/** A parameter's help before "Optional." and its default are added. */
interface ParamHelp {
  jsType: string;
  help: string;
}

interface FunctionHelp {
  description: string;
  /** By parameter name; the signature table gives the order. */
  params: Record<string, ParamHelp>;
  returns: string;
  example: CustomFunctionSpec['example'];
}

const TIMING = 'Money invested is paid at the start of a period; returns arrive at its end.';

/** The investment and returns parameters of the functions that follow the timing convention. */
const PERIOD_PARAMS: Record<string, ParamHelp> = {
  investment: {
    jsType: 'number|Array<Array<number>>',
    help: 'One value paid at the start, or one value per period (a row or column the length of returns) paid at the start of each period.',
  },
  returns: {
    jsType: 'number|Array<Array<number>>',
    help: 'One return per period (a row or column), each arriving at the end of its period; a blank cell is a period with 0.',
  },
};

const HELP: Record<CustomFunctionName, FunctionHelp> = {
  NETROI: {
    description:
      'Net return on investment of networking: (returns − investment) / investment, where investment = costs + hours × hourly_rate.',
    params: {
      returns: {
        jsType: 'number|Array<Array<number>>',
        help: 'Money the networking brought in: a value or a range of any shape, summed.',
      },
      costs: {
        jsType: 'number|Array<Array<number>>',
        help: 'Money spent: a value or a range of any shape, summed.',
      },
      hours: {
        jsType: 'number|Array<Array<number>>',
        help: 'Hours invested, a value or a range, summed; needs hourly_rate.',
      },
      hourly_rate: {
        jsType: 'number',
        help: 'The value of one hour, in the same currency as costs.',
      },
    },
    returns: 'The net ROI as a fraction (0.25 = 25 %).',
    example: {
      formula: '=NETROI(1500000, 1000000)',
      result: '0.5',
      note: 'returns of 1.5 M on 1 M invested: 50 %',
    },
  },
  DISCOUNTED_ROI: {
    description: `ROI with every amount discounted to today: (PV(returns) − PV(investment)) / PV(investment). ${TIMING}`,
    params: {
      rate: { jsType: 'number', help: 'Annual discount rate, such as 10%.' },
      ...PERIOD_PARAMS,
      periods_per_year: {
        jsType: 'number',
        help: 'Periods in a year: 12 for months, 4 for quarters.',
      },
    },
    returns: 'The discounted ROI as a fraction.',
    example: {
      formula: '=DISCOUNTED_ROI(10%, 5000000, {2000000;2000000;2000000})',
      result: '−0.005259203606',
      note: 'profitable before discounting, a small loss after (NPV −26,296.02)',
    },
  },
  CONVERSION_RATE: {
    description:
      'Share of contacts converted: converted / contacts; or the share of TRUE in a range of checkboxes; or the share of a status range that matches the given status(es).',
    params: {
      converted: {
        jsType: 'number|Array<Array<*>>',
        help: 'Conversions (a value or range, summed); or a range of checkboxes; or a range of statuses.',
      },
      contacts_or_status: {
        jsType: 'number|string|Array<Array<*>>',
        help: 'Contacts (a value or range, summed), or the status text(s) that count as converted, such as "Client" or {"Client","Partner"}. Leave it out when converted is a range of checkboxes.',
      },
    },
    returns: 'The conversion rate as a fraction from 0 to 1.',
    example: {
      formula: '=CONVERSION_RATE(15, 50)',
      result: '0.3',
      note: '15 of 50 new contacts became clients',
    },
  },
  ANNUALIZED_ROI: {
    description:
      'ROI per year from a total ROI over a number of years: compound (1 + roi)^(1/years) − 1, or simple roi / years.',
    params: {
      roi: { jsType: 'number', help: 'Total ROI over the whole period, such as 60%.' },
      years: { jsType: 'number', help: 'Length of the period in years; fractions allowed, such as 18/12.' },
      method: { jsType: 'string', help: '"compound" or "simple".' },
    },
    returns: 'The annual ROI as a fraction.',
    example: {
      formula: '=ANNUALIZED_ROI(60%, 3)',
      result: '0.169607095285',
      note: '60 % over 3 years is 16.96 % a year compounded (20 % simple)',
    },
  },
  REAL_ROI: {
    description: 'ROI after inflation: (1 + roi) / (1 + inflation)^years − 1.',
    params: {
      roi: { jsType: 'number', help: 'Nominal ROI over the whole period, such as 30%.' },
      inflation: { jsType: 'number', help: 'Annual inflation, such as 8%.' },
      years: { jsType: 'number', help: 'Length of the period in years.' },
    },
    returns: 'The real ROI as a fraction.',
    example: {
      formula: '=REAL_ROI(30%, 8%, 3)',
      result: '0.031981913326',
      note: '30 % earned over 3 years of 8 % inflation is 3.2 % in real terms',
    },
  },
  PAYBACK_PERIOD: {
    description: `Periods until cumulative returns cover cumulative investment, interpolated within the period. ${TIMING}`,
    params: { ...PERIOD_PARAMS },
    returns: 'The payback period in periods (months when the ranges are months).',
    example: {
      formula: '=PAYBACK_PERIOD(1000, {300;300;300;300})',
      result: '3.333333333333',
      note: '1,000 invested, 300 back a month: paid back a third of the way into month 4',
    },
  },
};

/** The help Sheets shows: an optional parameter's says so and names its default (null: none to name). */
function paramHelp(param: ParamSignature, help: string): string {
  if (!isOptional(param)) return help;
  const d = param.default;
  const shown = d === null ? '' : ` Default ${typeof d === 'string' ? `"${d}"` : d}.`;
  return `Optional. ${help}${shown}`;
}

function describe(name: CustomFunctionName): CustomFunctionSpec {
  const help = HELP[name];
  const params = SIGNATURES[name].params.map((p) => {
    const h = help.params[p.name];
    if (!h) throw new Error(`src/functions/table.ts has no help for ${name}'s parameter ${p.name}`);
    return { name: p.name, jsType: h.jsType, help: paramHelp(p, h.help), optional: isOptional(p) };
  });
  const extra = Object.keys(help.params).filter((k) => !SIGNATURES[name].params.some((p) => p.name === k));
  if (extra.length > 0)
    throw new Error(
      `src/functions/table.ts has help for ${name}(${extra.join(', ')}), which it does not take`,
    );
  const { description, returns, example } = help;
  return { name, description, params, returns, example, compute: COMPUTE[name] };
}

/** Every custom function with its help, in the order of ./names. */
export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = CUSTOM_FUNCTION_NAMES.map(describe);
