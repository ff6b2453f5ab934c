// `npm start`: builds the add-on (dist/) and serves the local preview on 127.0.0.1.
// The preview server is TypeScript (dev/preview/server.ts); esbuild bundles it for node first.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const started = Date.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

const outDir = path.join(root, 'node_modules/.cache/networking-roi-preview');
await mkdir(outDir, { recursive: true });
const outfile = path.join(outDir, 'server.cjs');
await esbuild.build({
  entryPoints: [path.join(root, 'dev/preview/server.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});

const { startPreview, DEFAULT_PORT } = createRequire(import.meta.url)(outfile);
const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
const preview = await startPreview({ root, port });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`Networking ROI preview: ${preview.url}  (ready in ${seconds} s; Ctrl+C stops it)`);

const stop = () => preview.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
