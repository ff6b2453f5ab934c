// The shared recording fake with its formula cells computed by HyperFormula, as the preview does
// (dev/engine.ts configuration, the custom functions from src/functions), so a test reads the
// values a formula shows before and after it is rewritten.

import { type FakeEnvironment, type FakeOptions, installFakes } from '../../dev/fakes/spreadsheetApp';
import type { CustomFunctionImpl } from '../../dev/preview/hyperformulaBridge';
import { PreviewWorkbook } from '../../dev/preview/workbook';
import { callCustomFunction, isCustomFunctionName } from '../../src/functions';
import type { SheetsArg } from '../../src/functions/args';

/** Installs the fake services on globalThis with formulas computed; returns the environment. */
export function installComputedFakes(options: FakeOptions = {}): FakeEnvironment {
  const env = installFakes(globalThis, options);
  const lookup = (name: string): CustomFunctionImpl | undefined =>
    isCustomFunctionName(name) ? (...args) => callCustomFunction(name, args as SheetsArg[]) : undefined;
  env.evaluateFormula = new PreviewWorkbook(env, lookup).evaluate;
  return env;
}
