/**
 * The wizard as a pure state machine: steps, the draft, problems, the replace confirmation and
 * the build's progress. `update` takes an event and gives the next state with the effects the
 * page must carry out (focus, announce, call the server); no DOM here, so tests drive it directly.
 */

import { knownLanguage, type Language } from '../i18n/languages';
import type { BuildOptions, BuildResult, WizardDefaults } from '../server/contract';
import type { AnswerProblem, WizardAnswers } from '../workbook/answers';
import { plannedSheetKeys } from '../workbook/sheetKeys';
import { FIELDS, fieldOfPath, fieldsOfStep, STEPS } from './fields';
import { fill, sidebarMessages } from './i18n';
import { conflictingSheets, freeSheetName, plannedSheetNames } from './sheetNames';
import { type Draft, draftOfAnswers, readDraft, translateDraft } from './validate';

/** What the page shows: the loading spinner, a failure to load, the steps, or the built workbook. */
export type Phase = 'loading' | 'loadError' | 'wizard' | 'done';

/** A workbook the server built. */
export type Built = Extract<BuildResult, { kind: 'built' }>;

/** Everything the wizard knows; views render it and never keep state of their own. */
export interface WizardState {
  readonly phase: Phase;
  readonly language: Language;
  readonly defaults: WizardDefaults | null;
  /** What the inputs hold, as typed. */
  readonly draft: Draft;
  /** Index into STEPS. */
  readonly step: number;
  /** Fields whose problems are shown: typed in, or on a step the person tried to leave. */
  readonly touched: readonly string[];
  /** Problems the server reported, by field path, until the field is edited. */
  readonly serverProblems: Readonly<Record<string, string>>;
  /** Lines that belong to no field (a failed build, a problem at a hidden field), shown on the review. */
  readonly general: readonly string[];
  /** The person tried to leave a step with problems: its alert shows. */
  readonly stepFailed: boolean;
  /** A build is under way. */
  readonly busy: boolean;
  /** The person chose to replace the sheets of the same names. */
  readonly replace: boolean;
  /** The replace confirmation is open. */
  readonly confirming: boolean;
  readonly firstRunDismissed: boolean;
  /** The spreadsheet's sheets, as the server last named them. */
  readonly existingSheets: readonly string[];
  readonly result: Built | null;
  readonly loadError: string;
}

/** Where focus goes after an event. */
export type Focus =
  | { to: 'title' }
  | { to: 'field'; path: string }
  | { to: 'confirmCancel' }
  | { to: 'replace' }
  | { to: 'general' };

/** What the page must do after an event. */
export type Effect =
  | { kind: 'focus'; focus: Focus }
  | { kind: 'announce'; text: string }
  | { kind: 'build'; answers: WizardAnswers; options: BuildOptions };

/** What can happen to the wizard. */
export type WizardEvent =
  | { type: 'loaded'; defaults: WizardDefaults }
  | { type: 'loadFailed'; message: string }
  | { type: 'switchLanguage'; language: Language }
  | { type: 'edit'; path: string; value: string | boolean }
  | { type: 'next' }
  | { type: 'goTo'; step: number }
  | { type: 'dismissFirstRun' }
  | { type: 'setReplace'; replace: boolean }
  | { type: 'cancelReplace' }
  | { type: 'confirmReplace' }
  | { type: 'buildAnswered'; result: BuildResult }
  | { type: 'buildFailed'; message: string }
  | { type: 'editAgain' };

/** The state before the server's defaults arrive. */
export function initialState(language: Language): WizardState {
  return {
    phase: 'loading',
    language,
    defaults: null,
    draft: {},
    step: 0,
    touched: [],
    serverProblems: {},
    general: [],
    stepFailed: false,
    busy: false,
    replace: false,
    confirming: false,
    firstRunDismissed: false,
    existingSheets: [],
    result: null,
    loadError: '',
  };
}

// ---- what the state implies ---------------------------------------------------------------

/** Whether the draft is a team plan. */
export function isTeam(state: WizardState): boolean {
  return state.draft['profile.kind'] === 'team';
}

/** The answers the draft holds, and every problem the client sees in them. */
export function readState(state: WizardState): { answers: WizardAnswers; problems: AnswerProblem[] } {
  if (!state.defaults) throw new Error('The wizard has no answers before its defaults are loaded.');
  return readDraft(state.draft, state.defaults.answers, state.language);
}

/** The message to show at each field now: the client's when touched, else the server's. */
export function shownProblems(state: WizardState): Map<string, string> {
  const shown = new Map<string, string>();
  for (const p of readState(state).problems)
    if (state.touched.includes(p.field) && !shown.has(p.field)) shown.set(p.field, p.message);
  for (const [field, message] of Object.entries(state.serverProblems))
    if (!shown.has(field)) shown.set(field, message);
  return shown;
}

/** The sheets the build makes, in the workbook's language. */
export function plannedSheets(state: WizardState): string[] {
  const { answers } = readState(state);
  return plannedSheetNames(answers.extras, answers.language);
}

/**
 * The existing sheets the build would meet, named as the spreadsheet spells them, and the free
 * name the first new sheet would get instead ("Plan (2)").
 */
export function sheetConflicts(state: WizardState): { names: string[]; example: string } {
  const planned = plannedSheets(state);
  const existing = [...state.existingSheets];
  const names = conflictingSheets(planned, existing);
  const first = planned.find((p) => conflictingSheets([p], existing).length > 0) ?? planned[0];
  return { names, example: freeSheetName(first, existing) };
}

/**
 * Whether a switch of the extras (`extras.events`) changes which sheets the build makes, given the
 * other answers: the Events table comes only with the contacts log (src/workbook/sheetKeys.ts), so
 * its switch does nothing, and is shown disabled, while the log's is off.
 */
export function extraHasEffect(state: WizardState, path: string): boolean {
  const { answers } = readState(state);
  const key = path.replace(/^extras\./, '') as keyof WizardAnswers['extras'];
  const sheets = (on: boolean) => plannedSheetKeys({ ...answers.extras, [key]: on }).join();
  return sheets(true) !== sheets(false);
}

/** Whether an edit of `path` changes which fields or notes show (the page re-renders rather than patches). */
export function changesLayout(path: string): boolean {
  return path === 'profile.kind' || path.startsWith('extras.');
}

// ---- events -------------------------------------------------------------------------------

type Next = { state: WizardState; effects: Effect[] };

const focus = (f: Focus): Effect => ({ kind: 'focus', focus: f });

/** The next state after `event`, and what the page must do. */
export function update(state: WizardState, event: WizardEvent): Next {
  switch (event.type) {
    case 'loaded': {
      const d = event.defaults;
      // The user's own language, as Sheets speaks to them (SPEC: the sidebar starts in the user's
      // locale), even over restored answers: those keep the workbook's language as an answer, but
      // a person whose locale changed since the last build reads the wizard in the new one.
      const language = knownLanguage(d.uiLanguage);
      return {
        state: {
          ...state,
          phase: 'wizard',
          language,
          defaults: d,
          draft: draftOfAnswers(d.answers, language),
          existingSheets: [...d.existingSheets],
        },
        effects: [],
      };
    }
    case 'loadFailed':
      return { state: { ...state, phase: 'loadError', loadError: event.message }, effects: [] };
    case 'switchLanguage':
      if (event.language === state.language || state.busy) return { state, effects: [] };
      // Client problems are re-worded in the new language; the server's keep their own words.
      return {
        state: {
          ...state,
          language: event.language,
          draft: translateDraft(state.draft, state.language, event.language),
        },
        effects: [],
      };
    case 'edit':
      return { state: edited(state, event.path, event.value), effects: [] };
    case 'goTo':
      return {
        state: { ...state, phase: 'wizard', step: event.step, stepFailed: false, confirming: false },
        effects: [focus({ to: 'title' })],
      };
    case 'next':
      return next(state);
    case 'dismissFirstRun':
      return { state: { ...state, firstRunDismissed: true }, effects: [focus({ to: 'title' })] };
    case 'setReplace':
      return { state: { ...state, replace: event.replace, confirming: false }, effects: [] };
    case 'cancelReplace':
      return { state: { ...state, confirming: false }, effects: [focus({ to: 'replace' })] };
    case 'confirmReplace':
      return state.confirming ? build(state, true) : { state, effects: [] };
    case 'buildAnswered':
      return answered(state, event.result);
    case 'buildFailed': {
      const t = sidebarMessages(state.language).result;
      return {
        state: { ...state, busy: false, general: [t.failed, event.message] },
        effects: [{ kind: 'announce', text: t.failed }, focus({ to: 'general' })],
      };
    }
    case 'editAgain':
      return update({ ...state, phase: 'wizard' }, { type: 'goTo', step: STEPS.indexOf('review') });
  }
}

function edited(state: WizardState, path: string, value: string | boolean): WizardState {
  const draft = { ...state.draft, [path]: value };
  // An individual plan holds people = 1; a team starts at the smallest team rather than at an error.
  if (path === 'profile.kind' && value === 'team' && !(Number(draft['profile.people']) >= 2))
    draft['profile.people'] = '2';
  const { [path]: _, ...serverProblems } = state.serverProblems;
  const touched = state.touched.includes(path) ? state.touched : [...state.touched, path];
  return { ...state, draft, touched, serverProblems };
}

function touchAll(state: WizardState, paths: string[]): WizardState {
  return { ...state, touched: [...new Set([...state.touched, ...paths])] };
}

/** Next on a question step, Build on the review. */
function next(state: WizardState): Next {
  if (state.busy) return { state, effects: [] };
  const key = STEPS[state.step];
  if (key === 'review') return build(state, false);
  const fields = fieldsOfStep(key, isTeam(state));
  const touched = touchAll(
    state,
    fields.map((f) => f.path),
  );
  const problems = shownProblems(touched);
  const first = fields.find((f) => problems.has(f.path));
  if (first)
    return { state: { ...touched, stepFailed: true }, effects: [focus({ to: 'field', path: first.path })] };
  return update(touched, { type: 'goTo', step: state.step + 1 });
}

/** Shows the step of the first problem (in the wizard's order) and puts focus on its input. */
function showFirstProblem(state: WizardState): Next {
  const problems = shownProblems(state);
  const first = FIELDS.find((f) => problems.has(f.path) && (isTeam(state) || !f.teamOnly));
  if (!first) return { state, effects: [] };
  return {
    state: { ...state, step: STEPS.indexOf(first.step), stepFailed: true },
    effects: [focus({ to: 'field', path: first.path })],
  };
}

function build(state: WizardState, confirmed: boolean): Next {
  const { answers, problems } = readState(state);
  if (problems.length > 0)
    return showFirstProblem(
      touchAll(
        state,
        FIELDS.map((f) => f.path),
      ),
    );
  const replaceExisting = state.replace && sheetConflicts(state).names.length > 0;
  if (replaceExisting && !confirmed)
    return { state: { ...state, confirming: true }, effects: [focus({ to: 'confirmCancel' })] };
  const t = sidebarMessages(state.language);
  return {
    state: { ...state, confirming: false, general: [], busy: true },
    effects: [
      { kind: 'announce', text: t.app.building },
      { kind: 'build', answers, options: { replaceExisting, uiLanguage: state.language } },
    ],
  };
}

function answered(state: WizardState, result: BuildResult): Next {
  const idle = { ...state, busy: false };
  if (result.kind === 'invalid') return takeServerProblems(idle, result.problems);
  const t = sidebarMessages(state.language).result;
  return {
    state: {
      ...idle,
      phase: 'done',
      result,
      replace: false,
      // The sheets as the spreadsheet now has them, from the server: no guess.
      existingSheets: [...result.sheetNames],
    },
    effects: [
      { kind: 'announce', text: `${t.title}. ${fill(t.sheetsMade, { names: result.sheets.join(', ') })}` },
      focus({ to: 'title' }),
    ],
  };
}

/** Puts each server problem at its field (or in the review's box when it names none the person sees). */
function takeServerProblems(state: WizardState, problems: AnswerProblem[]): Next {
  const general: string[] = [];
  const serverProblems: Record<string, string> = {};
  for (const p of problems) {
    const target = fieldOfPath(p.field);
    // A problem at an input the person cannot see (team resources of an individual plan) is
    // shown on the review with its path rather than pointing at nothing.
    const hidden = target === undefined || target === 'language' || (target.teamOnly && !isTeam(state));
    if (hidden) general.push(`${p.field}: ${p.message}`);
    else {
      const before = serverProblems[target.path];
      serverProblems[target.path] = before ? `${before} ${p.message}` : p.message;
    }
  }
  const next = { ...state, general, serverProblems };
  if (Object.keys(serverProblems).length > 0) return showFirstProblem(next);
  return { state: next, effects: [focus({ to: 'general' })] };
}
