/**
 * The sidebar wizard mounted in one element: it holds the state (./state), renders it with the
 * views (./views), and carries out the effects the state machine asks for: focus, announcements
 * and the server's build.
 */
import type { AsyncServer } from '../ui/server';
import type { Language } from '../workbook/answers';
import {
  changesLayout,
  type Effect,
  type Focus,
  initialState,
  shownProblems,
  update,
  type WizardEvent,
  type WizardState,
} from './state';
import { wizardView } from './views';

/** The server functions the wizard calls. */
export type WizardServer = AsyncServer<'getWizardDefaults' | 'buildWorkbook'>;

/** The wizard mounted in one element, talking to one server. */
export class Wizard {
  private state: WizardState;

  constructor(
    private readonly root: HTMLElement,
    private readonly server: WizardServer,
    initialLanguage: Language = 'en',
  ) {
    this.state = initialState(initialLanguage);
  }

  /** Loads the defaults and shows the first step. */
  async start(): Promise<void> {
    this.render();
    try {
      this.dispatch({ type: 'loaded', defaults: await this.server.getWizardDefaults() });
    } catch (error) {
      this.dispatch({ type: 'loadFailed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Runs an event through the state machine, shows the new state and carries out its effects. */
  private readonly dispatch = (event: WizardEvent): void => {
    const { state, effects } = update(this.state, event);
    this.state = state;
    // Typing in a field only changes problem texts: patch them, for a re-render would move the caret.
    if (event.type === 'edit' && !changesLayout(event.path)) this.updateProblems();
    else this.render();
    for (const effect of effects) this.perform(effect);
  };

  private perform(effect: Effect): void {
    if (effect.kind === 'focus') this.focus(effect.focus);
    else if (effect.kind === 'announce') {
      // The page's one live region (index.html) tells screen readers.
      const region = document.getElementById('announcer');
      if (region) region.textContent = effect.text;
    } else {
      this.server.buildWorkbook(effect.answers, effect.options).then(
        (result) => this.dispatch({ type: 'buildAnswered', result }),
        (error) =>
          this.dispatch({
            type: 'buildFailed',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    }
  }

  private focus(focus: Focus): void {
    const selector = {
      title: 'h2',
      field: focus.to === 'field' ? `[data-field="${focus.path}"]` : '',
      confirmCancel: '#confirm-cancel',
      replace: '#replace-existing',
      general: '#general-problems',
    }[focus.to];
    this.root.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Re-renders everything, keeping focus on the same control when it still exists. */
  private render(): void {
    document.documentElement.lang = this.state.language;
    const focusedId = document.activeElement?.id;
    this.root.replaceChildren(...wizardView(this.state, this.dispatch));
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  /** Updates the problem texts in place while a person types. */
  private updateProblems(): void {
    const problems = shownProblems(this.state);
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
}
