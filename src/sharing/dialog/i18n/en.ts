/**
 * English texts of the "Prepare for sharing" dialog. This file is the source of the
 * `SharingDialogMessages` shape: Russian and Finnish must provide every key (the type checker and
 * test/sharing/dialog/i18n.test.ts hold them to it). `{name}` marks a value filled in at run time.
 */
export const en = {
  intro:
    "These cells use the add-on's functions, which colleagues without the add-on see as errors. Nothing changes until you press Apply.",
  nothingToDo: "No cell in this spreadsheet uses the add-on's functions; it can be shared as it is.",
  count: "{count} cells use the add-on's functions.",
  selectAll: 'Select all',
  selectNone: 'Select none',
  stays: 'It shows no number, so it cannot be replaced by its value; the formula stays as it is.',
  cell: 'Cell',
  current: 'Formula now',
  becomes: 'Becomes',
  rewriteThis: 'Rewrite',
  cannotRewrite: 'No built-in equivalent',
  errorNow: 'Shows an error now, so it stays as it is',
  keep: 'Keep the formula',
  freeze: 'Replace it with its value {value}',
  apply: 'Apply',
  cancel: 'Cancel',
  close: 'Close',
  applying: 'Applying…',
  refreshing: 'Reading the formulas again…',
  loading: 'Reading the formulas…',
  loadFailed: 'The list could not be read:',
  reasons: {
    showsError: 'The function says: {message}',
    other: 'This call cannot be rewritten.',
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
    methodNotLiteral: '{fn}: write the method into the formula as "compound" or "simple" instead of a cell.',
    statusSpacing:
      '{fn}: a status holds tabs or repeated spaces, which the built-in TRIM treats differently.',
    volatile: '{fn}: an argument uses RAND, which a built-in formula would draw more than once.',
    tooLong: 'The built-in formula would be longer than spreadsheets accept.',
  },
  notes: {
    assumesContacts: '{arg} is read as contacts (numbers); if it holds statuses, the new formula shows #N/A.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language provides. */
export type SharingDialogMessages = Widen<typeof en>;
