// The preview page: draws the fake spreadsheet (tabs, grid, formula bar, charts), the add-on
// menu under Extensions, the sidebar and modal dialogs; every change goes through the preview server.

import type { Chart } from 'chart.js';
import { columnLetters } from '../../../src/formula/a1';
import { NEW_SHEET_COLUMN_WIDTH as DEFAULT_COLUMN_WIDTH } from '../../../src/platform/limits';
import type { PreviewState, ShownPage } from '../server';
import { MESSAGE_SOURCE } from '../shim';
import type { CellView, EditOutcome, SheetView } from '../workbook';
import { drawChart } from './charts';

const ROW_HEADER_WIDTH = 46;
const ROW_HEIGHT = 22;
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;
/** A dialog's size when the add-on set none (the preview's choice; Sheets picks its own). */
const DEFAULT_DIALOG = { width: 600, height: 400 };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const nameBox = $('name-box');
const formulaInput = $<HTMLInputElement>('formula-input');
const cellError = $('cell-error');
const gridScroll = $('grid-scroll');
const tabs = $('tabs');
const sidebar = $('sidebar');
const sidebarFrame = $<HTMLIFrameElement>('sidebar-frame');
const toast = $('toast');
const alertDialog = $<HTMLDialogElement>('alert');
const modal = $<HTMLDialogElement>('modal');
const modalFrame = $<HTMLIFrameElement>('modal-frame');
const confirmDialog = $<HTMLDialogElement>('confirm');
const dropdownMenu = $('dropdown-menu');
const localeSelect = $<HTMLSelectElement>('locale');

let state: PreviewState | null = null;
let activeSheet = '';
let selected = { row: 1, column: 1 };
let sidebarUrl = '';
let sidebarClosed = false;
let dialogUrl = '';
/** Alerts waiting for the one on screen to be closed (Sheets shows them one at a time). */
const pendingAlerts: Array<{ title: string | null; text: string }> = [];
let charts: Chart[] = [];
let toastTimer = 0;
let refreshes = 0;

const a1 = (row: number, column: number) => `${columnLetters(column)}${row}`;

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

function renderMenuBar(s: PreviewState): void {
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

function renderTabs(s: PreviewState): void {
  tabs.replaceChildren();
  for (const sheet of s.sheets) {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = 'tab';
    tab.textContent = sheet.name;
    tab.dataset.sheet = sheet.name;
    if (sheet.name === activeSheet) tab.classList.add('active');
    tab.addEventListener('click', () => {
      activeSheet = sheet.name;
      selected = { row: 1, column: 1 };
      render();
    });
    tabs.append(tab);
  }
}

function currentSheet(): SheetView | undefined {
  return state?.sheets.find((s) => s.name === activeSheet);
}

function cellAt(sheet: SheetView | undefined, row: number, column: number): CellView | undefined {
  return sheet?.cells.find((c) => c.row === row && c.column === column);
}

function applyStyle(td: HTMLTableCellElement, cell: CellView): void {
  const style = cell.style ?? {};
  if (typeof style.background === 'string') td.style.backgroundColor = style.background;
  if (typeof style.fontColor === 'string') td.style.color = style.fontColor;
  if (style.fontWeight === 'bold') td.style.fontWeight = '700';
  if (style.fontStyle === 'italic') td.style.fontStyle = 'italic';
  if (typeof style.fontSize === 'number') td.style.fontSize = `${style.fontSize}pt`;
  if (typeof style.horizontalAlignment === 'string') td.style.textAlign = style.horizontalAlignment;
  if (style.wrap === true) td.classList.add('wrap');
}

function width(sheet: SheetView, column: number): number {
  return sheet.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH;
}

function renderGrid(): void {
  for (const chart of charts) chart.destroy();
  charts = [];
  const sheet = currentSheet();
  gridScroll.replaceChildren();
  if (!sheet) return;
  let rows = Math.max(MIN_ROWS, sheet.rows + 10);
  let columns = Math.max(MIN_COLUMNS, sheet.columns + 3);
  for (const chart of sheet.charts) {
    const h = Number(chart.options.height ?? 371);
    const w = Number(chart.options.width ?? 600);
    rows = Math.max(rows, chart.position.row + Math.ceil(h / ROW_HEIGHT) + 3);
    columns = Math.max(columns, chart.position.column + Math.ceil(w / DEFAULT_COLUMN_WIDTH) + 1);
  }
  const byKey = new Map(sheet.cells.map((c) => [`${c.row}:${c.column}`, c]));

  const wrapper = document.createElement('div');
  wrapper.style.position = 'relative';
  wrapper.style.width = 'max-content';
  const table = document.createElement('table');
  table.className = 'grid';
  const colgroup = document.createElement('colgroup');
  colgroup.append(Object.assign(document.createElement('col'), { style: `width:${ROW_HEADER_WIDTH}px` }));
  for (let c = 1; c <= columns; c += 1) {
    const col = document.createElement('col');
    col.style.width = `${width(sheet, c)}px`;
    colgroup.append(col);
  }
  table.append(colgroup);
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  // Frozen columns stick at the sum of the widths before them, their letters with them.
  const frozenLeft: number[] = [];
  let left = ROW_HEADER_WIDTH;
  for (let c = 1; c <= sheet.frozenColumns; c += 1) {
    frozenLeft[c] = left;
    left += width(sheet, c);
  }
  headRow.append(Object.assign(document.createElement('th'), { className: 'corner' }));
  for (let c = 1; c <= columns; c += 1) {
    const th = Object.assign(document.createElement('th'), { textContent: columnLetters(c) });
    if (c <= sheet.frozenColumns) {
      th.classList.add('frozen-col-head');
      th.style.left = `${frozenLeft[c]}px`;
    }
    headRow.append(th);
  }
  head.append(headRow);
  table.append(head);
  const body = document.createElement('tbody');
  for (let r = 1; r <= rows; r += 1) {
    const tr = document.createElement('tr');
    tr.append(Object.assign(document.createElement('th'), { textContent: String(r) }));
    for (let c = 1; c <= columns; c += 1) {
      const td = document.createElement('td');
      td.dataset.cell = a1(r, c);
      const cell = byKey.get(`${r}:${c}`);
      if (cell) {
        drawContent(td, cell, r, c);
        if (cell.value !== null) td.dataset.value = String(cell.value);
        if (typeof cell.value === 'number') td.classList.add('num');
        if (cell.error) {
          td.classList.add('error');
          td.title = cell.error;
        }
        // Text spills into an empty neighbour on its right, as in Sheets.
        const right = byKey.get(`${r}:${c + 1}`);
        if (typeof cell.value === 'string' && !cell.style?.wrap && (!right || right.text === ''))
          td.classList.add('spill');
        if (cell.note) {
          td.classList.add('has-note');
          td.title = cell.note;
        }
        if (cell.invalid) {
          td.classList.add('invalid');
          td.title = cell.invalid;
        }
        applyStyle(td, cell);
      }
      if (r <= sheet.frozenRows) {
        td.classList.add('frozen-row');
        td.style.top = `${r * ROW_HEIGHT}px`;
        if (r === sheet.frozenRows) td.classList.add('frozen-row-last');
      }
      if (c <= sheet.frozenColumns) {
        td.classList.add('frozen-col');
        td.style.left = `${frozenLeft[c]}px`;
        if (c === sheet.frozenColumns) td.classList.add('frozen-col-last');
      }
      if (r === selected.row && c === selected.column) td.classList.add('selected');
      td.addEventListener('mousedown', () => select(r, c));
      td.addEventListener('dblclick', () => editInCell(td, r, c));
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  wrapper.append(table);
  gridScroll.append(wrapper);

  for (const chart of sheet.charts) {
    const anchor = table.querySelector<HTMLElement>(
      `td[data-cell="${a1(chart.position.row, chart.position.column)}"]`,
    );
    if (!anchor) continue;
    const box = document.createElement('div');
    box.className = 'chart';
    const title = typeof chart.options.title === 'string' ? chart.options.title : '';
    box.dataset.title = title;
    box.style.left = `${anchor.offsetLeft + chart.position.offsetX}px`;
    box.style.top = `${anchor.offsetTop + chart.position.offsetY}px`;
    const canvas = document.createElement('canvas');
    canvas.width = Number(chart.options.width ?? 600) - 10;
    canvas.height = Number(chart.options.height ?? 371) - 10;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', title);
    box.append(canvas);
    wrapper.append(box);
    charts.push(drawChart(canvas, chart));
  }
  showSelection();
}

/**
 * A cell's content as Sheets draws it: a checkbox for checkbox validation (clicking toggles
 * TRUE/FALSE), a chip with an arrow for a dropdown list, else its text.
 */
function drawContent(td: HTMLTableCellElement, cell: CellView, row: number, column: number): void {
  const validation = cell.validation;
  if (validation?.kind === 'checkbox' && (typeof cell.value === 'boolean' || cell.value === null)) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'cell-checkbox';
    box.checked = cell.value === true;
    box.setAttribute('aria-label', a1(row, column));
    box.addEventListener('mousedown', (e) => e.stopPropagation());
    box.addEventListener('click', (e) => {
      e.preventDefault();
      select(row, column);
      void commit(cell.value === true ? 'FALSE' : 'TRUE', row, column, false);
    });
    td.classList.add('checkbox-cell');
    td.replaceChildren(box);
    return;
  }
  if (validation?.kind === 'list' && validation.dropdown) {
    const chip = document.createElement('span');
    chip.className = cell.text === '' ? 'chip empty' : 'chip';
    chip.append(
      Object.assign(document.createElement('span'), { className: 'chip-text', textContent: cell.text }),
      Object.assign(document.createElement('span'), { className: 'chip-arrow', textContent: '▾' }),
    );
    chip.addEventListener('mousedown', (e) => e.stopPropagation());
    chip.addEventListener('click', (e) => {
      e.stopPropagation();
      select(row, column);
      openDropdown(td, validation.values, row, column);
    });
    td.classList.add('dropdown-cell');
    td.replaceChildren(chip);
    return;
  }
  td.textContent = cell.text;
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
  const cell = cellAt(currentSheet(), selected.row, selected.column);
  nameBox.textContent = a1(selected.row, selected.column);
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
  selected = { row: Math.max(1, row), column: Math.max(1, column) };
  gridScroll.querySelectorAll('td.selected').forEach((td) => {
    td.classList.remove('selected');
  });
  gridScroll.querySelector(`td[data-cell="${a1(selected.row, selected.column)}"]`)?.classList.add('selected');
  formulaInput.blur();
  showSelection();
}

/** Sends an edit; a warning-only protection's "Edit anyway?" is asked here and the edit resent. */
async function sendEdit(input: string, row: number, column: number): Promise<EditOutcome | null> {
  const body = { sheet: activeSheet, cell: a1(row, column), input, confirmed: false };
  let result = await api<{ ok: boolean; error?: string; outcome?: EditOutcome }>('POST', '/api/edit', body);
  if (result.ok && result.outcome?.kind === 'confirm') {
    if (!(await askToEdit(result.outcome.title, result.outcome.message))) return null;
    result = await api('POST', '/api/edit', { ...body, confirmed: true });
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
  else if (outcome?.kind === 'done' && moveDown) selected = { row: row + 1, column };
  await refresh();
}

function editInCell(td: HTMLTableCellElement, row: number, column: number): void {
  const editor = document.createElement('input');
  editor.className = 'cell-editor';
  editor.value = cellAt(currentSheet(), row, column)?.input ?? '';
  td.replaceChildren(editor);
  editor.focus();
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void commit(editor.value, row, column);
    if (e.key === 'Escape') render();
  });
  editor.addEventListener('blur', () => render());
}

function render(): void {
  if (!state) return;
  renderTabs(state);
  renderGrid();
}

function renderLocale(s: PreviewState): void {
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

function renderSidebar(s: PreviewState): void {
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

/** Reloads the state from the server and redraws; new sheets (a build) come to the front. */
async function refresh(): Promise<void> {
  const seq = ++refreshes;
  const next = await api<PreviewState>('GET', '/api/state');
  // Refreshes overlap (the sidebar reports each server call); only the latest one draws, so an
  // older answer can neither bring back a sheet the person left nor hide new sheets.
  // Toasts and alerts come once (the server does not send them again), so even an answer
  // that is too old to draw shows its messages.
  for (const t of next.toasts) showToast(t.title, t.message);
  for (const a of next.alerts) showAlert(a.title, a.prompt);
  if (seq !== refreshes) return;
  const previous = new Set(state?.sheets.map((s) => s.name) ?? []);
  const added = next.sheets.filter((s) => !previous.has(s.name));
  if (state && added.length > 0) {
    activeSheet = (added.find((s) => s.charts.length > 0) ?? added[0]).name;
    selected = { row: 1, column: 1 };
  } else if (!next.sheets.some((s) => s.name === activeSheet)) {
    activeSheet = next.sheets[0]?.name ?? '';
  }
  if (!state || JSON.stringify(state.menu) !== JSON.stringify(next.menu)) renderMenuBar(next);
  // A dialog shown before this page loaded stays closed, as reloading Sheets closes it.
  if (!state) dialogUrl = next.dialog?.url ?? '';
  state = next;
  renderLocale(next);
  renderSidebar(next);
  renderDialog(next.dialog);
  render();
  document.body.dataset.version = String(Number(document.body.dataset.version ?? '0') + 1);
}

formulaInput.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') void commit(formulaInput.value, selected.row, selected.column);
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
  const current = cellAt(currentSheet(), selected.row, selected.column);
  if (e.key === ' ' && current?.validation?.kind === 'checkbox' && typeof current.value !== 'string') {
    // Space toggles a checkbox cell, as in Sheets.
    e.preventDefault();
    void commit(current.value === true ? 'FALSE' : 'TRUE', selected.row, selected.column, false);
  } else if (move) {
    e.preventDefault();
    select(selected.row + move[0], selected.column + move[1]);
  } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
    formulaInput.value = '';
    formulaInput.focus();
  }
});

document.addEventListener('click', () => {
  closeMenus();
  dropdownMenu.hidden = true;
});
$('sidebar-close').addEventListener('click', closeSidebar);
$('modal-close').addEventListener('click', closeDialog);
// Closing (×, Escape or google.script.host.close) ends the dialog's page, as in Sheets.
modal.addEventListener('close', () => {
  modalFrame.src = 'about:blank';
});

// Messages from the shim in the sidebar's or the dialog's frame (see ../shim.ts).
window.addEventListener('message', (e) => {
  const data = e.data as { source?: string; type?: string; width?: number; height?: number };
  if (data?.source !== MESSAGE_SOURCE) return;
  const from =
    e.source === sidebarFrame.contentWindow
      ? 'sidebar'
      : e.source === modalFrame.contentWindow
        ? 'dialog'
        : null;
  if (from === null) return;
  // A server call may have changed cells (a build, Apply in Prepare for sharing): redraw.
  if (data.type === 'server-call-done') void refresh();
  if (data.type === 'close') {
    if (from === 'sidebar') closeSidebar();
    else closeDialog();
  }
  // Only dialogs can be resized from their page; a sidebar keeps Sheets' width.
  if (data.type === 'resize' && from === 'dialog') sizeDialog(data);
});

void refresh();
