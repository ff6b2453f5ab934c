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
  sharing: {
    title: 'Prepare for sharing',
    intro:
      "These cells use the add-on's functions, which colleagues without the add-on see as errors. Nothing changes until you press Apply.",
    nothingToDo: "No cell in this spreadsheet uses the add-on's functions; it can be shared as it is.",
    cell: 'Cell',
    current: 'Formula now',
    becomes: 'Becomes',
    rewriteThis: 'Rewrite',
    cannotRewrite: 'No built-in equivalent',
    keep: 'Keep the formula',
    freeze: 'Replace it with its value {value}',
    noValue: 'it shows no number, so it cannot be frozen',
    apply: 'Apply',
    cancel: 'Cancel',
    close: 'Close',
    applying: 'Applying…',
    done: 'Done: {rewritten} formulas rewritten, {frozen} frozen to their values, {kept} kept.',
    stale:
      'The formula in {cell} changed after this list was made, so nothing was changed. Run Prepare for sharing again.',
    notANumber: '{cell} no longer shows a number, so it cannot be frozen. Run Prepare for sharing again.',
    reasons: {
      unreadable: 'The formula could not be read.',
      noNative:
        '{fn} has no built-in equivalent that works in every spreadsheet program unless its arguments are numbers written in the formula.',
      alwaysError: '{fn} shows an error for these arguments; fix the formula, or freeze it.',
      missingArgument: '{fn}: {arg} is missing.',
      tooManyArguments: '{fn} has more arguments than it takes.',
      hoursWithoutRate: '{fn}: hours are given without hourly_rate.',
      singleValueRange: '{fn}: {arg} must be one value, not a range.',
      periodsUnknown:
        '{fn}: how many periods {arg} holds cannot be read from the formula; give a range such as B2:B13 instead of a name, a whole column or an expression.',
      periodsBlock: '{fn}: {arg} is a block of several rows and columns; give one row or one column.',
      lengthMismatch: '{fn}: investment and returns have different numbers of periods.',
      methodNotLiteral:
        '{fn}: write the method into the formula as "compound" or "simple" instead of a cell.',
      statusSpacing:
        '{fn}: a status holds tabs or repeated spaces, which the built-in TRIM treats differently.',
      volatile: '{fn}: an argument uses RAND, which a built-in formula would draw more than once.',
      tooLong: 'The built-in formula would be longer than spreadsheets accept.',
    },
    notes: {
      assumesContacts:
        '{arg} is read as contacts (numbers); if it holds statuses, the new formula shows #N/A.',
    },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language provides. */
export type Messages = Widen<typeof en>;
