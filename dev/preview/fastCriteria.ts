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
 * meet each criterion, so the dozens of monthly counts over the same log columns after one edit
 * read each column once and test each criterion once (and not at all when its column is unchanged).
 */
let generation = 0;

/** Tells the loop that cell values may have changed (called before every change to the engine). */
export function valuesMayChange(): void {
  generation += 1;
}

/** One range as last read: its values, the change they were read at, and its criterion masks. */
interface KeptRange {
  generation: number;
  values: unknown[];
  /** Which rows meet a criterion, by the criterion's type and text. */
  masks: Map<string, Uint8Array>;
  /**
   * The rows holding each text, by the text as HyperFormula compares it (case and accents as its
   * configuration says): made once a criterion asks for one exact text, as each of a 30,000-row
   * log's Introduced revenue cells does with its own name.
   */
  texts?: Map<string, number[]>;
}

/** How many ranges are kept for an engine before those not read lately are dropped. */
const MAX_KEPT_RANGES = 200;

/** What is kept for each engine (by its interpreter), by range. */
const kept = new WeakMap<object, Map<string, KeptRange>>();

/** True when two readings of a range hold the same values, row by row. */
function sameValues(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i] && rawValue(a[i]) !== rawValue(b[i])) return false;
  return true;
}

/**
 * A range's values for this change of the engine, with its masks. A range read again after a
 * change keeps its masks when its values did not change (a log's date columns when a stage was
 * edited), so only the edited columns' criteria are tested again.
 */
function keptRange(interpreter: object, key: string, read: () => unknown[]): KeptRange {
  let ranges = kept.get(interpreter);
  if (!ranges) {
    ranges = new Map();
    kept.set(interpreter, ranges);
  }
  const known = ranges.get(key);
  if (known?.generation === generation) return known;
  const values = read();
  if (known && sameValues(known.values, values)) {
    known.generation = generation;
    return known;
  }
  const fresh = { generation, values, masks: new Map<string, Uint8Array>() };
  ranges.set(key, fresh);
  // Ranges no formula read for a while (a log's named ranges before an import widened them) go.
  if (ranges.size > MAX_KEPT_RANGES)
    for (const [k, r] of ranges) if (r.generation < generation - 20) ranges.delete(k);
  return fresh;
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
      parseCriterion(
        criterion: unknown,
        arithmetic: unknown,
      ): { operator: string; value: unknown } | undefined;
    };
  };
  arithmeticHelper: {
    normalizeString(text: string): string;
    config: { useWildcards: boolean; useRegularExpressions: boolean };
  };
}

/**
 * The one text a criterion matches, as HyperFormula compares texts (its own normalisation), when
 * the criterion is "equal to a text" without a wildcard ("=Ann", "=An~*n" for a literal star);
 * null for any other criterion. HyperFormula matches such a criterion against texts only, and a
 * whole cell: the rows it meets are those whose normalised text is this one.
 */
function exactText(raw: unknown, self: ConditionalAggregation): string | null {
  const { config } = self.arithmeticHelper;
  if (!config.useWildcards || config.useRegularExpressions) return null;
  const parsed = self.interpreter.criterionBuilder.parseCriterion(raw, self.arithmeticHelper);
  if (parsed?.operator !== 'EQUAL' || typeof parsed.value !== 'string') return null;
  const pattern = self.arithmeticHelper.normalizeString(parsed.value);
  let text = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern.charAt(i);
    if (c === '*' || c === '?') return null;
    // "~" takes the next character as it is; a last "~" is itself (HyperFormula's escaping).
    if (c === '~' && i < pattern.length - 1) {
      i += 1;
      text += pattern.charAt(i);
    } else text += c;
  }
  return text;
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

/** The rows of each text among `values`, by the text as `normal` gives it. */
function textRows(values: unknown[], normal: (text: string) => string): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  values.forEach((value, row) => {
    const raw = rawValue(value);
    if (typeof raw !== 'string') return;
    const key = normal(raw);
    const list = rows.get(key);
    if (list) list.push(row);
    else rows.set(key, [row]);
  });
  return rows;
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
      const entry = (range: SimpleRangeValue): KeptRange | null => {
        const key = rangeKey(range);
        return key === null ? null : keptRange(this.interpreter, key, () => range.valuesFromTopLeftCorner());
      };
      const valuesOf = (range: SimpleRangeValue): unknown[] =>
        entry(range)?.values ?? range.valuesFromTopLeftCorner();
      const maskOf = (range: SimpleRangeValue, i: number): Uint8Array => {
        const known = entry(range);
        const criterion = `${typeof raws[i]}:${String(raws[i])}`;
        const mask = known?.masks.get(criterion);
        if (mask) return mask;
        const values = known?.values ?? range.valuesFromTopLeftCorner();
        const made = new Uint8Array(values.length);
        for (let row = 0; row < values.length; row += 1)
          made[row] = lambdas[i](rawValue(values[row])) ? 1 : 0;
        known?.masks.set(criterion, made);
        return made;
      };
      const values = valuesOf(valuesRange);
      // One exact text among the criteria: only the rows holding it are looked at (in row order,
      // so sums add up in the order the full loop would), and its mask is never made.
      const texts = raws.map((raw) => exactText(raw, this));
      const pick = texts.findIndex((text, i) => text !== null && entry(ranges[i]) !== null);
      if (pick >= 0) {
        const kept = entry(ranges[pick])!;
        kept.texts ??= textRows(kept.values, (text) => this.arithmeticHelper.normalizeString(text));
        const others = ranges.map((range, i) => (i === pick ? null : maskOf(range, i)));
        let acc = reduceInitialValue;
        for (const row of kept.texts.get(texts[pick]!) ?? []) {
          if (!lambdas[pick](rawValue(kept.values[row]))) continue;
          let fits = true;
          for (let c = 0; c < others.length && fits; c += 1)
            fits = others[c] === null || others[c]![row] === 1;
          if (fits) acc = composeFunction(acc, mapFunction(values[row]));
        }
        return acc;
      }
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
