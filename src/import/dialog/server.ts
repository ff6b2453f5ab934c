/**
 * How the import dialog calls the server: a promise wrapper over `google.script.run`, typed from
 * `ImportDialogApi` so that a renamed or re-typed server function fails the type check here.
 */
import type { ImportDialogApi } from '../contract';

/** The part of `google.script.run` the wrapper uses (HtmlService's client API). */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

declare const google: { script: { run: ScriptRunner; host: { close(): void } } } | undefined;

/** Every server function the dialog calls, returning a promise of its result. */
export type AsyncImportApi = {
  [K in keyof ImportDialogApi]: (
    ...args: Parameters<ImportDialogApi[K]>
  ) => Promise<ReturnType<ImportDialogApi[K]>>;
};

/** The sentence of a failure, without the "Exception: " Apps Script puts before it. */
function failureText(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  return raw.replace(/^(Exception|Error|ScriptError):\s*/, '');
}

function call<K extends keyof ImportDialogApi>(
  name: K,
  ...args: Parameters<ImportDialogApi[K]>
): Promise<ReturnType<ImportDialogApi[K]>> {
  return new Promise((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script?.run) {
      reject(new Error('google.script.run is not available: open the dialog from the add-on menu.'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ImportDialogApi[K]>))
      .withFailureHandler((error) => reject(new Error(failureText(error))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** The server, as the dialog sees it. */
export const server: AsyncImportApi = {
  getImportContext: () => call('getImportContext'),
  createContactsSheet: () => call('createContactsSheet'),
  importContacts: (batch) => call('importContacts', batch),
};

/** Closes the dialog (google.script.host.close). */
export function closeDialog(): void {
  if (typeof google !== 'undefined') google.script.host?.close();
}
