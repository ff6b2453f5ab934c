/** The one helper that fills `{name}` placeholders of a text, shared by the server and the sharing dialog. */

/** Replaces each `{name}` in `template` with `values[name]`; unknown names stay visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
