/**
 * The wizard's views: each renders a part of the state (src/sidebar/state.ts) as elements and
 * turns the person's actions into events. They keep no state. Text from the server or a person
 * only ever reaches the page as text nodes (src/ui/dom).
 */

import { LANGUAGES, type Language, languageFacts } from '../i18n/languages';
import { type Attr, fieldId, h } from '../ui/dom';
import { FIELDS, type FieldSpec, fieldsOfStep, type GroupKey, STEPS, type StepKey } from './fields';
import { fill, type SidebarMessages, sidebarMessages } from './i18n';
import { decidingSection } from './sheetNames';
import {
  extraHasEffect,
  isTeam,
  plannedSheets,
  readState,
  sheetConflicts,
  shownProblems,
  type WizardEvent,
  type WizardState,
} from './state';

/** Sends an event to the state machine. */
export type Dispatch = (event: WizardEvent) => void;

/** The whole sidebar: the header bar and the current phase's body. */
export function wizardView(state: WizardState, dispatch: Dispatch): HTMLElement[] {
  return [header(state, dispatch), body(state, dispatch)];
}

function header(state: WizardState, dispatch: Dispatch): HTMLElement {
  const t = sidebarMessages(state.language);
  const select = h('select', { id: 'language', 'data-field': 'language', disabled: state.busy });
  for (const lang of LANGUAGES)
    select.append(
      h('option', { value: lang, lang, selected: lang === state.language }, languageFacts(lang).name),
    );
  select.addEventListener('change', () =>
    dispatch({ type: 'switchLanguage', language: select.value as Language }),
  );
  return h(
    'header',
    { class: 'bar' },
    // The sidebar's own title bar already names the add-on; this row says where the person is.
    h(
      'span',
      { class: 'step-of', id: 'step-of' },
      state.phase === 'wizard' ? fill(t.app.stepOf, { n: state.step + 1, total: STEPS.length }) : '',
    ),
    h('label', { class: 'lang', for: 'language' }, h('span', {}, t.app.language), select),
  );
}

function body(state: WizardState, dispatch: Dispatch): HTMLElement {
  const t = sidebarMessages(state.language);
  if (state.phase === 'loading')
    return h('main', { 'aria-busy': 'true' }, h('div', { class: 'spinner', role: 'status' }));
  if (state.phase === 'loadError')
    return h(
      'main',
      {},
      h('div', { class: 'alert', role: 'alert' }, h('p', {}, t.app.loadFailed), h('p', {}, state.loadError)),
    );
  if (state.phase === 'done') return resultView(state, dispatch);
  return stepView(state, dispatch);
}

function stepView(state: WizardState, dispatch: Dispatch): HTMLElement {
  const key = STEPS[state.step];
  const t = sidebarMessages(state.language);
  const problems = shownProblems(state);
  const form = h('form', { novalidate: true, 'aria-labelledby': 'step-title' });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    dispatch({ type: 'next' });
  });
  const content = h('fieldset', { class: 'content', disabled: state.busy });
  content.append(
    h(
      'div',
      { class: 'stepper' },
      h(
        'div',
        { class: 'progress', 'aria-hidden': 'true' },
        ...STEPS.map((_, i) => h('span', { class: i <= state.step ? 'done' : '' })),
      ),
      h('h2', { id: 'step-title', tabindex: -1 }, t.steps[key]),
      h('p', { class: 'intro' }, t.intro[key]),
    ),
  );
  if (key === 'profile') content.append(...notes(state, dispatch));
  if (key === 'review') content.append(review(state, dispatch));
  else content.append(...fieldsView(state, key, problems, dispatch));
  if (state.stepFailed && [...problems.keys()].some((p) => FIELDS.find((f) => f.path === p)?.step === key))
    content.append(h('p', { class: 'alert', role: 'alert' }, t.app.fixProblems));
  if (key === 'review' && state.general.length > 0)
    content.append(
      h(
        'div',
        { class: 'alert', id: 'general-problems', role: 'alert', tabindex: -1 },
        ...state.general.map((line) => h('p', {}, line)),
      ),
    );
  form.append(content, footer(state, key, dispatch));
  return h('main', { 'aria-busy': state.busy ? 'true' : 'false' }, form);
}

function notes(state: WizardState, dispatch: Dispatch): HTMLElement[] {
  const t = sidebarMessages(state.language).app;
  if (state.defaults?.restored) return [h('p', { class: 'note', id: 'restored-note' }, t.restored)];
  if (state.firstRunDismissed) return [];
  const dismiss = h('button', { type: 'button', class: 'link', id: 'dismiss-first-run' }, t.dismiss);
  dismiss.addEventListener('click', () => dispatch({ type: 'dismissFirstRun' }));
  return [
    h(
      'section',
      { class: 'note', id: 'first-run-note', 'aria-labelledby': 'first-run-title' },
      h('h3', { id: 'first-run-title' }, t.firstRunTitle),
      h('p', {}, t.firstRun),
      dismiss,
    ),
  ];
}

/** The plan's currency code as typed, when it looks like one (for labels). */
function currency(state: WizardState): string {
  const c = String(state.draft['profile.currency'] ?? '').trim();
  return /^[A-Za-z]{3}$/.test(c) ? c.toUpperCase() : '';
}

function fieldsView(
  state: WizardState,
  step: StepKey,
  problems: Map<string, string>,
  dispatch: Dispatch,
): HTMLElement[] {
  const t = sidebarMessages(state.language);
  const fields = fieldsOfStep(step, isTeam(state));
  const out: HTMLElement[] = [];
  let group: GroupKey | undefined;
  let box: HTMLElement | undefined;
  for (const f of fields) {
    if (f.group !== group) {
      group = f.group;
      box = undefined;
      if (group) {
        const money = fields.some((x) => x.group === group && x.money);
        const legend = money ? `${t.groups[group]}, ${currency(state)}` : t.groups[group];
        box = h('fieldset', { class: 'group' }, h('legend', {}, legend));
        if (group === 'extras') box.append(h('p', { class: 'hint', id: 'extras-note' }, t.notes.extras));
        out.push(box);
      }
    }
    const row = fieldView(state, f, problems.get(f.path) ?? '', dispatch);
    if (box) box.append(row);
    else out.push(row);
  }
  return out;
}

function fieldView(state: WizardState, f: FieldSpec, problem: string, dispatch: Dispatch): HTMLElement {
  const t = sidebarMessages(state.language);
  const edit = (value: string | boolean) => dispatch({ type: 'edit', path: f.path, value });
  const id = fieldId(f.path);
  const problemId = fieldId(f.path, '-problem');
  const problemEl = h(
    'p',
    { class: 'problem', id: problemId, 'data-for': f.path, hidden: problem === '' },
    problem,
  );
  const common = {
    id,
    name: f.path,
    'data-field': f.path,
    'aria-describedby': problemId,
    'aria-invalid': problem ? 'true' : undefined,
  };
  if (f.kind === 'kind') {
    const radios = (['individual', 'team'] as const).map((value) => {
      const input = h('input', {
        ...common,
        id: `${id}-${value}`,
        type: 'radio',
        value,
        checked: state.draft[f.path] === value,
      });
      input.addEventListener('change', () => edit(value));
      return h('label', { class: 'choice' }, input, h('span', {}, t.fields[`profile.kind.${value}`]));
    });
    return h(
      'fieldset',
      { class: 'field kind' },
      h('legend', {}, t.fields[f.path]),
      h('div', { class: 'segmented' }, ...radios),
      problemEl,
    );
  }
  if (f.kind === 'switch') {
    // An extra sheet that another switch rules out (events without the log) cannot be chosen now.
    const ruledOut = f.group === 'extras' && !extraHasEffect(state, f.path);
    const input = h('input', {
      ...common,
      type: 'checkbox',
      checked: state.draft[f.path] === true,
      disabled: ruledOut,
    });
    input.addEventListener('change', () => edit(input.checked));
    return h(
      'div',
      { class: 'field switch' },
      h('label', { for: id }, input, h('span', {}, t.fields[f.path])),
      problemEl,
    );
  }
  if (f.kind === 'month') return monthView(state, f, common, problemEl, edit);
  if (f.kind === 'names') {
    const area = h('textarea', { ...common, rows: 3, autocomplete: 'off', spellcheck: 'false' });
    area.value = String(state.draft[f.path] ?? '');
    area.addEventListener('input', () => edit(area.value));
    return h('div', { class: 'field' }, h('label', { for: id }, t.fields[f.path]), area, problemEl);
  }
  const inline = f.kind === 'amount' || f.kind === 'hours';
  const input = h('input', {
    ...common,
    type: 'text',
    inputmode: f.kind === 'count' ? 'numeric' : f.kind === 'currency' ? undefined : 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: f.kind === 'currency' ? 3 : undefined,
    class: f.kind === 'currency' ? 'upper' : undefined,
    value: String(state.draft[f.path] ?? ''),
  });
  input.addEventListener('input', () => edit(input.value));
  const unit = f.money && !f.group && currency(state) ? `, ${currency(state)}` : '';
  const label = h('label', { for: id }, `${t.fields[f.path]}${unit}`);
  return h('div', { class: inline ? 'field inline' : 'field' }, label, input, problemEl);
}

/**
 * The first month as a month list named in the UI language and a year: the browser's own month
 * picker speaks the browser's language, not the one chosen in the switcher.
 */
function monthView(
  state: WizardState,
  f: FieldSpec,
  common: Record<string, Attr>,
  problemEl: HTMLElement,
  edit: (value: string) => void,
): HTMLElement {
  const t = sidebarMessages(state.language).fields;
  const id = fieldId(f.path);
  const [year = '', month = '01'] = String(state.draft[f.path] ?? '').split('-');
  const names = new Intl.DateTimeFormat(state.language, { month: 'long', timeZone: 'UTC' });
  const monthSelect = h('select', { ...common, id: `${id}-month` });
  for (let m = 1; m <= 12; m++) {
    const value = String(m).padStart(2, '0');
    const name = names.format(Date.UTC(2000, m - 1, 1));
    monthSelect.append(
      h('option', { value, selected: value === month }, name.charAt(0).toUpperCase() + name.slice(1)),
    );
  }
  const yearInput = h('input', {
    ...common,
    id: `${id}-year`,
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: 4,
    value: year,
  });
  const update = () => edit(`${yearInput.value.trim()}-${monthSelect.value}`);
  monthSelect.addEventListener('change', update);
  yearInput.addEventListener('input', update);
  return h(
    'fieldset',
    { class: 'field month' },
    h('legend', {}, t[f.path]),
    h(
      'div',
      { class: 'month-row' },
      h('label', { class: 'sr-only', for: `${id}-month` }, t['profile.startMonth.month']),
      monthSelect,
      h('label', { class: 'sr-only', for: `${id}-year` }, t['profile.startMonth.year']),
      yearInput,
    ),
    problemEl,
  );
}

/**
 * The sticky footer: Back and Next/Build, the build's progress, and the replace confirmation.
 * The confirmation sits here rather than in the review's text so that it is always in view,
 * never under the footer, and its buttons can take focus where the person sees them.
 */
function footer(state: WizardState, key: StepKey, dispatch: Dispatch): HTMLElement {
  const t = sidebarMessages(state.language);
  if (state.confirming) return confirmation(state, t, dispatch);
  const back = h(
    'button',
    { type: 'button', class: 'secondary', id: 'back', disabled: state.busy },
    t.app.back,
  );
  back.addEventListener('click', () => dispatch({ type: 'goTo', step: state.step - 1 }));
  const isReview = key === 'review';
  const primary = h(
    'button',
    { type: 'submit', class: 'primary', id: isReview ? 'build' : 'next', disabled: state.busy },
    isReview ? t.app.build : t.app.next,
  );
  return h(
    'footer',
    { class: 'actions' },
    state.busy
      ? h(
          'div',
          { class: 'status', id: 'build-status' },
          h('span', { class: 'spinner small' }),
          t.app.building,
        )
      : null,
    h('div', { class: 'buttons' }, state.step > 0 ? back : null, primary),
  );
}

function quotedNames(names: string[], t: SidebarMessages): string {
  return names.map((name) => fill(t.review.quoted, { name })).join(', ');
}

function confirmation(state: WizardState, t: SidebarMessages, dispatch: Dispatch): HTMLElement {
  const r = t.review;
  const cancel = h('button', { type: 'button', class: 'secondary', id: 'confirm-cancel' }, r.cancel);
  cancel.addEventListener('click', () => dispatch({ type: 'cancelReplace' }));
  const ok = h('button', { type: 'button', class: 'danger', id: 'confirm-replace' }, r.confirmReplace);
  ok.addEventListener('click', () => dispatch({ type: 'confirmReplace' }));
  const panel = h(
    'footer',
    {
      class: 'actions confirm',
      id: 'confirm-panel',
      role: 'alertdialog',
      'aria-labelledby': 'confirm-title',
      'aria-describedby': 'confirm-text',
    },
    h('h3', { id: 'confirm-title' }, r.confirmTitle),
    h('p', { id: 'confirm-text' }, fill(r.confirm, { names: quotedNames(sheetConflicts(state).names, t) })),
    h('div', { class: 'buttons' }, cancel, ok),
  );
  // Escape answers "no", as it does in a dialog.
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') dispatch({ type: 'cancelReplace' });
  });
  return panel;
}

function review(state: WizardState, dispatch: Dispatch): HTMLElement {
  const t = sidebarMessages(state.language);
  const r = t.review;
  const { answers } = readState(state);
  const lang = state.language;
  const money = (v: number) => formatMoney(v, answers.profile.currency, lang);
  const num = (v: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(v);
  const pct = (v: number) => formatPercent(v, lang);
  const sum = (o: object) =>
    Object.values(o).reduce((a: number, b) => a + (typeof b === 'number' ? b : 0), 0);
  const p = answers.profile;
  const inv = answers.investments;
  const ret = answers.returns;
  const hours = sum(inv.hours);
  const section = (step: StepKey, lines: string[]) => {
    const change = h('button', { type: 'button', class: 'link', 'data-goto': step }, r.change);
    change.addEventListener('click', () => dispatch({ type: 'goTo', step: STEPS.indexOf(step) }));
    return h(
      'section',
      { class: 'summary', 'aria-label': t.steps[step] },
      h('div', { class: 'summary-head' }, h('h3', {}, t.steps[step]), change),
      h('ul', {}, ...lines.map((line) => h('li', {}, line))),
    );
  };
  const out = h('div', { class: 'review' });
  out.append(
    section('profile', [
      p.kind === 'team' ? fill(r.team, { people: p.people }) : r.individual,
      ...(p.kind === 'team' && p.members.length > 0
        ? [fill(r.members, { names: p.members.join(', ') })]
        : []),
      fill(r.currency, { currency: p.currency }),
      fill(r.start, { start: formatMonth(p.startMonth, lang) }),
      fill(r.months, { months: p.months }),
      fill(r.discount, { rate: pct(p.discountRate) }),
      p.inflation === null ? r.noInflation : fill(r.inflation, { rate: pct(p.inflation) }),
    ]),
    section('investments', [
      r.perMonth,
      fill(r.time, { hours: num(hours), rate: money(inv.hourlyRate), value: money(hours * inv.hourlyRate) }),
      fill(r.money, { value: money(sum(inv.money)) }),
      ...(p.kind === 'team' ? [fill(r.resources, { value: money(sum(inv.resources)) })] : []),
    ]),
    section('returns', [
      r.perMonth,
      fill(r.returnsDirect, { value: money(sum(ret.direct)) }),
      fill(r.returnsIndirect, { value: money(sum(ret.indirect)) }),
      fill(ret.countIntangible ? r.returnsIntangibleCounted : r.returnsIntangibleNotCounted, {
        value: money(sum(ret.intangible)),
      }),
    ]),
    section('funnel', [
      fill(r.funnel, {
        contacts: num(answers.funnel.newContacts),
        conversions: num(answers.funnel.conversions),
        deal: money(answers.funnel.averageDeal),
        revenue: money(answers.funnel.conversions * answers.funnel.averageDeal),
      }),
    ]),
    h(
      'section',
      { class: 'summary' },
      h('h3', {}, r.sheets),
      h('p', { id: 'planned-sheets' }, plannedSheets(state).join(', ')),
      h('p', { id: 'deciding-note' }, fill(r.deciding, decidingSection(answers.language))),
    ),
  );
  const conflicts = sheetConflicts(state);
  if (conflicts.names.length > 0) {
    const replace = h('input', { type: 'checkbox', id: 'replace-existing', checked: state.replace });
    replace.addEventListener('change', () => dispatch({ type: 'setReplace', replace: replace.checked }));
    out.append(
      h(
        'div',
        { class: 'note warn', id: 'conflict-note' },
        h('p', {}, fill(r.conflict, { names: quotedNames(conflicts.names, t), example: conflicts.example })),
        h('label', { class: 'switch', for: 'replace-existing' }, replace, h('span', {}, r.replace)),
      ),
    );
  }
  return out;
}

function resultView(state: WizardState, dispatch: Dispatch): HTMLElement {
  const t = sidebarMessages(state.language).result;
  const result = state.result!;
  const { answers } = readState(state);
  const lang = state.language;
  const money = (v: number) => formatMoney(v, answers.profile.currency, lang);
  const { headline } = result;
  const again = h('button', { type: 'button', class: 'secondary', id: 'edit-answers' }, t.again);
  again.addEventListener('click', () => dispatch({ type: 'editAgain' }));
  const figures = headline
    ? [
        headline.netRoi === null
          ? h('p', { class: 'headline', id: 'net-roi' }, t.netRoiNone)
          : h(
              'p',
              { class: 'headline', id: 'net-roi' },
              h('span', { class: 'label' }, t.netRoi),
              h('span', { class: 'figure' }, formatPercent(headline.netRoi, lang)),
            ),
        h(
          'ul',
          {},
          h('li', {}, `${t.investment}: ${money(headline.totalInvestment)}`),
          h('li', {}, `${t.totalReturn}: ${money(headline.totalReturn)}`),
          h(
            'li',
            {},
            headline.paybackMonths === null
              ? t.noPayback
              : fill(t.payback, {
                  months: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(
                    headline.paybackMonths,
                  ),
                }),
          ),
        ),
      ]
    : [h('p', { id: 'no-figures' }, t.noFigures)];
  return h(
    'main',
    {},
    h(
      'div',
      { class: 'content result' },
      h('h2', { tabindex: -1, id: 'result-title' }, t.title),
      h('p', { id: 'sheets-made' }, fill(t.sheetsMade, { names: result.sheets.join(', ') })),
      result.replaced.length > 0
        ? h('p', { id: 'sheets-replaced' }, fill(t.replaced, { names: result.replaced.join(', ') }))
        : null,
      result.keptAside.length > 0
        ? h('p', { id: 'sheets-kept-aside' }, fill(t.keptAside, { names: result.keptAside.join(', ') }))
        : null,
      ...figures,
      h('div', { class: 'buttons' }, again),
    ),
  );
}

/** An amount in the plan's currency as `language` writes it; the bare number when the code is unknown. */
export function formatMoney(value: number, currency: string, language: Language): string {
  // Whole amounts without ".00" (estimates are mostly whole); cents in full when there are any.
  const digits = Number.isInteger(value) ? 0 : 2;
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency, ...options }).format(value);
  } catch {
    return `${new Intl.NumberFormat(language, options).format(value)} ${currency}`;
  }
}

/** A fraction as a percentage in `language` (0.1 → "10 %" in Russian, "10%" in English). */
export function formatPercent(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** "2027-01" as `language` names the month ("January 2027"). */
export function formatMonth(month: string, language: Language): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 1),
  );
}
