/**
 * The pages' shared DOM helpers (sidebar, sharing dialog): a tiny element builder. Children that
 * are strings become text nodes, never HTML, so text from the server or from a person cannot
 * become markup or run script.
 */

/** An attribute value: a string, `true` for a bare attribute, `false`/`undefined` to leave it out. */
export type Attr = string | number | boolean | undefined;

/** A child: a node, text, or nothing (skipped, for conditional parts). */
export type Child = Node | string | null | undefined | false;

/** Makes an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, Attr> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** An id usable in HTML for a field path ("profile.months" → "f-profile-months"). */
export function fieldId(path: string, suffix = ''): string {
  return `f-${path.replace(/\./g, '-')}${suffix}`;
}
