/**
 * What an import of a file would do, before anything is written (SPEC section 7): decode, parse and
 * check against the rows already in the log. The dialog shows it; the bench times it. Pure.
 */
import { checkRows, DuplicateIndex } from './check';
import { type ImportBatch, MAX_BATCH_ROWS } from './contract';
import { type ParsedFile, parseCsv, type UnreadableFile } from './csv';
import { decodeBytes, type ImportEncoding } from './decode';
import type { LineProblem } from './i18n';

/** A file the import can read, with its counts, or why it cannot be read at all. */
export type FilePreview =
  | (UnreadableFile & { encoding: ImportEncoding })
  | {
      kind: 'ready';
      encoding: ImportEncoding;
      file: ParsedFile;
      toAdd: number;
      duplicates: number;
      /** Every line reported, by line number. */
      problems: LineProblem[];
    };

/** The preview of a file's bytes against the log's rows `[name, company, contact]`. */
export function previewFile(bytes: Uint8Array, existing: ReadonlyArray<ReadonlyArray<unknown>>): FilePreview {
  const { text, encoding } = decodeBytes(bytes);
  const file = parseCsv(text);
  if (file.kind === 'unreadable') return { ...file, encoding };
  const checked = checkRows(file.map, file.header, file.rows, file.lines, DuplicateIndex.of(existing));
  const problems = [...file.problems, ...checked.problems].sort((a, b) => a.line - b.line);
  return {
    kind: 'ready',
    encoding,
    file,
    toAdd: checked.rows.length,
    duplicates: checked.duplicates,
    problems,
  };
}

/** The file's rows as the batches `importContacts` takes, at most MAX_BATCH_ROWS rows each. */
export function batchesOf(file: ParsedFile, size = MAX_BATCH_ROWS): ImportBatch[] {
  const batches: ImportBatch[] = [];
  for (let i = 0; i < file.rows.length; i += size) {
    batches.push({
      source: file.map.source,
      header: file.header,
      rows: file.rows.slice(i, i + size),
      lines: file.lines.slice(i, i + size),
    });
  }
  return batches;
}
