// The catalogue of Sheets behaviours the stand-in keeps: its table in docs/ is current, and each
// behaviour is held by exactly one test named after it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BEHAVIOURS_DOC, renderBehaviours } from '../../scripts/behaviours-table';
import { BEHAVIOUR_TESTS, SHEETS_BEHAVIOURS } from '../../src/platform/behaviours';

const root = path.join(__dirname, '../..');

describe('docs/sheets-behaviours.md', () => {
  it('is the table generated from src/platform/behaviours.ts (run npm run docs)', () => {
    expect(readFileSync(path.join(root, BEHAVIOURS_DOC), 'utf8')).toBe(renderBehaviours());
  });
});

describe('the catalogue of behaviours', () => {
  const tests = readFileSync(path.join(root, BEHAVIOUR_TESTS), 'utf8');

  it('names each behaviour once', () => {
    const ids = SHEETS_BEHAVIOURS.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SHEETS_BEHAVIOURS.map((b) => b.id))('has exactly one test of %s', (id) => {
    expect(tests.split(`held('${id}'`).length - 1).toBe(1);
  });

  it('has no test of a behaviour it does not list', () => {
    const held = [...tests.matchAll(/held\('([^']+)'/g)].map((m) => m[1]);
    expect(held.filter((id) => !SHEETS_BEHAVIOURS.some((b) => b.id === id))).toEqual([]);
  });

  it('gives every source as a public https address', () => {
    for (const b of SHEETS_BEHAVIOURS)
      if (b.source) expect(b.source.url).toMatch(/^https:\/\/[a-z.]+\.(com|google\.com)\//);
  });
});
