/**
 * The one helper that fills `{name}` placeholders, for every text of the add-on: a sentence's values
 * at run time, and the facts a whole table names (src/i18n/facts) when it is read.
 */

/** Values by placeholder name. */
export type FillValues = Readonly<Record<string, string | number>>;

/** Replaces each `{name}` in `template` with `values[name]`; unknown names stay visible. */
export function fill(template: string, values: FillValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A text table (texts, lists of texts, groups of them) with `values` filled into every text. */
export function fillTable<T>(table: T, values: FillValues): T {
  if (typeof table === 'string') return fill(table, values) as T;
  if (Array.isArray(table)) return table.map((item) => fillTable(item, values)) as T;
  if (typeof table === 'object' && table !== null)
    return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, fillTable(v, values)])) as T;
  return table;
}

/** The names of the `{name}` placeholders of a text, in order. */
export function placeholders(text: string): string[] {
  const names: string[] = [];
  text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    names.push(name);
    return whole;
  });
  return names;
}
