// Prepare for sharing end to end in the preview (npm start): the built add-on applies every rewrite
// form against the preview's HyperFormula, configured as in the tests (dev/engine.ts), and every
// cell shows the same value before and after, none put back.
import path from 'node:path';
import { PreviewAddon } from '../../../dev/preview/addon';
import type { SharingChoice, SharingResult, SharingRows } from '../../../src/sharing/contract';
import { expectClose } from '../../support/close';

const dist = path.join(__dirname, '../../../dist');

/** Inputs by column, from row 1 (as a person types them). */
const INPUTS: Record<string, string[]> = {
  A: ['600', '450', '300'], // returns
  B: ['500', '100', '50'], // costs
  C: ['10'], // hours
  D: ['20'], // hourly rate
  E: ['2000', '2000', '2000', '2500', '5000'], // returns per period; E5 a single investment
  F: ['1000', '500', '500', '500'], // investments per period
  G: ['10%'], // discount rate
  H: ['4'], // periods per year
  I: ['100'],
  J: ['200'],
  K: ['300'],
  L: ['400'], // returns along a row
  M: ['Client', 'lead', 'partner', ' client '], // statuses
  N: ['TRUE', 'FALSE', 'TRUE', 'TRUE'], // checkboxes
  O: ['client'], // a status in a cell
  P: ['10', '20', '30'], // contacts
  Q: ['1', '2', '3'], // converted
};

/** Every form of docs/sharing.md "What each function becomes", one a row of column R. */
const FORMS = [
  '=NETROI(A1:A3, B1:B3)',
  '=NETROI(A1:A3, B1:B3, C1, D1)',
  '=DISCOUNTED_ROI(G1, E5, E1:E4)',
  '=DISCOUNTED_ROI(G1, F1:F4, E1:E4)',
  '=DISCOUNTED_ROI(G1, E5, E1:E4, H1)',
  '=DISCOUNTED_ROI(G1, E5, I1:L1, 12)',
  '=CONVERSION_RATE(Q1, P1)',
  '=CONVERSION_RATE(N1:N4)',
  '=CONVERSION_RATE(M1:M4, "Client")',
  '=CONVERSION_RATE(M1:M4, {"Client","Partner"})',
  '=CONVERSION_RATE(M1:M4, O1)',
  '=CONVERSION_RATE(Q1:Q3, P1:P3)',
  '=ANNUALIZED_ROI(0.6, 3)',
  '=ANNUALIZED_ROI(R1, 3, "simple")',
  '=REAL_ROI(R1, 8%, 3)',
  '=PAYBACK_PERIOD(1000, {300;300;300;300})',
];

describe('Prepare for sharing in the preview', () => {
  it('applies every rewrite form and every cell shows the same value after as before (1e-9 relative)', () => {
    const addon = PreviewAddon.fromDist(dist);
    for (const [column, values] of Object.entries(INPUTS))
      for (const [i, v] of values.entries()) addon.workbook.edit('Sheet1', `${column}${i + 1}`, v);
    for (const [i, f] of FORMS.entries()) addon.workbook.edit('Sheet1', `R${i + 1}`, f);
    const column = (): Array<number | string | boolean | null> =>
      FORMS.map((_, i) => addon.workbook.value('Sheet1', i + 1, 18) as number);
    const before = column();
    expect(before.filter((v) => typeof v !== 'number')).toEqual([]);

    const listed = addon.run('getSharingRows') as { ok: true; value: SharingRows };
    const rows = listed.value.rows;
    // PAYBACK_PERIOD over numbers in the formula becomes its value; every other form a formula.
    expect(rows.filter((r) => r.native === undefined).map((r) => [r.formula, r.valueOnly])).toEqual([
      ['=PAYBACK_PERIOD(1000, {300;300;300;300})', true],
    ]);
    expect(rows).toHaveLength(FORMS.length);
    const choices: SharingChoice[] = rows.map((r) => ({
      sheet: r.sheet,
      row: r.row,
      column: r.column,
      formula: r.formula,
      action: r.valueOnly ? 'freeze' : 'rewrite',
    }));
    const applied = addon.run('applySharingRewrite', JSON.stringify([choices])) as {
      ok: true;
      value: SharingResult;
    };
    expect(applied.ok).toBe(true);
    // Nothing was put back: every rewrite kept its value in the preview's engine.
    expect(applied.value.restored).toEqual([]);
    expect([applied.value.rewritten, applied.value.frozen]).toEqual([FORMS.length - 1, 1]);
    const after = column();
    FORMS.forEach((f, i) => {
      const cell = addon.workbook.snapshot()[0].cells.find((c) => c.row === i + 1 && c.column === 18)!;
      expect([
        f,
        /NETROI|DISCOUNTED_ROI|CONVERSION_RATE|ANNUALIZED_ROI|REAL_ROI|PAYBACK_PERIOD/.test(cell.input),
      ]).toEqual([f, false]);
      // Each form is a formula now, but the one replaced by its value.
      expect([f, cell.input.startsWith('=')]).toEqual([f, !rows[i].valueOnly]);
      expectClose(after[i] as number, before[i] as number);
    });
  });
});
