// The promise wrapper over google.script.run: results, failures, and the server's sentence alone.
import { callServer, failureText, server } from '../../src/sidebar/server';

type Handler = (value: unknown) => void;

/** A fake google.script.run whose server functions answer through `answer`. */
function installRunner(answer: (name: string, args: unknown[], ok: Handler, fail: Handler) => void) {
  const runner = (ok: Handler, fail: Handler): Record<string, unknown> => {
    const run: Record<string, unknown> = {
      withSuccessHandler: (f: Handler) => runner(f, fail),
      withFailureHandler: (f: Handler) => runner(ok, f),
    };
    for (const name of ['getWizardDefaults', 'validateWizardAnswers', 'buildWorkbook'])
      run[name] = (...args: unknown[]) => answer(name, args, ok, fail);
    return run;
  };
  (globalThis as Record<string, unknown>).google = {
    script: {
      run: runner(
        () => {},
        () => {},
      ),
    },
  };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).google;
});

describe('the server wrapper', () => {
  it('resolves with the server function’s result, called with its arguments', async () => {
    const seen: unknown[] = [];
    installRunner((name, args, ok) => {
      seen.push([name, args]);
      ok([{ field: 'profile.months', message: 'x' }]);
    });
    await expect(server.validateWizardAnswers({ a: 1 })).resolves.toEqual([
      { field: 'profile.months', message: 'x' },
    ]);
    expect(seen).toEqual([['validateWizardAnswers', [{ a: 1 }]]]);
  });

  it('passes both arguments of buildWorkbook', async () => {
    const seen: unknown[] = [];
    installRunner((name, args, ok) => {
      seen.push([name, args]);
      ok({ sheets: [] });
    });
    await server.buildWorkbook({}, { replaceExisting: true });
    expect(seen).toEqual([['buildWorkbook', [{}, { replaceExisting: true }]]]);
  });

  it('rejects with the server’s sentence, without Apps Script’s "Exception:" prefix', async () => {
    installRunner((_name, _args, _ok, fail) =>
      fail(new Error('Exception: The plan needs at least one month.')),
    );
    await expect(callServer('getWizardDefaults')).rejects.toThrow(/^The plan needs at least one month\.$/);
  });

  it('rejects with a clear sentence outside Apps Script', async () => {
    await expect(server.getWizardDefaults()).rejects.toThrow('google.script.run is not available');
  });
});

describe('failureText', () => {
  it('takes the message of an Error or a string', () => {
    expect(failureText(new Error('Error: bad'))).toBe('bad');
    expect(failureText('plain')).toBe('plain');
    expect(failureText(42)).toBe('42');
  });
});
