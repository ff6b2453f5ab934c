// The preview server: toasts and alerts are handed to the page once (a reload never replays
// them), and the locale picker switches the spreadsheet's locale as File → Settings does.
import { type PreviewServer, type PreviewState, startPreview } from '../../../dev/preview/server';
import { messages } from '../../../src/i18n';

let preview: PreviewServer;

beforeAll(async () => {
  preview = await startPreview({ port: 0, openWizard: true });
});

afterAll(async () => {
  await preview?.close();
});

async function state(): Promise<PreviewState> {
  return (await (await fetch(`${preview.url}api/state`)).json()) as PreviewState;
}

async function post(path: string, body: unknown): Promise<{ ok: boolean; error?: string }> {
  const res = await fetch(`${preview.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { ok: boolean; error?: string };
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
    expect(before.locale).toBe('en_US');
    expect(await post('api/locale', { locale: 'ru_RU' })).toMatchObject({ ok: true });
    const after = await state();
    expect(after.locale).toBe('ru_RU');
    expect(preview.addon.env.activeSpreadsheet().getSpreadsheetLocale()).toBe('ru_RU');
    expect(after.sidebar?.url).not.toBe(before.sidebar?.url);
    expect(after.menu).not.toEqual(before.menu);
    const defaults = preview.addon.run('getWizardDefaults') as { ok: true; value: { uiLanguage: string } };
    expect(defaults.value.uiLanguage).toBe('ru');
  });

  it('refuses a locale the picker does not offer, naming the ones it does', async () => {
    const res = await post('api/locale', { locale: 'xx_XX' });
    expect(res).toMatchObject({ ok: false, error: expect.stringContaining('en_US, ru_RU, fi_FI') });
  });
});
