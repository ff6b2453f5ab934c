// A minimal recording fake of the Spreadsheet service for the sharing adapter (the lead may fold
// it into the shared fake): sheets of cells with a formula and a value, and a log of every read
// and write of a range.
type Value = string | number | boolean;

/** One cell: its formula ("" for none) and the value it shows. */
export interface FakeCell {
  formula: string;
  value: Value;
}

/** Every range call the adapter made, in order. */
export type FakeCall = { sheet: string; method: 'getFormulas' | 'getValues' | 'setValues'; a1: string };

function a1(row: number, column: number, height: number, width: number): string {
  const col = (c: number) => String.fromCharCode(64 + c);
  return `${col(column)}${row}:${col(column + width - 1)}${row + height - 1}`;
}

export class FakeSheet {
  constructor(
    readonly name: string,
    readonly id: number,
    readonly cells: FakeCell[][],
    private readonly calls: FakeCall[],
  ) {}
  getName(): string {
    return this.name;
  }
  getSheetId(): number {
    return this.id;
  }
  getDataRange() {
    return this.getRange(1, 1, this.cells.length, this.cells[0]?.length ?? 1);
  }
  getRange(row: number, column: number, height: number, width: number) {
    const cells = () =>
      Array.from({ length: height }, (_, r) =>
        Array.from({ length: width }, (_, c) => this.cellAt(row + r, column + c)),
      );
    const log = (method: FakeCall['method']) =>
      this.calls.push({ sheet: this.name, method, a1: a1(row, column, height, width) });
    return {
      getFormulas: () => {
        log('getFormulas');
        return cells().map((r) => r.map((c) => c.formula));
      },
      getValues: () => {
        log('getValues');
        return cells().map((r) => r.map((c) => c.value));
      },
      setValues: (values: Value[][]) => {
        log('setValues');
        if (values.length !== height || values.some((r) => r.length !== width))
          throw new Error('setValues: the grid does not match the range');
        values.forEach((r, i) => {
          r.forEach((v, j) => {
            const cell = this.cellAt(row + i, column + j);
            // As Sheets parses what setValues writes: a string starting with = is a formula.
            if (typeof v === 'string' && v.startsWith('='))
              Object.assign(cell, { formula: v, value: `computed ${v}` });
            else Object.assign(cell, { formula: '', value: v });
          });
        });
      },
    };
  }
  private cellAt(row: number, column: number): FakeCell {
    while (this.cells.length < row) this.cells.push([]);
    const r = this.cells[row - 1];
    while (r.length < column) r.push({ formula: '', value: '' });
    return r[column - 1];
  }
}

/** A spreadsheet of fake sheets; `calls` records every range read and write. */
export class FakeSpreadsheet {
  readonly calls: FakeCall[] = [];
  readonly sheets: FakeSheet[];
  constructor(sheets: Record<string, Array<Array<Value | { formula: string; value: Value }>>>) {
    this.sheets = Object.entries(sheets).map(
      ([name, rows], i) =>
        new FakeSheet(
          name,
          100 + i,
          rows.map((r) =>
            r.map((v) =>
              typeof v === 'object'
                ? { ...v }
                : typeof v === 'string' && v.startsWith('=')
                  ? { formula: v, value: 0 }
                  : { formula: '', value: v },
            ),
          ),
          this.calls,
        ),
    );
  }
  getSheets(): FakeSheet[] {
    return this.sheets;
  }
  sheet(name: string): FakeSheet {
    return this.sheets.find((s) => s.name === name)!;
  }
}
