// The add-on menu and its handlers, against the recording fake.

import {
  type FakeEnvironment,
  type FakeMenuItem,
  installFakes,
  uninstallFakes,
} from '../../dev/fakes/spreadsheetApp';
import * as barrel from '../../src/index';
import { enableFunctions, onInstall, onOpen, showHelp, showWizard } from '../../src/server/menu';
import { SELF_TEST_PROPERTY } from '../../src/server/selfTest';

let env: FakeEnvironment;

afterEach(() => uninstallFakes());

/** The menu in English, in order: each handler's top-level function with its caption. */
const MENU_ITEMS = {
  showWizard: 'Build ROI workbook',
  enableFunctions: 'Enable functions in this spreadsheet',
  prepareForSharing: 'Prepare for sharing',
  showImportDialog: 'Import contacts',
  showContactNow: 'Who to contact now',
  showHelp: 'Help',
};

function items(): FakeMenuItem[] {
  return env.ui.menus[0].items.filter((i): i is FakeMenuItem => i !== 'separator');
}

describe('onOpen', () => {
  it('under AuthMode.NONE touches nothing but the Ui menu, in English', () => {
    env = installFakes(globalThis, { userLocale: 'ru_RU' });
    onOpen({ authMode: 'NONE' });
    const allowed = [
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
      'Menu.addItem',
      'Menu.addSeparator',
      'Menu.addToUi',
    ];
    expect(env.calls.filter((c) => !allowed.includes(c.method))).toEqual([]);
    expect(items().map((i) => i.caption)).toEqual(Object.values(MENU_ITEMS));
  });

  it('lists the handlers by their top-level function names', () => {
    env = installFakes(globalThis);
    onOpen({ authMode: 'LIMITED' });
    expect(items().map((i) => i.functionName)).toEqual(Object.keys(MENU_ITEMS));
  });

  it('exports every handler it names from the barrel', () => {
    env = installFakes(globalThis);
    onOpen({ authMode: 'FULL' });
    const exported = barrel as unknown as Record<string, unknown>;
    for (const { functionName } of items()) {
      expect(typeof exported[functionName]).toBe('function');
    }
  });

  it("speaks the user's language once the add-on is in use", () => {
    env = installFakes(globalThis, { userLocale: 'ru_RU' });
    onOpen({ authMode: 'LIMITED' });
    expect(items()[0].caption).toBe('Создать книгу ROI');
  });

  it('falls back to English when the locale is one the add-on does not speak', () => {
    env = installFakes(globalThis, { userLocale: 'de_DE' });
    onOpen({ authMode: 'FULL' });
    expect(items()[0].caption).toBe('Build ROI workbook');
  });
});

describe('the self-test’s item', () => {
  /** The menu as opened under `authMode`, with the script property set to `value` (or not set). */
  function opened(authMode: string, value?: string, userLocale = 'en') {
    env = installFakes(globalThis, { userLocale });
    if (value !== undefined) env.scriptProperties.setProperty(SELF_TEST_PROPERTY, value);
    env.resetCalls();
    onOpen({ authMode });
    return env.ui.menus[0].items;
  }

  it('is absent unless the developer switched the self-test on in the script properties', () => {
    expect(opened('FULL').map((i) => (i === 'separator' ? i : i.functionName))).not.toContain('runSelfTest');
    expect(opened('FULL', 'off').some((i) => i !== 'separator' && i.functionName === 'runSelfTest')).toBe(
      false,
    );
  });

  it('comes last, after a separator, in the user’s language, once switched on', () => {
    const menu = opened('LIMITED', 'on', 'fi_FI');
    expect(menu.slice(-2)).toEqual([
      'separator',
      { caption: 'Suorita itsetesti', functionName: 'runSelfTest' },
    ]);
    const exported = barrel as unknown as Record<string, unknown>;
    expect(typeof exported.runSelfTest).toBe('function');
  });

  it('is never looked for under AuthMode.NONE, which reads no properties', () => {
    const menu = opened('NONE', 'on');
    expect(menu.some((i) => i !== 'separator' && i.functionName === 'runSelfTest')).toBe(false);
    expect(env.calls.filter((c) => c.method.startsWith('PropertiesService'))).toEqual([]);
  });
});

describe('onInstall', () => {
  it('adds the menu at once', () => {
    env = installFakes(globalThis, { userLocale: 'fi_FI' });
    onInstall({ authMode: 'FULL' });
    expect(env.ui.menus).toHaveLength(1);
    expect(items()[5].caption).toBe('Ohje');
  });
});

describe('menu handlers', () => {
  beforeEach(() => {
    env = installFakes(globalThis);
  });

  it('showWizard opens Sidebar.html in the sidebar with a title', () => {
    showWizard();
    expect(env.ui.sidebars.map((s) => [s.fileName, s.title])).toEqual([['Sidebar', 'Networking ROI']]);
  });

  it('enableFunctions confirms with a toast', () => {
    enableFunctions();
    expect(env.toasts).toHaveLength(1);
    expect(env.toasts[0].message).toContain('NETROI');
  });

  it('showHelp shows the help text in an alert', () => {
    showHelp();
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.ui.alerts[0].title).toBe('Networking ROI: help');
    expect(env.ui.alerts[0].prompt).toContain('Prepare for sharing');
  });
});
