/**
 * The Contacts sheet (SPEC section 5): the contacts log a person fills in, one row per contact, in
 * the columns of `LOG_COLUMNS`; each column's data rows are a named range (`LogName` …) that the
 * Actual sheet, the Summary and the Channels table read, and the Follow up column computes.
 *
 * Decisions the SPEC leaves open:
 * - A row counts as a contact only when its Name is filled: Follow up is empty without a Name, and
 *   every count over the log asks `LogName` for "<>" first.
 * - Follow up reads the Summary's `AsOfDate` and `KeepInTouchDays` by address (as the Plan reads
 *   the Summary's inputs), so a second build's renamed named ranges cannot misdirect it.
 * - The stage labels are compared as the workbook's language spells them: a Russian log counts
 *   "Клиент", not "Client".
 */
import {
  columnLetter,
  emptySheet,
  formatPattern,
  formulaText,
  HEADER,
  INPUT,
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
  STAGES,
} from '../contactsLog';
import type { ConditionalFormatRule, ValidationRule } from '../plan';
import { CHANNEL_NAMES } from './channels';
import type { BuildContext, SheetBuild, WorkbookTexts } from './context';

/** The last data row of the log as laid out by the wizard. */
const LAST_ROW = LOG_FIRST_ROW + LOG_ROWS - 1;

/** Background of a row whose contact is due a follow-up. */
export const DUE_BACKGROUND = '#f4cccc';

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

/**
 * The Follow up formula of log row `row` (SPEC section 5): "due" when the contact is not Lost and
 * has neither date, or the later of Date met and Last interaction is more than KeepInTouchDays
 * before AsOfDate; else "date missing" when its stage is converted and Converted on is empty; else
 * empty. Empty when the row has no Name. The import writes this formula into the rows it appends.
 */
export function followUpFormula(row: number, texts: WorkbookTexts, inputs: FollowUpInputs): string {
  const c = (key: LogColumnKey) => `${logLetter(key)}${row}`;
  const stages = stageLabels(texts);
  const [met, last, stage] = [c('dateMet'), c('lastInteraction'), c('stage')];
  const noDate = `AND(${met}="",${last}="")`;
  const stale = `${inputs.asOfDate}-MAX(${met},${last})>${inputs.keepInTouchDays}`;
  const due = `AND(${stage}<>${formulaText(stages.lost)},OR(${noDate},${stale}))`;
  const converted = `OR(${stages.converted.map((s) => `${stage}=${formulaText(s)}`).join(',')})`;
  const missing = `AND(${converted},${c('convertedOn')}="")`;
  const t = texts.contacts;
  return `=IF(${c('name')}="","",IF(${due},${formulaText(t.due)},IF(${missing},${formulaText(t.dateMissing)},"")))`;
}

/**
 * The data validation of a log column, or null for free text and the computed Follow up. Numeric
 * columns refuse what lies outside the column's `bounds` in LOG_COLUMNS, which the import checks too.
 */
function validationOf(col: LogColumn, range: string, ctx: BuildContext): ValidationRule | null {
  const t = ctx.texts.contacts;
  if (col.bounds) {
    const { min, max } = col.bounds;
    const helpText = col.kind === 'rating' ? { helpText: t.scoreHelp } : {};
    return { range, kind: 'numberBetween', min, max, allowInvalid: false, ...helpText };
  }
  switch (col.kind) {
    case 'channel':
      // The Channels sheet's names when it is built; invalid values allowed, with a warning.
      return ctx.answers.extras.channels
        ? {
            range,
            kind: 'listFromRange',
            source: sheetRef(ctx.names.channels, CHANNEL_NAMES),
            allowInvalid: true,
            helpText: t.channelHelp,
          }
        : null;
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

/** The Contacts sheet: a header row and LOG_ROWS validated rows whose Follow up computes. */
export function buildContacts(ctx: BuildContext, inputs: FollowUpInputs): SheetBuild {
  const t = ctx.texts.contacts;
  const sheet = emptySheet('contacts', ctx.names.contacts);
  const lastCol = columnLetter(LOG_COLUMNS.length);
  const column = (key: LogColumnKey) => `${logLetter(key)}${LOG_FIRST_ROW}:${logLetter(key)}${LAST_ROW}`;
  sheet.blocks.push({
    range: `A1:${lastCol}1`,
    values: [LOG_COLUMNS.map((col) => textCell(t[col.key]))],
  });
  const follow = logLetter('followUp');
  const followRows = [];
  for (let r = LOG_FIRST_ROW; r <= LAST_ROW; r++) followRows.push([followUpFormula(r, ctx.texts, inputs)]);
  sheet.blocks.push({ range: column('followUp'), values: followRows });
  sheet.frozenColumns = 1;

  // Every column but Follow up is input: the runs of input columns, as rectangles.
  const inputRanges = runs([...LOG_COLUMNS], (col) => (col.kind === 'followUp' ? null : true), 1).map(
    ([from, to]) => `${columnLetter(from)}${LOG_FIRST_ROW}:${columnLetter(to)}${LAST_ROW}`,
  );
  sheet.styles.push(
    { range: `A1:${lastCol}1`, style: { bold: true, background: HEADER } },
    ...inputRanges.map((range) => ({ range, style: { background: INPUT } })),
  );
  const currency = ctx.answers.profile.currency;
  for (const col of LOG_COLUMNS) {
    const range = column(col.key);
    if (col.kind === 'date') sheet.numberFormats.push({ range, pattern: formatPattern('date', currency) });
    if (col.kind === 'money') sheet.numberFormats.push({ range, pattern: formatPattern('money', currency) });
    const rule = validationOf(col, range, ctx);
    if (rule) sheet.validations.push(rule);
  }
  const due: ConditionalFormatRule = {
    range: `A${LOG_FIRST_ROW}:${lastCol}${LAST_ROW}`,
    formula: `=$${follow}${LOG_FIRST_ROW}=${formulaText(t.due)}`,
    style: { background: DUE_BACKGROUND },
  };
  sheet.conditionalFormats.push(due);
  // Only the header and the computed Follow up ask before an edit.
  sheet.protection = { description: ctx.texts.protection, unprotected: inputRanges };
  LOG_COLUMNS.forEach((col, i) => {
    sheet.columnWidths.push({ column: i + 1, width: col.key === 'notes' ? 300 : 130 });
  });
  const namedRanges = LOG_COLUMNS.flatMap((col) =>
    col.namedRange ? [{ name: col.namedRange, range: sheetRef(ctx.names.contacts, column(col.key)) }] : [],
  );
  return { sheet, namedRanges };
}
