// The self-test's generated import: what it claims the import makes of the file, checked against
// the import's own pure checks (the code the server runs on each batch), batch after batch.

import { checkRows, DuplicateIndex } from '../../src/import/check';
import { MAX_BATCH_ROWS } from '../../src/import/contract';
import { recognizeHeader } from '../../src/import/header';
import { generatedImport, SELF_TEST_CONTACTS } from '../../src/selftest/contacts';
import { CONVERTED_STAGES, LOG_ROWS } from '../../src/workbook/contactsLog';

describe('generatedImport', () => {
  const { batches, expected } = generatedImport();

  it('sends 2,500 rows, more than the log prepares, in batches the server takes', () => {
    expect(SELF_TEST_CONTACTS).toBe(2500);
    expect(SELF_TEST_CONTACTS).toBeGreaterThan(LOG_ROWS);
    expect(batches.map((b) => b.rows.length)).toEqual([MAX_BATCH_ROWS, SELF_TEST_CONTACTS - MAX_BATCH_ROWS]);
    expect(batches.flatMap((b) => b.lines)).toEqual(
      Array.from({ length: SELF_TEST_CONTACTS }, (_, i) => i + 2),
    );
  });

  it('is a CSV file the import recognises', () => {
    expect(recognizeHeader(batches[0].header)?.source).toBe('csv');
  });

  it('gives the import exactly the counts it claims: rows added, duplicates, lines reported', () => {
    const seen = DuplicateIndex.of([]);
    const found = { added: 0, duplicates: 0, problems: [] as string[], stages: [] as string[] };
    for (const batch of batches) {
      const map = recognizeHeader(batch.header)!;
      const checked = checkRows(map, batch.header, batch.rows, batch.lines!, seen);
      found.added += checked.rows.length;
      found.duplicates += checked.duplicates;
      found.problems.push(...checked.problems.map((p) => p.code));
      found.stages.push(...checked.rows.map((r) => String(r.stage)));
    }
    // By construction: every 50th row repeats the email before it, one row's notes pass a cell's
    // 50,000 characters, and the rows numbered …37 carry a deal value above the log's bound.
    expect(expected).toMatchObject({ added: 2449, duplicates: 50, problems: 26 });
    expect(found.added).toBe(expected.added);
    expect(found.duplicates).toBe(expected.duplicates);
    expect(found.problems.length).toBe(expected.problems);
    expect(found.problems.filter((c) => c === 'outOfBounds')).toHaveLength(25);
    expect(found.problems.filter((c) => c === 'tooLong')).toHaveLength(1);
    // The log's figures as the rows the import keeps give them.
    const converted = found.stages.filter((s) => (CONVERTED_STAGES as string[]).includes(s)).length;
    expect(expected.logConversionRate).toBeCloseTo(converted / found.added, 12);
    expect(expected.followUpsDue).toBe(found.stages.filter((s) => s !== 'lost').length);
  });

  it('writes every date met in one of the three forms the import reads, all in 2023', () => {
    const seen = DuplicateIndex.of([]);
    const dates = batches.flatMap((b) =>
      checkRows(recognizeHeader(b.header)!, b.header, b.rows, b.lines!, seen).rows.map((r) => r.dateMet),
    );
    expect(dates.every((d) => d?.startsWith('2023-'))).toBe(true);
    const forms = [/^\d{4}-\d\d-\d\d$/, /^\d{1,2}\.\d{1,2}\.\d{4}$/, /^\d{1,2} [A-Z][a-z]{2} \d{4}$/];
    const written = batches.flatMap((b) => b.rows.map((r) => r[b.header.indexOf('Date met')]));
    const counts = forms.map((form) => written.filter((d) => form.test(d)).length);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(written.length);
  });
});
