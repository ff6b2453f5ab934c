// The preview server: toasts and alerts are handed to the page once (a reload never replays
// them), the locale picker switches the spreadsheet's locale as File → Settings does, and a page
// is sent only what changed in the part of the sheet it shows.
import { type PreviewServer, type PreviewUpdate, startPreview } from '../../../dev/preview/server';
import { messages } from '../../../src/i18n';

let preview: PreviewServer;

beforeAll(async () => {
  preview = await startPreview({ port: 0, openWizard: true });
});

afterAll(async () => {
  await preview?.close();
});

async function post<T = { ok: boolean; error?: string }>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${preview.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}

/** What a newly loaded page gets (each call is another page, so its meta comes in full). */
let pages = 0;
async function state(): Promise<PreviewUpdate & { meta: NonNullable<PreviewUpdate['meta']> }> {
  pages += 1;
  return post('api/update', { page: `state-${pages}` });
}

describe('the preview server', () => {
  it('delivers an alert once: reading the state again (a reload) does not replay it', async () => {
    await state();
    expect(await post('api/run', { name: 'showHelp', args: [] })).toMatchObject({ ok: true });
    const first = await state();
    expect(first.alerts).toEqual([
      { title: messages('en').menu.helpTitle, prompt: messages('en').menu.helpText },
    ]);
    expect((await state()).alerts).toEqual([]);
  });

  it('delivers a toast once', async () => {
    preview.addon.env.activeSpreadsheet().toast('Built', 'Networking ROI');
    expect((await state()).toasts).toEqual([{ message: 'Built', title: 'Networking ROI' }]);
    expect((await state()).toasts).toEqual([]);
  });

  it('switches the locale: getSpreadsheetLocale answers it, the menu and a new sidebar speak its language', async () => {
    const before = await state();
    expect(before.meta.locale).toBe('en_US');
    expect(await post('api/locale', { locale: 'ru_RU' })).toMatchObject({ ok: true });
    const after = await state();
    expect(after.meta.locale).toBe('ru_RU');
    expect(preview.addon.env.activeSpreadsheet().getSpreadsheetLocale()).toBe('ru_RU');
    expect(after.meta.sidebar?.url).not.toBe(before.meta.sidebar?.url);
    expect(after.meta.menu).not.toEqual(before.meta.menu);
    const defaults = preview.addon.run('getWizardDefaults') as { ok: true; value: { uiLanguage: string } };
    expect(defaults.value.uiLanguage).toBe('ru');
  });

  it('refuses a locale the picker does not offer, naming the ones it does', async () => {
    const res = await post('api/locale', { locale: 'xx_XX' });
    expect(res).toMatchObject({ ok: false, error: expect.stringContaining('en_US, ru_RU, fi_FI') });
  });
});

describe('what the preview server sends a page', () => {
  let server: PreviewServer;
  const send = async <T>(path: string, body: unknown): Promise<T> => {
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as T;
  };
  const keys = (u: PreviewUpdate) => u.cells.map((c) => `${c.row}:${c.column}`).sort();

  beforeAll(async () => {
    server = await startPreview({ port: 0, openWizard: false });
    const sheet = server.addon.env.spreadsheet.peekSheet('Sheet1')!;
    // Column A: 1…300; B1 doubles A1; C1 is on its own.
    sheet.peekWrite(
      1,
      1,
      Array.from({ length: 300 }, (_, i) => [i + 1]),
    );
    sheet.peekWrite(1, 2, [['=A1*2', 5]]);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('sends a new page its sheet’s layout and the cells of its window only', async () => {
    const first = await send<PreviewUpdate>('api/update', {
      page: 'p1',
      sheet: 'Sheet1',
      window: { top: 101, bottom: 120, left: 1, right: 5 },
    });
    expect(first.reset).toBe(true);
    expect(first.frame).toMatchObject({ name: 'Sheet1', rows: 300, columns: 3 });
    expect(first.meta?.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    // Rows 101…120 of column A hold 101…120; nothing outside the window comes.
    expect(first.cells.map((c) => [c.row, c.column, c.value])).toEqual(
      Array.from({ length: 20 }, (_, i) => [101 + i, 1, 101 + i]),
    );
  });

  it('sends nothing again when nothing changed', async () => {
    const again = await send<PreviewUpdate>('api/update', {
      page: 'p1',
      sheet: 'Sheet1',
      window: { top: 101, bottom: 120, left: 1, right: 5 },
    });
    expect([again.cells, again.cleared, again.frame, again.meta, again.charts, again.reset]).toEqual([
      [],
      [],
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('sends the frozen rows and columns beside a window scrolled away from them', async () => {
    const sheet = server.addon.env.spreadsheet.peekSheet('Sheet1')!;
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(1);
    try {
      const scrolled = await send<PreviewUpdate>('api/update', {
        page: 'frozen',
        sheet: 'Sheet1',
        window: { top: 101, bottom: 103, left: 3, right: 5 },
      });
      // A1 (both frozen), A101…A103 (the frozen column beside the window), C1 (the frozen row
      // above it); B1 is in neither.
      expect(keys(scrolled)).toEqual(['101:1', '102:1', '103:1', '1:1', '1:3'].sort());
    } finally {
      sheet.setFrozenRows(0);
      sheet.setFrozenColumns(0);
    }
  });

  it('answers an edit with the typed cell and the ones that depend on it, nothing else', async () => {
    const window = { top: 1, bottom: 20, left: 1, right: 5 };
    await send<PreviewUpdate>('api/update', { page: 'p2', sheet: 'Sheet1', window });
    await send<PreviewUpdate>('api/update', { page: 'p3', sheet: 'Sheet1', window });
    const answer = await send<{ outcome: { kind: string }; update: PreviewUpdate }>('api/edit', {
      page: 'p2',
      sheet: 'Sheet1',
      window,
      target: 'Sheet1',
      cell: 'A1',
      input: '21',
    });
    expect(answer.outcome).toEqual({ kind: 'done' });
    // A1 typed, B1 = A1 × 2 recomputed; C1 and A2… untouched, so not sent.
    expect(keys(answer.update)).toEqual(['1:1', '1:2']);
    expect(answer.update.cells.find((c) => c.column === 2)?.value).toBe(42);
    // Another page showing the same window learns of the same two cells on its next update.
    const other = await send<PreviewUpdate>('api/update', { page: 'p3', sheet: 'Sheet1', window });
    expect(keys(other)).toEqual(['1:1', '1:2']);
  });
});
