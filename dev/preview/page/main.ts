// The preview page: draws the fake spreadsheet (tabs, grid, formula bar, charts), the add-on
// menu under Extensions, the sidebar and modal dialogs; every change goes through the preview
// server, which answers with what changed in the part of the sheet this page shows.

import type { EditRequest, PreviewMeta, PreviewUpdate, ShownPage } from '../server';
import { MESSAGE_SOURCE } from '../shim';
import type { EditOutcome } from '../workbook';
import { a1, Grid } from './grid';
import { TabBar } from './tabs';

/** A dialog's size when the add-on set none (the preview's choice; Sheets picks its own). */
const DEFAULT_DIALOG = { width: 600, height: 400 };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const nameBox = $('name-box');
const formulaInput = $<HTMLInputElement>('formula-input');
const cellError = $('cell-error');
const gridScroll = $('grid-scroll');
const sidebar = $('sidebar');
const sidebarFrame = $<HTMLIFrameElement>('sidebar-frame');
const toast = $('toast');
const alertDialog = $<HTMLDialogElement>('alert');
const modal = $<HTMLDialogElement>('modal');
const modalFrame = $<HTMLIFrameElement>('modal-frame');
const confirmDialog = $<HTMLDialogElement>('confirm');
const dropdownMenu = $('dropdown-menu');
const localeSelect = $<HTMLSelectElement>('locale');

/** This page load's name with the server, which remembers what it sent to it. */
const pageId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

let meta: PreviewMeta | null = null;
let activeSheet = '';
let sidebarUrl = '';
let sidebarClosed = false;
let dialogUrl = '';
/** Alerts waiting for the one on screen to be closed (Sheets shows them one at a time). */
const pendingAlerts: Array<{ title: string | null; text: string }> = [];
let toastTimer = 0;

async function api<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as T;
}

function showToast(title: string | undefined, message: string): void {
  toast.replaceChildren();
  if (title) {
    const b = document.createElement('b');
    b.textContent = title;
    toast.append(b);
  }
  toast.append(message);
  toast.hidden = false;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => {
    toast.hidden = true;
  }, 6000);
}

function showAlert(title: string | null, text: string): void {
  if (alertDialog.open) {
    pendingAlerts.push({ title, text });
    return;
  }
  $('alert-title').textContent = title ?? '';
  $('alert-text').textContent = text;
  alertDialog.showModal();
}

alertDialog.addEventListener('close', () => {
  const next = pendingAlerts.shift();
  if (next) showAlert(next.title, next.text);
});

/** Sheets' "Edit anyway?" for a warning-only protection: resolves true for OK. */
function askToEdit(title: string, message: string): Promise<boolean> {
  $('confirm-title').textContent = title;
  $('confirm-text').textContent = message;
  confirmDialog.returnValue = '';
  confirmDialog.showModal();
  $('confirm-ok').focus();
  return new Promise((resolve) => {
    confirmDialog.addEventListener('close', () => resolve(confirmDialog.returnValue === 'ok'), {
      once: true,
    });
  });
}

/** Runs a menu item's function on the server, as choosing it in Sheets does. */
async function runMenuItem(functionName: string): Promise<void> {
  closeMenus();
  const result = await api<{ ok: boolean; error?: string }>('POST', '/api/run', {
    name: functionName,
    args: [],
  });
  if (!result.ok) showToast('Error', result.error ?? 'The script failed.');
  if (functionName === 'showWizard') sidebarClosed = false;
  await refresh();
}

function closeMenus(): void {
  document.querySelectorAll('.menu.open, .submenu.open').forEach((open) => {
    open.classList.remove('open');
  });
}

function renderMenuBar(s: PreviewMeta): void {
  const bar = $('menu-bar');
  bar.replaceChildren();
  for (const name of ['File', 'Edit', 'View', 'Insert', 'Format', 'Data', 'Tools', 'Extensions', 'Help']) {
    const menu = document.createElement('div');
    menu.className = 'menu';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = name;
    menu.append(button);
    if (name !== 'Extensions') {
      button.disabled = true;
      button.title = 'Not part of the preview';
    } else {
      const dropdown = document.createElement('div');
      dropdown.className = 'dropdown';
      for (const label of ['Add-ons', 'Macros', 'Apps Script']) {
        const item = document.createElement('button');
        item.className = 'item';
        item.disabled = true;
        item.textContent = label;
        dropdown.append(item);
      }
      dropdown.append(document.createElement('hr'));
      const sub = document.createElement('div');
      sub.className = 'submenu';
      const subButton = document.createElement('button');
      subButton.type = 'button';
      subButton.className = 'item';
      subButton.textContent = s.addonName;
      subButton.append(Object.assign(document.createElement('span'), { textContent: '▸' }));
      subButton.addEventListener('click', () => sub.classList.toggle('open'));
      subButton.addEventListener('mouseenter', () => sub.classList.add('open'));
      const items = document.createElement('div');
      items.className = 'dropdown submenu-list';
      items.setAttribute('role', 'menu');
      for (const entry of s.menu) {
        if (entry === 'separator') {
          items.append(document.createElement('hr'));
          continue;
        }
        const item = document.createElement('button');
        item.type = 'button';
        item.className = 'item';
        item.setAttribute('role', 'menuitem');
        item.dataset.function = entry.functionName;
        item.textContent = entry.caption;
        item.addEventListener('click', () => void runMenuItem(entry.functionName));
        items.append(item);
      }
      sub.append(subButton, items);
      dropdown.append(sub);
      menu.append(dropdown);
      button.addEventListener('click', (e) => {
        e.stopPropagation();
        const open = menu.classList.contains('open');
        closeMenus();
        if (!open) menu.classList.add('open');
      });
      dropdown.addEventListener('click', (e) => e.stopPropagation());
    }
    bar.append(menu);
  }
}

const grid = new Grid(gridScroll, {
  selected: (row, column) => select(row, column),
  editInCell: (td, row, column) => editInCell(td, row, column),
  write: (input, row, column) => void commit(input, row, column, false),
  openDropdown: (td, values, row, column) => openDropdown(td, values, row, column),
  needsWindow: () => void refresh(),
});

const tabBar = new TabBar(
  {
    strip: $('tabs'),
    allSheets: $<HTMLButtonElement>('all-sheets'),
    left: $<HTMLButtonElement>('tabs-left'),
    right: $<HTMLButtonElement>('tabs-right'),
    list: $('sheet-list'),
  },
  (name) => showSheet(name),
);

/** Shows another sheet: the grid starts empty and the server sends that sheet's window. */
function showSheet(name: string): void {
  if (name === activeSheet) return;
  activeSheet = name;
  grid.clear();
  showSelection();
  if (meta)
    tabBar.render(
      meta.sheets.map((s) => s.name),
      activeSheet,
    );
  void refresh();
}

/** The menu of a dropdown's values under its cell; choosing one writes it. */
function openDropdown(td: HTMLElement, values: string[], row: number, column: number): void {
  dropdownMenu.replaceChildren();
  for (const value of values) {
    const item = document.createElement('button');
    item.type = 'button';
    item.className = 'option';
    item.setAttribute('role', 'option');
    item.textContent = value;
    item.addEventListener('click', (e) => {
      e.stopPropagation();
      dropdownMenu.hidden = true;
      void commit(value, row, column, false);
    });
    dropdownMenu.append(item);
  }
  const box = td.getBoundingClientRect();
  dropdownMenu.style.left = `${box.left}px`;
  dropdownMenu.style.top = `${box.bottom}px`;
  dropdownMenu.style.minWidth = `${box.width}px`;
  dropdownMenu.hidden = false;
}

function showSelection(): void {
  const { row, column } = grid.selection;
  const cell = grid.cellAt(row, column);
  nameBox.textContent = a1(row, column);
  if (document.activeElement !== formulaInput) formulaInput.value = cell?.input ?? '';
  if (cell?.error) {
    cellError.replaceChildren(
      Object.assign(document.createElement('b'), { textContent: cell.text }),
      cell.error,
    );
    cellError.hidden = false;
  } else {
    cellError.hidden = true;
  }
}

function select(row: number, column: number): void {
  grid.select(row, column);
  formulaInput.blur();
  showSelection();
}

/**
 * Every request that answers with an update goes through this one queue, so updates are applied
 * in the order the server made them (it remembers what it sent this page).
 */
let queue: Promise<unknown> = Promise.resolve();
function queued<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** What this page shows, for the server to answer with what changed in it. */
function viewRequest() {
  const sheetId = activeSheet === '' ? initialSheetId() : undefined;
  return {
    page: pageId,
    ...(activeSheet ? { sheet: activeSheet } : {}),
    ...(sheetId === undefined ? {} : { sheetId }),
    window: grid.frame ? grid.wantedWindow() : undefined,
  };
}

/** The sheet id in the address (`#gid=…`, as Sheets keeps it), which a reload opens again. */
function initialSheetId(): number | undefined {
  const gid = /(?:^#|&)gid=(\d+)/.exec(location.hash);
  return gid ? Number(gid[1]) : undefined;
}

/** Sends an edit; a warning-only protection's "Edit anyway?" is asked here and the edit resent. */
async function sendEdit(input: string, row: number, column: number): Promise<EditOutcome | null> {
  type Answer = { ok: boolean; error?: string; outcome?: EditOutcome; update?: PreviewUpdate };
  // The cell belongs to the sheet shown now; the view sent with it is the one shown when it leaves.
  const target = activeSheet;
  const post = (confirmed: boolean) =>
    queued(async () => {
      const body: EditRequest = { ...viewRequest(), target, cell: a1(row, column), input, confirmed };
      const answer = await api<Answer>('POST', '/api/edit', body);
      if (answer.update) apply(answer.update, body.sheet);
      return answer;
    });
  let result = await post(false);
  if (result.ok && result.outcome?.kind === 'confirm') {
    if (!(await askToEdit(result.outcome.title, result.outcome.message))) return null;
    result = await post(true);
  }
  if (!result.ok) {
    showToast('Error', result.error ?? 'The edit failed.');
    return null;
  }
  return result.outcome ?? null;
}

/**
 * Writes what a person typed (or picked, or ticked) into a cell, then moves down after typing as
 * Sheets does; input a rule rejects is refused with Sheets' message and the cell stays as it was.
 */
async function commit(input: string, row: number, column: number, moveDown = true): Promise<void> {
  formulaInput.blur();
  const outcome = await sendEdit(input, row, column);
  if (outcome?.kind === 'rejected') showAlert(outcome.title, outcome.message);
  else if (outcome?.kind === 'done' && moveDown) select(row + 1, column);
  showSelection();
}

function editInCell(td: HTMLTableCellElement, row: number, column: number): void {
  const editor = document.createElement('input');
  editor.className = 'cell-editor';
  editor.value = grid.cellAt(row, column)?.input ?? '';
  td.replaceChildren(editor);
  editor.focus();
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void commit(editor.value, row, column);
    if (e.key === 'Escape') grid.render();
  });
  editor.addEventListener('blur', () => grid.render());
}

function renderLocale(s: PreviewMeta): void {
  if (localeSelect.options.length !== s.locales.length) {
    localeSelect.replaceChildren(
      ...s.locales.map((l) =>
        Object.assign(document.createElement('option'), { value: l.code, textContent: l.label }),
      ),
    );
  }
  localeSelect.value = s.locale;
  document.body.dataset.locale = s.locale;
}

/** File → Settings → Locale: the server switches, the add-on reopens in the locale's language. */
localeSelect.addEventListener('change', async () => {
  const result = await api<{ ok: boolean; error?: string }>('POST', '/api/locale', {
    locale: localeSelect.value,
  });
  if (!result.ok) showToast('Error', result.error ?? 'The locale could not be changed.');
  sidebarClosed = false;
  await refresh();
});

function renderSidebar(s: PreviewMeta): void {
  if (!s.sidebar || sidebarClosed) {
    sidebar.hidden = true;
    return;
  }
  sidebar.hidden = false;
  $('sidebar-title').textContent = s.sidebar.title;
  if (s.sidebar.url !== sidebarUrl) {
    sidebarUrl = s.sidebar.url;
    sidebarFrame.src = sidebarUrl;
  }
}

function closeSidebar(): void {
  sidebarClosed = true;
  sidebar.hidden = true;
}

/** Sizes the dialog's frame as setWidth/setHeight (or google.script.host's) asked. */
function sizeDialog(size: { width?: number | null; height?: number | null }): void {
  if (typeof size.width === 'number' && size.width > 0) modalFrame.style.width = `${size.width}px`;
  if (typeof size.height === 'number' && size.height > 0) modalFrame.style.height = `${size.height}px`;
}

/**
 * Opens the add-on's latest modal dialog if it is new. Each showModalDialog call has its own URL,
 * so a dialog opens once and stays closed once closed; the menu item opens a new one.
 */
function renderDialog(dialog: ShownPage | null): void {
  if (!dialog || dialog.url === dialogUrl) return;
  dialogUrl = dialog.url;
  $('modal-title').textContent = dialog.title;
  sizeDialog({ width: DEFAULT_DIALOG.width, height: DEFAULT_DIALOG.height });
  sizeDialog(dialog);
  modalFrame.src = dialog.url;
  if (!modal.open) modal.showModal();
}

function closeDialog(): void {
  if (modal.open) modal.close();
}

/** Asks the server what changed in what this page shows, and draws it. */
function refresh(): Promise<void> {
  return queued(async () => {
    const view = viewRequest();
    apply(await api<PreviewUpdate>('POST', '/api/update', view), view.sheet);
  });
}

/**
 * Draws one answer of the server: toasts and alerts, the menu, tabs, sidebar and dialog when they
 * changed, and the grid's changed cells. New sheets (a build) come to the front.
 */
function apply(update: PreviewUpdate, asked: string | undefined): void {
  for (const t of update.toasts) showToast(t.title, t.message);
  for (const a of update.alerts) showAlert(a.title, a.prompt);
  let next = '';
  if (update.meta) {
    const previous = new Set(meta?.sheets.map((s) => s.name) ?? []);
    const added = update.meta.sheets.filter((s) => !previous.has(s.name));
    if (meta && added.length > 0) next = (added.find((s) => s.charts > 0) ?? added[0]).name;
    if (!meta || JSON.stringify(meta.menu) !== JSON.stringify(update.meta.menu)) renderMenuBar(update.meta);
    // A dialog shown before this page loaded stays closed, as reloading Sheets closes it.
    if (!meta) dialogUrl = update.meta.dialog?.url ?? '';
    meta = update.meta;
    renderLocale(meta);
    renderSidebar(meta);
    renderDialog(meta.dialog);
  }
  // The server shows another sheet than asked when the page had none yet (a reload: the one in
  // its address) or when the one asked for is gone. An answer for the sheet asked for, arriving
  // after the person moved to another tab, leaves the tab they chose: its cells are dropped.
  const movedOn = (asked ?? '') !== activeSheet;
  if (!movedOn && update.sheet !== activeSheet && update.sheet !== '') {
    activeSheet = update.sheet;
    grid.clear();
  }
  if (update.sheet === activeSheet) grid.apply(update);
  if (meta) {
    tabBar.render(
      meta.sheets.map((s) => s.name),
      next || activeSheet,
    );
    const id = meta.sheets.find((s) => s.name === activeSheet)?.id;
    if (id !== undefined && location.hash !== `#gid=${id}`) history.replaceState(null, '', `#gid=${id}`);
  }
  showSelection();
  document.body.dataset.version = String(Number(document.body.dataset.version ?? '0') + 1);
  if (next) showSheet(next);
  // A range the add-on selected (who to contact now): its sheet shown, its first cell selected.
  if (update.select && meta?.sheets.some((s) => s.name === update.select?.sheet)) {
    showSheet(update.select.sheet);
    select(update.select.row, update.select.column);
  }
}

formulaInput.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') void commit(formulaInput.value, grid.selection.row, grid.selection.column);
  if (e.key === 'Escape') {
    formulaInput.blur();
    showSelection();
  }
});

document.addEventListener('keydown', (e) => {
  if (document.activeElement && document.activeElement !== document.body) return;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Enter: [1, 0],
    Tab: [0, 1],
  };
  const move = moves[e.key];
  const { row, column } = grid.selection;
  const current = grid.cellAt(row, column);
  if (e.key === ' ' && current?.validation?.kind === 'checkbox' && typeof current.value !== 'string') {
    // Space toggles a checkbox cell, as in Sheets.
    e.preventDefault();
    void commit(current.value === true ? 'FALSE' : 'TRUE', row, column, false);
  } else if (move) {
    e.preventDefault();
    select(row + move[0], column + move[1]);
  } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
    formulaInput.value = '';
    formulaInput.focus();
  }
});

document.addEventListener('click', () => {
  closeMenus();
  dropdownMenu.hidden = true;
  tabBar.closeList();
});
$('sidebar-close').addEventListener('click', closeSidebar);
$('modal-close').addEventListener('click', closeDialog);
// Closing (×, Escape or google.script.host.close) ends the dialog's page, as in Sheets.
modal.addEventListener('close', () => {
  modalFrame.src = 'about:blank';
});

// Messages from the shim in the sidebar's or the dialog's frame (see ../shim.ts).
window.addEventListener('message', (e) => {
  const data = e.data as { source?: string; type?: string; width?: number; height?: number; id?: number };
  if (data?.source !== MESSAGE_SOURCE) return;
  const frame =
    e.source === sidebarFrame.contentWindow
      ? sidebarFrame
      : e.source === modalFrame.contentWindow
        ? modalFrame
        : null;
  if (frame === null) return;
  const from = frame === sidebarFrame ? 'sidebar' : 'dialog';
  // A server call may have changed cells (a build, Apply in Prepare for sharing): draw what
  // changed, then let the frame's handler run, so a build's tabs are there before "ready".
  if (data.type === 'server-call-done')
    void refresh().finally(() =>
      frame.contentWindow?.postMessage({ source: MESSAGE_SOURCE, type: 'drawn', id: data.id }, '*'),
    );
  if (data.type === 'close') {
    if (from === 'sidebar') closeSidebar();
    else closeDialog();
  }
  // Only dialogs can be resized from their page; a sidebar keeps Sheets' width.
  if (data.type === 'resize' && from === 'dialog') sizeDialog(data);
});

void refresh();
