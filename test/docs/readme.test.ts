// The README's function reference is generated from the metadata table and must be current.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withFreshReference } from '../../scripts/function-reference';

describe('README.md', () => {
  const readme = readFileSync(path.join(__dirname, '../../README.md'), 'utf8');

  it('has the function reference generated from src/functions/table.ts (run npm run docs)', () => {
    expect(readme).toBe(withFreshReference(readme));
  });

  it('gives the test command and the Quick start', () => {
    expect(readme).toContain('npm test');
    expect(readme).toContain('## Quick start');
  });
});
