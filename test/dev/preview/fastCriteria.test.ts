// The preview's quick COUNTIF(S), SUMIF(S), AVERAGEIF, MINIFS and MAXIFS give what HyperFormula's
// own give, before and after edits (the quick ones keep range values between changes).
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { ENGINE_CONFIG } from '../../../dev/engine';
import { valuesMayChange } from '../../../dev/preview/fastCriteria';
import { buildEngine } from '../../../dev/preview/liveEngine';

/** A log: names (one blank), stages in mixed case, dates as serials, amounts (one text, one error). */
const LOG: RawCellContent[][] = [
  ['Ann', 'Client', 46000, 1500, true],
  ['Bo', 'client', 46010, 200, false],
  ['', 'Met', 46020, "'300", true],
  ['Cy', 'Lost', 46030, '=1/0', false],
  ['Dee', 'Partner', 46040, 700, true],
  ['Eve', 'Client ', 46050, 50, false],
  ['Fay', 'Met', null, 80, true],
  ['Émile', 'client', 46060, 120, true],
  ['An*n', 'Partner', 46070, 33, false],
];

/** Every form the workbooks use, and the edge cases of criteria: comparison, wildcard, <>, blank, boolean, sizes. */
const FORMULAS = [
  '=COUNTIF(B1:B7,"client")',
  '=COUNTIF(B1:B7,"Cl*")',
  '=COUNTIF(A1:A7,"<>")',
  '=COUNTIF(C1:C7,">="&46020)',
  '=COUNTIF(E1:E7,TRUE)',
  '=COUNTIF(C1:C7,"")',
  '=COUNTIFS(A1:A7,"<>",B1:B7,"Client",C1:C7,"<"&46040)',
  '=COUNTIFS(A1:A7,"<>",C1:C7,">="&46000,C1:C7,"<"&46030)',
  '=SUMIF(B1:B7,"Met",D1:D7)',
  '=SUMIFS(D1:D7,B1:B7,"Client",C1:C7,">"&45000)',
  '=SUMIFS(D1:D7,B1:B7,"Lost")',
  '=AVERAGEIF(B1:B7,"Client",D1:D7)',
  '=MINIFS(D1:D7,E1:E7,TRUE)',
  '=MAXIFS(D1:D7,E1:E7,FALSE)',
  '=COUNTIFS(A1:A7,"<>",B1:B6,"Met")',
  '=COUNTIF({1,2,3},">1")',
  '=SUMIFS(D1:D7,B1:B7,{"Met"})',
  // One exact text (the log's Introduced revenue asks so for each name): looked up, not looped.
  '=SUMIFS(D1:D9,A1:A9,"=ann",B1:B9,"Client")',
  '=COUNTIFS(A1:A9,"="&"emile")',
  '=SUMIFS(D1:D9,A1:A9,"An~*n")',
  '=SUMIFS(D1:D9,A1:A9,"An*n")',
  '=COUNTIF(A1:A9,"=Bo")',
  '=SUMIFS(D1:D9,A1:A9,"="&A2,B1:B9,"<>")',
  '=COUNTIF(B1:B9,"Client ")',
  '=SUMIFS(D1:D9,B1:B9,"=client",E1:E9,TRUE)',
  '=COUNTIF(A1:A9,"=nobody")',
  '=SUMIF(A1:A9,"=5",D1:D9)',
];

function engines(): { quick: HyperFormula; own: HyperFormula } {
  const sheet = [
    ...LOG.map((row) => [...row, null, null]),
    ...FORMULAS.map((f) => [null, null, null, null, null, null, f]),
  ];
  const quick = buildEngine({ Log: sheet }, []);
  const own = HyperFormula.buildFromSheets({ Log: sheet }, ENGINE_CONFIG);
  return { quick, own };
}

/** Every formula's value in an engine: a number, or an error's type and message. */
function results(hf: HyperFormula): unknown[] {
  return FORMULAS.map((_, i) => {
    const v = hf.getCellValue({ sheet: 0, row: LOG.length + i, col: 6 });
    return v instanceof DetailedCellError ? `${v.type} ${v.message}` : v;
  });
}

describe('the preview’s quick conditional aggregations', () => {
  it('give HyperFormula’s own results for every criterion form, errors included', () => {
    const { quick, own } = engines();
    const expected = results(own);
    // Sanity: the cases cover numbers and errors both (text amounts, an error amount, unequal sizes).
    expect(expected.some((v) => typeof v === 'string')).toBe(true);
    expect(expected.filter((v) => typeof v === 'number').length).toBeGreaterThan(10);
    expect(results(quick)).toEqual(expected);
  });

  it('follow edits: a changed stage, date or amount changes the results as in HyperFormula', () => {
    const { quick, own } = engines();
    const edits: Array<[number, number, RawCellContent]> = [
      [1, 1, 'Client'],
      [2, 2, 46100],
      [0, 3, 2500],
      [6, 1, 'Lost'],
      [2, 0, 'Gus'],
    ];
    for (const [row, col, value] of edits) {
      valuesMayChange();
      quick.setCellContents({ sheet: 0, row, col }, [[value]]);
      own.setCellContents({ sheet: 0, row, col }, [[value]]);
      expect(results(quick)).toEqual(results(own));
    }
  });
});
