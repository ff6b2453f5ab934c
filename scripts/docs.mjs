// Rewrites the function reference in README.md from src/functions/table.ts, and
// docs/sheets-behaviours.md from src/platform/behaviours.ts.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModule } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = path.join(root, 'README.md');
const { withFreshReference } = await loadModule('scripts/function-reference.ts');
await writeFile(readmePath, withFreshReference(await readFile(readmePath, 'utf8')));
console.log('README.md function reference updated');

const { BEHAVIOURS_DOC, renderBehaviours } = await loadModule('scripts/behaviours-table.ts');
await writeFile(path.join(root, BEHAVIOURS_DOC), renderBehaviours());
console.log(`${BEHAVIOURS_DOC} updated`);
