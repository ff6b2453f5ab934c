// HyperFormula ⇄ custom functions: registers the bundle's functions in HyperFormula, handing
// them arguments the way Google Sheets does and turning their thrown errors into #ERROR! cells.
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';

/** A single value as Sheets passes it to a custom function ("" for a blank cell). */
export type SheetsScalar = number | string | boolean;

/** One argument as Sheets passes it: a value, or a 2-D array (rows of cells) for a range. */
export type SheetsArgument = SheetsScalar | SheetsScalar[][];

/** A custom function as the bundle declares it: Sheets values in, a number out (or a throw). */
export type CustomFunctionImpl = (...args: SheetsArgument[]) => unknown;

/** What the plugin needs to know about one function: its name and the parameters it takes. */
export interface CustomFunctionSignature {
  name: string;
  params: Array<{ name: string; optional: boolean }>;
}

/**
 * HyperFormula wraps dates, percents and currencies in "rich numbers" ({ val }) inside ranges;
 * Sheets passes the plain number (a percent cell arrives as its fraction).
 */
function isRichNumber(value: unknown): value is { val: number } {
  return typeof value === 'object' && value !== null && typeof (value as { val?: unknown }).val === 'number';
}

function toSheetsScalar(value: unknown): SheetsScalar | CellError {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (value instanceof CellError) return value;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (isRichNumber(value)) return value.val;
  return new CellError(ErrorType.VALUE, `Unsupported value ${String(value)}`);
}

/**
 * Converts one evaluated HyperFormula argument to what Sheets hands a custom function: numbers,
 * text and booleans as they are, a blank as "", a range or array literal as a 2-D array with ""
 * for its blank cells. An error anywhere in the argument is returned as that error: like Sheets,
 * the function is then not called and the cell shows the error it referred to.
 * `undefined` (an optional argument left out) stays `undefined`.
 */
export function toSheetsArgument(value: unknown): SheetsArgument | CellError | undefined {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) {
    const rows: SheetsScalar[][] = [];
    for (const row of value.data) {
      const cells: SheetsScalar[] = [];
      for (const cell of row) {
        const converted = toSheetsScalar(cell);
        if (converted instanceof CellError) return converted;
        cells.push(converted);
      }
      rows.push(cells);
    }
    return rows;
  }
  return toSheetsScalar(value);
}

/** The message of an error thrown in any realm (the bundle runs in a node:vm context). */
function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as Error).message === 'string')
    return (error as Error).message;
  return String(error);
}

/**
 * Calls one custom function with converted arguments, as Sheets would: trailing omitted
 * arguments are not passed at all; a thrown Error becomes #ERROR! carrying its sentence; a
 * result that is not a finite number is a #VALUE! (the functions promise never to return one).
 */
export function callAsSheets(fn: CustomFunctionImpl, rawArgs: unknown[]): number | CellError {
  const args: SheetsArgument[] = [];
  const converted = rawArgs.map(toSheetsArgument);
  let last = converted.length;
  while (last > 0 && converted[last - 1] === undefined) last -= 1;
  for (let i = 0; i < last; i += 1) {
    const arg = converted[i];
    if (arg instanceof CellError) return arg;
    args.push(arg === undefined ? '' : arg);
  }
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    return new CellError(ErrorType.ERROR, messageOf(error));
  }
  if (typeof result === 'number' && Number.isFinite(result)) return result;
  return new CellError(ErrorType.VALUE, `The function returned ${String(result)} instead of a number.`);
}

/**
 * Registers the custom functions in HyperFormula's global function registry, calling `lookup`
 * for the implementation at each evaluation. An engine keeps the plugin it was built with, so
 * registering again (another preview, another bundle) never changes engines built before.
 */
export function registerCustomFunctions(
  signatures: readonly CustomFunctionSignature[],
  lookup: (name: string) => CustomFunctionImpl | undefined,
): void {
  const implementedFunctions: ImplementedFunctions = {};
  const methods: Record<string, unknown> = {};
  for (const spec of signatures) {
    const method = `call_${spec.name}`;
    implementedFunctions[spec.name] = {
      method,
      // Every parameter is optional to the engine: Sheets calls a custom function with however
      // many arguments the formula gives (a missing one is simply not there), so the function's
      // own sentence names what is missing, not the engine's "Wrong number of arguments".
      parameters: spec.params.map(() => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: true,
      })),
    };
    methods[method] = function (this: BridgePlugin, ast: { args: unknown[] }, state: unknown) {
      return this.run(ast, state, spec.name, (...raw: unknown[]) => {
        const fn = lookup(spec.name);
        if (!fn) return new CellError(ErrorType.NAME, `Unknown function: '${spec.name}'.`);
        return callAsSheets(fn, raw);
      });
    };
  }
  class BridgePlugin extends FunctionPlugin {
    static implementedFunctions = implementedFunctions;

    run(ast: { args: unknown[] }, state: unknown, name: string, impl: (...raw: unknown[]) => unknown) {
      // runFunction evaluates, counts and defaults the arguments exactly as for built-in functions.
      const runFunction = this.runFunction as unknown as (
        args: unknown[],
        state: unknown,
        metadata: unknown,
        impl: (...raw: unknown[]) => unknown,
      ) => unknown;
      return runFunction(ast.args, state, this.metadata(name), impl);
    }
  }
  Object.assign(BridgePlugin.prototype, methods);
  const names = Object.fromEntries(signatures.map((s) => [s.name, s.name]));
  HyperFormula.registerFunctionPlugin(BridgePlugin, { enGB: names });
}
