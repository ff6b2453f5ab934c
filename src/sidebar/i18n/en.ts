/**
 * English texts of the sidebar wizard. This file is the source of the `SidebarMessages` shape:
 * Russian and Finnish must provide every key (the type checker and test/sidebar/i18n.test.ts hold
 * them to it). `{name}` marks a value filled in at run time. The categories' labels and the sheet
 * names are the workbook's (src/i18n), so the wizard names them as the sheets it builds do.
 */
import { categoryFieldLabels } from '../../i18n/categories';
import { NAMES } from '../../i18n/names';
export const en = {
  app: {
    language: 'Language',
    stepOf: 'Step {n} of {total}',
    back: 'Back',
    next: 'Next',
    build: 'Build workbook',
    building: 'Building your workbook…',
    loading: 'Loading…',
    restored: 'Your last answers are filled in.',
    firstRunTitle: 'Before you start',
    firstRun:
      'The workbook computes with built-in Sheets formulas, so colleagues without the add-on see the same numbers. If you type the add-on’s functions (such as =NETROI) in a sheet, run Extensions → {addon} → {prepareForSharing} before you share it.',
    dismiss: 'Got it',
    fixProblems: 'Some answers need fixing before you go on.',
    loadFailed: 'The wizard could not load its defaults:',
  },
  steps: {
    profile: 'Who and when',
    investments: 'What you invest',
    returns: 'What it returns',
    funnel: 'Contacts funnel',
    review: 'Review and build',
  },
  intro: {
    profile: 'Who the plan is for, its currency and its time span.',
    investments:
      'Monthly estimates per person; leave 0 where it does not apply. You can change every figure in the sheet later.',
    returns: 'Monthly estimates per person. Revenue from deals comes from the funnel on the next step.',
    funnel: 'Per person per month. Revenue from deals = conversions × average deal.',
    review: 'Check your answers, then build the workbook.',
  },
  groups: {
    hours: 'Hours per month',
    money: 'Money per month',
    resources: 'Team resources per month',
    direct: 'Direct returns per month',
    indirect: 'Indirect returns per month',
    intangible: 'Intangible returns per month (estimated value)',
    extras: 'Extra sheets',
  },
  fields: {
    language: 'Language',
    'profile.kind': 'The plan is for',
    'profile.kind.individual': 'Me alone',
    'profile.kind.team': 'A team',
    'profile.people': 'Number of people',
    'profile.members': 'Members’ names, one per line (optional)',
    'profile.currency': 'Currency (ISO code)',
    'profile.startMonth': 'First month',
    'profile.startMonth.month': 'Month',
    'profile.startMonth.year': 'Year',
    'profile.months': 'Number of months (1–{maxMonths})',
    'profile.discountRate': 'Annual discount rate, %',
    'profile.inflation': 'Annual inflation, % (optional)',
    'investments.hourlyRate': 'Value of one hour',
    // The categories' labels are the Plan's: one text for the wizard and the sheet it builds.
    ...categoryFieldLabels(NAMES.en.plan),
    'returns.countIntangible': 'Count intangible returns in ROI',
    'funnel.newContacts': 'New contacts',
    'funnel.conversions': 'Conversions among them',
    'funnel.averageDeal': 'Average deal value',
    'extras.contactsLog': 'Add a contacts log',
    'extras.channels': 'Add a channels table',
    'extras.events': 'Add an events table (with the contacts log)',
  },
  notes: {
    extras:
      'The contacts log records the people you meet and the deals that follow; the Actual sheet it feeds sets what really happened beside this plan. The events table sets what each event cost beside the people you met there.',
  },
  review: {
    individual: 'One person',
    team: 'A team of {people}',
    members: 'Members: {names}',
    currency: 'Currency: {currency}',
    start: 'First month: {start}',
    months: 'Months: {months}',
    discount: 'Discount rate: {rate} a year',
    inflation: 'Inflation: {rate} a year',
    noInflation: 'Inflation: not given',
    perMonth: 'Per person per month',
    time: 'Time: {hours} h × {rate} = {value}',
    money: 'Money: {value}',
    resources: 'Team resources: {value}',
    returnsDirect: 'Direct: {value}',
    returnsIndirect: 'Indirect: {value}',
    returnsIntangibleCounted: 'Intangible: {value} (counted in ROI)',
    returnsIntangibleNotCounted: 'Intangible: {value} (not counted in ROI)',
    funnel: '{contacts} new contacts, {conversions} conversions × {deal} = {revenue}',
    sheets: 'Sheets to make',
    deciding:
      'The {summary} sheet also has “{section}”: pessimistic and optimistic cases, the share and the rate at which the plan breaks even, and how it compares with a bank deposit, bonds, stocks and real estate.',
    change: 'Change',
    conflict:
      'This spreadsheet already has sheets named {names}. They stay as they are; the new sheets get free names, such as “{example}”.',
    quoted: '“{name}”',
    replace: 'Replace the existing sheets',
    confirmTitle: 'Replace sheets?',
    confirm: 'Everything on {names} will be deleted and made anew. This cannot be undone from the add-on.',
    confirmReplace: 'Replace and build',
    cancel: 'Cancel',
  },
  result: {
    title: 'Your workbook is ready',
    sheetsMade: 'Sheets made: {names}.',
    replaced: 'Replaced: {names}.',
    keptAside:
      'Sheets could not remove the old {names}; they are still here beside the new sheets. Delete them when you no longer need them.',
    netRoi: 'Net ROI',
    netRoiNone: 'Net ROI: no investment entered',
    investment: 'Investment',
    totalReturn: 'Return',
    payback: 'Pays back in {months} months',
    noPayback: 'Does not pay back within the plan',
    again: 'Edit answers',
    failed: 'The workbook was not built.',
    noFigures: 'The key figures could not be read back here; the Summary sheet shows them.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language provides. */
export type SidebarMessages = Widen<typeof en>;

/** A field path that has a label ("profile.months"). */
export type FieldLabelKey = keyof typeof en.fields;
