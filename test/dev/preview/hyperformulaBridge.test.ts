// The preview's HyperFormula bridge hands custom functions what Sheets hands them.
import { CellError, DetailedCellError, ErrorType, HyperFormula } from 'hyperformula';
import {
  callAsSheets,
  registerCustomFunctions,
  type SheetsArgument,
  toSheetsArgument,
} from '../../../dev/preview/hyperformulaBridge';
import { NETROI } from '../../../src/functions';
import { CUSTOM_FUNCTIONS } from '../../../src/functions/table';
import { expectClose } from '../../support/close';

/** Builds an engine whose ECHO function records the arguments it was handed. */
function engineRecording(sheet: unknown[][]): { hf: HyperFormula; seen: SheetsArgument[][] } {
  const seen: SheetsArgument[][] = [];
  registerCustomFunctions(
    [
      {
        name: 'ECHO',
        params: [
          { name: 'a', optional: false },
          { name: 'b', optional: true },
        ],
      },
    ],
    () =>
      (...args) => {
        seen.push(args);
        return 1;
      },
  );
  const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: 'gpl-v3' });
  return { hf, seen };
}

describe('toSheetsArgument', () => {
  it('passes numbers, text and booleans as they are', () => {
    expect(toSheetsArgument(12.5)).toBe(12.5);
    expect(toSheetsArgument('Client')).toBe('Client');
    expect(toSheetsArgument(true)).toBe(true);
  });

  it('leaves an omitted optional argument undefined', () => {
    expect(toSheetsArgument(undefined)).toBeUndefined();
  });
});

describe('custom functions evaluated in HyperFormula', () => {
  it('receive a range as rows of cells with "" for blanks, numbers, text and booleans', () => {
    const { hf, seen } = engineRecording([
      [1, 'a', '=ECHO(A1:B3)'],
      [null, true],
      ['10%', 2],
    ]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(1);
    // A percent cell arrives as its fraction, as in Sheets.
    expect(seen[0]).toEqual([
      [
        [1, 'a'],
        ['', true],
        [0.1, 2],
      ],
    ]);
  });

  it('receive a single blank cell as "" and an array literal as a 2-D array', () => {
    const { hf, seen } = engineRecording([[null, '=ECHO(A1, {1;2;3})']]);
    hf.getCellValue({ sheet: 0, row: 0, col: 1 });
    expect(seen[0]).toEqual(['', [[1], [2], [3]]]);
  });

  it('are called without the optional arguments left out', () => {
    const { hf, seen } = engineRecording([[5, '=ECHO(A1)']]);
    hf.getCellValue({ sheet: 0, row: 0, col: 1 });
    expect(seen[0]).toEqual([5]);
  });

  it('are called with a required argument left out, as Sheets calls them (no engine error)', () => {
    const { hf, seen } = engineRecording([['=ECHO()']]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(1);
    expect(seen[0]).toEqual([]);
  });

  it('show the function’s own sentence when called with too few arguments', () => {
    registerCustomFunctions(CUSTOM_FUNCTIONS, (name) =>
      name === 'NETROI' ? (NETROI as (...a: SheetsArgument[]) => number) : undefined,
    );
    const hf = HyperFormula.buildFromArray([['=NETROI(5)']], { licenseKey: 'gpl-v3' });
    const value = hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as DetailedCellError;
    // The sentence NETROI itself throws for one argument (costs missing: no investment).
    let sentence = '';
    try {
      (NETROI as (...a: SheetsArgument[]) => number)(5);
    } catch (error) {
      sentence = (error as Error).message;
    }
    expect(sentence).toMatch(/^NETROI: /);
    expect(value).toBeInstanceOf(DetailedCellError);
    expect([value.value, value.message]).toEqual(['#ERROR!', sentence]);
  });

  it('are not called when an argument holds an error; the cell shows that error', () => {
    const { hf, seen } = engineRecording([['=1/0', '=ECHO(A1:A1)']]);
    const value = hf.getCellValue({ sheet: 0, row: 0, col: 1 });
    expect(value).toBeInstanceOf(DetailedCellError);
    expect((value as DetailedCellError).type).toBe(ErrorType.DIV_BY_ZERO);
    expect(seen).toHaveLength(0);
  });

  it('compute NETROI over two ranges like Sheets (SPEC worked example 15 × 70 against 500 → 1.1)', () => {
    registerCustomFunctions(CUSTOM_FUNCTIONS, (name) =>
      name === 'NETROI' ? (NETROI as (...a: SheetsArgument[]) => number) : undefined,
    );
    const hf = HyperFormula.buildFromArray(
      [
        [600, 300, '=NETROI(A1:A2, B1:B2)'],
        [450, 200],
      ],
      { licenseKey: 'gpl-v3' },
    );
    // (600 + 450 − 500) / 500 = 1.1, SPEC.md section 1.
    expectClose(hf.getCellValue({ sheet: 0, row: 0, col: 2 }) as number, 1.1);
  });

  it('show a thrown error as #ERROR! carrying the function sentence', () => {
    registerCustomFunctions(CUSTOM_FUNCTIONS, (name) =>
      name === 'NETROI' ? (NETROI as (...a: SheetsArgument[]) => number) : undefined,
    );
    const hf = HyperFormula.buildFromArray([[100, 200, "'1 500", '=NETROI(A1, B1:C1)']], {
      licenseKey: 'gpl-v3',
    });
    const value = hf.getCellValue({ sheet: 0, row: 0, col: 3 }) as DetailedCellError;
    expect(value).toBeInstanceOf(DetailedCellError);
    expect(value.value).toBe('#ERROR!');
    expect(value.message).toMatch(/^NETROI: costs, row 1 column 2 holds the text "1 500"/);
  });
});

describe('callAsSheets', () => {
  it('turns a result that is not a finite number into #VALUE!', () => {
    const result = callAsSheets(() => Number.NaN, [1]);
    expect(result).toBeInstanceOf(CellError);
    expect((result as CellError).type).toBe(ErrorType.VALUE);
  });

  it('reads the message of an error thrown in another realm', () => {
    const foreign = { message: 'NETROI: enter a number' };
    const result = callAsSheets(() => {
      throw foreign;
    }, [1]) as CellError;
    expect(result.type).toBe(ErrorType.ERROR);
    expect(result.message).toBe('NETROI: enter a number');
  });
});
