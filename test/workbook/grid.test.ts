// Every plan states each sheet's grid, and applying it writes nothing past it: the stand-in refuses
// any range past a sheet's grid as Sheets does, so a plan whose grid were too small fails here.
import { type FakeSheet, installFakes, uninstallFakes } from '../../dev/fakes/spreadsheetApp';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from '../../src/platform/limits';
import { applyPlan } from '../../src/sheets/applyPlan';
import type { Language } from '../../src/workbook/answers';
import { LOG_FIRST_ROW, LOG_ROWS } from '../../src/workbook/contactsLog';
import type { SheetPlan } from '../../src/workbook/plan';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { exampleAnswers } from '../support/answersFixture';

/** The spreadsheet locale a workbook in each language is built in. */
const LOCALE: Record<Language, { locale: string; separators: 'comma' | 'semicolon' }> = {
  en: { locale: 'en_US', separators: 'comma' },
  ru: { locale: 'ru_RU', separators: 'semicolon' },
  fi: { locale: 'fi_FI', separators: 'semicolon' },
};

// The Events table asks for the log: without it, asking for events makes no Events sheet.
const EXTRAS = [
  { contactsLog: true, channels: true, events: true },
  { contactsLog: true, channels: false, events: true },
  { contactsLog: false, channels: true, events: true },
  { contactsLog: false, channels: false, events: false },
];

const cases = [1, 12, 25, 60].flatMap((months) =>
  (['en', 'ru', 'fi'] as Language[]).flatMap((language) =>
    EXTRAS.map((extras) => [months, language, extras] as const),
  ),
);

/**
 * The last row and column the stand-in holds anything at on `sheet`, read from what it received:
 * cells (values, formats, notes, validations), column widths, chart anchors and data, named
 * ranges, conditional formats and protected inputs.
 */
function reached(sheet: FakeSheet): { rows: number; columns: number } {
  const rects: Array<[number, number]> = [];
  for (const key of sheet.cells.keys()) rects.push(key.split(':').map(Number) as [number, number]);
  for (const column of sheet.columnWidths.keys()) rects.push([1, column]);
  const ranges = [
    ...sheet.spreadsheet.namedRanges.map((n) => n.range).filter((r) => r.sheet === sheet),
    ...sheet.conditionalFormatRules.flatMap((r) => r.ranges),
    ...sheet.protections.flatMap((p) => p.unprotected),
  ];
  for (const r of ranges) rects.push([r.row + r.numRows - 1, r.column + r.numColumns - 1]);
  for (const chart of sheet.charts) {
    if (chart.position) rects.push([chart.position.row, chart.position.column]);
    for (const ref of chart.ranges) {
      const [name, a1] = ref.slice(1).split("'!");
      if (name.replace(/''/g, "'") !== sheet.name) continue;
      const r = sheet.peekRange(a1);
      rects.push([r.row + r.numRows - 1, r.column + r.numColumns - 1]);
    }
  }
  return {
    rows: Math.max(...rects.map(([r]) => r)),
    columns: Math.max(...rects.map(([, c]) => c)),
  };
}

afterEach(() => uninstallFakes());

describe("each plan's grid", () => {
  it.each(cases)(
    '%i months, %s, extras %j: every sheet grown to its stated grid, nothing past it',
    (months, language, extras) => {
      const answers = exampleAnswers();
      answers.language = language;
      answers.profile.months = months;
      answers.profile.inflation = 0.03;
      answers.returns.countIntangible = true;
      answers.extras = extras;
      const plan = planWorkbook(answers);
      const env = installFakes(globalThis, LOCALE[language]);
      applyPlan(env.activeSpreadsheet(), plan, { replaceExisting: false });
      for (const sheetPlan of plan.sheets) {
        const sheet = env.spreadsheet.peekSheet(sheetPlan.name)!;
        expect([sheet.maxRows, sheet.maxColumns]).toEqual([sheetPlan.grid.rows, sheetPlan.grid.columns]);
        // As small as the content allows: a new sheet's grid, or just what the content reaches.
        const used = reached(sheet);
        expect(sheetPlan.grid).toEqual({
          rows: Math.max(NEW_SHEET_ROWS, used.rows),
          columns: Math.max(NEW_SHEET_COLUMNS, used.columns),
        });
      }
      const grid = (key: SheetPlan['key']) => plan.sheets.find((s) => s.key === key)?.grid;
      // The Contacts log: its header and 1,000 rows, to row 1,001.
      if (extras.contactsLog) expect(grid('contacts')!.rows).toBe(LOG_FIRST_ROW + LOG_ROWS - 1);
      // The month columns pass column Z from 25 months on, on the Plan and on the Actual sheet.
      expect(grid('plan')!.columns > NEW_SHEET_COLUMNS).toBe(months >= 25);
      if (extras.contactsLog) expect(grid('actual')!.columns > NEW_SHEET_COLUMNS).toBe(months >= 25);
    },
  );
});
