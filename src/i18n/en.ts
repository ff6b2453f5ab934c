/**
 * English texts of the server side: the add-on menu and its messages (and, in sections added
 * beside it, the workbook's labels). This file is the source of the `Messages` shape: Russian and
 * Finnish must provide every key (the type checker and test/i18n/messages.test.ts both hold them to it).
 */
export const en = {
  menu: {
    buildWorkbook: 'Build ROI workbook',
    enableFunctions: 'Enable functions in this spreadsheet',
    prepareForSharing: 'Prepare for sharing',
    help: 'Help',
    functionsEnabledTitle: 'Networking ROI',
    functionsEnabled:
      'NETROI, DISCOUNTED_ROI, CONVERSION_RATE, ANNUALIZED_ROI, REAL_ROI and PAYBACK_PERIOD now work in this spreadsheet.',
    sidebarTitle: 'Networking ROI',
    helpTitle: 'Networking ROI: help',
    helpText:
      'Build ROI workbook opens a wizard that makes a Plan and a Summary of what your networking costs and returns. The workbook uses only built-in Sheets formulas, so colleagues without the add-on see the same numbers. Type =NETROI(returns, costs) or the other functions in any cell; before you share a sheet that uses them, run Prepare for sharing to turn them into built-in formulas.',
  },
  build: {
    busy: 'Another build of the ROI workbook is running in this spreadsheet. Wait until it finishes, then build again.',
    invalidAnswers: 'Some answers need fixing:',
    noSpreadsheet: 'Open a spreadsheet first: the ROI workbook is built into the spreadsheet you have open.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language provides. */
export type Messages = Widen<typeof en>;
