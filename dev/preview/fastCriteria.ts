// COUNTIF(S), SUMIF(S), AVERAGEIF, MINIFS and MAXIFS for the preview's engine, computed as
// HyperFormula computes them but in one indexed loop. HyperFormula walks the ranges with a chain
// of generators and keeps a cache per range that any edit in the range throws away: an edit in a
// 30,000-row log then recomputes every such function of the workbook through the generators,
// about 3 s with the Actual sheet's monthly counts. The loop gives the same numbers in a fraction
// of that: the same criteria (HyperFormula's own criterion builder), the same mapping and
// combining of values, the same error for ranges of different sizes.
import {
  CellError,
  ErrorType,
  type FunctionPluginDefinition,
  HyperFormula,
  type SimpleRangeValue,
} from 'hyperformula';

/** What HyperFormula's criterion builder gives for one criterion: the criterion as written, and its test. */
interface CriterionPackage {
  raw: string | number | boolean;
  lambda: (value: unknown) => boolean;
}

/** Where a range argument lies in the engine, when it is a range of cells (not an array). */
interface RangeAddress {
  start: { sheet: number; row: number; col: number };
  end: { row: number; col: number };
}

/**
 * Counts the engine's changes of values: the loop keeps each range's values, and which of them
 * meet each criterion, until the next change, so the dozens of monthly counts over the same log
 * columns after one edit read each column once and test each criterion once.
 */
let generation = 0;

/** Tells the loop that cell values may have changed (called before every change to the engine). */
export function valuesMayChange(): void {
  generation += 1;
}

interface Kept {
  generation: number;
  values: Map<string, unknown[]>;
  masks: Map<string, Uint8Array>;
}

/** What is kept for each engine, by its interpreter. */
const kept = new WeakMap<object, Kept>();

function keptFor(interpreter: object): Kept {
  let k = kept.get(interpreter);
  if (!k || k.generation !== generation) {
    k = { generation, values: new Map(), masks: new Map() };
    kept.set(interpreter, k);
  }
  return k;
}

function rangeKey(range: SimpleRangeValue): string | null {
  const address = (range as unknown as { range?: RangeAddress }).range;
  if (!address) return null;
  const { start, end } = address;
  return `${start.sheet}!${start.row}:${start.col}:${end.row}:${end.col}`;
}

/** The parts of HyperFormula's conditional-aggregation plugin the loop uses. */
interface ConditionalAggregation {
  interpreter: {
    criterionBuilder: {
      fromCellValue(criterion: unknown, arithmetic: unknown): CriterionPackage | undefined;
    };
  };
  arithmeticHelper: unknown;
}

/** HyperFormula's sentences (its ErrorMessage): ranges of different sizes, a criterion it cannot read. */
const EQUAL_LENGTH = 'Ranges need to be of equal length.';
const BAD_CRITERION = 'Incorrect criterion.';

/** A number HyperFormula keeps with its type (a date, a percent) as the plain number. */
function rawValue(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'val' in value
    ? (value as { val: unknown }).val
    : value;
}

let fastPlugin: FunctionPluginDefinition | null = null;

/**
 * HyperFormula's conditional-aggregation plugin with the loop in place of its range walk; null
 * when the engine has no such plugin (then the engine's own is used).
 */
export function fastConditionalAggregation(): FunctionPluginDefinition | null {
  if (fastPlugin) return fastPlugin;
  const Base = HyperFormula.getFunctionPlugin('COUNTIFS') as unknown as
    | (new (
        ...args: never[]
      ) => ConditionalAggregation)
    | undefined;
  if (!Base) return null;
  class FastConditionalAggregation extends Base {
    computeConditionalAggregationFunction(
      valuesRange: SimpleRangeValue,
      conditionArgs: unknown[],
      _functionName: string,
      reduceInitialValue: unknown,
      composeFunction: (left: unknown, right: unknown) => unknown,
      mapFunction: (value: unknown) => unknown,
    ): unknown {
      const ranges: SimpleRangeValue[] = [];
      const lambdas: Array<(value: unknown) => boolean> = [];
      const raws: CriterionPackage['raw'][] = [];
      for (let i = 0; i < conditionArgs.length; i += 2) {
        const criterion = this.interpreter.criterionBuilder.fromCellValue(
          conditionArgs[i + 1],
          this.arithmeticHelper,
        );
        if (criterion === undefined) return new CellError(ErrorType.VALUE, BAD_CRITERION);
        ranges.push(conditionArgs[i] as SimpleRangeValue);
        lambdas.push(criterion.lambda);
        raws.push(criterion.raw);
      }
      if (ranges.some((range) => !range.sameDimensionsAs(valuesRange)))
        return new CellError(ErrorType.VALUE, EQUAL_LENGTH);
      // Within one change of the engine a range's values stay as they are: every function that
      // reads a range is computed after all of the range's cells (HyperFormula's order).
      const k = keptFor(this.interpreter);
      const valuesOf = (range: SimpleRangeValue): unknown[] => {
        const key = rangeKey(range);
        if (key === null) return range.valuesFromTopLeftCorner();
        let values = k.values.get(key);
        if (!values) {
          values = range.valuesFromTopLeftCorner();
          k.values.set(key, values);
        }
        return values;
      };
      const maskOf = (range: SimpleRangeValue, i: number): Uint8Array => {
        const key = rangeKey(range);
        const criterion = `${typeof raws[i]}:${String(raws[i])}`;
        const known = key === null ? undefined : k.masks.get(`${key}|${criterion}`);
        if (known) return known;
        const values = valuesOf(range);
        const mask = new Uint8Array(values.length);
        for (let row = 0; row < values.length; row += 1)
          mask[row] = lambdas[i](rawValue(values[row])) ? 1 : 0;
        if (key !== null) k.masks.set(`${key}|${criterion}`, mask);
        return mask;
      };
      const values = valuesOf(valuesRange);
      const masks = ranges.map((range, i) => maskOf(range, i));
      let acc = reduceInitialValue;
      for (let row = 0; row < values.length; row += 1) {
        let fits = true;
        for (let c = 0; c < masks.length && fits; c += 1) fits = masks[c][row] === 1;
        if (fits) acc = composeFunction(acc, mapFunction(values[row]));
      }
      return acc;
    }
  }
  // HyperFormula takes a plugin's methods only from the plugin's own prototype.
  const base = Base as unknown as { prototype: Record<string, unknown>; implementedFunctions: object };
  const own = FastConditionalAggregation.prototype as unknown as Record<string, unknown>;
  for (const metadata of Object.values(base.implementedFunctions) as Array<{ method: string }>)
    own[metadata.method] = base.prototype[metadata.method];
  fastPlugin = FastConditionalAggregation as unknown as FunctionPluginDefinition;
  return fastPlugin;
}
