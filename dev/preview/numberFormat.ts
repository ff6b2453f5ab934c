// Shows a computed value the way a Sheets number format pattern would, for the common patterns
// a workbook plan uses (decimals, thousands, percent, currency text, months); not a full engine.

/** Days between Sheets' day 0 (1899-12-30) and the Unix epoch. */
const EPOCH_SERIAL = 25569;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How a locale writes numbers: what Sheets' `.` and `,` in a pattern become, and month names. */
export interface NumberSymbols {
  decimal: string;
  group: string;
  /** BCP 47 tag for month names; English names when absent. */
  tag?: string;
}

/** en_US: the symbols of a pattern as written. */
export const EN_SYMBOLS: NumberSymbols = { decimal: '.', group: ',' };

/** Digits written in en-US style ("1,234.5") in the locale's symbols. */
function localDigits(text: string, symbols: NumberSymbols): string {
  if (symbols.decimal === '.' && symbols.group === ',') return text;
  return text.replace(/[.,]/g, (ch) => (ch === '.' ? symbols.decimal : symbols.group));
}

function monthName(month: number, long: boolean, symbols: NumberSymbols): string {
  if (!symbols.tag) return long ? MONTHS[month] : MONTHS[month].slice(0, 3);
  const date = new Date(Date.UTC(2001, month, 1));
  return new Intl.DateTimeFormat(symbols.tag, { month: long ? 'long' : 'short', timeZone: 'UTC' }).format(
    date,
  );
}

/** A section without its literal text: what is left decides how the number is drawn. */
function stripLiterals(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
}

/** Replaces the digit part of a section with `digits`, keeping its literal text ("€", "[$€]"). */
function withLiterals(section: string, digits: string): string {
  const parts: string[] = [];
  let placed = false;
  const re = /"([^"]*)"|\[\$([^\]-]*)(?:-[^\]]*)?\]|\[[^\]]*\]|\\(.)|([#0?,.]+(?:[eE][+-]0+)?)|(.)/g;
  for (const m of section.matchAll(re)) {
    if (m[1] !== undefined) parts.push(m[1]);
    else if (m[2] !== undefined) parts.push(m[2]);
    else if (m[3] !== undefined) parts.push(m[3]);
    else if (m[4] !== undefined) {
      if (!placed) parts.push(digits);
      placed = true;
    } else if (m[5] !== undefined && m[5] !== '_' && m[5] !== '*') parts.push(m[5]);
  }
  return parts.join('');
}

function formatDate(serial: number, section: string, symbols: NumberSymbols): string {
  const date = new Date(Math.round((serial - EPOCH_SERIAL) * 86400000));
  const y = date.getUTCFullYear();
  const mo = date.getUTCMonth();
  const d = date.getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return section.replace(/"([^"]*)"/g, '$1').replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case 'yyyy':
        return String(y);
      case 'yy':
        return pad(y % 100);
      case 'mmmm':
        return monthName(mo, true, symbols);
      case 'mmm':
        return monthName(mo, false, symbols);
      case 'mm':
        return pad(mo + 1);
      case 'm':
        return String(mo + 1);
      case 'dd':
        return pad(d);
      default:
        return String(d);
    }
  });
}

/** Sheets' automatic format: up to 10 significant digits, no trailing zeros. */
function automatic(value: number, symbols: NumberSymbols): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const text = Number(value.toPrecision(10)).toString();
  return (text.includes('e') ? value.toExponential(2).toUpperCase() : text).replace('.', symbols.decimal);
}

function formatNumber(value: number, section: string, symbols: NumberSymbols): string {
  const code = stripLiterals(section);
  if (/[ymd]/i.test(code) && !/[#0]/.test(code)) return formatDate(value, section, symbols);
  const percent = code.includes('%');
  const shown = percent ? value * 100 : value;
  const decimals = /\.([0#]+)/.exec(code)?.[1].length ?? 0;
  const grouping = /[#0],[#0]/.test(code);
  const digits = Math.abs(shown).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
  return withLiterals(section, localDigits(digits, symbols));
}

/**
 * The text a cell shows for `value` under the number format `pattern` (Sheets syntax, with up
 * to three `;` sections: positive; negative; zero) in a locale's symbols (en_US unless given: a
 * pattern's `,` and `.` are the locale's group and decimal marks, as in Sheets). Text, booleans
 * and blanks show as themselves.
 */
export function formatValue(
  value: number | string | boolean | null,
  pattern?: string | null,
  symbols: NumberSymbols = EN_SYMBOLS,
): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!pattern || pattern === 'General' || pattern === '@') return automatic(value, symbols);
  const sections = pattern.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (value < 0 && sections.length > 1) return formatNumber(-value, sections[1], symbols);
  if (value === 0 && sections.length > 2) return formatNumber(0, sections[2], symbols);
  const text = formatNumber(value, sections[0], symbols);
  const isZeroShown = /^[^1-9]*$/.test(text);
  return value < 0 && !isZeroShown ? `-${text}` : text;
}
