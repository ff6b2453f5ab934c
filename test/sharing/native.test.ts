// Rewritten native formulas, computed by HyperFormula, give the custom functions' numbers.
//
// Each property builds a sheet of random valid inputs, writes the custom call the way a person
// would (ranges, single cells, literals, a quoted sheet name), rewrites it, computes the native
// formula in HyperFormula, and compares with the custom function called with what Sheets passes
// (a 2-D array for a range, "" for a blank). Tolerance: |native − custom| ≤ 1e-9 · max(1, |custom|),
// i.e. 1e-9 relative, or 1e-9 absolute for ratios below 1. HyperFormula runs with the engine
// configuration of dev/engine.ts, shared with the preview (array arithmetic on).
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { ENGINE_CONFIG } from '../../dev/engine';
import { callCustomFunction } from '../../src/functions';
import type { SheetsArg, SheetsScalar } from '../../src/functions/args';
import { CUSTOM_FUNCTION_NAMES } from '../../src/functions/names';
import { rewriteFormula } from '../../src/sharing/rewriter';

type Cell = number | string | boolean | null;

/** A1 column letters for a 0-based column (the test sheets stay below 702 columns). */
function columnName(c: number): string {
  return c < 26
    ? String.fromCharCode(65 + c)
    : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26));
}

/** A sheet being filled: each argument gets its own block of columns. */
class DataSheet {
  readonly grid: Cell[][] = Array.from({ length: 12 }, () => Array(60).fill(null));
  private nextColumn = 1;

  /** Puts values in a fresh block and returns its A1 reference (quoted sheet name) and what Sheets passes. */
  place(values: Cell[][]): { ref: string; passed: SheetsArg } {
    const col = this.nextColumn;
    this.nextColumn += values[0].length + 1;
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        this.grid[r + 1][col + c] = v;
      });
    });
    const a1 = (r: number, c: number) => `${columnName(c)}${r + 1}`;
    const first = a1(1, col);
    const last = a1(values.length, col + values[0].length - 1);
    const single = values.length === 1 && values[0].length === 1;
    const blankAsSheets = (v: Cell): SheetsScalar => (v === null ? '' : v);
    return {
      ref: `'My sheet'!${single ? first : `${first}:${last}`}`,
      passed: single ? blankAsSheets(values[0][0]) : values.map((row) => row.map(blankAsSheets)),
    };
  }
}

/**
 * One engine for every case, its two sheets replaced each time: building a HyperFormula costs far
 * more than the few cells a case computes, and the properties run hundreds of cases.
 */
let engine: HyperFormula | null = null;

function compute(data: DataSheet, formula: string): unknown {
  engine ??= HyperFormula.buildFromSheets({ 'My sheet': [], Calc: [] }, ENGINE_CONFIG);
  const calc = engine.getSheetId('Calc')!;
  engine.setSheetContent(engine.getSheetId('My sheet')!, data.grid);
  engine.setSheetContent(calc, [[formula]]);
  return engine.getCellValue({ sheet: calc, row: 0, col: 0 });
}

const TOLERANCE = 1e-9;
const compared = new Map<string, number>();

/** Rewrites `call`, computes it, and holds it to the custom function's result (when that is a number). */
function holdsEquivalence(data: DataSheet, call: string, name: string, passed: SheetsArg[]): void {
  let expected: number;
  try {
    expected = callCustomFunction(name, passed);
  } catch {
    return; // input the function rejects: documented in docs/sharing.md, not compared
  }
  const rewrite = rewriteFormula(`=${call}`);
  if (rewrite.kind !== 'rewritten') throw new Error(`${call} was not rewritten: ${JSON.stringify(rewrite)}`);
  const actual = compute(data, rewrite.formula);
  if (
    typeof actual !== 'number' ||
    Math.abs(actual - expected) > TOLERANCE * Math.max(1, Math.abs(expected))
  ) {
    throw new Error(
      `${call}\n→ ${rewrite.formula}\ngave ${JSON.stringify(actual)}, the function ${expected}`,
    );
  }
  compared.set(name, (compared.get(name) ?? 0) + 1);
}

const cents = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
const maybeBlank = (value: fc.Arbitrary<number>) => fc.option(value, { nil: null, freq: 5 });

/** An amount argument: a literal, one cell, a row, a column or a block of cells. */
function amountArg(value: fc.Arbitrary<number>) {
  return fc.oneof(
    value.map((v) => ({ kind: 'literal' as const, v })),
    fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
      .chain(([rows, cols]) =>
        fc.array(fc.array(maybeBlank(value), { minLength: cols, maxLength: cols }), {
          minLength: rows,
          maxLength: rows,
        }),
      )
      .map((cells) => ({ kind: 'cells' as const, cells })),
  );
}
type ArgSpec =
  | { kind: 'literal'; v: number | string }
  | { kind: 'array'; rows: number[][] }
  | { kind: 'cells'; cells: Cell[][] }
  | { kind: 'omitted' };

function realise(data: DataSheet, arg: ArgSpec): { text: string; passed: SheetsArg } {
  if (arg.kind === 'omitted') return { text: '', passed: undefined };
  if (arg.kind === 'array')
    return { text: `{${arg.rows.map((r) => r.join(',')).join(';')}}`, passed: arg.rows };
  if (arg.kind === 'literal')
    return { text: typeof arg.v === 'string' ? `"${arg.v}"` : String(arg.v), passed: arg.v };
  const { ref, passed } = data.place(arg.cells);
  return { text: ref, passed };
}

function check(name: string, args: ArgSpec[]): void {
  const data = new DataSheet();
  const real = args.map((a) => realise(data, a));
  while (real.length > 0 && args[real.length - 1].kind === 'omitted') real.pop();
  const call = `${name}(${real.map((r) => r.text).join(', ')})`;
  holdsEquivalence(
    data,
    call,
    name,
    real.map((r) => r.passed),
  );
}

const RUNS = { numRuns: 100 };

afterAll(() => {
  // Guard against properties that only ever draw rejected input and so check nothing.
  expect(CUSTOM_FUNCTION_NAMES.filter((name) => (compared.get(name) ?? 0) < 50)).toEqual([]);
});

describe('NETROI rewritten to SUMs', () => {
  it('equals the function for returns and costs of any shape', () => {
    fc.assert(
      fc.property(amountArg(cents(-1e5, 1e5)), amountArg(cents(1, 1e5)), (r, c) => check('NETROI', [r, c])),
      RUNS,
    );
  });
  it('equals the function with hours and an hourly rate', () => {
    fc.assert(
      fc.property(
        amountArg(cents(-1e5, 1e5)),
        amountArg(cents(0, 1e4)),
        amountArg(cents(0, 200)),
        fc.oneof(
          cents(0, 500).map((v): ArgSpec => ({ kind: 'literal', v })),
          cents(0, 500).map((v): ArgSpec => ({ kind: 'cells', cells: [[v]] })),
        ),
        (r, c, h, rate) => check('NETROI', [r, c, h, rate]),
      ),
      RUNS,
    );
  });
});

/** A period argument of n periods: a column, a row, an array literal, or one value when n = 1. */
function periodArg(n: number, value: fc.Arbitrary<number>): fc.Arbitrary<ArgSpec> {
  const forms: fc.Arbitrary<ArgSpec>[] = [
    fc
      .array(maybeBlank(value), { minLength: n, maxLength: n })
      .map((v) => ({ kind: 'cells', cells: v.map((x) => [x]) })),
    fc.array(maybeBlank(value), { minLength: n, maxLength: n }).map((v) => ({ kind: 'cells', cells: [v] })),
    fc.array(value, { minLength: n, maxLength: n }).map((v) => ({ kind: 'array', rows: v.map((x) => [x]) })),
    fc.array(value, { minLength: n, maxLength: n }).map((v) => ({ kind: 'array', rows: [v] })),
  ];
  if (n === 1) forms.push(value.map((v) => ({ kind: 'literal', v })));
  return fc.oneof(...forms);
}

describe('DISCOUNTED_ROI rewritten to SUMPRODUCT over discount factors', () => {
  it('equals the function for a single investment or one per period, any periods per year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) =>
          fc.tuple(
            fc.oneof(
              cents(-0.5, 1).map((v): ArgSpec => ({ kind: 'literal', v })),
              cents(-0.5, 1).map((v): ArgSpec => ({ kind: 'cells', cells: [[v]] })),
            ),
            fc.oneof(periodArg(1, cents(1, 1e5)), periodArg(n, cents(0, 1e4))),
            periodArg(n, cents(-1e4, 1e5)),
            fc.oneof(
              fc.constant<ArgSpec>({ kind: 'omitted' }),
              fc.constantFrom(1, 4, 12).map((v): ArgSpec => ({ kind: 'literal', v })),
              maybeBlank(fc.constantFrom(2, 12)).map((v): ArgSpec => ({ kind: 'cells', cells: [[v]] })),
            ),
          ),
        ),
        (args) => check('DISCOUNTED_ROI', args),
      ),
      RUNS,
    );
  });
});

const STATUS_CELLS: Cell[] = [
  'Client',
  ' client ',
  'CLIENT',
  'Lead',
  'Partner',
  'partner ',
  'Lost',
  5,
  true,
  null,
];

describe('CONVERSION_RATE rewritten per mode', () => {
  it('equals the function for counts of conversions and contacts', () => {
    fc.assert(
      fc.property(amountArg(cents(0, 50)), amountArg(cents(0, 5000)), (a, b) =>
        check('CONVERSION_RATE', [a, b]),
      ),
      RUNS,
    );
  });
  it('equals the function for a range of checkboxes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom<Cell>(true, false, null), { minLength: 2, maxLength: 2 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (cells) => check('CONVERSION_RATE', [{ kind: 'cells', cells }]),
      ),
      RUNS,
    );
  });
  it('equals the function for statuses matched ignoring case and surrounding spaces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STATUS_CELLS), { minLength: 1, maxLength: 9 }),
        fc.constantFrom('Client', ' partner', 'LEAD', 'Client|Partner'),
        fc.constantFrom('literal', 'cell'),
        (statuses, wanted, form) => {
          const data = new DataSheet();
          const range = data.place(statuses.map((s) => [s]));
          const list = wanted.split('|');
          let text: string;
          let passed: SheetsArg;
          if (form === 'cell' && list.length === 1) {
            const cell = data.place([[list[0]]]);
            text = cell.ref;
            passed = cell.passed;
          } else {
            text = list.length === 1 ? `"${list[0]}"` : `{${list.map((s) => `"${s}"`).join(',')}}`;
            passed = list.length === 1 ? list[0] : [list];
          }
          holdsEquivalence(data, `CONVERSION_RATE(${range.ref}, ${text})`, 'CONVERSION_RATE', [
            range.passed,
            passed,
          ]);
        },
      ),
      RUNS,
    );
  });
  it('follows the mode a single cell decides: blank for checkboxes, a number for contacts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Cell>(true, false, null), { minLength: 1, maxLength: 6 }),
        fc.option(fc.integer({ min: 6, max: 100 }), { nil: null }),
        (checks, contacts) => {
          const data = new DataSheet();
          // Checkboxes when the cell is blank; otherwise the same cells as counts (1 per TRUE).
          const cells = checks.map((v): Cell[] => [contacts === null || v === null ? v : v ? 1 : 0]);
          const range = data.place(cells);
          const cell = data.place([[contacts]]);
          holdsEquivalence(data, `CONVERSION_RATE(${range.ref}, ${cell.ref})`, 'CONVERSION_RATE', [
            range.passed,
            cell.passed,
          ]);
        },
      ),
      RUNS,
    );
  });
});

const scalar = (value: fc.Arbitrary<number>) =>
  fc.oneof(
    value.map((v): ArgSpec => ({ kind: 'literal', v })),
    value.map((v): ArgSpec => ({ kind: 'cells', cells: [[v]] })),
  );

describe('ANNUALIZED_ROI and REAL_ROI rewritten to powers', () => {
  it('ANNUALIZED_ROI equals the function, compound by default and simple on request', () => {
    fc.assert(
      fc.property(
        scalar(cents(-0.99, 5)),
        scalar(cents(0.1, 30)),
        fc.constantFrom<ArgSpec>(
          { kind: 'omitted' },
          { kind: 'literal', v: 'simple' },
          { kind: 'literal', v: ' Compound' },
        ),
        (roi, years, method) => check('ANNUALIZED_ROI', [roi, years, method]),
      ),
      RUNS,
    );
  });
  it('REAL_ROI equals the function', () => {
    fc.assert(
      fc.property(
        scalar(cents(-1, 5)),
        scalar(cents(-0.5, 0.5)),
        scalar(cents(0, 30)),
        (roi, inflation, years) => check('REAL_ROI', [roi, inflation, years]),
      ),
      RUNS,
    );
  });
});

describe('PAYBACK_PERIOD with literal arguments', () => {
  it('becomes its value, which HyperFormula reads back exactly', () => {
    fc.assert(
      fc.property(
        cents(1, 1e4),
        fc.array(cents(0, 5000), { minLength: 1, maxLength: 8 }),
        (investment, returns) =>
          check('PAYBACK_PERIOD', [
            { kind: 'literal', v: investment },
            { kind: 'array', rows: returns.map((r) => [r]) },
          ]),
      ),
      RUNS,
    );
  });
});
