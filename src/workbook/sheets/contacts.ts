/** The Contacts sheet: the contacts log a person fills in, one row per contact (SPEC section 2). */
import { emptySheet, formatPattern, HEADER, INPUT, textCell } from '../cells';
import type { BuildContext, SheetBuild, WorkbookTexts } from './context';

/** Empty rows of the contacts log that the sheet formats, validates and counts. */
export const CONTACT_ROWS = 500;

/** The log's columns in sheet order, by their label's key. */
const COLUMNS = [
  'name',
  'company',
  'whereMet',
  'dateMet',
  'lastInteraction',
  'interactions',
  'stage',
  'dealValue',
  'depth',
  'benefit',
  'notes',
] as const;

const letterOf = (key: (typeof COLUMNS)[number]) => String.fromCharCode(65 + COLUMNS.indexOf(key));

/** The stage column's data rows, and the stage labels that count as a conversion (Client, Partner). */
export function contactStages(texts: WorkbookTexts): { range: string; converted: string[] } {
  const col = letterOf('stage');
  const stages = texts.contacts.stages;
  return { range: `${col}2:${col}${CONTACT_ROWS + 1}`, converted: [stages.client, stages.partner] };
}

/** The Contacts sheet: a header row and empty, validated rows to fill in. */
export function buildContacts(ctx: BuildContext): SheetBuild {
  const c = ctx.texts.contacts;
  const sheet = emptySheet('contacts', ctx.names.contacts);
  const end = CONTACT_ROWS + 1;
  const lastCol = letterOf('notes');
  const column = (key: (typeof COLUMNS)[number], from = 2) =>
    `${letterOf(key)}${from}:${letterOf(key)}${end}`;
  const range = (first: (typeof COLUMNS)[number], last: (typeof COLUMNS)[number]) =>
    `${letterOf(first)}2:${letterOf(last)}${end}`;
  sheet.blocks.push({ range: `A1:${lastCol}1`, values: [COLUMNS.map((key) => textCell(c[key]))] });
  sheet.frozenColumns = 1;
  sheet.styles.push(
    { range: `A1:${lastCol}1`, style: { bold: true, background: HEADER } },
    { range: `A2:${lastCol}${end}`, style: { background: INPUT } },
  );
  sheet.numberFormats.push(
    { range: range('dateMet', 'lastInteraction'), pattern: 'yyyy-mm-dd' },
    { range: column('dealValue'), pattern: formatPattern('money', ctx.answers.profile.currency) },
  );
  const score = (key: 'depth' | 'benefit') => ({
    range: column(key),
    kind: 'numberBetween' as const,
    min: 1,
    max: 5,
    allowInvalid: false,
    helpText: c.scoreHelp,
  });
  sheet.validations.push(
    { range: range('dateMet', 'lastInteraction'), kind: 'date', allowInvalid: false },
    { range: column('interactions'), kind: 'numberBetween', min: 0, max: 1e6, allowInvalid: false },
    {
      range: column('stage'),
      kind: 'list',
      values: Object.values(c.stages),
      allowInvalid: false,
      helpText: c.stageHelp,
    },
    score('depth'),
    score('benefit'),
  );
  // Every data row is input; only the header asks before an edit.
  sheet.protection = { description: ctx.texts.protection, unprotected: [`A2:${lastCol}${end}`] };
  COLUMNS.forEach((key, i) => {
    sheet.columnWidths.push({ column: i + 1, width: key === 'notes' ? 300 : 140 });
  });
  return { sheet, namedRanges: [] };
}
