/**
 * Parsing a CSV text for the import (SPEC section 7) with papaparse: `,` or `;` delimiter, quoted
 * fields with delimiters and line breaks, empty lines, and lines of notes before the header (as
 * LinkedIn's Connections.csv has). Every row keeps the file line it starts on. Pure.
 */
import Papa from 'papaparse';
import { type HeaderMap, recognizeHeader } from './header';
import type { LineProblem, ProblemCode } from './i18n';

/** A parsed file: its header, the rows below it, and the line where each row starts. */
export interface ParsedFile {
  kind: 'parsed';
  delimiter: ',' | ';';
  header: string[];
  headerLine: number;
  map: HeaderMap;
  rows: string[][];
  lines: number[];
  /** Lines that cannot be split into cells (an unclosed quote); they are not in `rows`. */
  problems: LineProblem[];
}

/** A file that cannot be imported at all, and why. */
export interface UnreadableFile {
  kind: 'unreadable';
  code: Extract<ProblemCode, 'empty' | 'noHeader'>;
}

/** Records at the top of the file in which the header is looked for. */
const HEADER_SEARCH_ROWS = 30;

interface Record_ {
  cells: string[];
  line: number;
  quotes: boolean;
}

/**
 * Line breaks in `text` from `start` up to `end`, as a text editor counts lines: CRLF, a bare LF
 * and a bare CR each end one. A quoted field may hold a break of another kind than the file's rows
 * (Excel writes Alt+Enter as a bare LF inside a CRLF file), and every later line number counts it.
 */
function lineBreaks(text: string, start: number, end: number): number {
  let n = 0;
  for (let at = start; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) n++;
  }
  return n;
}

/** Every record of `text` split on `delimiter`, with the line each starts on; stops after `limit`. */
function records(text: string, delimiter: string, limit = Infinity): Record_[] {
  const out: Record_[] = [];
  let start = 0;
  let line = 1;
  const parser = Papa.parse<string[]>(text, {
    delimiter,
    step: (result, p) => {
      out.push({
        cells: result.data,
        line,
        quotes: result.errors.some((e) => e.type === 'Quotes'),
      });
      const end = result.meta.cursor;
      line += lineBreaks(text, start, end);
      start = end;
      if (out.length >= limit) p.abort();
    },
  });
  void parser;
  return out;
}

/** The header row in the first records, if any. */
function findHeader(rows: Record_[]): { index: number; map: HeaderMap } | null {
  for (let i = 0; i < rows.length; i++) {
    const map = rows[i].quotes ? null : recognizeHeader(rows[i].cells);
    if (map) return { index: i, map };
  }
  return null;
}

/**
 * Parses a decoded file. The delimiter is the one (`,` or `;`) under which a header row is found
 * among the first lines; with both, the one whose header names more fields. Blank rows are dropped.
 */
export function parseCsv(text: string): ParsedFile | UnreadableFile {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { kind: 'unreadable', code: 'empty' };
  let best: { delimiter: ',' | ';'; index: number; map: HeaderMap } | null = null;
  for (const delimiter of [',', ';'] as const) {
    const found = findHeader(records(body, delimiter, HEADER_SEARCH_ROWS));
    if (!found) continue;
    const fields = Object.keys(found.map.columns).length;
    if (!best || fields > Object.keys(best.map.columns).length) best = { delimiter, ...found };
  }
  if (!best) return { kind: 'unreadable', code: 'noHeader' };
  const all = records(body, best.delimiter);
  const header = all[best.index].cells;
  const parsed: ParsedFile = {
    kind: 'parsed',
    delimiter: best.delimiter,
    header,
    headerLine: all[best.index].line,
    map: best.map,
    rows: [],
    lines: [],
    problems: [],
  };
  for (const r of all.slice(best.index + 1)) {
    if (r.quotes) parsed.problems.push({ line: r.line, code: 'quotes', params: {} });
    else if (r.cells.some((c) => c.trim() !== '')) {
      parsed.rows.push(r.cells);
      parsed.lines.push(r.line);
    }
  }
  return parsed;
}
