// The self-test run end to end against the strict stand-in with its formulas computed (as the
// preview computes them): every line passes or holds, everything it made is gone but its results
// sheet, and a person's own sheets and named ranges, a workbook of theirs included, stay exactly
// as they were. Slow (a 60-month workbook and 2,500 contacts, computed several times), so it runs
// under one time zone only (jest.config.js); the probes' own suite runs under both.

import { type FakeEnvironment, installFakes, uninstallFakes } from '../../dev/fakes/spreadsheetApp';
import { PreviewWorkbook } from '../../dev/preview/workbook';
import { fill, messages } from '../../src/i18n';
import { SHEETS_BEHAVIOURS } from '../../src/platform/behaviours';
import { everyOptionAnswers, SELF_TEST_START_MONTH } from '../../src/selftest/answers';
import { expectedFigures } from '../../src/selftest/figures';
import { type ResultLine, resultsGrid } from '../../src/selftest/report';
import { selfTestTexts } from '../../src/selftest/texts';
import { SAVED_ANSWERS_KEY } from '../../src/server/api';
import { runSelfTest, type SelfTestResult, selfTest } from '../../src/server/selfTest';
import { LOG_COLUMNS } from '../../src/workbook/contactsLog';
import { installComputedFakes } from '../support/computedFake';

// Each test builds the whole workbook at 60 months, imports 2,500 rows and evaluates the result in
// the stand-in: about 8 s on a quiet 2-core machine, several times that on a busy one.
jest.setTimeout(150_000);

afterEach(() => uninstallFakes());

/** What a person's spreadsheet holds, sheet by sheet (cells, formats, rules, charts) and its named ranges. */
function persons(env: FakeEnvironment, sheets: string[]): unknown {
  const snapshot = env.spreadsheet.peekSnapshot() as {
    sheets: Array<{ name: string }>;
    namedRanges: unknown;
  };
  return {
    sheets: snapshot.sheets.filter((s) => sheets.includes(s.name)),
    namedRanges: snapshot.namedRanges,
  };
}

/** Lines by verdict, for a failure message that shows what went wrong. */
function notPassing(lines: ResultLine[]): ResultLine[] {
  return lines.filter((l) => !['ok', 'held', 'info'].includes(l.verdict));
}

function expectComplete(result: SelfTestResult, language: 'en' | 'ru') {
  const lines = result.lines;
  // One line per behaviour of the catalogue, in its order; every figure the arithmetic gives.
  expect(lines.filter((l) => l.section === 'behaviours').map((l) => l.check)).toEqual(
    SHEETS_BEHAVIOURS.map((b) => b.id),
  );
  const answers = everyOptionAnswers({ language, currency: 'USD', startMonth: SELF_TEST_START_MONTH });
  expect(lines.filter((l) => l.section === 'figures').map((l) => l.check)).toEqual(
    Object.keys(expectedFigures(answers)),
  );
  for (const section of ['build', 'import', 'functions', 'sharing', 'cleanup'] as const)
    expect(lines.some((l) => l.section === section)).toBe(true);
  expect(result.failed).toBe(0);
}

describe('the self-test against the strict stand-in', () => {
  it('passes every check in an English spreadsheet and leaves only its results sheet', () => {
    const env = installComputedFakes({
      sheets: {
        'My data': [
          ['Client', 'Amount'],
          ['Acme', 1200],
          ['=SUM(B2)', 5],
        ],
      },
    });
    const before = persons(env, ['My data']);
    runSelfTest();
    const t = selfTestTexts('en');
    const results = `${t.prefix} ${t.results}`;
    expect(env.spreadsheet.peekSheetNames()).toEqual(['My data', results]);
    expect(persons(env, ['My data'])).toEqual(before);
    expect(env.spreadsheet.peekActiveSheet().name).toBe(results);
    // The wizard's saved answers are not the self-test's to change.
    expect(env.documentProperties.store.has(SAVED_ANSWERS_KEY)).toBe(false);

    const alert = env.ui.alerts[0];
    expect(alert.title).toBe('Networking ROI: self-test');
    const [failed, total] = (alert.prompt.match(/\d+/g) ?? []).map(Number);
    expect(failed).toBe(0);
    expect(total).toBeGreaterThan(SHEETS_BEHAVIOURS.length + 14 + 3 + 14);
    expect(alert.prompt).toContain(`“${results}”`);

    // The sheet shows every line, each cell as text.
    const sheet = env.spreadsheet.peekSheet(results)!;
    const grid = sheet.peekGrid();
    expect(grid[0]).toEqual(Object.values(t.columns));
    const behaviours = grid.filter((row) => row[0] === t.sections.behaviours);
    expect(behaviours.map((row) => row[1])).toEqual(SHEETS_BEHAVIOURS.map((b) => b.id));
    // en_US writes decimal points: the one behaviour of decimal-comma locales is not probed, and says why.
    const skipped = behaviours.filter((row) => row[2] !== t.verdicts.held);
    expect(skipped.map((row) => [row[1], row[2]])).toEqual([
      ['formula.locale-separators', t.verdicts.notProbed],
    ]);
    expect(grid.every((row) => row[2] !== t.verdicts.failed && row[2] !== t.verdicts.notHeld)).toBe(true);
  });

  it('builds beside a person’s workbook in a Russian spreadsheet without reading or touching it', () => {
    const ru = messages('ru').workbook;
    const header = LOG_COLUMNS.map((c) => ru.contacts[c.key]);
    const env = installComputedFakes({
      locale: 'ru_RU',
      userLocale: 'ru_RU',
      timeZone: 'Europe/Moscow',
      separators: 'semicolon',
      sheets: {
        [ru.sheets.contacts]: [header, ['Анна', 'ООО Ромашка', 'anna@example.com']],
        [ru.sheets.summary]: [['Итого', 1500]],
      },
    });
    // The person's workbook names its ranges as the build does: the self-test's must take `_2`.
    const contacts = env.spreadsheet.peekSheet(ru.sheets.contacts)!;
    env.spreadsheet.setNamedRange('LogName', contacts.getRange('A2:A1000'));
    env.spreadsheet.setNamedRange(
      'TotalInvestment',
      env.spreadsheet.peekSheet(ru.sheets.summary)!.getRange('B1'),
    );
    const mine = [ru.sheets.contacts, ru.sheets.summary];
    const before = persons(env, mine);

    const result = selfTest(env.activeSpreadsheet(), 'ru');
    const named = env.calls.filter((c) => c.method === 'Spreadsheet.setNamedRange').map((c) => c.args[0]);
    expect(named).toEqual(expect.arrayContaining(['LogName_2', 'TotalInvestment_2', 'TotalNetROI']));

    expect(notPassing(result.lines)).toEqual([]);
    expectComplete(result, 'ru');
    // Every behaviour holds here, decimal commas in formulas included.
    expect(result.lines.filter((l) => l.section === 'behaviours').every((l) => l.verdict === 'held')).toBe(
      true,
    );
    const separators = result.lines.find((l) => l.check === selfTestTexts('ru').checks.separators);
    expect(separators?.actual).toBe('semicolon');
    expect(persons(env, mine)).toEqual(before);
    expect(env.spreadsheet.peekSheetNames()).toEqual([...mine, result.sheet]);
    expect(result.sheet).toBe('Самопроверка итоги');
    // The results sheet holds the lines as the pure grid lays them out.
    expect(env.spreadsheet.peekSheet(result.sheet)!.peekGrid()).toEqual(
      resultsGrid(result.lines, selfTestTexts('ru')).map((row) => row.map((cell) => cell.replace(/^'/, ''))),
    );
  });

  it('reports a build Sheets refuses and functions it does not know, and still cleans up', () => {
    // Formulas computed, but no custom function known: as in a document where the add-on is not enabled.
    const env = installFakes(globalThis);
    env.evaluateFormula = new PreviewWorkbook(env, () => undefined).evaluate;
    env.failWhen = (call) =>
      call.method === 'Spreadsheet.insertSheet' && call.args[0] === 'Self-test Summary'
        ? 'Service Spreadsheets failed while accessing document'
        : null;
    const result = selfTest(env.activeSpreadsheet(), 'en');
    const t = selfTestTexts('en');
    const failed = result.lines
      .filter((l) => l.verdict === 'failed' || l.verdict === 'notHeld')
      .map((l) => [l.section, l.check, l.actual || l.detail]);
    expect(failed).toEqual([
      ...result.lines.filter((l) => l.section === 'functions').map((l) => ['functions', l.check, '#NAME?']),
      ...result.lines
        .filter((l) => l.section === 'sharing' && l.check !== t.checks.listed)
        .map((l) => ['sharing', l.check, '#NAME?']),
      ['build', fill(t.checks.built, { months: 60 }), 'Service Spreadsheets failed while accessing document'],
    ]);
    // The kept calls say why: the error they show.
    const kept = result.lines.find((l) => l.section === 'sharing' && l.check.startsWith('=NETROI('));
    expect(kept?.detail).toBe(`${t.details.kept}: #NAME?`);
    // No import without a workbook; everything made is gone but the results.
    expect(result.lines.some((l) => l.section === 'import')).toBe(false);
    expect(env.spreadsheet.peekSheetNames()).toEqual(['Sheet1', result.sheet]);
    expect(env.spreadsheet.namedRanges).toEqual([]);
    expect(result.failed).toBe(failed.length);
  });
});
