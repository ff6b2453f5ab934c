/**
 * How the sharing dialog calls the server: a promise wrapper over `google.script.run`, typed from
 * `SharingDialogApi` so that a renamed or re-typed server function fails the type check here.
 */
import type { SharingDialogApi } from './contract';

/** The part of `google.script.run` the wrapper uses (HtmlService's client API). */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

declare const google: { script: { run: ScriptRunner; host: { close(): void } } } | undefined;

/** Every server function the dialog calls, returning a promise of its result. */
export type AsyncSharingApi = {
  [K in keyof SharingDialogApi]: (
    ...args: Parameters<SharingDialogApi[K]>
  ) => Promise<ReturnType<SharingDialogApi[K]>>;
};

/**
 * The sentence of a failure: Apps Script hands the failure handler an Error whose message may
 * start with "Exception: " or "Error: "; the person only needs the sentence.
 */
function failureText(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  return raw.replace(/^(Exception|Error|ScriptError):\s*/, '');
}

function call<K extends keyof SharingDialogApi>(
  name: K,
  ...args: Parameters<SharingDialogApi[K]>
): Promise<ReturnType<SharingDialogApi[K]>> {
  return new Promise((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script?.run) {
      reject(new Error('google.script.run is not available: open the dialog from the add-on menu.'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SharingDialogApi[K]>))
      .withFailureHandler((error) => reject(new Error(failureText(error))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** The server, as the dialog sees it. */
export const server: AsyncSharingApi = {
  getSharingRows: () => call('getSharingRows'),
  applySharingRewrite: (choices) => call('applySharingRewrite', choices),
};

/** Closes the dialog (google.script.host.close). */
export function closeDialog(): void {
  if (typeof google !== 'undefined') google.script.host?.close();
}
