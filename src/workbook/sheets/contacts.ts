/**
 * The Contacts sheet (SPEC sections 5 and 9): the contacts log a person fills in, one row per
 * contact, in the columns of `LOG_COLUMNS`; each column's data rows are a named range (`LogName` …)
 * that the Actual sheet, the Summary, the Channels and Events tables read; the Follow up and
 * Introduced revenue columns compute.
 *
 * Decisions the SPEC leaves open:
 * - A row counts as a contact only when its Name is filled: Follow up is empty without a Name, and
 *   every count over the log asks `LogName` for "<>" first.
 * - Follow up reads the Summary's `AsOfDate` and `KeepInTouchDays` by address (as the Plan reads
 *   the Summary's inputs), so a second build's renamed named ranges cannot misdirect it.
 * - The stage labels are compared as the workbook's language spells them: a Russian log counts
 *   "Клиент", not "Client".
 * - Every log has the Owner column (SPEC section 10), so a log has one layout whoever builds it: a
 *   dropdown of the members' names for a team that named them (the Summary's per-member table
 *   lists them, so a corrected name there is the dropdown's too), free text otherwise.
 * - Introduced revenue is 0 for a contact who introduced nobody (a number in every contact's row,
 *   so the column sums and compares), and empty without a Name.
 */
import {
  columnLetter,
  emptySheet,
  formatPattern,
  formulaText,
  HEADER,
  INPUT,
  overName,
  runs,
  sheetRef,
  textCell,
} from '../cells';
import {
  CONVERTED_STAGES,
  LOG_COLUMNS,
  LOG_FIRST_ROW,
  LOG_ROWS,
  type LogColumn,
  type LogColumnKey,
  logColumnIndex,
  logRange,
  overConverted,
  STAGES,
} from '../contactsLog';
import type { ConditionalFormatRule, ValidationRule } from '../plan';
import type { BuildContext, SheetBuild, WorkbookTexts } from './context';
import { channelDropdown, namesDropdown } from './dropdowns';
import { EVENT_NAMES } from './events';
import { memberNamesRange } from './summary';

/** The last data row of the log as laid out by the wizard. */
const LAST_ROW = LOG_FIRST_ROW + LOG_ROWS - 1;

/** Background of a row whose contact is due a follow-up (SPEC section 10: amber). */
export const DUE_BACKGROUND = '#f9cb9c';
/** Background of a row whose contact is overdue, more than twice its interval (SPEC section 10: red). */
export const OVERDUE_BACKGROUND = '#ea9999';

/** The column letter of a log column. */
export function logLetter(key: LogColumnKey): string {
  return columnLetter(logColumnIndex(key));
}

/** The stage labels in the workbook's language, in pipeline order, and those that count as converted. */
export function stageLabels(texts: WorkbookTexts): { all: string[]; converted: string[]; lost: string } {
  const labels = texts.contacts.stages;
  return {
    all: STAGES.map((s) => labels[s]),
    converted: CONVERTED_STAGES.map((s) => labels[s]),
    lost: labels.lost,
  };
}

/** Where the Follow up formula finds the Summary's inputs: absolute cells on the Summary, quoted. */
export interface FollowUpInputs {
  /** `'Summary'!$B$8` */
  asOfDate: string;
  keepInTouchDays: string;
}

/** The interval of log row `row` in days: its Keep in touch (days), else the Summary's KeepInTouchDays. */
function intervalOf(row: number, inputs: FollowUpInputs): string {
  const own = `${logLetter('keepInTouch')}${row}`;
  return `IF(${own}="",${inputs.keepInTouchDays},${own})`;
}

/**
 * The Next touch formula of log row `row` (SPEC section 10): the later of Date met and Last
 * interaction plus the row's interval; empty when neither date is there, or the row has no Name.
 */
export function nextTouchFormula(row: number, inputs: FollowUpInputs): string {
  const c = (key: LogColumnKey) => `${logLetter(key)}${row}`;
  const [met, last] = [c('dateMet'), c('lastInteraction')];
  return `=IF(OR(${c('name')}="",AND(${met}="",${last}="")),"",MAX(${met},${last})+${intervalOf(row, inputs)})`;
}

/**
 * The Follow up formula of log row `row` (SPEC sections 5 and 10), for a contact not Lost:
 * "overdue" when more than twice its interval has passed since the later of Date met and Last
 * interaction (AsOfDate past Next touch by more than the interval), "due" when more than its
 * interval has passed (AsOfDate past Next touch) or it has neither date; else "date missing" when
 * its stage is converted and Converted on is empty; else empty. Empty when the row has no Name. The
 * import writes this formula into the rows it appends.
 */
export function followUpFormula(row: number, texts: WorkbookTexts, inputs: FollowUpInputs): string {
  const c = (key: LogColumnKey) => `${logLetter(key)}${row}`;
  const stages = stageLabels(texts);
  const [next, stage] = [c('nextTouch'), c('stage')];
  const open = `${stage}<>${formulaText(stages.lost)}`;
  const overdue = `AND(${open},${next}<>"",${inputs.asOfDate}-${next}>${intervalOf(row, inputs)})`;
  const due = `AND(${open},OR(${next}="",${inputs.asOfDate}>${next}))`;
  const converted = `OR(${stages.converted.map((s) => `${stage}=${formulaText(s)}`).join(',')})`;
  const missing = `AND(${converted},${c('convertedOn')}="")`;
  const t = texts.contacts;
  const states = `IF(${overdue},${formulaText(t.overdue)},IF(${due},${formulaText(t.due)},IF(${missing},${formulaText(t.dateMissing)},"")))`;
  return `=IF(${c('name')}="","",${states})`;
}

/**
 * The Introduced revenue formula of log row `row` (SPEC section 9): the Deal value of converted
 * contacts whose Introduced by names this row's Name (trimmed, ignoring case: `overName`); empty
 * when the Name is.
 */
export function introducedRevenueFormula(row: number, texts: WorkbookTexts): string {
  const name = `${logLetter('name')}${row}`;
  const converted = stageLabels(texts).converted.map(formulaText);
  const deals = (criterion: string) =>
    overConverted(
      converted,
      [`${logRange('introducedBy')},${criterion}`],
      (criteria) => `SUMIFS(${logRange('dealValue')},${criteria})`,
    );
  return `=IF(TRIM(${name})="","",${overName(name, deals)})`;
}

/** The formula of a computed log column in row `row`, for a Summary whose inputs are `inputs`. */
function computedFormula(
  key: LogColumnKey,
  row: number,
  texts: WorkbookTexts,
  inputs: FollowUpInputs,
): string {
  switch (key) {
    case 'followUp':
      return followUpFormula(row, texts, inputs);
    case 'nextTouch':
      return nextTouchFormula(row, inputs);
    case 'introducedRevenue':
      return introducedRevenueFormula(row, texts);
    default:
      throw new Error(`the log's column ${key} is not computed`);
  }
}

/**
 * The data validation of a log column, or null for free text and computed columns. Numeric
 * columns refuse what lies outside the column's `bounds` in LOG_COLUMNS, which the import checks too.
 */
function validationOf(col: LogColumn, range: string, ctx: BuildContext): ValidationRule | null {
  const t = ctx.texts.contacts;
  if (col.bounds) {
    const { min, max } = col.bounds;
    // No help text: Sheets' own rejection names the bounds, and each distinct help text costs the
    // build a call.
    return { range, kind: 'numberBetween', min, max, allowInvalid: false };
  }
  switch (col.kind) {
    case 'channel':
      // The Channels sheet's names when it is built; invalid values allowed, with a warning.
      return channelDropdown(ctx, range);
    case 'event':
      // The Events sheet's names when it is built; other values allowed, with a warning.
      return ctx.answers.extras.events && ctx.answers.extras.contactsLog
        ? namesDropdown(ctx, range, sheetRef(ctx.names.events, EVENT_NAMES))
        : null;
    case 'introducer':
      // The log's own names; someone who is not in the log is allowed, with a warning.
      return namesDropdown(ctx, range, sheetRef(ctx.names.contacts, logRows('name')));
    case 'owner': {
      // A team's member names, as the Summary's per-member table lists them; others allowed, with
      // a warning (they count as "(no owner)"). An individual's Owner is free text.
      const members = memberNamesRange(ctx.answers, ctx.names.summary);
      return members ? namesDropdown(ctx, range, members) : null;
    }
    case 'date':
      return { range, kind: 'date', allowInvalid: false };
    case 'stage':
      return {
        range,
        kind: 'list',
        values: stageLabels(ctx.texts).all,
        allowInvalid: false,
        helpText: t.stageHelp,
      };
    case 'checkbox':
      return { range, kind: 'checkbox' };
    default:
      return null;
  }
}

/** The data rows of a log column as laid out by the wizard: `A2:A1001`. */
function logRows(key: LogColumnKey): string {
  return `${logLetter(key)}${LOG_FIRST_ROW}:${logLetter(key)}${LAST_ROW}`;
}

/** The Contacts sheet: a header row and LOG_ROWS validated rows whose computed columns compute. */
export function buildContacts(ctx: BuildContext, inputs: FollowUpInputs): SheetBuild {
  const t = ctx.texts.contacts;
  const sheet = emptySheet('contacts', ctx.names.contacts);
  const lastCol = columnLetter(LOG_COLUMNS.length);
  const column = logRows;
  sheet.blocks.push({
    range: `A1:${lastCol}1`,
    values: [LOG_COLUMNS.map((col) => textCell(t[col.key]))],
  });
  const follow = logLetter('followUp');
  for (const col of LOG_COLUMNS.filter((c) => 'computed' in c)) {
    const values = [];
    for (let r = LOG_FIRST_ROW; r <= LAST_ROW; r++)
      values.push([computedFormula(col.key, r, ctx.texts, inputs)]);
    sheet.blocks.push({ range: column(col.key), values });
  }
  sheet.frozenColumns = 1;

  // Every column but the computed ones is input: the runs of input columns, as rectangles.
  const inputRanges = runs([...LOG_COLUMNS], (col) => ('computed' in col ? null : true), 1).map(
    ([from, to]) => `${columnLetter(from)}${LOG_FIRST_ROW}:${columnLetter(to)}${LAST_ROW}`,
  );
  sheet.styles.push(
    { range: `A1:${lastCol}1`, style: { bold: true, background: HEADER } },
    ...inputRanges.map((range) => ({ range, style: { background: INPUT } })),
  );
  const currency = ctx.answers.profile.currency;
  for (const col of LOG_COLUMNS) {
    const range = column(col.key);
    if (col.kind === 'date' || col.kind === 'nextTouch')
      sheet.numberFormats.push({ range, pattern: formatPattern('date', currency) });
    if (col.kind === 'money' || col.kind === 'introducedRevenue')
      sheet.numberFormats.push({ range, pattern: formatPattern('money', currency) });
    const rule = validationOf(col, range, ctx);
    if (rule) sheet.validations.push(rule);
  }
  // One rule per state over the same rows (the adapter builds the second with the first's builder).
  const marked = (text: string, background: string): ConditionalFormatRule => ({
    range: `A${LOG_FIRST_ROW}:${lastCol}${LAST_ROW}`,
    formula: `=$${follow}${LOG_FIRST_ROW}=${formulaText(text)}`,
    style: { background },
  });
  sheet.conditionalFormats.push(marked(t.due, DUE_BACKGROUND), marked(t.overdue, OVERDUE_BACKGROUND));
  // Only the header and the computed columns ask before an edit.
  sheet.protection = { unprotected: inputRanges };
  // One width for every column, Notes too (the last column, easily widened): one call at build time.
  LOG_COLUMNS.forEach((_, i) => {
    sheet.columnWidths.push({ column: i + 1, width: 130 });
  });
  const namedRanges = LOG_COLUMNS.flatMap((col) =>
    col.namedRange ? [{ name: col.namedRange, range: sheetRef(ctx.names.contacts, column(col.key)) }] : [],
  );
  return { sheet, namedRanges };
}
