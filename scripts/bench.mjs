// Benchmarks of the built add-on, run against dist/Code.js as Apps Script loads it. Each figure
// is a median of several timed runs, printed as a ratio to a baseline that does the same
// arithmetic without our argument handling. Exits with status 1 when any target is missed.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as formulajs from '@formulajs/formulajs';
import { benchPreview, importPreview, linkedInExport, loadTs } from './bench-preview.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const codePath = path.join(root, 'dist/Code.js');
const code = readFileSync(codePath, 'utf8');
/**
 * A ceiling on dist/Code.js: the load time below is what each custom-function call pays; the
 * ceiling catches a large library pulled into the server bundle by mistake. It was 160 KB until the
 * self-test for the first deployment (issue 15: its probes and texts, about 31 KB) and the
 * workbook's sections 8 to 10 joined; the load time is what the bundle's size costs, and a library
 * pulled in by mistake (HyperFormula, papaparse) is far larger than the room left.
 */
const MAX_BUNDLE_KB = 240;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median milliseconds of `runs` calls of fn, after `warmup` untimed calls. */
function time(fn, runs = 15, warmup = 3) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
}

/**
 * Median milliseconds of one call made as Apps Script makes it: every sample gets a fresh context
 * in which `setup` is evaluated and the input array is built, then exactly one call is timed, so
 * the code runs cold (no warm-up lets the engine optimise it beforehand). Samples of `a` and `b`
 * alternate, so a busy machine slows both alike.
 */
function timeColdPair(a, b, runs = 31) {
  const sample = ({ setup, input, call }) => {
    const fresh = vm.createContext({});
    vm.runInContext(setup, fresh);
    vm.runInContext(input, fresh);
    const t0 = process.hrtime.bigint();
    call(fresh);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    as.push(sample(a));
    bs.push(sample(b));
  }
  return [median(as), median(bs)];
}

const MILLION_CELLS = `var __grid = []; for (var r = 0; r < 1000; r++) { var row = []; for (var c = 0; c < 1000; c++) row.push(((r * 1000 + c) % 97) + 0.25); __grid.push(row); }`;
const BARE_LOOP = `function __plainSum(g) { var s = 0; for (var r = 0; r < g.length; r++) { var row = g[r]; for (var c = 0; c < row.length; c++) s += row[c]; } return s; }`;

const rows = [];
{
  const [ours, baseline] = timeColdPair(
    { setup: code, input: MILLION_CELLS, call: (c) => c.NETROI(c.__grid, 1000) },
    { setup: BARE_LOOP, input: MILLION_CELLS, call: (c) => (c.__plainSum(c.__grid) - 1000) / 1000 },
  );
  rows.push({
    label:
      'NETROI over 1,000,000 cells, one call in a fresh context, vs a bare indexed loop timed the same way',
    ours,
    baseline,
    ratio: ours / baseline,
    target: 1.5,
    runs: 31,
  });
}

const ctx = vm.createContext({});
vm.runInContext(code, ctx);
// Inputs are built inside the script's realm, as Sheets hands them to a custom function.
vm.runInContext(
  `var __periods = []; for (var t = 0; t < 100000; t++) __periods.push([100 + (t % 13)]);
   var __statuses = []; var __kinds = ['Client', 'lead', ' client ', '', 'Partner', 'Lost'];
   for (var i = 0; i < 100000; i++) __statuses.push([__kinds[i % __kinds.length]]);
   function __plainCount(g, wanted) { var hit = 0, filled = 0; for (var i = 0; i < g.length; i++) { var v = g[i][0]; if (v === '') continue; filled++; if (v.trim().toLowerCase() === wanted) hit++; } return hit / filled; }`,
  ctx,
);

function compare(label, ours, baseline, target) {
  const a = time(ours);
  const b = time(baseline);
  rows.push({ label, ours: a, baseline: b, ratio: a / b, target, runs: 15 });
}

const periodsOuter = ctx.__periods.map((r) => r[0]);
compare(
  'DISCOUNTED_ROI over 100,000 periods vs formulajs NPV (warm: after 3 untimed calls)',
  () => ctx.DISCOUNTED_ROI(0.1, 1e6, ctx.__periods, 12),
  () => {
    const i = 1.1 ** (1 / 12) - 1;
    return (formulajs.NPV(i, periodsOuter) - 1e6) / 1e6;
  },
  1,
);

compare(
  'CONVERSION_RATE over 100,000 status cells vs a plain counting loop (warm)',
  () => ctx.CONVERSION_RATE(ctx.__statuses, 'Client'),
  () => ctx.__plainCount(ctx.__statuses, 'client'),
  null,
);

const loadMs = time(
  () => {
    const fresh = vm.createContext({});
    vm.runInContext(code, fresh);
  },
  41,
  5,
);
const emptyMs = time(() => vm.createContext({}), 41, 5);

const missed = [];
const ok = (label, v, limit) => {
  if (limit === null) return '';
  if (v <= limit) return '  ok';
  missed.push(label);
  return '  OVER TARGET';
};
console.log('Networking ROI benchmarks (medians; ratio = ours / baseline)\n');
for (const r of rows) {
  console.log(
    `${r.label}\n  ours ${r.ours.toFixed(2)} ms, baseline ${r.baseline.toFixed(2)} ms, ratio ${r.ratio.toFixed(2)}× (median of ${r.runs})` +
      (r.target === null ? '' : ` (target ≤ ${r.target}×)${ok(r.label, r.ratio, r.target)}`),
  );
}
const kb = statSync(codePath).size / 1024;
console.log(
  `\ndist/Code.js ${kb.toFixed(1)} KB (target < ${MAX_BUNDLE_KB} KB)${ok('bundle size', kb, MAX_BUNDLE_KB)}`,
);
console.log(
  `Evaluating dist/Code.js in a fresh node:vm context: median ${(loadMs - emptyMs).toFixed(3)} ms ` +
    `(${loadMs.toFixed(3)} ms including ${emptyMs.toFixed(3)} ms to create an empty context; target < 5 ms)${ok('load time', loadMs - emptyMs, 5)}`,
);

// ---- import: parse and check 30,000 LinkedIn rows (the pure part of SPEC section 7) ----
// The dialog's preview as the browser runs it: decode, papaparse, header, checks, duplicates. The
// fixture is generated (made-up "Person 00017" rows, LinkedIn's shape), never real data.
{
  const { previewFile } = await importPreview(root);
  const bytes = linkedInExport(30000);
  let preview;
  const ms = time(
    () => {
      preview = previewFile(bytes, []);
    },
    5,
    1,
  );
  if (preview.kind !== 'ready' || preview.toAdd !== 30000)
    throw new Error('the import bench did not read 30,000 rows');
  console.log(
    `\nImport preview of a 30,000-row LinkedIn export (${(bytes.length / 1048576).toFixed(1)} MB): decode, parse, check: median ${ms.toFixed(0)} ms (target < 2,000 ms)${ok('import preview', ms, 2000)}`,
  );
  const page = statSync(path.join(root, 'dist/ImportDialog.html')).size / 1024;
  console.log(`dist/ImportDialog.html ${page.toFixed(1)} KB (papaparse bundled in it)`);
}
// ---- end of the import block ----

// ---- who to contact now: the server's list over a 30,000-row log on the stand-in (SPEC section 10) ----
{
  const { benchContactNow } = await loadTs(root, 'dev/bench/contactNow.ts', 'contactNow.cjs');
  const r = benchContactNow(path.join(root, 'dist'), 30000, 5);
  console.log(
    `\nWho to contact now over a ${r.rows.toLocaleString('en-US')}-row log (${r.due.toLocaleString('en-US')} due) on the stand-in: ` +
      `list median ${r.listMs.toFixed(0)} ms in ${r.listCalls} service calls; Done today ${r.doneMs.toFixed(0)} ms in ${r.doneCalls} calls ` +
      `(target < 2,000 ms each)${ok('who to contact now', r.listMs, 2000)}${ok('done today', r.doneMs, 2000)}`,
  );
}
// ---- end of the who-to-contact block ----

// ---- the local preview (npm start) in headless Chromium ----
{
  console.log('\nThe preview (npm start) with five built workbooks and a 30,000-row Contacts log:');
  const preview = await benchPreview(root, { log: (line) => console.log(`  ${line}`) });
  missed.push(...preview.missed);
}

if (missed.length > 0) {
  console.error(`\nMissed ${missed.length} target(s): ${missed.join('; ')}`);
  process.exit(1);
}
