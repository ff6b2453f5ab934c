/**
 * Pure rewrites of formula text: renaming quoted sheet references and converting the plan's
 * comma separators for comma-decimal locales. Both scan the formula once and leave string
 * literals ("a,b") and quoted sheet names ('Plan, 2027') untouched.
 */
import { quoteSheetName } from './a1';

type Piece = { kind: 'code' | 'string'; text: string } | { kind: 'sheet'; name: string; text: string };

/** Cuts a formula into code, string literals and quoted sheet names (with their raw text). */
function pieces(formula: string): Piece[] {
  const out: Piece[] = [];
  let code = '';
  let i = 0;
  const flush = () => {
    if (code) out.push({ kind: 'code', text: code });
    code = '';
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      flush();
      let j = i + 1;
      let name = '';
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) {
            name += ch;
            j += 2;
            continue;
          }
          break;
        }
        name += formula[j];
        j += 1;
      }
      const text = formula.slice(i, j + 1);
      out.push(ch === '"' ? { kind: 'string', text } : { kind: 'sheet', name, text });
      i = j + 1;
      continue;
    }
    code += ch;
    i += 1;
  }
  flush();
  return out;
}

/** Case-insensitive lookup, because Sheets treats sheet names that differ only in case as one. */
function lookup(renames: ReadonlyMap<string, string>, name: string): string | undefined {
  const direct = renames.get(name);
  if (direct !== undefined) return direct;
  const lower = name.toLowerCase();
  for (const [from, to] of renames) if (from.toLowerCase() === lower) return to;
  return undefined;
}

/**
 * Rewrites every quoted sheet reference `'Old'!` to `'New'!` for the sheets in `renames`. Works on
 * formulas and on plain range texts ("'Plan'!A1:B9"); unquoted names are left alone because the
 * plan always quotes them.
 */
export function renameSheetReferences(text: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0 || !text.includes("'")) return text;
  const parts = pieces(text);
  return parts
    .map((p, k) => {
      if (p.kind !== 'sheet') return p.text;
      const next = parts[k + 1];
      const followedByBang = next !== undefined && next.kind === 'code' && next.text.startsWith('!');
      const to = followedByBang ? lookup(renames, p.name) : undefined;
      return to === undefined ? p.text : quoteSheetName(to);
    })
    .join('');
}

/** True when the formula has a comma outside strings and sheet names (so separators matter). */
export function hasCommaSeparator(formula: string): boolean {
  return pieces(formula).some((p) => p.kind === 'code' && p.text.includes(','));
}

/**
 * The formula as comma-decimal locales (Russian, Finnish, German...) type it: argument separators
 * `,` become `;`; inside array literals the column separator `,` becomes `\` (the row separator
 * `;` stays); decimal points in number literals become commas (`0.5` → `0,5`). Function names stay
 * English. Strings and quoted sheet names are copied as they are.
 */
export function toSemicolonSeparators(formula: string): string {
  let depth = 0;
  let prev = '';
  return pieces(formula)
    .map((p) => {
      if (p.kind !== 'code') {
        prev = p.text[p.text.length - 1];
        return p.text;
      }
      let out = '';
      const t = p.text;
      for (let i = 0; i < t.length; i += 1) {
        const ch = t[i];
        if (ch === '{') depth += 1;
        else if (ch === '}') depth = Math.max(0, depth - 1);
        if (ch === ',') {
          out += depth > 0 ? '\\' : ';';
        } else if (ch >= '0' && ch <= '9' && !/[A-Za-z0-9_.$]/.test(prev)) {
          // A number literal starts here (not the row part of a reference like A1): copy its digits
          // and turn its decimal point into a comma.
          let j = i;
          while (j < t.length && /[0-9]/.test(t[j])) j += 1;
          if (t[j] === '.' && /[0-9]/.test(t[j + 1] ?? '')) {
            out += `${t.slice(i, j)},`;
            i = j;
            prev = ',';
            continue;
          }
          out += t.slice(i, j);
          i = j - 1;
          prev = t[j - 1];
          continue;
        } else {
          out += ch;
        }
        prev = ch;
      }
      return out;
    })
    .join('');
}
