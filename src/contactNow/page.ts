/**
 * The "who to contact now" panel (SPEC section 10): asks the server for the contacts due or
 * overdue today and lists them, most urgent first; a contact's name selects its row in the
 * Contacts sheet; "Done today" records the touch and the panel shows the list the server returns.
 * Every text from a cell goes on the page as text (h() makes text nodes), never as markup.
 */
import { messages } from '../i18n';
import { fill } from '../i18n/fill';
import type { Language } from '../i18n/languages';
import type { ContactNowState } from '../server/contactNow';
import { h } from '../ui/dom';
import type { AsyncServer } from '../ui/server';
import type { ContactToTouch } from '../workbook/contactNow';

/** The server functions the panel calls. */
export type ContactNowApi = AsyncServer<'getContactsToTouch' | 'recordTouchToday' | 'selectContactRow'>;

type Texts = ReturnType<typeof messages>['contactNow'];

/** The page's fixed elements (see index.html). */
interface Parts {
  intro: HTMLElement;
  count: HTMLElement;
  list: HTMLElement;
  status: HTMLElement;
  refresh: HTMLButtonElement;
}

function parts(doc: Document): Parts {
  const get = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  return {
    intro: get('intro'),
    count: get('count'),
    list: get('list'),
    status: get('status'),
    refresh: get<HTMLButtonElement>('refresh'),
  };
}

/** Starts the panel: labels in `language` until the server names the user's, then the list. */
export async function startContactNow(
  doc: Document,
  server: ContactNowApi,
  language: Language,
): Promise<void> {
  const p = parts(doc);
  let t: Texts = messages(language).contactNow;
  let busy = false;

  const say = (text: string, error = false) => {
    p.status.textContent = text;
    p.status.classList.toggle('error', error);
  };

  const item = (contact: ContactToTouch): HTMLElement => {
    const state = contact.overdue ? 'overdue' : 'due';
    const when = contact.daysPastDue === null ? t.noDates : fill(t.pastDue, { days: contact.daysPastDue });
    const name = h('button', { type: 'button', class: 'name', title: t.select }, contact.name);
    const done = h('button', { type: 'button', class: 'done' }, t.done);
    name.addEventListener('click', () => {
      server
        .selectContactRow({ row: contact.row, name: contact.name })
        .catch((e: Error) => say(e.message, true));
    });
    done.addEventListener('click', () => {
      void act(async () => {
        const next = await server.recordTouchToday({ row: contact.row, name: contact.name });
        show(next);
        say(fill(t.recorded, { name: contact.name }));
      });
    });
    const meta = [contact.company, contact.stage].filter((x) => x !== '').join(' · ');
    return h(
      'li',
      { class: state, 'data-row': contact.row },
      name,
      meta ? h('div', { class: 'meta' }, meta) : null,
      h('div', { class: 'line' }, h('span', { class: `state ${state}` }, `${t[state]}, ${when}`), done),
    );
  };

  const show = (state: ContactNowState) => {
    t = messages(state.language).contactNow;
    doc.documentElement.lang = state.language;
    p.refresh.textContent = t.refresh;
    p.list.replaceChildren();
    const list = state.list;
    if (list === null) {
      p.intro.textContent = t.noLog;
      p.count.textContent = '';
      return;
    }
    p.intro.textContent = list.due === 0 ? t.none : fill(t.intro, { today: list.today });
    p.count.textContent = list.due === 0 ? '' : fill(t.count, { shown: list.contacts.length, due: list.due });
    p.list.append(...list.contacts.map(item));
  };

  const setDone = (disabled: boolean) => {
    p.list.querySelectorAll<HTMLButtonElement>('button.done').forEach((b) => {
      b.disabled = disabled;
    });
  };

  /** Runs one server exchange at a time, its failure said in the status line. */
  const act = async (work: () => Promise<void>) => {
    if (busy) return;
    busy = true;
    p.refresh.disabled = true;
    setDone(true);
    try {
      await work();
    } catch (e) {
      say((e as Error).message, true);
    } finally {
      busy = false;
      p.refresh.disabled = false;
      setDone(false);
    }
  };

  const load = () =>
    act(async () => {
      say(t.loading);
      show(await server.getContactsToTouch());
      say('');
    });

  p.refresh.textContent = t.refresh;
  p.refresh.addEventListener('click', () => void load());
  await load();
}
