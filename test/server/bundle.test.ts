// The built dist/Code.js run as Apps Script runs it: top-level functions in a fresh global scope
// (a node:vm context) with the fake services installed as globals. `npm test` builds it first.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { type FakeEnvironment, installFakes } from '../../dev/fakes/spreadsheetApp';
import type { ServerApi } from '../../src/server/contract';

/** The top-level functions of the bundle a test calls. */
type Gas = ServerApi & { onOpen(e: unknown): void };

const CODE = path.join(__dirname, '../../dist/Code.js');

function load(options: Parameters<typeof installFakes>[1]): { env: FakeEnvironment; gas: Gas } {
  if (!existsSync(CODE))
    throw new Error('dist/Code.js is missing: run npm run build (npm test does it first)');
  const context: Record<string, unknown> = {};
  const env = installFakes(context, options);
  vm.createContext(context);
  vm.runInContext(readFileSync(CODE, 'utf8'), context);
  return { env, gas: context as unknown as Gas };
}

describe('dist/Code.js with the fake services', () => {
  it('calls no service when it loads', () => {
    const { env } = load({});
    expect(env.calls).toEqual([]);
  });

  it('builds the menu from the top-level onOpen under AuthMode.NONE', () => {
    const { env, gas } = load({});
    gas.onOpen({ authMode: 'NONE' });
    expect(env.ui.menus).toHaveLength(1);
    expect(env.calls.every((c) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(c.method))).toBe(true);
  });

  it('builds a workbook from the wizard defaults through the top-level entry points', () => {
    const { env, gas } = load({ userLocale: 'ru_RU', locale: 'ru_RU', timeZone: 'Europe/Moscow' });
    const defaults = gas.getWizardDefaults();
    expect(defaults.answers.profile.currency).toBe('RUB');
    expect(gas.validateWizardAnswers(defaults.answers)).toEqual([]);
    const result = gas.buildWorkbook(defaults.answers, { replaceExisting: false });
    if (result.kind !== 'built') throw new Error(`the build answered ${JSON.stringify(result)}`);
    expect(result.sheets.length).toBeGreaterThan(0);
    for (const name of result.sheets) expect(env.spreadsheet.peekSheet(name)).toBeDefined();
    expect(result.sheetNames).toEqual(env.spreadsheet.peekSheetNames());
    expect(gas.getWizardDefaults().restored).toBe(true);
  });

  it.each(['comma', 'semicolon'] as const)(
    'builds through the bundle in a %s spreadsheet with every formula in a syntax it parses',
    (separators) => {
      const { env, gas } = load({ userLocale: 'fi_FI', locale: 'fi_FI', separators });
      const answers = gas.getWizardDefaults().answers;
      answers.extras = { contactsLog: true, channels: true, events: true };
      const result = gas.buildWorkbook(answers, { replaceExisting: false });
      if (result.kind !== 'built') throw new Error(`the build answered ${JSON.stringify(result)}`);
      const formulas = result.sheets.flatMap((name) =>
        env.spreadsheet
          .peekSheet(name)!
          .peekGrid()
          .flat()
          .filter((v): v is string => typeof v === 'string' && v.startsWith('=')),
      );
      expect(formulas.length).toBeGreaterThan(50);
      // The fake shows #ERROR! for a formula its locale cannot parse, as Sheets does.
      const shown = result.sheets.flatMap((name) =>
        env.spreadsheet.peekSheet(name)!.getDataRange().getDisplayValues().flat(),
      );
      expect(shown).not.toContain('#ERROR!');
      expect(formulas.some((f) => f.includes(';'))).toBe(separators === 'semicolon');
    },
  );
});
