/**
 * One metadata table for every custom function: its name, description, parameters and worked
 * example, tied to the code that reads its arguments and computes (./compute). From this one
 * source come the generated top-level declarations and their JSDoc in dist/Code.js
 * (scripts/build.mjs), the function reference in README.md (scripts/docs.mjs; a test keeps it in
 * sync) and the bundle test. Sheets shows every parameter as required, so an optional
 * parameter's help starts with "Optional." and states its default.
 *
 * The add-on's runtime imports ./compute only, never this file: the texts below already stand in
 * the generated JSDoc, and leaving them out of the bundle keeps every custom-function call's load
 * small.
 */
import type { SheetsArg } from './args';
import { COMPUTE } from './compute';

export interface ParamSpec {
  name: string;
  /** JSDoc type shown in the generated declaration. */
  jsType: string;
  /** The help Sheets shows for this parameter. */
  help: string;
  optional: boolean;
}

export interface CustomFunctionSpec {
  name: string;
  /** One line: what the function returns. Sheets shows it in autocomplete. */
  description: string;
  params: ParamSpec[];
  returns: string;
  /** A worked example for the README: the formula and its result. */
  example: { formula: string; result: string; note: string };
  /** Reads the raw Sheets arguments and computes; throws RoiError for bad input. */
  compute: (...args: SheetsArg[]) => number;
}

const TIMING = 'Money invested is paid at the start of a period; returns arrive at its end.';

/** The investment and returns parameters shared by the functions that follow the timing convention. */
const PERIOD_PARAMS: ParamSpec[] = [
  {
    name: 'investment',
    jsType: 'number|Array<Array<number>>',
    optional: false,
    help: 'One value paid at the start, or one value per period (a row or column the length of returns) paid at the start of each period.',
  },
  {
    name: 'returns',
    jsType: 'number|Array<Array<number>>',
    optional: false,
    help: 'One return per period (a row or column), each arriving at the end of its period; a blank cell is a period with 0.',
  },
];

export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [
  {
    name: 'NETROI',
    description:
      'Net return on investment of networking: (returns − investment) / investment, where investment = costs + hours × hourly_rate.',
    params: [
      {
        name: 'returns',
        jsType: 'number|Array<Array<number>>',
        optional: false,
        help: 'Money the networking brought in: a value or a range of any shape, summed.',
      },
      {
        name: 'costs',
        jsType: 'number|Array<Array<number>>',
        optional: false,
        help: 'Money spent: a value or a range of any shape, summed.',
      },
      {
        name: 'hours',
        jsType: 'number|Array<Array<number>>',
        optional: true,
        help: 'Optional. Hours invested, a value or a range, summed; needs hourly_rate. Default 0.',
      },
      {
        name: 'hourly_rate',
        jsType: 'number',
        optional: true,
        help: 'Optional. The value of one hour, in the same currency as costs. Default 0.',
      },
    ],
    returns: 'The net ROI as a fraction (0.25 = 25 %).',
    example: {
      formula: '=NETROI(1500000, 1000000)',
      result: '0.5',
      note: 'returns of 1.5 M on 1 M invested: 50 %',
    },
    compute: COMPUTE.NETROI,
  },
  {
    name: 'DISCOUNTED_ROI',
    description: `ROI with every amount discounted to today: (PV(returns) − PV(investment)) / PV(investment). ${TIMING}`,
    params: [
      { name: 'rate', jsType: 'number', optional: false, help: 'Annual discount rate, such as 10%.' },
      ...PERIOD_PARAMS,
      {
        name: 'periods_per_year',
        jsType: 'number',
        optional: true,
        help: 'Optional. Periods in a year: 12 for months, 4 for quarters. Default 1.',
      },
    ],
    returns: 'The discounted ROI as a fraction.',
    example: {
      formula: '=DISCOUNTED_ROI(10%, 5000000, {2000000;2000000;2000000})',
      result: '−0.005259203606',
      note: 'profitable before discounting, a small loss after (NPV −26,296.02)',
    },
    compute: COMPUTE.DISCOUNTED_ROI,
  },
  {
    name: 'CONVERSION_RATE',
    description:
      'Share of contacts converted: converted / contacts; or the share of TRUE in a range of checkboxes; or the share of a status range that matches the given status(es).',
    params: [
      {
        name: 'converted',
        jsType: 'number|Array<Array<*>>',
        optional: false,
        help: 'Conversions (a value or range, summed); or a range of checkboxes; or a range of statuses.',
      },
      {
        name: 'contacts_or_status',
        jsType: 'number|string|Array<Array<*>>',
        optional: true,
        help: 'Optional. Contacts (a value or range, summed), or the status text(s) that count as converted, such as "Client" or {"Client","Partner"}. Leave it out when converted is a range of checkboxes.',
      },
    ],
    returns: 'The conversion rate as a fraction from 0 to 1.',
    example: {
      formula: '=CONVERSION_RATE(15, 50)',
      result: '0.3',
      note: '15 of 50 new contacts became clients',
    },
    compute: COMPUTE.CONVERSION_RATE,
  },
  {
    name: 'ANNUALIZED_ROI',
    description:
      'ROI per year from a total ROI over a number of years: compound (1 + roi)^(1/years) − 1, or simple roi / years.',
    params: [
      {
        name: 'roi',
        jsType: 'number',
        optional: false,
        help: 'Total ROI over the whole period, such as 60%.',
      },
      {
        name: 'years',
        jsType: 'number',
        optional: false,
        help: 'Length of the period in years; fractions allowed, such as 18/12.',
      },
      {
        name: 'method',
        jsType: 'string',
        optional: true,
        help: 'Optional. "compound" or "simple". Default "compound".',
      },
    ],
    returns: 'The annual ROI as a fraction.',
    example: {
      formula: '=ANNUALIZED_ROI(60%, 3)',
      result: '0.169607095285',
      note: '60 % over 3 years is 16.96 % a year compounded (20 % simple)',
    },
    compute: COMPUTE.ANNUALIZED_ROI,
  },
  {
    name: 'REAL_ROI',
    description: 'ROI after inflation: (1 + roi) / (1 + inflation)^years − 1.',
    params: [
      {
        name: 'roi',
        jsType: 'number',
        optional: false,
        help: 'Nominal ROI over the whole period, such as 30%.',
      },
      { name: 'inflation', jsType: 'number', optional: false, help: 'Annual inflation, such as 8%.' },
      { name: 'years', jsType: 'number', optional: false, help: 'Length of the period in years.' },
    ],
    returns: 'The real ROI as a fraction.',
    example: {
      formula: '=REAL_ROI(30%, 8%, 3)',
      result: '0.031981913326',
      note: '30 % earned over 3 years of 8 % inflation is 3.2 % in real terms',
    },
    compute: COMPUTE.REAL_ROI,
  },
  {
    name: 'PAYBACK_PERIOD',
    description: `Periods until cumulative returns cover cumulative investment, interpolated within the period. ${TIMING}`,
    params: [...PERIOD_PARAMS],
    returns: 'The payback period in periods (months when the ranges are months).',
    example: {
      formula: '=PAYBACK_PERIOD(1000, {300;300;300;300})',
      result: '3.333333333333',
      note: '1,000 invested, 300 back a month: paid back a third of the way into month 4',
    },
    compute: COMPUTE.PAYBACK_PERIOD,
  },
];
