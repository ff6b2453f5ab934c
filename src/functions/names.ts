/**
 * The custom functions' names, in the order the docs list them: a module of its own so that texts
 * naming the functions (src/i18n) reach the pages without the functions' code. Every table keyed by
 * a function (the signature table in ./compute, the help in ./table) is a record over these names,
 * so the compiler refuses one that misses a function or adds another.
 */
export const CUSTOM_FUNCTION_NAMES = [
  'NETROI',
  'DISCOUNTED_ROI',
  'CONVERSION_RATE',
  'ANNUALIZED_ROI',
  'REAL_ROI',
  'PAYBACK_PERIOD',
] as const;

/** The name of one of the add-on's custom functions. */
export type CustomFunctionName = (typeof CUSTOM_FUNCTION_NAMES)[number];
