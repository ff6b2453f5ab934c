// The pages' one promise wrapper over google.script.run: results, failures, and the server's sentence alone.
import { callServer, closeHost, failureText, serverFor } from '../../src/ui/server';

type Handler = (value: unknown) => void;

/** A fake google.script.run whose server functions answer through `answer`. */
function installRunner(answer: (name: string, args: unknown[], ok: Handler, fail: Handler) => void) {
  const runner = (ok: Handler, fail: Handler): Record<string, unknown> => {
    const run: Record<string, unknown> = {
      withSuccessHandler: (f: Handler) => runner(f, fail),
      withFailureHandler: (f: Handler) => runner(ok, f),
    };
    for (const name of ['getWizardDefaults', 'buildWorkbook', 'getSharingRows', 'applySharingRewrite'])
      run[name] = (...args: unknown[]) => answer(name, args, ok, fail);
    return run;
  };
  const host = { closed: 0, close: () => host.closed++ };
  (globalThis as Record<string, unknown>).google = {
    script: {
      run: runner(
        () => {},
        () => {},
      ),
      host,
    },
  };
  return host;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).google;
});

const sidebar = serverFor('getWizardDefaults', 'buildWorkbook');
const dialog = serverFor('getSharingRows', 'applySharingRewrite');

describe('the server wrapper', () => {
  it('resolves with the server function’s result, called with its arguments', async () => {
    const seen: unknown[] = [];
    installRunner((name, args, ok) => {
      seen.push([name, args]);
      ok({ kind: 'invalid', problems: [] });
    });
    await expect(sidebar.buildWorkbook({}, { replaceExisting: true, uiLanguage: 'fi' })).resolves.toEqual({
      kind: 'invalid',
      problems: [],
    });
    expect(seen).toEqual([['buildWorkbook', [{}, { replaceExisting: true, uiLanguage: 'fi' }]]]);
  });

  it('serves the sidebar and the sharing dialog alike, each with only the functions it names', async () => {
    const seen: string[] = [];
    installRunner((name, _args, ok) => {
      seen.push(name);
      ok({ language: 'en', rows: [] });
    });
    await dialog.getSharingRows();
    expect(seen).toEqual(['getSharingRows']);
    expect(Object.keys(dialog).sort()).toEqual(['applySharingRewrite', 'getSharingRows']);
    expect(Object.keys(sidebar).sort()).toEqual(['buildWorkbook', 'getWizardDefaults']);
  });

  it('knows only the functions the server barrel exports, with their argument types (a type check)', async () => {
    // Both calls fail the type check (ts-jest reports an unused @ts-expect-error) if the wrapper
    // stops being typed from src/index.ts; at run time they are ordinary calls.
    // @ts-expect-error: the barrel exports no validateAnswersTypo
    expect(Object.keys(serverFor('validateAnswersTypo'))).toEqual(['validateAnswersTypo']);
    // @ts-expect-error: buildWorkbook's options need replaceExisting
    await expect(sidebar.buildWorkbook({}, {})).rejects.toThrow('google.script.run is not available');
  });

  it('closes the page’s host', () => {
    const host = installRunner(() => {});
    closeHost();
    expect(host.closed).toBe(1);
  });

  it('rejects with the server’s sentence, without Apps Script’s "Exception:" prefix', async () => {
    installRunner((_name, _args, _ok, fail) =>
      fail(new Error('Exception: The plan needs at least one month.')),
    );
    await expect(callServer('getWizardDefaults')).rejects.toThrow(/^The plan needs at least one month\.$/);
  });

  it('rejects with a clear sentence outside Apps Script', async () => {
    await expect(sidebar.getWizardDefaults()).rejects.toThrow('google.script.run is not available');
  });
});

describe('failureText', () => {
  it('takes the message of an Error or a string', () => {
    expect(failureText(new Error('Error: bad'))).toBe('bad');
    expect(failureText('plain')).toBe('plain');
    expect(failureText(42)).toBe('42');
  });
});
