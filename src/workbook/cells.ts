/**
 * Cell helpers every sheet builder of the workbook shares: A1 letters, quoted sheet references,
 * text cells, formula string literals, number formats, colours and an empty sheet to fill.
 */
import { PLAN_DATE_PATTERN } from './dates';
import type { SheetContent } from './plan';

/** Background of the cells a person types into. */
export const INPUT = '#fff2cc';
/** Background of header rows. */
export const HEADER = '#d9e2f3';
/** Background of section headings. */
export const SECTION = '#eef1f6';
/** Font colour of helper rows and hints. */
export const HELPER_FONT = '#6b6b6b';

/**
 * Column letters of a 1-based column index, and `'Sheet name'!A1`, how every formula and named
 * range of the plan refers to another sheet (the one A1 module's).
 */
export { columnLetters as columnLetter, sheetRange as sheetRef } from '../formula/a1';

/** A formula string literal: `"text"` with every quote doubled. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A COUNTIFS/SUMIFS criterion that holds the cells equal to the text `text` (a formula) ignoring
 * case, as criteria compare: after "=", so a text starting with `<` or `>` is no comparison, with
 * its wildcards `*`, `?` and the escape `~` escaped, so "A*" matches only "A*".
 */
export function exactCriterion(text: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${text},"~","~~"),"*","~*"),"?","~?")`;
}

/**
 * A count or sum (`part`, given a criterion) over the cells that name what `cell` names: its text
 * trimmed (TRIM also joins inner runs of spaces, as a person means), ignoring case; and, when the
 * cell has spaces to trim, its text as written too, which is what a dropdown of such cells copies.
 * Criteria, not SUMPRODUCT over TRIM of the whole column: a log row's formula reads the whole log,
 * and criteria keep that one native scan instead of an array of trimmed copies per row.
 */
export function overName(cell: string, part: (criterion: string) => string): string {
  const trimmed = `TRIM(${cell})`;
  return `(${part(exactCriterion(trimmed))}+IF(${trimmed}=${cell},0,${part(exactCriterion(cell))}))`;
}

/**
 * A text as a cell value that stays text, for labels and a person's text alike: `Range.setValues`
 * reads a string as if typed, so one that starts like a formula (`=`, `+`, `-`, `@`), with a tab or
 * carriage return, with an apostrophe (which Sheets would swallow), or that Sheets would read as a
 * number or date (starts with a digit or a point, or is TRUE or FALSE) gets a leading apostrophe,
 * which Sheets shows without (plan.ts).
 */
export function textCell(text: string): string {
  return /^[=+\-@\t\r'.\d]/.test(text) || /^(true|false)$/i.test(text) ? `'${text}` : text;
}

/** A sheet with nothing in it yet, its first row frozen, no protection. */
export function emptySheet(key: SheetContent['key'], name: string): SheetContent {
  return {
    key,
    name,
    blocks: [],
    numberFormats: [],
    styles: [],
    validations: [],
    protection: null,
    conditionalFormats: [],
    charts: [],
    notes: [],
    frozenRows: 1,
    frozenColumns: 0,
    columnWidths: [],
  };
}

/** The number format of amounts in `currency`: its ISO code as a quoted literal after the amount. */
export function currencyFormat(currency: string): string {
  return `#,##0.00 "${currency}"`;
}

/** The kinds of number a cell shows; `money` takes the plan's currency. */
export type Format = 'money' | 'hours' | 'percent' | 'factor' | 'months' | 'date' | 'count' | 'decimal';

/** The Sheets pattern of a format, for amounts in `currency`. */
export function formatPattern(format: Format, currency: string): string {
  switch (format) {
    case 'money':
      return currencyFormat(currency);
    case 'hours':
      return '#,##0.0';
    case 'percent':
      return '0.0%';
    case 'factor':
      return '0.000000';
    case 'months':
      return '0.00';
    case 'date':
      return PLAN_DATE_PATTERN;
    case 'count':
      return '0';
    case 'decimal':
      return '0.00';
  }
}

/** The month `t` (1-based) of a plan starting in `startMonth` ("2027-01"), as a DATE formula. */
export function monthDate(startMonth: string, t: number): string {
  const [y, m] = startMonth.split('-').map(Number);
  const index = y * 12 + (m - 1) + (t - 1);
  return `=DATE(${Math.floor(index / 12)},${(index % 12) + 1},1)`;
}

/**
 * Runs of consecutive items (numbered from `first`) with the same non-null key: `[from, to, key]`,
 * so one format, style or range covers each run.
 */
export function runs<T, K>(
  items: T[],
  key: (item: T) => K | null,
  first: number,
): Array<[number, number, K]> {
  const out: Array<[number, number, K]> = [];
  items.forEach((item, i) => {
    const k = key(item);
    const prev = out[out.length - 1];
    if (k !== null && prev && prev[2] === k && prev[1] === first + i - 1) prev[1] = first + i;
    else if (k !== null) out.push([first + i, first + i, k]);
  });
  return out;
}
