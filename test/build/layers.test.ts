// The layers, held by their imports: pure code imports only pure code; adapters add Apps Script;
// pages add the DOM and may take types (never code) from the server; unit tests stay off the
// browser tests' helpers. tsconfig.{pure,adapter,client}.json hold the same layers by their types.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

type Layer = 'pure' | 'contract' | 'adapter' | 'client' | 'unit test' | 'browser test';

/** The layer of a file (a path relative to the root, with / separators), or null for none of them. */
function layerOf(file: string): Layer | null {
  const under = (dir: string) => file === dir || file.startsWith(`${dir}/`);
  // The types a page and the server exchange: both sides read them, neither side's services.
  if (['src/server/contract', 'src/sharing/dialog/contract'].includes(file.replace(/\.ts$/, '')))
    return 'contract';
  if (['src/sidebar', 'src/sharing/dialog', 'src/import/dialog', 'src/ui', 'dev/preview/page'].some(under))
    return 'client';
  if (['src/sheets', 'src/server', 'src/index.ts'].some(under)) return 'adapter';
  if (
    [
      'src/core',
      'src/functions',
      'src/workbook',
      'src/formula',
      'src/i18n',
      'src/sharing',
      'src/import',
      'src/platform',
    ].some(under)
  )
    return 'pure';
  if (under('test/browser')) return 'browser test';
  if (under('test')) return 'unit test';
  return null;
}

/** Which layers a layer may import code from; `types` lists those it may take types only from. */
const ALLOWED: Record<Layer, { code: Layer[]; types: Layer[] }> = {
  pure: { code: ['pure'], types: [] },
  contract: { code: [], types: ['pure'] },
  adapter: { code: ['pure', 'adapter'], types: ['contract'] },
  client: { code: ['pure', 'client'], types: ['contract', 'adapter'] },
  'unit test': { code: ['pure', 'contract', 'adapter', 'client', 'unit test'], types: [] },
  'browser test': { code: ['pure', 'contract', 'adapter', 'client', 'unit test', 'browser test'], types: [] },
};

/**
 * Wrong-way imports another branch is removing; each entry fails the test below once it is gone,
 * so the list only shrinks.
 */
const PENDING: string[] = [
  // The workbook branch's sheetNames takes the sheet keys from src/workbook instead.
  'src/sidebar/sheetNames.ts (client) imports src/sheets/renamePlan (adapter)',
];

interface Import {
  target: string;
  typeOnly: boolean;
}

/** The relative imports and re-exports of a TypeScript source, resolved against its folder. */
function importsOf(file: string, source: string): Import[] {
  const found: Import[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const m of source.matchAll(pattern)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[3]));
    found.push({ target, typeOnly: m[2] !== undefined });
  }
  return found;
}

/** A sentence for each import that goes the wrong way. */
function wrongWayImports(file: string, source: string): string[] {
  const from = layerOf(file);
  if (from === null) return [];
  const problems: string[] = [];
  for (const { target, typeOnly } of importsOf(file, source)) {
    const to = layerOf(target);
    if (to === null) continue;
    const allowed = ALLOWED[from].code.includes(to) || (typeOnly && ALLOWED[from].types.includes(to));
    if (!allowed)
      problems.push(`${file} (${from}) imports ${typeOnly ? 'types from ' : ''}${target} (${to})`);
  }
  return problems;
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

  it('finds the source files it checks', () => {
    expect(files).toContain('src/functions/compute.ts');
    expect(files).toContain('test/build/layers.test.ts');
  });

  it('has no import going the wrong way between pure code, adapters, pages and tests', () => {
    const problems = files.flatMap((f) => wrongWayImports(f, readFileSync(path.join(root, f), 'utf8')));
    expect(problems.filter((p) => !PENDING.includes(p))).toEqual([]);
  });

  it('lists as pending only wrong-way imports that are still there (delete an entry once it is gone)', () => {
    const problems = files.flatMap((f) => wrongWayImports(f, readFileSync(path.join(root, f), 'utf8')));
    for (const p of PENDING) expect(problems).toContain(p);
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

    it('refuses a unit test importing a browser-test helper', () =>
      expect(
        wrongWayImports('test/sidebar/x.test.ts', "export { defaultAnswers } from '../browser/serverSide';"),
      ).toEqual(['test/sidebar/x.test.ts (unit test) imports test/browser/serverSide (browser test)']));
  });
});
