// The layers, held by their imports: pure code imports only pure code; adapters add Apps Script;
// pages add the DOM and may take types (never code) from the server; dev tools (the stand-ins, the
// preview) sit beside the add-on and nothing of the add-on imports them; unit tests stay off the
// browser tests' helpers. tsconfig.{pure,adapter,client}.json hold the same layers by their types.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

type Layer = 'pure' | 'contract' | 'adapter' | 'client' | 'dev' | 'dev page' | 'unit test' | 'browser test';

/** The layer of a file (a path relative to the root, with / separators), or null for none of them. */
function layerOf(file: string): Layer | null {
  const under = (dir: string) => file === dir || file.startsWith(`${dir}/`);
  // What two sides share and neither side's services: the types a page and the server exchange,
  // and the preview's shim, which its server injects into pages and its page listens to.
  if (['src/server/contract', 'dev/preview/shim'].includes(file.replace(/\.ts$/, ''))) return 'contract';
  if (under('dev/preview/page')) return 'dev page';
  if (under('dev')) return 'dev';
  if (['src/sidebar', 'src/sharing/dialog', 'src/import/dialog', 'src/contactNow', 'src/ui'].some(under))
    return 'client';
  if (ADAPTER_FOLDERS.some(under) || file === 'src/index.ts') return 'adapter';
  if (under('src')) return 'pure';
  if (under('test/browser')) return 'browser test';
  if (under('test')) return 'unit test';
  return null;
}

/** The folders of the adapters: only code that talks to Apps Script lives there. */
const ADAPTER_FOLDERS = ['src/sheets', 'src/server'];

/** Which layers a layer may import code from; `types` lists those it may take types only from. */
const ALLOWED: Record<Layer, { code: Layer[]; types: Layer[] }> = {
  pure: { code: ['pure'], types: [] },
  contract: { code: [], types: ['pure'] },
  adapter: { code: ['pure', 'adapter'], types: ['contract'] },
  client: { code: ['pure', 'client'], types: ['contract', 'adapter'] },
  dev: { code: ['pure', 'contract', 'dev'], types: [] },
  'dev page': { code: ['pure', 'contract', 'dev page'], types: ['dev'] },
  'unit test': { code: ['pure', 'contract', 'adapter', 'client', 'dev', 'dev page', 'unit test'], types: [] },
  'browser test': {
    code: ['pure', 'contract', 'adapter', 'client', 'dev', 'dev page', 'unit test', 'browser test'],
    types: [],
  },
};

/** The only package the add-on's own code (src/) imports: everything else is a dev or test tool. */
const SRC_PACKAGES = ['papaparse'];

interface Import {
  target: string;
  typeOnly: boolean;
  /** True for a package ("papaparse", "node:fs"), whose `target` is its name. */
  isPackage: boolean;
}

/**
 * Every import of a TypeScript source: static imports and re-exports, `import(…)` and `require(…)`.
 * Relative targets are resolved against the file's folder.
 */
function importsOf(file: string, source: string): Import[] {
  const statics = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  const calls = /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  const found: Array<{ spec: string; typeOnly: boolean }> = [
    ...[...source.matchAll(statics)].map((m) => ({ spec: m[2], typeOnly: m[1] !== undefined })),
    ...[...source.matchAll(calls)].map((m) => ({ spec: m[1], typeOnly: false })),
  ];
  return found.map(({ spec, typeOnly }) =>
    spec.startsWith('.')
      ? {
          target: path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)),
          typeOnly,
          isPackage: false,
        }
      : { target: spec, typeOnly, isPackage: true },
  );
}

/** A sentence for each import that goes the wrong way. */
function wrongWayImports(file: string, source: string): string[] {
  const from = layerOf(file);
  if (from === null) return [];
  const problems: string[] = [];
  for (const { target, typeOnly, isPackage } of importsOf(file, source)) {
    if (isPackage) {
      if (file.startsWith('src/') && !SRC_PACKAGES.includes(target))
        problems.push(
          `${file} (${from}) imports the package ${target}, which only dev tools and tests may use`,
        );
      continue;
    }
    const to = layerOf(target);
    // Tests and dev tools read scripts and data files; the add-on's own code imports only its layers.
    if (to === null) {
      if (file.startsWith('src/'))
        problems.push(`${file} (${from}) imports ${target}, which belongs to no layer`);
      continue;
    }
    const allowed = ALLOWED[from].code.includes(to) || (typeOnly && ALLOWED[from].types.includes(to));
    if (!allowed)
      problems.push(`${file} (${from}) imports ${typeOnly ? 'types from ' : ''}${target} (${to})`);
  }
  return problems;
}

/** The names by which code reaches Apps Script: its services and its types' namespace. */
const APPS_SCRIPT =
  /\b(GoogleAppsScript|SpreadsheetApp|HtmlService|LockService|PropertiesService|Session|Utilities|ScriptApp)\b/;

/** A sentence when a module of an adapter folder never touches Apps Script: pure code kept there. */
function pureCodeInAdapterFolder(file: string, source: string): string[] {
  if (layerOf(file) !== 'adapter' || file === 'src/index.ts') return [];
  const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  return APPS_SCRIPT.test(code)
    ? []
    : [`${file} never uses Apps Script: pure code belongs in a pure folder, where pure code can import it`];
}

function sources(dir: string): string[] {
  const full = path.join(root, dir);
  return readdirSync(full).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) return sources(rel);
    return name.endsWith('.ts') ? [rel] : [];
  });
}

describe('layers', () => {
  const files = ['src', 'dev', 'test'].flatMap(sources);
  const read = (f: string) => readFileSync(path.join(root, f), 'utf8');

  it('finds the source files it checks', () => {
    expect(files).toContain('src/functions/compute.ts');
    expect(files).toContain('dev/fakes/spreadsheetApp.ts');
    expect(files).toContain('test/build/layers.test.ts');
  });

  it('has no import going the wrong way between pure code, adapters, pages, dev tools and tests', () => {
    expect(files.flatMap((f) => wrongWayImports(f, read(f)))).toEqual([]);
  });

  it('keeps only code that talks to Apps Script in the adapter folders', () => {
    expect(files.flatMap((f) => pureCodeInAdapterFolder(f, read(f)))).toEqual([]);
  });

  describe('the rule itself', () => {
    it('refuses pure code importing an adapter', () =>
      expect(
        wrongWayImports('src/workbook/plan.ts', "import { applyPlan } from '../sheets/applyPlan';"),
      ).toEqual(['src/workbook/plan.ts (pure) imports src/sheets/applyPlan (adapter)']));

    it('refuses pure code importing a page, even for types', () =>
      expect(wrongWayImports('src/sharing/plan.ts', "import type { Texts } from './dialog/texts';")).toEqual([
        'src/sharing/plan.ts (pure) imports types from src/sharing/dialog/texts (client)',
      ]));

    it('lets a page take types, but not code, from the server', () => {
      const file = 'src/sidebar/main.ts';
      expect(wrongWayImports(file, "import type { BuildResult } from '../server/contract';")).toEqual([]);
      expect(wrongWayImports(file, "import { buildWorkbook } from '../server/api';")).toEqual([
        'src/sidebar/main.ts (client) imports src/server/api (adapter)',
      ]);
    });

    it('refuses any code of the add-on importing the dev tools', () => {
      expect(
        wrongWayImports(
          'src/server/api.ts',
          "import { FakeSpreadsheet } from '../../dev/fakes/spreadsheetApp';",
        ),
      ).toEqual(['src/server/api.ts (adapter) imports dev/fakes/spreadsheetApp (dev)']);
      expect(
        wrongWayImports(
          'src/sidebar/views.ts',
          "import type { SheetView } from '../../dev/preview/workbook';",
        ),
      ).toEqual(['src/sidebar/views.ts (client) imports types from dev/preview/workbook (dev)']);
    });

    it('reads require() and import() as imports', () =>
      expect(
        wrongWayImports(
          'src/workbook/cells.ts',
          "const a = require('../sheets/applyPlan');\nconst b = await import('../../dev/engine');",
        ),
      ).toEqual([
        'src/workbook/cells.ts (pure) imports src/sheets/applyPlan (adapter)',
        'src/workbook/cells.ts (pure) imports dev/engine (dev)',
      ]));

    it('refuses a package other than papaparse in the add-on’s code', () =>
      expect(wrongWayImports('src/core/roi.ts', "import { readFileSync } from 'node:fs';")).toEqual([
        'src/core/roi.ts (pure) imports the package node:fs, which only dev tools and tests may use',
      ]));

    it('refuses an import of a file that belongs to no layer', () =>
      expect(wrongWayImports('src/core/roi.ts', "import { x } from '../../scripts/build.mjs';")).toEqual([
        'src/core/roi.ts (pure) imports scripts/build.mjs, which belongs to no layer',
      ]));

    it('refuses a unit test importing a browser-test helper', () =>
      expect(
        wrongWayImports('test/sidebar/x.test.ts', "export { defaultAnswers } from '../browser/serverSide';"),
      ).toEqual(['test/sidebar/x.test.ts (unit test) imports test/browser/serverSide (browser test)']));

    it('refuses pure code kept in an adapter folder', () => {
      expect(
        pureCodeInAdapterFolder('src/sheets/renamePlan.ts', 'export const x = 1; // SpreadsheetApp'),
      ).toEqual([
        'src/sheets/renamePlan.ts never uses Apps Script: pure code belongs in a pure folder, where pure code can import it',
      ]);
      expect(pureCodeInAdapterFolder('src/sheets/applyPlan.ts', 'SpreadsheetApp.flush();')).toEqual([]);
    });
  });
});
