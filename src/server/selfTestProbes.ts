/**
 * One probe per behaviour of Sheets that the stand-in keeps (the catalogue, src/platform/
 * behaviours.ts): each does in this spreadsheet, on sheets and named ranges of the self-test's own,
 * what the stand-in's test of that behaviour does (test/dev/fakes/spreadsheetApp.test.ts), and says
 * whether real Sheets behaved as the catalogue says, with the error text it gave. What to expect
 * comes from where the add-on keeps it (Sheets' sentences and limits, the typed-input rule); the
 * verdicts are made by the pure src/selftest/report. A probe that cannot run here says why.
 *
 * Writes are followed by SpreadsheetApp.flush() wherever Sheets may refuse them: Apps Script may
 * defer a write and refuse it only when the batch is applied.
 */
import { quoteSheetName } from '../formula/a1';
import { toSemicolonSeparators } from '../formula/formulaText';
import { fill } from '../i18n';
import {
  MAX_CELL_CHARACTERS,
  MAX_SPREADSHEET_CELLS,
  NEW_SHEET_COLUMN_WIDTH,
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
} from '../platform/limits';
import { SHEETS_SENTENCES } from '../platform/sentences';
import {
  knownLocaleWriting,
  type LocaleWriting,
  readTyped,
  SPREADSHEET_LOCALES,
} from '../platform/typedInput';
import {
  allOf,
  errorLine,
  errorText,
  notProbed,
  type Outcome,
  observed,
  type ResultLine,
  refusal,
  shown,
} from '../selftest/report';
import type { SelfTestTexts } from '../selftest/texts';
import { SEPARATOR_PROBE } from '../sheets/applyPlan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What a probe works with: the spreadsheet, and sheets and names of the self-test's own. */
export interface ProbeContext {
  spreadsheet: Spreadsheet;
  /** A new sheet of the self-test's (it is removed, with its named ranges, at the end). */
  sheet(): Sheet;
  /** Takes a sheet a probe made by other means into the self-test's care, to be removed with the rest. */
  adopt(sheet: Sheet): void;
  /** A named-range name of the self-test's, free in the spreadsheet. */
  name(): string;
  /** Whether a name is in use in the spreadsheet (a person's named range is never touched). */
  taken(name: string): boolean;
  /** The spreadsheet's locale ("en_US") and time zone. */
  locale: string;
  timeZone: string;
  t: SelfTestTexts;
}

type Probe = (c: ProbeContext) => Outcome;

const flush = () => SpreadsheetApp.flush();

function typingRulesMissing(c: ProbeContext): Outcome {
  return notProbed(
    fill(c.t.details.typingRules, { locale: c.locale, locales: Object.keys(SPREADSHEET_LOCALES).join(', ') }),
  );
}

/** The outcome of a call Sheets should accept: held when it does. */
function accepted(attempt: () => void, c: ProbeContext): Outcome {
  try {
    attempt();
    return observed(c.t.details.noError, c.t.details.noError);
  } catch (error) {
    return observed(c.t.details.noError, errorText(error));
  }
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell's value described by kind, as the typed-input rule predicts one: `number 1500.5`, `date 2024-03-15 00:00:00`. */
function describe(value: unknown, formula: string, c: ProbeContext): string {
  if (formula !== '') return `formula ${formula}`;
  if (isDate(value)) return `date ${Utilities.formatDate(value, c.timeZone, 'yyyy-MM-dd HH:mm:ss')}`;
  if (typeof value === 'number') return `number ${Number(value.toPrecision(12))}`;
  if (typeof value === 'boolean') return `boolean ${value}`;
  return value === '' || value === null ? 'blank' : `text ${shown(value)}`;
}

/** What the typed-input rule (src/platform/typedInput) says `typed` becomes, described as `describe` does. */
function predicted(typed: string, locale: LocaleWriting): string {
  const r = readTyped(typed, locale);
  switch (r.kind) {
    case 'blank':
      return 'blank';
    case 'formula':
      return `formula ${r.formula}`;
    case 'text':
      return `text ${r.text}`;
    case 'number':
      return `number ${Number(r.value.toPrecision(12))}`;
    case 'boolean':
      return `boolean ${r.value}`;
    case 'date': {
      const pad = (n: number) => String(n).padStart(2, '0');
      return `date ${r.year}-${pad(r.month)}-${pad(r.day)} 00:00:00`;
    }
  }
}

/**
 * Writes `typed` into a row of a new sheet with one setValues and reads it back: held when every
 * cell holds what the typed-input rule predicts for a spreadsheet that writes as `locale` does.
 */
function typedAs(c: ProbeContext, typed: string[], locale: LocaleWriting): Outcome {
  const range = c.sheet().getRange(1, 1, 1, typed.length);
  range.setValues([typed]);
  flush();
  const values = range.getValues()[0];
  const formulas = range.getFormulas()[0];
  const expected = typed.map((text) => `${JSON.stringify(text)} → ${predicted(text, locale)}`).join('; ');
  const actual = typed
    .map((text, i) => `${JSON.stringify(text)} → ${describe(values[i], formulas[i], c)}`)
    .join('; ');
  return observed(expected, actual);
}

/** A probe of typed input whose texts depend on the locale's writing; not probed where the add-on has no rules. */
function typedInLocale(texts: (w: LocaleWriting) => string[]): Probe {
  return (c) => {
    const w = knownLocaleWriting(c.locale);
    return w ? typedAs(c, texts(w), w) : typingRulesMissing(c);
  };
}

/** A probe of typed input that reads alike in every locale (the rule's en_US writing stands in for an unknown locale). */
function typedAnywhere(texts: string[]): Probe {
  return (c) => typedAs(c, texts, knownLocaleWriting(c.locale) ?? SPREADSHEET_LOCALES.en_US);
}

/** A new sheet with values in A1:B3, a note in A2, a number format in B2, a dropdown in A2:A3 and a named range over A2:B3. */
function furnished(c: ProbeContext): { sheet: Sheet; name: string } {
  const sheet = c.sheet();
  sheet.getRange('A1:B3').setValues([
    ['head', 'x'],
    ['two', 2],
    ['three', 3],
  ]);
  sheet.getRange('A2').setNote('a note');
  sheet.getRange('B2').setNumberFormat('0.00');
  sheet
    .getRange('A2:A3')
    .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['two', 'three']).build());
  const name = c.name();
  c.spreadsheet.setNamedRange(name, sheet.getRange('A2:B3'));
  return { sheet, name };
}

/** Where a named range points now, in A1 notation. */
function namedA1(c: ProbeContext, name: string): string {
  return c.spreadsheet.getRangeByName(name)?.getA1Notation() ?? '';
}

/** A cell as the grid probes compare it: its value, then its note, number format and data validation when asked. */
function cellState(sheet: Sheet, a1: string, show: { note?: true; format?: true; rule?: true }): string {
  const cell = sheet.getRange(a1);
  const parts = [a1, shown(cell.getValue())];
  if (show.note) parts.push(`note "${cell.getNote()}"`);
  if (show.format) parts.push(`format ${cell.getNumberFormats()[0][0]}`);
  if (show.rule) parts.push(cell.getDataValidation() === null ? 'no rule' : 'rule');
  return parts.join(' ');
}

/** Asks Sheets to take `formula` as the one conditional format of `sheet` (over A1:A5). */
function conditionalFormat(sheet: Sheet, formula: string): void {
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground('#f4cccc')
    .setRanges([sheet.getRange('A1:A5')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  flush();
}

/**
 * Every probe, by the id of the behaviour it probes, in the catalogue's order. The self-test walks
 * this table rather than the catalogue, whose sentences and sources (about 9 KB) would otherwise
 * ride in the bundle every custom-function call loads; test/server/selfTestProbes.test.ts holds it
 * to exactly one probe per behaviour of the catalogue, in its order, as the stand-in's tests are
 * held to one test each.
 */
export const PROBES: Readonly<Record<string, Probe>> = {
  'grid.new-sheet-size': (c) => {
    const sheet = c.sheet();
    return observed(
      `${NEW_SHEET_ROWS} × ${NEW_SHEET_COLUMNS}`,
      `${sheet.getMaxRows()} × ${sheet.getMaxColumns()}`,
    );
  },

  'grid.range-outside': (c) => {
    const sheet = c.sheet();
    return allOf([
      refusal(() => sheet.getRange(NEW_SHEET_ROWS + 1, 1), SHEETS_SENTENCES.outsideGrid, c.t),
      refusal(() => sheet.getRange(1, NEW_SHEET_COLUMNS + 1), SHEETS_SENTENCES.outsideGrid, c.t),
      refusal(
        () => c.spreadsheet.getRange(`${quoteSheetName(sheet.getName())}!A1:A${NEW_SHEET_ROWS + 1}`),
        SHEETS_SENTENCES.outsideGrid,
        c.t,
      ),
    ]);
  },

  'grid.writes-never-grow': (c) => {
    const sheet = c.sheet();
    const rows = Array.from({ length: NEW_SHEET_ROWS + 1 }, (_, i) => [i]);
    return allOf([
      refusal(
        () => {
          sheet.getRange(1, 1, rows.length, 1).setValues(rows);
          flush();
        },
        SHEETS_SENTENCES.outsideGrid,
        c.t,
      ),
      observed(`rows ${NEW_SHEET_ROWS}`, `rows ${sheet.getMaxRows()}`),
    ]);
  },

  'grid.column-widths-outside': (c) => {
    const sheet = c.sheet();
    return allOf([
      refusal(
        () => {
          sheet.setColumnWidths(2, NEW_SHEET_COLUMNS, 90);
          flush();
        },
        SHEETS_SENTENCES.columnsOutOfBounds,
        c.t,
      ),
      refusal(
        () => {
          sheet.setColumnWidth(NEW_SHEET_COLUMNS + 1, 90);
          flush();
        },
        SHEETS_SENTENCES.columnsOutOfBounds,
        c.t,
      ),
    ]);
  },

  'grid.column-width-default': (c) => {
    const sheet = c.sheet();
    const firstNew = sheet.getMaxColumns() + 1;
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    return observed(
      `A ${NEW_SHEET_COLUMN_WIDTH}; Z ${NEW_SHEET_COLUMN_WIDTH}; inserted ${NEW_SHEET_COLUMN_WIDTH}`,
      `A ${sheet.getColumnWidth(1)}; Z ${sheet.getColumnWidth(NEW_SHEET_COLUMNS)}; inserted ${sheet.getColumnWidth(firstNew)}`,
    );
  },

  'grid.insert-rows': (c) => {
    const { sheet, name } = furnished(c);
    sheet.insertRowsAfter(2, 5); // inside the named range A2:B3: its row 3 moves down to row 8
    sheet.insertRowsBefore(1, 2); // above everything: all moves down by 2
    return observed(
      `rows ${NEW_SHEET_ROWS + 7}; A4 two note "a note" rule; B4 2 format 0.00; A10 three rule; named A4:B10`,
      [
        `rows ${sheet.getMaxRows()}`,
        cellState(sheet, 'A4', { note: true, rule: true }),
        cellState(sheet, 'B4', { format: true }),
        cellState(sheet, 'A10', { rule: true }),
        `named ${namedA1(c, name)}`,
      ].join('; '),
    );
  },

  'grid.insert-columns': (c) => {
    const { sheet, name } = furnished(c);
    sheet.setColumnWidth(2, 120);
    sheet.insertColumnsBefore(2, 3); // B moves to E
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    return observed(
      `columns ${NEW_SHEET_COLUMNS + 4}; E2 2 format 0.00; width 120; named A2:E3`,
      [
        `columns ${sheet.getMaxColumns()}`,
        cellState(sheet, 'E2', { format: true }),
        `width ${sheet.getColumnWidth(5)}`,
        `named ${namedA1(c, name)}`,
      ].join('; '),
    );
  },

  'grid.delete-rows': (c) => {
    const { sheet, name } = furnished(c);
    sheet.deleteRows(2, 1);
    const moved = observed(
      `rows ${NEW_SHEET_ROWS - 1}; A2 three; named A2:B2`,
      [`rows ${sheet.getMaxRows()}`, cellState(sheet, 'A2', {}), `named ${namedA1(c, name)}`].join('; '),
    );
    const all = refusal(
      () => {
        sheet.deleteRows(1, sheet.getMaxRows());
        flush();
      },
      SHEETS_SENTENCES.deleteAllRows,
      c.t,
    );
    return allOf([moved, all]);
  },

  'grid.delete-columns': (c) => {
    const { sheet, name } = furnished(c);
    sheet.deleteColumns(1, 1);
    const moved = observed(
      `columns ${NEW_SHEET_COLUMNS - 1}; A2 2; named A2:A3`,
      [`columns ${sheet.getMaxColumns()}`, cellState(sheet, 'A2', {}), `named ${namedA1(c, name)}`].join(
        '; ',
      ),
    );
    const all = refusal(
      () => {
        sheet.deleteColumns(1, sheet.getMaxColumns());
        flush();
      },
      SHEETS_SENTENCES.deleteAllColumns,
      c.t,
    );
    return allOf([moved, all]);
  },

  'spreadsheet.cell-limit': (c) => {
    const sheet = c.sheet();
    // Enough rows that this sheet alone would pass the limit, whatever the other sheets hold.
    const rows = Math.ceil((MAX_SPREADSHEET_CELLS + 1) / NEW_SHEET_COLUMNS) - NEW_SHEET_ROWS;
    const refused = refusal(
      () => {
        sheet.insertRowsAfter(NEW_SHEET_ROWS, rows);
        flush();
      },
      SHEETS_SENTENCES.cellLimit,
      c.t,
    );
    const grid = observed(`rows ${NEW_SHEET_ROWS}`, `rows ${sheet.getMaxRows()}`);
    // Should Sheets have taken them, the rows go at once: the build must still find room.
    if (grid.verdict !== 'held') sheet.deleteRows(NEW_SHEET_ROWS + 1, sheet.getMaxRows() - NEW_SHEET_ROWS);
    return allOf([refused, grid]);
  },

  'cell.character-limit': (c) => {
    const sheet = c.sheet();
    const refused = refusal(
      () => {
        sheet.getRange('A1:B1').setValues([['short', 'x'.repeat(MAX_CELL_CHARACTERS + 1)]]);
        flush();
      },
      SHEETS_SENTENCES.tooLong,
      c.t,
    );
    const nothingWritten = observed('A1 ', `A1 ${shown(sheet.getRange('A1').getValue())}`);
    const atTheLimit = sheet.getRange('C1');
    atTheLimit.setValues([['x'.repeat(MAX_CELL_CHARACTERS)]]);
    flush();
    const held = observed(
      `C1 ${MAX_CELL_CHARACTERS} characters`,
      `C1 ${String(atTheLimit.getValue()).length} characters`,
    );
    return allOf([refused, nothingWritten, held]);
  },

  'typed.formula-and-text': typedAnywhere(['=1+1', "'=1+1", "'2024-03-15"]),

  'typed.iso-date': typedAnywhere(['2024-03-15']),

  'typed.locale-date': typedInLocale((w) => [w.dates === 'month/day/year' ? '3/15/2024' : '15.03.2024']),

  'typed.locale-number': typedInLocale((w) =>
    w.separators === 'comma' ? ['1,500.50', '-42'] : ['1 500,50', '1500,5', '1.5'],
  ),

  'typed.percent': typedInLocale((w) => [w.decimal === '.' ? '12.5%' : '12,5%', '12%']),

  'typed.boolean': typedAnywhere(['TRUE', 'false', 'yes']),

  'validation.rejects-write': (c) => {
    const sheet = c.sheet();
    const number = sheet.getRange('A1');
    number.setDataValidation(
      SpreadsheetApp.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build(),
    );
    const box = sheet.getRange('B1');
    box.setDataValidation(
      SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build(),
    );
    const write = (cell: GoogleAppsScript.Spreadsheet.Range, value: string | number) => () => {
      cell.setValues([[value]]);
      flush();
    };
    return allOf([
      refusal(write(number, 150), SHEETS_SENTENCES.rejected('A1'), c.t),
      refusal(write(box, 'yes'), SHEETS_SENTENCES.rejected('B1'), c.t),
    ]);
  },

  'conditional-format.own-sheet': (c) => {
    const sheet = c.sheet();
    const other = quoteSheetName(c.sheet().getName());
    return allOf([
      refusal(
        () => conditionalFormat(sheet, `=$A1>${other}!$A$1`),
        SHEETS_SENTENCES.conditionalFormatOtherSheet,
        c.t,
      ),
      accepted(() => conditionalFormat(sheet, `=$A1>INDIRECT("${other.replace(/"/g, '""')}!A1")`), c),
    ]);
  },

  'conditional-format.no-named-ranges': (c) => {
    const sheet = c.sheet();
    const name = c.name();
    c.spreadsheet.setNamedRange(name, sheet.getRange('B1'));
    return refusal(
      () => conditionalFormat(sheet, `=$A1<${name}`),
      SHEETS_SENTENCES.conditionalFormatNamedRange(name),
      c.t,
    );
  },

  'sheet.insert-activates': (c) => {
    const sheet = c.sheet();
    return observed(sheet.getName(), c.spreadsheet.getActiveSheet().getName());
  },

  'named-range.name-in-use': (c) => {
    const sheet = c.sheet();
    const name = c.name();
    c.spreadsheet.setNamedRange(name, sheet.getRange('A1'));
    return allOf([
      refusal(
        () => {
          c.spreadsheet.setNamedRange(name, sheet.getRange('A2'));
          flush();
        },
        SHEETS_SENTENCES.namedRangeExists(name),
        c.t,
      ),
      observed(`named A1`, `named ${namedA1(c, name)}`),
    ]);
  },

  'named-range.set-range': (c) => {
    const sheet = c.sheet();
    const name = c.name();
    c.spreadsheet.setNamedRange(name, sheet.getRange('A1'));
    const named = sheet.getNamedRanges().find((n) => n.getName() === name);
    named?.setRange(sheet.getRange('B2:B5'));
    return observed('named B2:B5', `named ${namedA1(c, name)}`);
  },

  'chart.anchor-inside': (c) => {
    const sheet = c.sheet();
    sheet.getRange('A1:B3').setValues([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    const chart = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(2, NEW_SHEET_COLUMNS + 1, 0, 0)
      .build();
    return refusal(
      () => {
        sheet.insertChart(chart);
        flush();
      },
      SHEETS_SENTENCES.outsideGrid,
      c.t,
    );
  },

  'formula.locale-separators': (c) => {
    const w = knownLocaleWriting(c.locale);
    if (!w) return typingRulesMissing(c);
    if (w.separators === 'comma') return notProbed(fill(c.t.details.decimalPoint, { locale: c.locale }));
    const range = c.sheet().getRange('A1:C1');
    range.setValues([[SEPARATOR_PROBE, toSemicolonSeparators(SEPARATOR_PROBE), '=0,5*2']]);
    flush();
    const [comma, semicolon, decimal] = range.getValues()[0];
    const parsed = (v: unknown) => (v === 1 ? 'parsed' : `not parsed (${shown(v)})`);
    return observed(
      `${SEPARATOR_PROBE} not parsed; ${toSemicolonSeparators(SEPARATOR_PROBE)} parsed; =0,5*2 parsed`,
      `${SEPARATOR_PROBE} ${comma === 1 ? 'parsed' : 'not parsed'}; ${toSemicolonSeparators(
        SEPARATOR_PROBE,
      )} ${parsed(semicolon)}; =0,5*2 ${parsed(decimal)}`,
    );
  },

  'sheet.names': (c) => {
    const sheet = c.sheet();
    const clash = sheet.getName().toUpperCase();
    const outcome = refusal(
      () => {
        c.adopt(c.spreadsheet.insertSheet(clash));
        flush();
      },
      SHEETS_SENTENCES.sheetNameInUse(clash),
      c.t,
    );
    return {
      ...outcome,
      detail: [outcome.detail, c.t.details.lastSheet].filter((s) => s !== '').join(' | '),
    };
  },

  'named-range.valid-names': (c) => {
    const sheet = c.sheet();
    // Shaped like a cell reference, and starting with a digit: never a name of a person's (Sheets refuses them).
    const names = ['ROI1', '1st'].filter((n) => !c.taken(n));
    return allOf(
      names.map((name) =>
        refusal(
          () => {
            c.spreadsheet.setNamedRange(name, sheet.getRange('A1'));
            flush();
          },
          SHEETS_SENTENCES.invalidNamedRangeName(name),
          c.t,
        ),
      ),
    );
  },
};

/**
 * One line per behaviour of `ids`, in their order: its probe's outcome, a line stopped by an error
 * when the probe itself failed (which says as much about Sheets), or "not probed" for an id without
 * a probe.
 */
export function probeLines(c: ProbeContext, ids: readonly string[]): ResultLine[] {
  return ids.map((id): ResultLine => {
    const probe = PROBES[id];
    if (!probe) return { section: 'behaviours', check: id, ...notProbed(c.t.details.noProbe) };
    try {
      return { section: 'behaviours', check: id, ...probe(c) };
    } catch (error) {
      return errorLine('behaviours', id, error);
    }
  });
}
