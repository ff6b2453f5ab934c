// The built dist/Code.js as Apps Script loads it: a bare V8 context with no Apps Script globals.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';
import { SHARING_DIALOG_MESSAGES } from '../../src/sharing/dialog/i18n';
import { expectClose } from '../support/close';

const codePath = path.join(__dirname, '../../dist/Code.js');
const code = readFileSync(codePath, 'utf8');

/** Loads the bundle into a fresh context, as each custom-function call in Sheets does. */
function loadBundle(): vm.Context {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

/** Top-level `function NAME(` declarations with the JSDoc block right above each. */
function declarations(): Map<string, { jsDoc: string; params: string[] }> {
  const found = new Map<string, { jsDoc: string; params: string[] }>();
  const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\n(?:function (\w+)\(([^)]*)\))/g;
  for (const m of code.matchAll(re)) {
    found.set(m[2], {
      jsDoc: m[1],
      params: m[3]
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    });
  }
  return found;
}

describe('dist/Code.js', () => {
  it('loads in a bare context without touching any Apps Script service', () => {
    expect(() => loadBundle()).not.toThrow();
  });

  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f]))(
    'declares %s at top level with @customfunction JSDoc that Sheets can show',
    (name, spec) => {
      const decl = declarations().get(name as string);
      expect(decl).toBeDefined();
      expect(decl!.jsDoc).toContain('@customfunction');
      expect(decl!.jsDoc).toContain(spec.description);
      expect(decl!.params).toEqual(spec.params.map((p) => p.name));
      for (const p of spec.params) {
        expect(decl!.jsDoc).toContain(`@param {${p.jsType}} ${p.name} ${p.help}`);
        // Sheets shows every parameter as required: optional ones must say so in their text.
        expect(p.help.startsWith('Optional.')).toBe(p.optional);
      }
      expect(typeof loadBundle()[name as string]).toBe('function');
    },
  );

  it("leaves the sharing dialog's page and texts to SharingDialog.html, declaring only its server calls", () => {
    for (const t of Object.values(SHARING_DIALOG_MESSAGES)) {
      expect(code).not.toContain(t.intro);
      expect(code).not.toContain(t.reasons.noNative.slice(5, 60));
    }
    expect(code).toMatch(/^function getSharingRows\(/m);
    expect(code).toMatch(/^function applySharingRewrite\(/m);
  });

  it('declares every function at top level as a plain function, none ending in "_"', () => {
    const names = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThanOrEqual(CUSTOM_FUNCTIONS.length);
    for (const n of names) expect(n.endsWith('_')).toBe(false);
  });

  describe('holds every worked example of SPEC.md section 1 to 1e-9 relative', () => {
    const ctx = loadBundle();
    // Array literals reach a custom function as 2-D arrays made in the script's own realm.
    const col = (...v: number[]) => vm.runInContext(JSON.stringify(v.map((x) => [x])), ctx);
    it.each([
      ['=NETROI(1500000, 1000000)', () => ctx.NETROI(1500000, 1000000), 0.5],
      ['=NETROI(650000, 500000)', () => ctx.NETROI(650000, 500000), 0.3],
      ['=NETROI(300000, 200000)', () => ctx.NETROI(300000, 200000), 0.5],
      ['=NETROI(900000, 300000)', () => ctx.NETROI(900000, 300000), 2],
      ['=NETROI(15 * 70, 500)', () => ctx.NETROI(15 * 70, 500), 1.1],
      ['=CONVERSION_RATE(15, 50)', () => ctx.CONVERSION_RATE(15, 50), 0.3],
      [
        '=DISCOUNTED_ROI(10%, 5000000, {2000000;2000000;2000000})',
        () => ctx.DISCOUNTED_ROI(0.1, 5000000, col(2000000, 2000000, 2000000)),
        -0.005259203606,
      ],
      ['=ANNUALIZED_ROI(60%, 3, "simple")', () => ctx.ANNUALIZED_ROI(0.6, 3, 'simple'), 0.2],
      ['=ANNUALIZED_ROI(60%, 3)', () => ctx.ANNUALIZED_ROI(0.6, 3), 0.169607095285],
      ['=REAL_ROI(30%, 8%, 3)', () => ctx.REAL_ROI(0.3, 0.08, 3), 0.031981913326],
      [
        '=PAYBACK_PERIOD(1000, {300;300;300;300})',
        () => ctx.PAYBACK_PERIOD(1000, col(300, 300, 300, 300)),
        3.333333333333,
      ],
    ] as Array<[string, () => number, number]>)('%s', (_formula, run, expected) => {
      expectClose(run(), expected);
    });
  });

  it('takes ranges with blank cells and dates as Sheets passes them', () => {
    const ctx = loadBundle();
    const range = vm.runInContext('[[100, ""], ["", 200]]', ctx);
    expect(ctx.NETROI(range, 150)).toBe(1);
    const withDate = vm.runInContext('[[100], [new Date(2027, 0, 31)]]', ctx);
    expect(() => ctx.NETROI(withDate, 150)).toThrow(
      'NETROI: returns, row 2 column 1 holds a date; enter a number',
    );
    // A Date made outside the script's realm reads the same.
    expect(() => ctx.NETROI([[new Date(2027, 0, 31)]], 150)).toThrow(
      'NETROI: returns holds a date; enter a number',
    );
  });

  it('throws errors Sheets shows as one sentence on #ERROR!', () => {
    const ctx = loadBundle();
    let message = '';
    try {
      ctx.PAYBACK_PERIOD(1000, vm.runInContext('[[100],[100]]', ctx));
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe(
      'PAYBACK_PERIOD: not paid back within 2 periods; the returns never cover the investment',
    );
  });
});
