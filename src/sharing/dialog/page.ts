/**
 * The sharing dialog's page: asks the server for the rows, shows how many there are and each
 * cell, its formula and the choice for it, sends the choices on Apply and then shows the rows the
 * server reads afresh. Every text from a cell or the server goes on the page as text (h() makes
 * text nodes), so nothing from a cell can become markup.
 */
import { h } from '../../ui/dom';
import type { AsyncServer, StartDialog } from '../../ui/server';
import type { SharingChoice, SharingRow, SharingRows } from '../contract';
import {
  dialogMessages,
  fill,
  freezeLabel,
  knownLanguage,
  noteText,
  reasonText,
  type SharingDialogMessages,
} from './i18n';

/** The server functions the dialog calls. */
type AsyncSharingApi = AsyncServer<'getSharingRows' | 'applySharingRewrite'>;

/** The page's fixed elements (see index.html). */
interface Parts {
  intro: HTMLElement;
  count: HTMLElement;
  tools: HTMLElement;
  all: HTMLButtonElement;
  none: HTMLButtonElement;
  list: HTMLElement;
  status: HTMLElement;
  cancel: HTMLButtonElement;
  apply: HTMLButtonElement;
}

function parts(doc: Document): Parts {
  const get = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  return {
    intro: get('intro'),
    count: get('count'),
    tools: get('tools'),
    all: get<HTMLButtonElement>('all'),
    none: get<HTMLButtonElement>('none'),
    list: get('list'),
    status: get('status'),
    cancel: get<HTMLButtonElement>('cancel'),
    apply: get<HTMLButtonElement>('apply'),
  };
}

/** A labelled checkbox or radio button; returns the input. */
function choice(
  parent: HTMLElement,
  type: 'checkbox' | 'radio',
  name: string,
  label: string,
): HTMLInputElement {
  const input = h('input', { type, name });
  parent.append(h('label', {}, input, ` ${label}`), h('br'));
  return input;
}

/** One row's box, how to read the person's choice for it, and how Select all / none set it. */
interface Item {
  box: HTMLElement;
  action: () => SharingChoice['action'];
  select: (on: boolean) => void;
}

function rowItem(t: SharingDialogMessages, row: SharingRow, n: number): Item {
  const box = h(
    'div',
    { class: 'item', 'data-row': n },
    h('div', { class: 'cell', 'aria-label': t.cell }, row.cell),
    h('code', { class: 'formula', 'aria-label': t.current }, row.formula),
  );
  if (row.valueOnly && row.value !== null) {
    // The rewrite would be the very number the cell shows: offered as what it is, its value.
    const freeze = choice(box, 'checkbox', `freeze-${n}`, freezeLabel(t, row.value));
    freeze.checked = true;
    return {
      box,
      action: () => (freeze.checked ? 'freeze' : 'keep'),
      select: (on) => {
        freeze.checked = on;
      },
    };
  }
  if (row.native !== undefined) {
    const rewrite = choice(box, 'checkbox', `rewrite-${n}`, t.rewriteThis);
    rewrite.checked = true;
    box.append(h('code', { class: 'new', 'aria-label': t.becomes }, row.native));
    for (const note of row.notes) box.append(h('div', { class: 'note' }, noteText(t, note)));
    return {
      box,
      action: () => (rewrite.checked ? 'rewrite' : 'keep'),
      select: (on) => {
        rewrite.checked = on;
      },
    };
  }
  const heading = row.reason?.code === 'showsError' ? t.errorNow : t.cannotRewrite;
  const reason = row.reason ? reasonText(t, row.reason) : '';
  box.append(h('div', { class: 'reason' }, `${heading}: ${reason}`));
  if (row.value === null) {
    // Nothing to freeze to: no choice is offered, the formula stays.
    box.append(h('div', { class: 'stays' }, t.stays));
    return { box, action: () => 'keep', select: () => {} };
  }
  const keep = choice(box, 'radio', `choice-${n}`, t.keep);
  keep.checked = true;
  keep.value = 'keep';
  const freeze = choice(box, 'radio', `choice-${n}`, freezeLabel(t, row.value));
  freeze.value = 'freeze';
  return {
    box,
    action: () => (freeze.checked ? 'freeze' : 'keep'),
    // Select all never freezes (that replaces a formula by a number); Select none keeps every formula.
    select: (on) => {
      if (!on) keep.checked = true;
    },
  };
}

/**
 * Runs the dialog in `doc`: shows the loading text in `initial` language, then the rows in the
 * language the server names (English when the page does not know it). Nothing is sent to the
 * server but the person's choices, on Apply; after Apply the rows are read again from the server.
 */
export const startDialog: StartDialog<AsyncSharingApi> = async (doc, api, initial, close) => {
  const p = parts(doc);
  let t = dialogMessages(initial);
  p.cancel.textContent = t.cancel;
  p.cancel.onclick = close;

  /** Asks the server for the rows; on failure says so and offers only Close. */
  const load = async (): Promise<SharingRows | null> => {
    try {
      return await api.getSharingRows();
    } catch (error) {
      p.status.textContent = `${p.status.textContent ? `${p.status.textContent} ` : ''}${t.loadFailed} ${(error as Error).message}`;
      p.cancel.textContent = t.close;
      p.apply.hidden = true;
      return null;
    }
  };

  /** `applied`: Apply has just run, so it stays off until the person chooses something again. */
  const render = (rows: SharingRow[], applied = false): void => {
    p.all.textContent = t.selectAll;
    p.none.textContent = t.selectNone;
    if (rows.length === 0) {
      p.intro.textContent = t.nothingToDo;
      p.count.textContent = '';
      p.tools.hidden = true;
      p.list.replaceChildren();
      p.apply.hidden = true;
      p.cancel.textContent = t.close;
      return;
    }
    p.intro.textContent = t.intro;
    p.count.textContent = fill(t.count, { count: rows.length });
    const items = rows.map((row, n) => rowItem(t, row, n));
    p.list.replaceChildren(...items.map((i) => i.box));
    p.tools.hidden = false;
    const chosen = () => {
      p.apply.disabled = false;
    };
    p.list.onchange = chosen;
    p.all.onclick = () => {
      for (const i of items) i.select(true);
      chosen();
    };
    p.none.onclick = () => {
      for (const i of items) i.select(false);
      chosen();
    };
    p.apply.textContent = t.apply;
    p.apply.hidden = false;
    p.apply.disabled = applied;
    p.apply.onclick = async () => {
      const choices: SharingChoice[] = rows.map((r, n) => ({
        sheet: r.sheet,
        row: r.row,
        column: r.column,
        formula: r.formula,
        action: items[n].action(),
      }));
      p.apply.disabled = true;
      p.status.textContent = t.applying;
      let message: string;
      try {
        message = (await api.applySharingRewrite(choices)).message;
      } catch (error) {
        p.status.textContent = (error as Error).message;
        p.apply.disabled = false;
        return;
      }
      p.status.textContent = message;
      p.cancel.textContent = t.close;
      // What the sheets hold now, read by the server: rewritten cells are gone, restored ones back.
      const fresh = await load();
      if (fresh) render(fresh.rows, true);
    };
  };

  p.status.textContent = t.loading;
  const listed = await load();
  if (!listed) return;
  t = dialogMessages(listed.language);
  doc.documentElement.lang = knownLanguage(listed.language);
  p.status.textContent = '';
  p.cancel.textContent = t.cancel;
  render(listed.rows);
};
