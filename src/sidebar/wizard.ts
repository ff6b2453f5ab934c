/**
 * The sidebar wizard: its state, its rendering, and the flow from the server's defaults through
 * five steps to a built workbook. Text from the server or a person only ever reaches the page as
 * text nodes (see ./dom).
 */
import type { BuildResult, WizardDefaults } from '../server/contract';
import { type AnswerProblem, LANGUAGES, type Language, type WizardAnswers } from '../workbook/answers';
import { type Attr, fieldId, h } from './dom';
import {
  FIELDS,
  type FieldSpec,
  fieldOfPath,
  fieldsOfStep,
  type GroupKey,
  problemsInMessage,
  STEPS,
  type StepKey,
} from './fields';
import { fill, LANGUAGE_NAMES, type SidebarMessages, sidebarMessages } from './i18n';
import type { AsyncServer } from './server';
import { conflictingSheets, freeSheetName, plannedSheetNames } from './sheetNames';
import { type Draft, draftOfAnswers, readDraft, translateDraft } from './validate';

type View = 'loading' | 'loadError' | 'wizard' | 'done';

/** The wizard mounted in one element, talking to one server. */
export class Wizard {
  private view: View = 'loading';
  private language: Language;
  private t: SidebarMessages;
  private defaults?: WizardDefaults;
  private draft: Draft = {};
  private step = 0;
  /** Fields whose problems are shown: typed in, or on a step the person tried to leave. */
  private readonly touched = new Set<string>();
  /** Problems the server reported, by field path, until the field is edited. */
  private readonly serverProblems = new Map<string, string>();
  /** Problems that belong to no field (server failures), shown on the review step. */
  private general: string[] = [];
  private stepFailed = false;
  private busy = false;
  private replace = false;
  private confirming = false;
  private firstRunDismissed = false;
  private existingSheets: string[] = [];
  private result?: Extract<BuildResult, { kind: 'built' }>;
  private loadError = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly server: AsyncServer,
    initialLanguage: Language = 'en',
  ) {
    this.language = initialLanguage;
    this.t = sidebarMessages(initialLanguage);
    this.setLanguageState(initialLanguage);
  }

  /** Loads the defaults and shows the first step. */
  async start(): Promise<void> {
    this.render();
    try {
      const defaults = await this.server.getWizardDefaults();
      this.defaults = defaults;
      // Restored answers carry the language the person chose last time; otherwise the user's own.
      const language = defaults.restored ? defaults.answers.language : defaults.uiLanguage;
      this.setLanguageState(LANGUAGES.includes(language) ? language : 'en');
      this.draft = draftOfAnswers(defaults.answers, this.language);
      this.existingSheets = [...defaults.existingSheets];
      this.view = 'wizard';
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
      this.view = 'loadError';
    }
    this.render();
  }

  // ---- state -------------------------------------------------------------------------------

  private setLanguageState(language: Language): void {
    this.language = language;
    this.t = sidebarMessages(language);
    document.documentElement.lang = language;
  }

  private switchLanguage(language: Language): void {
    if (language === this.language) return;
    this.draft = translateDraft(this.draft, this.language, language);
    this.setLanguageState(language);
    // Client problems are re-worded in the new language; the server's keep their own words.
    this.render();
  }

  private get isTeam(): boolean {
    return this.draft['profile.kind'] === 'team';
  }

  private read(): { answers: WizardAnswers; problems: AnswerProblem[] } {
    return readDraft(this.draft, this.defaults!.answers, this.language, this.t);
  }

  /** The message to show at each field now: the client's when touched, else the server's. */
  private problemMap(): Map<string, string> {
    const shown = new Map<string, string>();
    for (const p of this.read().problems) if (this.touched.has(p.field)) shown.set(p.field, p.message);
    for (const [field, message] of this.serverProblems) if (!shown.has(field)) shown.set(field, message);
    return shown;
  }

  private conflicts(answers: WizardAnswers): string[] {
    return conflictingSheets(plannedSheetNames(answers.extras, this.t), this.existingSheets);
  }

  // ---- flow --------------------------------------------------------------------------------

  private goTo(step: number): void {
    this.step = step;
    this.stepFailed = false;
    this.confirming = false;
    this.render();
    this.root.querySelector<HTMLElement>('h2')?.focus();
  }

  private next(): void {
    if (this.busy) return;
    const key = STEPS[this.step];
    if (key === 'review') {
      void this.build(false);
      return;
    }
    const fields = fieldsOfStep(key, this.isTeam);
    for (const f of fields) this.touched.add(f.path);
    const problems = this.problemMap();
    const first = fields.find((f) => problems.has(f.path));
    if (first) {
      this.stepFailed = true;
      this.render();
      this.focusField(first.path);
      return;
    }
    this.goTo(this.step + 1);
  }

  /** Shows the step of the first problem (in the wizard's order) and puts focus on its input. */
  private showFirstProblem(): void {
    const problems = this.problemMap();
    const first = FIELDS.find((f) => problems.has(f.path) && (this.isTeam || !f.teamOnly));
    if (!first) {
      this.render();
      return;
    }
    this.step = STEPS.indexOf(first.step);
    this.stepFailed = true;
    this.render();
    this.focusField(first.path);
  }

  private async build(confirmed: boolean): Promise<void> {
    const { answers, problems } = this.read();
    if (problems.length > 0) {
      for (const f of FIELDS) this.touched.add(f.path);
      this.showFirstProblem();
      return;
    }
    const conflicts = this.conflicts(answers);
    const replaceExisting = this.replace && conflicts.length > 0;
    if (replaceExisting && !confirmed) {
      this.confirming = true;
      this.render();
      this.root.querySelector<HTMLElement>('#confirm-cancel')?.focus();
      return;
    }
    this.confirming = false;
    this.general = [];
    this.busy = true;
    this.announce(this.t.app.building);
    this.render();
    try {
      const serverProblems = await this.server.validateWizardAnswers(answers);
      if (serverProblems.length > 0) {
        this.busy = false;
        this.takeServerProblems(serverProblems);
        return;
      }
      const result = await this.server.buildWorkbook(answers, { replaceExisting });
      if (result.kind === 'invalid') {
        this.busy = false;
        this.takeServerProblems(result.problems);
        return;
      }
      this.result = result;
      this.existingSheets = [...result.sheetNames];
      this.replace = false;
      this.busy = false;
      this.view = 'done';
      this.announce(
        `${this.t.result.title}. ${fill(this.t.result.sheetsMade, { names: result.sheets.join(', ') })}`,
      );
      this.render();
      this.root.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      this.busy = false;
      const message = error instanceof Error ? error.message : String(error);
      const listed = problemsInMessage(message);
      if (listed) {
        this.takeServerProblems(listed);
        return;
      }
      this.general = [this.t.result.failed, message];
      this.announce(this.t.result.failed);
      this.render();
      this.root.querySelector<HTMLElement>('#general-problems')?.focus();
    }
  }

  /** Puts each server problem at its field (or in the review's box when it names none). */
  private takeServerProblems(problems: AnswerProblem[]): void {
    this.general = [];
    for (const p of problems) {
      const target = fieldOfPath(p.field);
      // A problem at an input the person cannot see (team resources of an individual plan) is
      // shown on the review with its path rather than pointing at nothing.
      const hidden = target === undefined || target === 'language' || (target.teamOnly && !this.isTeam);
      if (hidden) this.general.push(`${p.field}: ${p.message}`);
      else {
        const before = this.serverProblems.get(target.path);
        this.serverProblems.set(target.path, before ? `${before} ${p.message}` : p.message);
      }
    }
    if (this.serverProblems.size > 0) this.showFirstProblem();
    else {
      this.render();
      this.root.querySelector<HTMLElement>('#general-problems')?.focus();
    }
  }

  /** Says a change of state to screen readers through the page's one live region (index.html). */
  private announce(text: string): void {
    const region = document.getElementById('announcer');
    if (region) region.textContent = text;
  }

  private focusField(path: string): void {
    const input = this.root.querySelector<HTMLElement>(`[data-field="${path}"]`);
    input?.focus();
  }

  private onEdit(path: string, value: string | boolean): void {
    this.draft[path] = value;
    this.touched.add(path);
    this.serverProblems.delete(path);
    // An individual plan holds people = 1; a team starts at the smallest team rather than at an error.
    if (path === 'profile.kind' && value === 'team' && !(Number(this.draft['profile.people']) >= 2))
      this.draft['profile.people'] = '2';
    if (path === 'profile.kind' || path.startsWith('extras.')) {
      this.render();
      return;
    }
    this.updateProblems();
  }

  // ---- rendering ---------------------------------------------------------------------------

  /** Re-renders everything, keeping focus on the same control when it still exists. */
  private render(): void {
    const focusedId = document.activeElement?.id;
    this.root.replaceChildren(this.header(), this.body());
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  /** Updates the problem texts in place while a person types (re-rendering would move the caret). */
  private updateProblems(): void {
    const problems = this.problemMap();
    for (const el of Array.from(this.root.querySelectorAll<HTMLElement>('.problem[data-for]'))) {
      const path = el.dataset.for!;
      const message = problems.get(path) ?? '';
      el.textContent = message;
      el.hidden = message === '';
      for (const input of Array.from(this.root.querySelectorAll(`[data-field="${path}"]`))) {
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    }
  }

  private header(): HTMLElement {
    const select = h('select', { id: 'language', 'data-field': 'language', disabled: this.busy });
    for (const lang of LANGUAGES) {
      const option = h(
        'option',
        { value: lang, lang, selected: lang === this.language },
        LANGUAGE_NAMES[lang],
      );
      select.append(option);
    }
    select.addEventListener('change', () => this.switchLanguage(select.value as Language));
    return h(
      'header',
      { class: 'bar' },
      // The sidebar's own title bar already names the add-on; this row says where the person is.
      h(
        'span',
        { class: 'step-of', id: 'step-of' },
        this.view === 'wizard' ? fill(this.t.app.stepOf, { n: this.step + 1, total: STEPS.length }) : '',
      ),
      h('label', { class: 'lang', for: 'language' }, h('span', {}, this.t.app.language), select),
    );
  }

  private body(): HTMLElement {
    if (this.view === 'loading')
      return h('main', { 'aria-busy': 'true' }, h('div', { class: 'spinner', role: 'status' }));
    if (this.view === 'loadError')
      return h(
        'main',
        {},
        h(
          'div',
          { class: 'alert', role: 'alert' },
          h('p', {}, this.t.app.loadFailed),
          h('p', {}, this.loadError),
        ),
      );
    if (this.view === 'done') return this.resultView();
    return this.stepView();
  }

  private stepView(): HTMLElement {
    const key = STEPS[this.step];
    const t = this.t;
    const problems = this.problemMap();
    const form = h('form', { novalidate: true, 'aria-labelledby': 'step-title' });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.next();
    });
    const content = h('fieldset', { class: 'content', disabled: this.busy });
    content.append(
      h(
        'div',
        { class: 'stepper' },
        h(
          'div',
          { class: 'progress', 'aria-hidden': 'true' },
          ...STEPS.map((_, i) => h('span', { class: i <= this.step ? 'done' : '' })),
        ),
        h('h2', { id: 'step-title', tabindex: -1 }, t.steps[key]),
        h('p', { class: 'intro' }, t.intro[key]),
      ),
    );
    if (key === 'profile') content.append(...this.notes());
    if (key === 'review') content.append(this.review());
    else content.append(...this.fieldsView(key, problems));
    if (this.stepFailed && [...problems.keys()].some((p) => FIELDS.find((f) => f.path === p)?.step === key))
      content.append(h('p', { class: 'alert', role: 'alert' }, t.app.fixProblems));
    if (key === 'review' && this.general.length > 0)
      content.append(
        h(
          'div',
          { class: 'alert', id: 'general-problems', role: 'alert', tabindex: -1 },
          ...this.general.map((line) => h('p', {}, line)),
        ),
      );
    form.append(content, this.footer(key));
    return h('main', { 'aria-busy': this.busy ? 'true' : 'false' }, form);
  }

  private notes(): HTMLElement[] {
    const t = this.t.app;
    const notes: HTMLElement[] = [];
    if (this.defaults?.restored) notes.push(h('p', { class: 'note', id: 'restored-note' }, t.restored));
    else if (!this.firstRunDismissed) {
      const dismiss = h('button', { type: 'button', class: 'link', id: 'dismiss-first-run' }, t.dismiss);
      dismiss.addEventListener('click', () => {
        this.firstRunDismissed = true;
        this.render();
        this.root.querySelector<HTMLElement>('h2')?.focus();
      });
      notes.push(
        h(
          'section',
          { class: 'note', id: 'first-run-note', 'aria-labelledby': 'first-run-title' },
          h('h3', { id: 'first-run-title' }, t.firstRunTitle),
          h('p', {}, t.firstRun),
          dismiss,
        ),
      );
    }
    return notes;
  }

  private fieldsView(step: StepKey, problems: Map<string, string>): HTMLElement[] {
    const out: HTMLElement[] = [];
    let group: GroupKey | undefined;
    let box: HTMLElement | undefined;
    for (const f of fieldsOfStep(step, this.isTeam)) {
      if (f.group !== group) {
        group = f.group;
        box = undefined;
        if (group) {
          const money = fieldsOfStep(step, this.isTeam).some((x) => x.group === group && x.money);
          const legend = money ? `${this.t.groups[group]}, ${this.currency()}` : this.t.groups[group];
          box = h('fieldset', { class: 'group' }, h('legend', {}, legend));
          out.push(box);
        }
      }
      const row = this.fieldView(f, problems.get(f.path) ?? '');
      if (box) box.append(row);
      else out.push(row);
    }
    return out;
  }

  private currency(): string {
    const c = String(this.draft['profile.currency'] ?? '').trim();
    return /^[A-Za-z]{3}$/.test(c) ? c.toUpperCase() : '';
  }

  private fieldView(f: FieldSpec, problem: string): HTMLElement {
    const t = this.t;
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
          checked: this.draft[f.path] === value,
        });
        input.addEventListener('change', () => this.onEdit(f.path, value));
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
      const input = h('input', { ...common, type: 'checkbox', checked: this.draft[f.path] === true });
      input.addEventListener('change', () => this.onEdit(f.path, input.checked));
      return h(
        'div',
        { class: 'field switch' },
        h('label', { for: id }, input, h('span', {}, t.fields[f.path])),
        problemEl,
      );
    }
    if (f.kind === 'month') return this.monthView(f, common, problemEl);
    const inline = f.kind === 'amount' || f.kind === 'hours';
    const input = h('input', {
      ...common,
      type: 'text',
      inputmode: f.kind === 'count' ? 'numeric' : f.kind === 'currency' ? undefined : 'decimal',
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: f.kind === 'currency' ? 3 : undefined,
      class: f.kind === 'currency' ? 'upper' : undefined,
      value: String(this.draft[f.path] ?? ''),
    });
    input.addEventListener('input', () => this.onEdit(f.path, input.value));
    const unit = f.money && !f.group ? `, ${this.currency()}` : '';
    const label = h('label', { for: id }, `${t.fields[f.path]}${unit && this.currency() ? unit : ''}`);
    return h('div', { class: inline ? 'field inline' : 'field' }, label, input, problemEl);
  }

  /**
   * The first month as a month list named in the UI language and a year: the browser's own month
   * picker speaks the browser's language, not the one chosen in the switcher.
   */
  private monthView(f: FieldSpec, common: Record<string, Attr>, problemEl: HTMLElement): HTMLElement {
    const t = this.t.fields;
    const id = fieldId(f.path);
    const [year = '', month = '01'] = String(this.draft[f.path] ?? '').split('-');
    const names = new Intl.DateTimeFormat(this.language, { month: 'long', timeZone: 'UTC' });
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
    const update = () => this.onEdit(f.path, `${yearInput.value.trim()}-${monthSelect.value}`);
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

  private footer(key: StepKey): HTMLElement {
    const t = this.t.app;
    const back = h('button', { type: 'button', class: 'secondary', id: 'back', disabled: this.busy }, t.back);
    back.addEventListener('click', () => this.goTo(this.step - 1));
    const isReview = key === 'review';
    const primary = h(
      'button',
      {
        type: 'submit',
        class: 'primary',
        id: isReview ? 'build' : 'next',
        disabled: this.busy || this.confirming,
      },
      isReview ? t.build : t.next,
    );
    return h(
      'footer',
      { class: 'actions' },
      this.busy
        ? h('div', { class: 'status', id: 'build-status' }, h('span', { class: 'spinner small' }), t.building)
        : null,
      h('div', { class: 'buttons' }, this.step > 0 ? back : null, primary),
    );
  }

  // ---- review ------------------------------------------------------------------------------

  private review(): HTMLElement {
    const t = this.t;
    const r = t.review;
    const { answers } = this.read();
    const lang = this.language;
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
      change.addEventListener('click', () => this.goTo(STEPS.indexOf(step)));
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
        fill(r.currency, { currency: p.currency }),
        fill(r.start, { start: formatMonth(p.startMonth, lang) }),
        fill(r.months, { months: p.months }),
        fill(r.discount, { rate: pct(p.discountRate) }),
        p.inflation === null ? r.noInflation : fill(r.inflation, { rate: pct(p.inflation) }),
      ]),
      section('investments', [
        r.perMonth,
        fill(r.time, {
          hours: num(hours),
          rate: money(inv.hourlyRate),
          value: money(hours * inv.hourlyRate),
        }),
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
    );
    const planned = plannedSheetNames(answers.extras, t);
    out.append(
      h(
        'section',
        { class: 'summary' },
        h('h3', {}, r.sheets),
        h('p', { id: 'planned-sheets' }, planned.join(', ')),
      ),
    );
    const conflicts = this.conflicts(answers);
    if (conflicts.length > 0) out.append(this.conflictView(conflicts));
    return out;
  }

  private conflictView(conflicts: string[]): HTMLElement {
    const r = this.t.review;
    const names = conflicts.map((name) => fill(r.quoted, { name })).join(', ');
    const replace = h('input', { type: 'checkbox', id: 'replace-existing', checked: this.replace });
    replace.addEventListener('change', () => {
      this.replace = replace.checked;
      this.confirming = false;
      this.render();
    });
    const box = h(
      'div',
      { class: 'note warn', id: 'conflict-note' },
      h('p', {}, fill(r.conflict, { names, example: freeSheetName(conflicts[0], this.existingSheets) })),
      h('label', { class: 'switch', for: 'replace-existing' }, replace, h('span', {}, r.replace)),
    );
    if (this.confirming) {
      const cancel = h('button', { type: 'button', class: 'secondary', id: 'confirm-cancel' }, r.cancel);
      cancel.addEventListener('click', () => {
        this.confirming = false;
        this.render();
        this.root.querySelector<HTMLElement>('#replace-existing')?.focus();
      });
      const ok = h('button', { type: 'button', class: 'danger', id: 'confirm-replace' }, r.confirmReplace);
      ok.addEventListener('click', () => void this.build(true));
      const panel = h(
        'div',
        {
          class: 'confirm',
          role: 'alertdialog',
          'aria-labelledby': 'confirm-title',
          'aria-describedby': 'confirm-text',
        },
        h('h3', { id: 'confirm-title' }, r.confirmTitle),
        h('p', { id: 'confirm-text' }, fill(r.confirm, { names })),
        h('div', { class: 'buttons' }, cancel, ok),
      );
      // Escape answers "no", as it does in a dialog.
      panel.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') cancel.click();
      });
      box.append(panel);
    }
    return box;
  }

  // ---- result ------------------------------------------------------------------------------

  private resultView(): HTMLElement {
    const t = this.t.result;
    const result = this.result!;
    const { answers } = this.read();
    const lang = this.language;
    const money = (v: number) => formatMoney(v, answers.profile.currency, lang);
    const { headline } = result;
    const again = h('button', { type: 'button', class: 'secondary', id: 'edit-answers' }, t.again);
    again.addEventListener('click', () => {
      this.view = 'wizard';
      this.goTo(STEPS.indexOf('review'));
    });
    return h(
      'main',
      {},
      h(
        'div',
        { class: 'content result' },
        h('h2', { tabindex: -1, id: 'result-title' }, t.title),
        h('p', { id: 'sheets-made' }, fill(t.sheetsMade, { names: result.sheets.join(', ') })),
        result.replaced.length > 0
          ? h('p', {}, fill(t.replaced, { names: result.replaced.join(', ') }))
          : null,
        headline === null
          ? null
          : headline.netRoi === null
            ? h('p', { class: 'headline', id: 'net-roi' }, t.netRoiNone)
            : h(
                'p',
                { class: 'headline', id: 'net-roi' },
                h('span', { class: 'label' }, t.netRoi),
                h('span', { class: 'figure' }, formatPercent(headline.netRoi, lang)),
              ),
        headline === null
          ? null
          : h(
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
        h('div', { class: 'buttons' }, again),
      ),
    );
  }
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
