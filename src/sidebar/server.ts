/**
 * The one way the sidebar calls the server: a promise wrapper over `google.script.run`, typed from
 * `ServerApi` so that a renamed or re-typed server function fails the type check here.
 */
import type { ServerApi } from '../server/contract';

/** The part of `google.script.run` the wrapper uses (HtmlService's client API). */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } } | undefined;

/** Every server function, returning a promise of its result. */
export type AsyncServer = {
  [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => Promise<ReturnType<ServerApi[K]>>;
};

/**
 * The text of a failure from `google.script.run`: Apps Script hands the failure handler an Error
 * whose message may start with "Exception: " or "Error: "; the person only needs the sentence.
 */
export function failureText(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  return raw.replace(/^(Exception|Error|ScriptError):\s*/, '');
}

/** Calls one server function and settles with its result or an Error carrying the server's message. */
export function callServer<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script?.run) {
      reject(new Error('google.script.run is not available: open the wizard from the add-on menu.'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new Error(failureText(error))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** The server, as the sidebar sees it. */
export const server: AsyncServer = {
  getWizardDefaults: () => callServer('getWizardDefaults'),
  validateWizardAnswers: (answers) => callServer('validateWizardAnswers', answers),
  buildWorkbook: (answers, options) => callServer('buildWorkbook', answers, options),
};
