// The self-test's probes of Sheets' behaviours: one per behaviour of the catalogue, each held
// against the strict stand-in, and each able to fail: a stand-in made lenient on purpose (as a
// careless mock would be) turns exactly the behaviours it breaks into "not held".

import {
  type FakeEnvironment,
  FakeRange,
  FakeSheet,
  FakeSpreadsheet,
  type FakeValue,
  installFakes,
  uninstallFakes,
} from '../../dev/fakes/spreadsheetApp';
import { SHEETS_BEHAVIOURS } from '../../src/platform/behaviours';
import type { ResultLine } from '../../src/selftest/report';
import { selfTestTexts } from '../../src/selftest/texts';
import { PROBES, type ProbeContext, probeLines } from '../../src/server/selfTestProbes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

let env: FakeEnvironment;

/** A probe context over the stand-in: sheets `Probe 1`, `Probe 2`… and names `Probe_1`, `Probe_2`… */
function context(): ProbeContext {
  const spreadsheet = env.activeSpreadsheet();
  let sheets = 0;
  let names = 0;
  return {
    spreadsheet,
    sheet: () => spreadsheet.insertSheet(`Probe ${++sheets}`),
    adopt: (_sheet: Sheet) => undefined,
    name: () => `Probe_${++names}`,
    taken: (name) => env.spreadsheet.peekNamedRange(name) !== undefined,
    locale: env.spreadsheet.locale,
    timeZone: env.spreadsheet.timeZone,
    t: selfTestTexts('en'),
  };
}

/** The verdict of every behaviour's line, by id. */
function verdicts(lines: ResultLine[]): Record<string, string> {
  return Object.fromEntries(lines.map((l) => [l.check, l.verdict]));
}

const ids = SHEETS_BEHAVIOURS.map((b) => b.id);

afterEach(() => uninstallFakes());

describe('the probes', () => {
  it('are one per behaviour of the catalogue, in its order', () => {
    expect(Object.keys(PROBES)).toEqual(ids);
  });

  it.each([
    ['en_US', 'Etc/UTC', 'comma'],
    ['ru_RU', 'Europe/Moscow', 'semicolon'],
    ['fi_FI', 'America/New_York', 'semicolon'],
  ] as const)(
    'find every behaviour held by the strict stand-in in a %s spreadsheet (%s)',
    (locale, timeZone, separators) => {
      env = installFakes(globalThis, { locale, timeZone, separators });
      const lines = probeLines(context(), Object.keys(PROBES));
      expect(lines.map((l) => l.check)).toEqual(ids);
      // Decimal points in formulas are a decimal-comma locale's matter: en_US says why it is not probed.
      const expected = Object.fromEntries(
        ids.map((id) => [
          id,
          id === 'formula.locale-separators' && locale === 'en_US' ? 'notProbed' : 'held',
        ]),
      );
      expect(verdicts(lines)).toEqual(expected);
      const skipped = lines.find((l) => l.verdict === 'notProbed');
      if (skipped) expect(skipped.detail).toContain('en_US');
    },
  );

  it('quote the error Sheets gave, and say when its words differ from the catalogue’s', () => {
    env = installFakes(globalThis);
    const c = context();
    const [line] = probeLines(c, ['grid.column-widths-outside']);
    expect(line).toMatchObject({
      verdict: 'held',
      expected: 'Those columns are out of bounds.',
      actual: 'Those columns are out of bounds.',
      detail: '',
    });
    // Sheets speaking another language (or wording it otherwise) still refuses: held, words noted.
    const original = FakeSheet.prototype.setColumnWidths;
    FakeSheet.prototype.setColumnWidths = function (this: FakeSheet, ...args) {
      try {
        return original.apply(this, args);
      } catch {
        throw new Error('Столбцы за пределами листа.');
      }
    };
    try {
      const [russian] = probeLines(c, ['grid.column-widths-outside']);
      expect(russian).toMatchObject({
        verdict: 'held',
        actual: 'Столбцы за пределами листа. | Those columns are out of bounds.',
        detail: selfTestTexts('en').details.otherWords,
      });
    } finally {
      FakeSheet.prototype.setColumnWidths = original;
    }
  });

  it('report a probe that fails by itself as a failed line with its error, the others going on', () => {
    env = installFakes(globalThis);
    env.failWhen = (call) => (call.method === 'Sheet.insertRowsBefore' ? 'Service unavailable' : null);
    const lines = probeLines(context(), ['grid.insert-rows', 'grid.new-sheet-size']);
    expect(lines.map((l) => [l.check, l.verdict, l.detail])).toEqual([
      ['grid.insert-rows', 'failed', 'Service unavailable'],
      ['grid.new-sheet-size', 'held', ''],
    ]);
  });

  it('say "not probed" for a behaviour that has no probe', () => {
    env = installFakes(globalThis);
    expect(probeLines(context(), ['grid.teleports'])).toEqual([
      {
        section: 'behaviours',
        check: 'grid.teleports',
        verdict: 'notProbed',
        expected: '',
        actual: '',
        detail: selfTestTexts('en').details.noProbe,
      },
    ]);
  });
});

/**
 * Stand-ins made lenient on purpose, each as a careless mock would be, with the behaviours each one
 * breaks. Each replaces methods of the stand-in's classes for one test.
 */
const LENIENT: Array<{ name: string; breaks: string[]; patch: () => () => void }> = [
  {
    name: 'a grid that grows to any range asked for',
    breaks: ['grid.range-outside', 'grid.writes-never-grow', 'chart.anchor-inside'],
    patch: () => {
      const original = FakeSheet.prototype.peekCheckInside;
      FakeSheet.prototype.peekCheckInside = function (this: FakeSheet, row, column, numRows, numColumns) {
        this.maxRows = Math.max(this.maxRows, row + numRows - 1);
        this.maxColumns = Math.max(this.maxColumns, column + numColumns - 1);
        original.call(this, row, column, numRows, numColumns);
      };
      return () => {
        FakeSheet.prototype.peekCheckInside = original;
      };
    },
  },
  {
    name: 'setValues that keeps every text as text',
    breaks: [
      'typed.formula-and-text',
      'typed.iso-date',
      'typed.locale-date',
      'typed.locale-number',
      'typed.percent',
      'typed.boolean',
    ],
    patch: () => {
      const original = FakeSpreadsheet.prototype.peekContent;
      FakeSpreadsheet.prototype.peekContent = function (this: FakeSpreadsheet, value: FakeValue) {
        if (typeof value === 'string' && !value.startsWith('=')) return { formula: null, value };
        return original.call(this, value);
      };
      return () => {
        FakeSpreadsheet.prototype.peekContent = original;
      };
    },
  },
  {
    name: 'setValues that writes whatever it is given',
    breaks: ['cell.character-limit', 'validation.rejects-write'],
    patch: () => {
      const original = FakeRange.prototype.setValues;
      FakeRange.prototype.setValues = function (this: FakeRange, values: FakeValue[][]) {
        this.sheet.peekWrite(this.row, this.column, values);
        return this;
      };
      return () => {
        FakeRange.prototype.setValues = original;
      };
    },
  },
  {
    name: 'setNamedRange that moves a name in use',
    breaks: ['named-range.name-in-use'],
    patch: () => {
      const original = FakeSpreadsheet.prototype.setNamedRange;
      FakeSpreadsheet.prototype.setNamedRange = function (this: FakeSpreadsheet, name, range) {
        const named = this.peekNamedRange(name);
        if (named) named.range = range;
        else original.call(this, name, range);
      };
      return () => {
        FakeSpreadsheet.prototype.setNamedRange = original;
      };
    },
  },
  {
    name: 'insertSheet that leaves the active sheet as it was',
    breaks: ['sheet.insert-activates'],
    patch: () => {
      const original = FakeSpreadsheet.prototype.insertSheet;
      FakeSpreadsheet.prototype.insertSheet = function (this: FakeSpreadsheet, ...args) {
        const active = this.peekActiveSheet();
        const sheet = original.apply(this, args);
        this.peekActivate(active);
        return sheet;
      };
      return () => {
        FakeSpreadsheet.prototype.insertSheet = original;
      };
    },
  },
];

describe('the probes against a lenient stand-in', () => {
  it.each(LENIENT.map((l) => [l.name, l] as const))(
    'with %s, find exactly what it breaks not held',
    (_, lenient) => {
      env = installFakes(globalThis, { locale: 'ru_RU', separators: 'semicolon' });
      const restore = lenient.patch();
      let lines: ResultLine[];
      try {
        lines = probeLines(context(), ids);
      } finally {
        restore();
      }
      const notHeld = lines.filter((l) => l.verdict !== 'held').map((l) => l.check);
      expect(notHeld).toEqual(lenient.breaks);
      for (const line of lines.filter((l) => lenient.breaks.includes(l.check)))
        expect(line.verdict).toBe('notHeld');
    },
  );
});
