// What Sheets hands a custom function: helpers that build its 2-D ranges.
import type { SheetsScalar } from '../../src/functions/args';

/** A column range: {a;b;c} in a formula, or A1:A3. */
export const column = (...cells: SheetsScalar[]): SheetsScalar[][] => cells.map((c) => [c]);

/** A row range: {a,b,c} in a formula, or A1:C1. */
export const row = (...cells: SheetsScalar[]): SheetsScalar[][] => [cells];
