// The wizard's state machine, driven without a browser: steps, problems, the replace confirmation and the build.
import type { WizardDefaults } from '../../src/server/contract';
import { STEPS } from '../../src/sidebar/fields';
import { sidebarMessages } from '../../src/sidebar/i18n';
import {
  type Effect,
  initialState,
  readState,
  sheetConflicts,
  shownProblems,
  update,
  type WizardEvent,
  type WizardState,
} from '../../src/sidebar/state';
import { defaultAnswers } from '../../src/workbook/defaults';

function defaults(over: Partial<WizardDefaults> = {}): WizardDefaults {
  return {
    uiLanguage: 'en',
    answers: defaultAnswers({ language: 'en', currency: 'EUR', startMonth: '2027-01' }),
    restored: false,
    existingSheets: [],
    spreadsheetLocale: 'en_GB',
    ...over,
  };
}

/** Runs events from the loaded state; returns the last state and every effect on the way. */
function run(events: WizardEvent[], over: Partial<WizardDefaults> = {}) {
  let state: WizardState = update(initialState('en'), { type: 'loaded', defaults: defaults(over) }).state;
  const effects: Effect[] = [];
  for (const event of events) {
    const next = update(state, event);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

const nexts = (n: number): WizardEvent[] => Array.from({ length: n }, () => ({ type: 'next' }));

describe('the wizard state machine', () => {
  it('starts in the user’s language, also over restored answers built in another (the rest of them kept)', () => {
    // A Finnish build, reopened by a person whose locale is now Russian: Russian, as Sheets speaks to them.
    const restored = defaultAnswers({ language: 'fi', currency: 'NOK', startMonth: '2027-01' });
    const reopened = run([], { restored: true, answers: restored, uiLanguage: 'ru' }).state;
    expect(reopened.language).toBe('ru');
    expect(readState(reopened).answers.profile.currency).toBe('NOK');
    expect(run([], { uiLanguage: 'ru' }).state.language).toBe('ru');
    expect(run([]).state.phase).toBe('wizard');
  });

  it('goes from step to step with Next, focusing each step’s title', () => {
    const { state, effects } = run(nexts(4));
    expect(STEPS[state.step]).toBe('review');
    expect(effects).toEqual(Array(4).fill({ kind: 'focus', focus: { to: 'title' } }));
  });

  it('keeps a step with a problem, shows it and puts focus on its field', () => {
    const { state, effects } = run([{ type: 'edit', path: 'profile.months', value: '0' }, { type: 'next' }]);
    expect(state.step).toBe(0);
    expect(state.stepFailed).toBe(true);
    expect(shownProblems(state).get('profile.months')).toBe('Enter a whole number from 1 to 60.');
    expect(effects).toEqual([{ kind: 'focus', focus: { to: 'field', path: 'profile.months' } }]);
  });

  it('shows a problem only once its field is touched', () => {
    const changed = defaultAnswers({ language: 'en', currency: 'EUR', startMonth: '2027-01' });
    changed.profile.months = 0;
    const { state } = run([], { answers: changed });
    expect(shownProblems(state).size).toBe(0);
    expect(readState(state).problems.map((p) => p.field)).toEqual(['profile.months']);
  });

  it('asks the server to build once, with the sidebar’s language, and no validation round trip first', () => {
    const { state, effects } = run([{ type: 'switchLanguage', language: 'fi' }, ...nexts(5)]);
    expect(state.busy).toBe(true);
    const builds = effects.filter((e) => e.kind === 'build');
    expect(builds).toHaveLength(1);
    expect(builds[0]).toMatchObject({ options: { replaceExisting: false, uiLanguage: 'fi' } });
    expect(effects.filter((e) => e.kind !== 'build' && e.kind !== 'focus')).toEqual([
      { kind: 'announce', text: sidebarMessages('fi').app.building },
    ]);
  });

  it('ignores a language switch while it builds', () => {
    const { state } = run([...nexts(5), { type: 'switchLanguage', language: 'ru' }]);
    expect(state.language).toBe('en');
  });

  it('puts the problems of an invalid build at their fields, on their step, until edited', () => {
    const problem = {
      field: 'funnel.averageDeal',
      code: 'tooLarge' as const,
      message: 'Enter at most 1,000,000,000.',
    };
    const { state, effects } = run([
      ...nexts(5),
      { type: 'buildAnswered', result: { kind: 'invalid', problems: [problem] } },
    ]);
    expect(state.busy).toBe(false);
    expect(STEPS[state.step]).toBe('funnel');
    expect(shownProblems(state).get('funnel.averageDeal')).toBe(problem.message);
    expect(effects.at(-1)).toEqual({ kind: 'focus', focus: { to: 'field', path: 'funnel.averageDeal' } });
    const edited = update(state, { type: 'edit', path: 'funnel.averageDeal', value: '80' }).state;
    expect(shownProblems(edited).size).toBe(0);
  });

  it('shows a problem at a field the person cannot see on the review, with its path', () => {
    const problem = {
      field: 'investments.resources.staff',
      code: 'negative' as const,
      message: 'Enter 0 or more.',
    };
    const { state } = run([
      ...nexts(5),
      { type: 'buildAnswered', result: { kind: 'invalid', problems: [problem] } },
    ]);
    expect(state.general).toEqual(['investments.resources.staff: Enter 0 or more.']);
    expect(STEPS[state.step]).toBe('review');
  });

  it('takes the spreadsheet’s sheets from the server after a build, not from a guess', () => {
    const sheetNames = ['Sheet1', 'plan', 'Plan (2)', 'Summary', 'Contacts', 'Channels'];
    const { state } = run(
      [
        ...nexts(5),
        {
          type: 'buildAnswered',
          result: {
            kind: 'built',
            sheets: ['Plan (2)', 'Summary', 'Contacts', 'Channels'],
            replaced: [],
            keptAside: [],
            sheetNames,
            headline: null,
          },
        },
      ],
      { existingSheets: ['Sheet1', 'plan'] },
    );
    expect(state.phase).toBe('done');
    expect(state.existingSheets).toEqual(sheetNames);
  });

  it('says a failed build on the review and gives the controls back', () => {
    const { state, effects } = run([...nexts(5), { type: 'buildFailed', message: 'Timed out.' }]);
    expect(state.busy).toBe(false);
    expect(state.general).toEqual(['The workbook was not built.', 'Timed out.']);
    expect(effects.at(-1)).toEqual({ kind: 'focus', focus: { to: 'general' } });
  });
});

describe('replacing existing sheets', () => {
  const existingSheets = ['plan', 'Notes', 'SUMMARY'];
  const toReview = [...nexts(4), { type: 'setReplace', replace: true } as WizardEvent];

  it('names the sheets it would replace as the spreadsheet spells them', () => {
    const { state } = run(nexts(4), { existingSheets });
    expect(sheetConflicts(state)).toEqual({ names: ['plan', 'SUMMARY'], example: 'Plan (2)' });
  });

  it('asks for confirmation first, with focus on Cancel, and builds nothing', () => {
    const { state, effects } = run([...toReview, { type: 'next' }], { existingSheets });
    expect(state.confirming).toBe(true);
    expect(effects.filter((e) => e.kind === 'build')).toEqual([]);
    expect(effects.at(-1)).toEqual({ kind: 'focus', focus: { to: 'confirmCancel' } });
  });

  it('goes back to the replace switch on Cancel', () => {
    const { state, effects } = run([...toReview, { type: 'next' }, { type: 'cancelReplace' }], {
      existingSheets,
    });
    expect(state.confirming).toBe(false);
    expect(effects.at(-1)).toEqual({ kind: 'focus', focus: { to: 'replace' } });
  });

  it('builds in replace mode once confirmed, and never without the confirmation', () => {
    expect(
      run([...toReview, { type: 'confirmReplace' }], { existingSheets }).effects.some(
        (e) => e.kind === 'build',
      ),
    ).toBe(false);
    const { effects } = run([...toReview, { type: 'next' }, { type: 'confirmReplace' }], { existingSheets });
    expect(effects.filter((e) => e.kind === 'build')).toEqual([
      expect.objectContaining({ options: { replaceExisting: true, uiLanguage: 'en' } }),
    ]);
  });

  it('builds under free names without asking when nothing is in the way', () => {
    const { effects } = run([...toReview, { type: 'next' }], { existingSheets: ['Notes'] });
    expect(effects.filter((e) => e.kind === 'build')).toEqual([
      expect.objectContaining({ options: { replaceExisting: false, uiLanguage: 'en' } }),
    ]);
  });
});
