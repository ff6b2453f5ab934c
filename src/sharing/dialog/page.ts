/**
 * The sharing dialog's page: asks the server for the rows, shows each cell, its formula and the
 * choice for it, and sends the choices on Apply. Every text from a cell or the server goes on the
 * page as text (h() makes text nodes), so nothing from a cell can become markup.
 */
import { h } from '../../ui/dom';
import type { AsyncServer } from '../../ui/server';
import type { Language } from '../../workbook/answers';
import type { SharingChoice, SharingRow } from './contract';
import {
  freezeLabel,
  noteText,
  reasonText,
  SHARING_DIALOG_MESSAGES,
  type SharingDialogMessages,
} from './i18n';

/** The server functions the dialog calls. */
type AsyncSharingApi = AsyncServer<'getSharingRows' | 'applySharingRewrite'>;

/** The page's fixed elements (see index.html). */
interface Parts {
  intro: HTMLElement;
  list: HTMLElement;
  status: HTMLElement;
  cancel: HTMLButtonElement;
  apply: HTMLButtonElement;
}

function parts(doc: Document): Parts {
  const get = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  return {
    intro: get('intro'),
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

/** One row's box, and how to read the person's choice for it. */
function rowItem(
  t: SharingDialogMessages,
  row: SharingRow,
  n: number,
): { box: HTMLElement; action: () => SharingChoice['action'] } {
  const box = h(
    'div',
    { class: 'item', 'data-row': n },
    h('div', { class: 'cell', 'aria-label': t.cell }, row.cell),
    h('code', { class: 'formula', 'aria-label': t.current }, row.formula),
  );
  if (row.native !== undefined) {
    const rewrite = choice(box, 'checkbox', `rewrite-${n}`, t.rewriteThis);
    rewrite.checked = true;
    box.append(h('code', { class: 'new', 'aria-label': t.becomes }, row.native));
    for (const note of row.notes) box.append(h('div', { class: 'note' }, noteText(t, note)));
    return { box, action: () => (rewrite.checked ? 'rewrite' : 'keep') };
  }
  const reason = row.reason ? reasonText(t, row.reason) : '';
  box.append(h('div', { class: 'reason' }, `${t.cannotRewrite}: ${reason}`));
  const keep = choice(box, 'radio', `choice-${n}`, t.keep);
  keep.checked = true;
  keep.value = 'keep';
  const freeze = choice(box, 'radio', `choice-${n}`, freezeLabel(t, row.value));
  freeze.value = 'freeze';
  freeze.disabled = row.value === null;
  return { box, action: () => (freeze.checked ? 'freeze' : 'keep') };
}

/**
 * Runs the dialog in `doc`: shows the loading text in `initial` language, then the rows in the
 * language the server names. Nothing is sent to the server but the person's choices, on Apply.
 */
export async function startDialog(
  doc: Document,
  api: AsyncSharingApi,
  initial: Language,
  close: () => void,
): Promise<void> {
  const p = parts(doc);
  let t = SHARING_DIALOG_MESSAGES[initial];
  p.cancel.textContent = t.cancel;
  p.cancel.onclick = close;
  p.status.textContent = t.loading;
  let listed: Awaited<ReturnType<AsyncSharingApi['getSharingRows']>>;
  try {
    listed = await api.getSharingRows();
  } catch (error) {
    p.status.textContent = `${t.loadFailed} ${(error as Error).message}`;
    p.cancel.textContent = t.close;
    return;
  }
  t = SHARING_DIALOG_MESSAGES[listed.language] ?? t;
  doc.documentElement.lang = listed.language;
  p.status.textContent = '';
  if (listed.rows.length === 0) {
    p.intro.textContent = t.nothingToDo;
    p.cancel.textContent = t.close;
    return;
  }
  p.intro.textContent = t.intro;
  p.cancel.textContent = t.cancel;
  const items = listed.rows.map((row, n) => rowItem(t, row, n));
  p.list.replaceChildren(...items.map((i) => i.box));
  p.apply.textContent = t.apply;
  p.apply.hidden = false;
  p.apply.onclick = async () => {
    const choices: SharingChoice[] = listed.rows.map((r, n) => ({
      sheetId: r.sheetId,
      row: r.row,
      column: r.column,
      formula: r.formula,
      action: items[n].action(),
    }));
    p.apply.disabled = true;
    p.status.textContent = t.applying;
    try {
      const result = await api.applySharingRewrite(choices);
      p.status.textContent = result.message;
      p.cancel.textContent = t.close;
    } catch (error) {
      p.status.textContent = (error as Error).message;
      p.apply.disabled = false;
    }
  };
}
