// `npm run create-project -- --title "Networking ROI" [--replace]`: creates the standalone Apps
// Script project with clasp and records its script id in .clasp.json (see scripts/claspProject.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModule } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const projectFile = path.join(root, '.clasp.json');
const clasp = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'clasp.cmd' : 'clasp');

function option(name) {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

const { createProject } = await loadModule('scripts/claspProject.ts');
const io = {
  readProjectFile: () => (existsSync(projectFile) ? readFileSync(projectFile, 'utf8') : null),
  writeProjectFile: (text) => writeFileSync(projectFile, text),
  // In a fresh temporary folder, where no .clasp.json above it stops clasp; the files clasp pulls
  // there (a default manifest and Code.gs) are thrown away: `npm run push` uploads dist/.
  claspCreate: async (title) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'networking-roi-create-'));
    try {
      const run = spawnSync(clasp, ['create', '--type', 'standalone', '--title', title, '--rootDir', '.'], {
        cwd: dir,
        stdio: 'inherit',
      });
      if (run.status !== 0)
        throw new Error(
          `clasp create failed (exit ${run.status ?? run.signal}); run npx clasp login first if it asked for it`,
        );
      return readFileSync(path.join(dir, '.clasp.json'), 'utf8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

try {
  const id = await createProject(option('--title') ?? 'Networking ROI', io, {
    replace: process.argv.includes('--replace'),
  });
  console.log(`.clasp.json now names the project ${id} (rootDir dist). Next: npm run push`);
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
