// The sheet tab bar as in Sheets: tabs on one line that never wrap, arrows that scroll them when
// they overflow, and a list of all sheets (the ☰ button) from which any sheet is one click away.

/** The tab bar's elements (see index.html). */
export interface TabBarParts {
  /** The scrolling strip of tabs. */
  strip: HTMLElement;
  allSheets: HTMLButtonElement;
  left: HTMLButtonElement;
  right: HTMLButtonElement;
  /** The list of all sheets that ☰ opens. */
  list: HTMLElement;
}

/** How far an arrow scrolls the strip: most of its width, so the next tabs come into view. */
const ARROW_STEP = 0.8;

/** The tab bar; `choose` is called with the name of the sheet a person picks. */
export class TabBar {
  private names: string[] = [];
  private active = '';

  constructor(
    private readonly parts: TabBarParts,
    private readonly choose: (name: string) => void,
  ) {
    parts.left.addEventListener('click', () => this.scrollBy(-1));
    parts.right.addEventListener('click', () => this.scrollBy(1));
    parts.strip.addEventListener('scroll', () => this.updateArrows());
    // A mouse wheel over the tabs scrolls them sideways.
    parts.strip.addEventListener(
      'wheel',
      (e) => {
        if (e.deltaY === 0) return;
        e.preventDefault();
        parts.strip.scrollLeft += e.deltaY;
      },
      { passive: false },
    );
    parts.allSheets.addEventListener('click', (e) => {
      e.stopPropagation();
      if (parts.list.hidden) this.openList();
      else this.closeList();
    });
    window.addEventListener('resize', () => this.updateArrows());
  }

  /** Draws the tabs; the active one is scrolled into view. */
  render(names: string[], active: string): void {
    const changed = names.join('\n') !== this.names.join('\n');
    this.names = [...names];
    this.active = active;
    if (changed) {
      this.parts.strip.replaceChildren(
        ...names.map((name) => {
          const tab = document.createElement('button');
          tab.type = 'button';
          tab.className = 'tab';
          tab.textContent = name;
          tab.title = name;
          tab.dataset.sheet = name;
          tab.addEventListener('click', () => this.choose(name));
          return tab;
        }),
      );
    }
    this.parts.strip.querySelectorAll<HTMLElement>('.tab').forEach((tab) => {
      tab.classList.toggle('active', tab.dataset.sheet === active);
    });
    this.reveal(active);
    this.updateArrows();
    if (!this.parts.list.hidden) this.openList();
  }

  /** Scrolls the strip so that the tab of `name` is wholly in view. */
  private reveal(name: string): void {
    const strip = this.parts.strip;
    const tab = Array.from(strip.querySelectorAll<HTMLElement>('.tab')).find((t) => t.dataset.sheet === name);
    if (!tab) return;
    const left = tab.offsetLeft - strip.offsetLeft;
    if (left < strip.scrollLeft) strip.scrollLeft = left;
    else if (left + tab.offsetWidth > strip.scrollLeft + strip.clientWidth)
      strip.scrollLeft = left + tab.offsetWidth - strip.clientWidth;
  }

  private scrollBy(direction: 1 | -1): void {
    const strip = this.parts.strip;
    strip.scrollLeft += direction * Math.max(40, strip.clientWidth * ARROW_STEP);
    this.updateArrows();
  }

  /** The arrows show when the tabs overflow, each off at its end, as in Sheets. */
  private updateArrows(): void {
    const strip = this.parts.strip;
    const overflows = strip.scrollWidth > strip.clientWidth + 1;
    this.parts.left.hidden = !overflows;
    this.parts.right.hidden = !overflows;
    this.parts.left.disabled = strip.scrollLeft <= 0;
    this.parts.right.disabled = strip.scrollLeft + strip.clientWidth >= strip.scrollWidth - 1;
  }

  /** Opens the list of all sheets above the ☰ button, the active one checked. */
  private openList(): void {
    const list = this.parts.list;
    list.replaceChildren(
      ...this.names.map((name) => {
        const item = document.createElement('button');
        item.type = 'button';
        item.className = 'sheet-list-item';
        item.setAttribute('role', 'menuitemradio');
        item.setAttribute('aria-checked', String(name === this.active));
        item.dataset.listSheet = name;
        item.textContent = name;
        item.addEventListener('click', (e) => {
          e.stopPropagation();
          this.closeList();
          this.choose(name);
        });
        return item;
      }),
    );
    list.hidden = false;
    const button = this.parts.allSheets.getBoundingClientRect();
    list.style.left = `${button.left}px`;
    list.style.bottom = `${window.innerHeight - button.top + 4}px`;
  }

  /** Closes the list of all sheets (a click elsewhere does too). */
  closeList(): void {
    this.parts.list.hidden = true;
  }
}
