/**
 * The one way a page (the sidebar, the sharing dialog) calls the server: a promise wrapper over
 * `google.script.run`, typed from the server barrel (src/index.ts), so a renamed or re-typed
 * server function fails the type check in every page that calls it.
 */
import type * as Barrel from '../index';

/** The server's public surface: every function src/index.ts exports. */
type Server = typeof Barrel;

/** The name of a server function a page may call. */
export type ServerFunction = {
  [K in keyof Server]: Server[K] extends (...args: never[]) => unknown ? K : never;
}[keyof Server];

/** The server functions `names`, each returning a promise of its result. */
export type AsyncServer<K extends ServerFunction = ServerFunction> = {
  [P in K]: Server[P] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

/** The part of `google.script.run` the wrapper uses (HtmlService's client API). */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

declare const google: { script?: { run?: ScriptRunner; host?: { close(): void } } } | undefined;

/**
 * The text of a failure from `google.script.run`: Apps Script hands the failure handler an Error
 * whose message may start with "Exception: " or "Error: "; the person only needs the sentence.
 */
export function failureText(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  return raw.replace(/^(Exception|Error|ScriptError):\s*/, '');
}

/** Calls one server function and settles with its result or an Error carrying the server's sentence. */
export function callServer<K extends ServerFunction>(
  name: K,
  ...args: Parameters<AsyncServer<K>[K]>
): ReturnType<AsyncServer<K>[K]> {
  return new Promise((resolve, reject) => {
    const run = typeof google === 'undefined' ? undefined : google.script?.run;
    if (!run) {
      reject(new Error('google.script.run is not available: open this page from the add-on menu.'));
      return;
    }
    const runner = run
      .withSuccessHandler(resolve)
      .withFailureHandler((error) => reject(new Error(failureText(error))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  }) as ReturnType<AsyncServer<K>[K]>;
}

/** The server as a page sees it: the functions `names`, each returning a promise. */
export function serverFor<K extends ServerFunction>(...names: K[]): AsyncServer<K> {
  const out: Partial<Record<K, unknown>> = {};
  for (const name of names) out[name] = (...args: never[]) => callServer(name, ...(args as never));
  return out as AsyncServer<K>;
}

/** Closes the dialog or sidebar the page runs in (google.script.host.close). */
export function closeHost(): void {
  if (typeof google !== 'undefined') google.script?.host?.close();
}

/**
 * How a dialog page starts: in `doc`, calling the server through `api`, in the language `initial`
 * names until the server names the user's, closing its host with `close`.
 */
export type StartDialog<Api> = (doc: Document, api: Api, initial: string, close: () => void) => Promise<void>;
