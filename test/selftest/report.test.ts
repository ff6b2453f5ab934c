// The self-test's verdicts and results grid: a refusal held or not, figures to 1e-9 relative, and
// every cell of the results sheet written as text.

import {
  allOf,
  exactLine,
  failures,
  figureLine,
  notProbed,
  observed,
  refusal,
  resultsGrid,
  shown,
  verdicts,
} from '../../src/selftest/report';
import { selfTestTexts } from '../../src/selftest/texts';

const t = selfTestTexts('en');
const SENTENCE = 'Those columns are out of bounds.';

describe('refusal', () => {
  it('holds when the call throws, quoting the error', () => {
    expect(
      refusal(
        () => {
          throw new Error(SENTENCE);
        },
        SENTENCE,
        t,
      ),
    ).toEqual({ verdict: 'held', expected: SENTENCE, actual: SENTENCE, detail: '' });
  });

  it('holds, noting other words, when Sheets refuses in its own words (another language)', () => {
    const outcome = refusal(
      () => {
        throw new Error('Столбцы за пределами листа.');
      },
      SENTENCE,
      t,
    );
    expect(outcome).toEqual({
      verdict: 'held',
      expected: SENTENCE,
      actual: 'Столбцы за пределами листа.',
      detail: t.details.otherWords,
    });
  });

  it('does not hold when the call goes through', () => {
    expect(refusal(() => undefined, SENTENCE, t)).toEqual({
      verdict: 'notHeld',
      expected: SENTENCE,
      actual: t.details.noError,
      detail: '',
    });
  });
});

describe('allOf', () => {
  it('holds only when every part holds, each text once', () => {
    const held = observed('rows 1000', 'rows 1000');
    expect(allOf([held, held])).toEqual({
      verdict: 'held',
      expected: 'rows 1000',
      actual: 'rows 1000',
      detail: '',
    });
    expect(allOf([held, observed('rows 1000', 'rows 1001')])).toMatchObject({
      verdict: 'notHeld',
      actual: 'rows 1000 | rows 1001',
    });
    expect(allOf([notProbed('why'), held]).verdict).toBe('notProbed');
  });
});

describe('figureLine', () => {
  it('passes a figure within 1e-9 relative of the expected one, and fails one outside', () => {
    const expected = 15.898660296996365;
    expect(figureLine('figures', 'TotalNetROI', expected * (1 + 0.9e-9), expected).verdict).toBe('ok');
    expect(figureLine('figures', 'TotalNetROI', expected * (1 + 1.1e-9), expected).verdict).toBe('failed');
  });

  it('compares a text exactly, and fails a text where a number belongs', () => {
    expect(
      figureLine('figures', 'RealROI', 'enter inflation to see it', 'enter inflation to see it').verdict,
    ).toBe('ok');
    expect(figureLine('figures', 'TotalReturn', '1500', 1500).verdict).toBe('failed');
    expect(figureLine('figures', 'TotalReturn', '', 1500)).toMatchObject({ verdict: 'failed', actual: '' });
  });
});

describe('shown', () => {
  it('states numbers with every digit, dates as ISO instants', () => {
    expect(shown(0.1696070952851465)).toBe('0.1696070952851465');
    expect(shown(new Date(Date.UTC(2024, 2, 15)))).toBe('2024-03-15T00:00:00.000Z');
    expect(shown(null)).toBe('');
  });
});

describe('resultsGrid', () => {
  const lines = [
    exactLine('import', t.checks.added, 2449, 2449),
    { ...exactLine('import', t.checks.duplicates, 49, 50) },
    {
      section: 'environment' as const,
      check: t.checks.locale,
      verdict: 'info' as const,
      expected: '',
      actual: 'en_US',
      detail: '',
    },
    { section: 'behaviours' as const, check: 'grid.new-sheet-size', ...observed('1000 × 26', '1000 × 26') },
  ];

  it('heads the sheet with the columns and writes each line in the person’s words', () => {
    const grid = resultsGrid(lines, t);
    expect(grid[0]).toEqual(['Part', 'Check', 'Result', 'Expected', 'Found', 'Detail']);
    expect(grid[1]).toEqual(['Import', 'Rows added', 'ok', "'2449", "'2449", '']);
    expect(grid[2].slice(0, 3)).toEqual(['Import', 'Duplicates skipped', 'FAILED']);
    expect(grid[3].slice(2, 5)).toEqual(['', '', 'en_US']);
    expect(grid[4]).toEqual([
      'Sheets behaviour',
      'grid.new-sheet-size',
      'held',
      "'1000 × 26",
      "'1000 × 26",
      '',
    ]);
  });

  it('counts the problems and the verdicts, facts left out', () => {
    expect(failures(lines)).toBe(1);
    expect(verdicts(lines)).toBe(3);
  });
});
