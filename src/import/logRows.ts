/**
 * Growing the Contacts log past the rows the wizard prepared (SPEC sections 5 and 7): which rows
 * an import prepares, and how the log's named ranges, conditional formats and unprotected input
 * ranges stretch over them. The server reads and writes; the decisions are here. Pure.
 */
import { formatA1, parseA1 } from '../formula/a1';
import { LOG_COLUMNS, LOG_FIRST_ROW } from '../workbook/contactsLog';
import { MAX_BATCH_ROWS } from './contract';

/**
 * Empty prepared rows the log keeps below an import that passes its prepared rows: room for two
 * more batches, so 30,000 rows prepare the log five times rather than fifteen, while the empty
 * rows an import reads below the last filled one stay few.
 */
export const PREPARED_ROOM = 2 * MAX_BATCH_ROWS;

/** The last row the log is prepared to once rows up to `lastRow` are written past its prepared rows. */
export function preparedEnd(lastRow: number): number {
  return lastRow + PREPARED_ROOM;
}

/**
 * `a1` (a rectangle on the log's sheet) stretched down to row `end` when it covers the prepared
 * rows down to their last one, `preparedTo`: the due-row highlight (A2:P1001) and the unprotected
 * input ranges (A2:N1001, P2:P1001) of the wizard's log. Null for a range that ends elsewhere (the
 * header, a person's own rule over a few rows), which stays as it is.
 */
export function stretchedA1(a1: string, preparedTo: number, end: number): string | null {
  const rect = parseA1(a1);
  if (rect.lastRow !== preparedTo || rect.row < LOG_FIRST_ROW) return null;
  return formatA1({ ...rect, lastRow: end });
}

/**
 * The log column a named range on the log's sheet belongs to: `LogName`, or `LogName_2` as a second
 * workbook's log names it (src/sheets/renamePlan.ts); null for a name of someone else's.
 */
export function logColumnOfName(name: string): (typeof LOG_COLUMNS)[number] | null {
  const base = name.replace(/_\d+$/, '');
  return LOG_COLUMNS.find((c) => c.namedRange?.toLowerCase() === base.toLowerCase()) ?? null;
}
