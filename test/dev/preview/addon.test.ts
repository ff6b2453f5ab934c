// The preview runs the built add-on against the shared fake, with HyperFormula computing cells.
import path from 'node:path';
import { PreviewAddon } from '../../../dev/preview/addon';
import type { SharingChoice, SharingRows } from '../../../src/sharing/contract';
import { expectClose } from '../../support/close';

// A build from the wizard's defaults computed by the preview's engine: a few seconds.
jest.setTimeout(30_000);

const dist = path.join(__dirname, '../../../dist');

/** The preview with SPEC section 1's networker typed into Sheet1: returns in A1:A2, costs in B1, NETROI in C1. */
function withNetroi(): PreviewAddon {
  const addon = PreviewAddon.fromDist(dist);
  for (const [a1, input] of [
    ['A1', '600'],
    ['A2', '450'],
    ['B1', '500'],
    ['C1', '=NETROI(A1:A2, B1)'],
  ])
    addon.workbook.edit('Sheet1', a1, input);
  return addon;
}

describe('the preview add-on', () => {
  it('builds the add-on menu from what onOpen adds to the fake Ui', () => {
    const addon = PreviewAddon.fromDist(dist);
    expect(addon.open()).toEqual({ ok: true, value: null });
    const items = addon.menu().filter((i) => i !== 'separator');
    expect(items.map((i) => i.functionName)).toEqual(expect.arrayContaining(['showWizard', 'showHelp']));
  });

  it('reports a function the bundle does not declare as google.script.run does', () => {
    const addon = PreviewAddon.fromDist(dist);
    expect(addon.run('nonexistent')).toEqual({ ok: false, error: 'Script function not found: nonexistent' });
  });

  it('builds a workbook from the wizard defaults whose formulas compute', () => {
    const addon = PreviewAddon.fromDist(dist);
    const defaults = addon.run('getWizardDefaults');
    expect(defaults.ok).toBe(true);
    const answers = (defaults as { value: { answers: unknown } }).value.answers;
    const built = addon.run('buildWorkbook', JSON.stringify([answers, { replaceExisting: false }]));
    expect(built).toMatchObject({ ok: true });
    const sheets = addon.workbook.snapshot();
    expect(sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining((built as { value: { sheets: string[] } }).value.sheets),
    );
  });

  it('computes a custom function typed into a cell, and shows a bad one as #ERROR! with its sentence', () => {
    const addon = withNetroi();
    addon.workbook.edit('Sheet1', 'C2', '=NETROI(A1:A2, 0)');
    const cells = addon.workbook.snapshot()[0].cells;
    const c1 = cells.find((c) => c.row === 1 && c.column === 3)!;
    // (600 + 450 − 500) / 500 = 1.1 (SPEC.md section 1, one networker).
    expectClose(c1.value as number, 1.1);
    const c2 = cells.find((c) => c.row === 2 && c.column === 3)!;
    expect(c2.text).toBe('#ERROR!');
    expect(c2.error).toMatch(/^NETROI: /);
  });

  it('keeps typed text as text, even when it looks like a formula after an apostrophe', () => {
    const addon = PreviewAddon.fromDist(dist);
    addon.workbook.edit('Sheet1', 'A1', "'=1+1");
    addon.workbook.edit('Sheet1', 'A2', '12.5%');
    const cells = addon.workbook.snapshot()[0].cells;
    expect(cells.find((c) => c.row === 1)!).toMatchObject({ value: '=1+1', input: "'=1+1" });
    expect(cells.find((c) => c.row === 2)!.value).toBe(0.125);
  });

  it('opens Prepare for sharing as a modal dialog of the built page, and Apply keeps the cell’s value', () => {
    const addon = withNetroi();
    expect(addon.run('prepareForSharing')).toEqual({ ok: true, value: null });
    const [dialog] = addon.env.ui.modalDialogs;
    expect(dialog.output.fileName).toBe('SharingDialog');
    expect(addon.env.htmlFiles.SharingDialog).toContain('<script>');

    const listed = addon.run('getSharingRows') as { ok: true; value: SharingRows };
    expect(listed.value.rows.map((r) => [r.cell, r.formula])).toEqual([['Sheet1!C1', '=NETROI(A1:A2, B1)']]);
    const choices: SharingChoice[] = listed.value.rows.map((r) => ({ ...r, action: 'rewrite' }));
    expect(addon.run('applySharingRewrite', JSON.stringify([choices]))).toMatchObject({
      ok: true,
      value: { rewritten: 1 },
    });
    const c1 = addon.workbook.snapshot()[0].cells.find((c) => c.row === 1 && c.column === 3)!;
    expect(c1.input).toBe(listed.value.rows[0].native);
    expect(c1.input).not.toMatch(/NETROI/);
    // Still (600 + 450 − 500) / 500 = 1.1 (SPEC.md section 1), now computed by SUM and division.
    expectClose(c1.value as number, 1.1);
  });
});
