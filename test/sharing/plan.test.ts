// Pure planning of Apply: which cells are written together, and when a value read back counts as unchanged.
import { sameValue, writeBlocks } from '../../src/sharing/plan';

describe('comparing a value before and after Apply', () => {
  it('counts numbers within 1e-9 relative as the same, and anything further apart as changed', () => {
    expect(sameValue(1000, 1000 * (1 + 0.9e-9))).toBe(true);
    expect(sameValue(1000, 1000 * (1 + 1.1e-9))).toBe(false);
    // Near zero the tolerance is absolute: 1e-9.
    expect(sameValue(0, 0.9e-9)).toBe(true);
    expect(sameValue(0.1667, 0.1668)).toBe(false);
  });

  it('counts an error that became a number, or text that changed, as changed', () => {
    expect(sameValue('#ERROR!', 0.1667)).toBe(false);
    expect(sameValue('#DIV/0!', '#DIV/0!')).toBe(true);
  });
});

describe('the blocks Apply writes', () => {
  it('never covers a cell that holds something and was not chosen', () => {
    const formulas = [
      ['=NETROI(A1,B1)', '=SUM(1,2)', '=NETROI(A1,B1)'],
      ['=NETROI(A2,B2)', '', ''],
    ];
    const values = [
      [0.2, 3, 0.2],
      [0.5, '', 'typed'],
    ];
    const changes = [
      { row: 1, column: 1, content: '=(A1-B1)/B1' },
      { row: 1, column: 3, content: '=(A1-B1)/B1' },
      { row: 2, column: 1, content: '=(A2-B2)/B2' },
    ];
    expect(writeBlocks(changes, 1, 1, formulas, values)).toEqual([
      { row: 1, column: 1, values: [['=(A1-B1)/B1'], ['=(A2-B2)/B2']] },
      { row: 1, column: 3, values: [['=(A1-B1)/B1']] },
    ]);
  });
});
