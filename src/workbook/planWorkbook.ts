/**
 * `planWorkbook`: the wizard's answers in, the workbook plan out (SPEC sections 2, 3, 5, 6 and 9).
 * Pure: no Apps Script service. The workbook computes with native formulas only, so a collaborator
 * without the add-on sees the same numbers. Each sheet has its own builder under ./sheets; this
 * module only orders them and collects their named ranges.
 */
import { messages } from '../i18n';
import type { Language } from './answers';
import { sheetRef } from './cells';
import { withGrid } from './grid';
import type { SheetKey, WorkbookPlan } from './plan';
import { plannedSheetKeys } from './sheetKeys';
import { buildActual } from './sheets/actual';
import { buildChannels } from './sheets/channels';
import { buildContacts, type FollowUpInputs, followUpFormula } from './sheets/contacts';
import type { BuildContext, SheetBuild } from './sheets/context';
import { buildEvents } from './sheets/events';
import { buildPlan } from './sheets/plan';
import { buildSummary, logInputs, summaryInputs } from './sheets/summary';
import { KEEP_IN_TOUCH_DAYS } from './sheets/summaryFigures';
import { normalizeAnswers } from './validate';

export { columnLetter, currencyFormat, sheetRef, textCell } from './cells';
export { CHANNEL_ROWS } from './sheets/channels';
export { HEADLINE } from './sheets/summaryFigures';

/** Where the Follow up formula finds AsOfDate and KeepInTouchDays on the Summary called `summary`. */
function followUpInputs(
  summary: string,
  cells: { asOfDate: string; keepInTouchDays: string },
): FollowUpInputs {
  return {
    asOfDate: sheetRef(summary, cells.asOfDate),
    keepInTouchDays: sheetRef(summary, cells.keepInTouchDays),
  };
}

/**
 * The Follow up formula of row `row` of a Contacts log built in `language` (SPEC section 5), for a
 * Summary named `summary` (as the spreadsheet spells it: "Summary (2)" after a second build). The
 * import writes it into every row it appends, the same formula the wizard lays out.
 */
export function contactsFollowUpFormula(language: Language, row: number, summary?: string): string {
  const texts = messages(language).workbook;
  return followUpFormula(row, texts, followUpInputs(summary ?? texts.sheets.summary, logInputs()));
}

/**
 * The workbook plan for the wizard's answers: Plan and Summary sheets, the Contacts log with the
 * Actual sheet it feeds, and the Channels and Events tables, when the answers ask for them. Throws AnswersError
 * (listing every problem, each with its field path) when the answers are invalid.
 */
export function planWorkbook(answers: unknown): WorkbookPlan {
  const a = normalizeAnswers(answers);
  const texts = messages(a.language).workbook;
  const ctx: BuildContext = { answers: a, texts, months: a.profile.months, names: texts.sheets };
  // The Plan first: it fixes the rows the Summary's formulas refer to; then the Actual sheet.
  const inputs = summaryInputs(a);
  const plan = buildPlan(ctx, inputs);
  const log = a.extras.contactsLog ? logInputs() : null;
  const actual = log ? buildActual(ctx, { ...inputs, monthsElapsed: log.monthsElapsed }) : null;
  const need = <T>(part: T | null): T => {
    if (part === null) throw new Error('the contacts log and the Actual sheet come together');
    return part;
  };
  const builders: Record<SheetKey, () => SheetBuild> = {
    plan: () => plan,
    summary: () => buildSummary(ctx, plan.layout, actual?.layout ?? null),
    contacts: () => buildContacts(ctx, followUpInputs(texts.sheets.summary, need(log))),
    actual: () => need(actual),
    channels: () => buildChannels(ctx),
    events: () => buildEvents(ctx, inputs),
  };
  const builds = plannedSheetKeys(a.extras).map((key) => builders[key]());
  const namedRanges = builds.flatMap((b) => b.namedRanges);
  return {
    language: a.language,
    sheets: builds.map((b) => withGrid(b.sheet, namedRanges)),
    namedRanges,
    // A person opens the workbook to read its figures: the Summary is shown when the build is done.
    shown: 'summary',
  };
}

/**
 * A Contacts log on its own, laid out as the wizard lays it out, for a spreadsheet that has none
 * when contacts are imported (SPEC section 7). With no Summary beside it, Follow up measures
 * against today and the Summary's default keep-in-touch days, and Channel is free text (there is
 * no Channels table to choose from). Build the workbook later and its own log comes with it.
 */
export function contactsLogPlan(answers: unknown): WorkbookPlan {
  const a = normalizeAnswers(answers);
  const texts = messages(a.language).workbook;
  // No Summary beside it: no per-member table for the Owner dropdown to list.
  const alone = {
    ...a,
    profile: { ...a.profile, members: [] },
    extras: { contactsLog: true, channels: false, events: false },
  };
  const ctx: BuildContext = { answers: alone, texts, months: a.profile.months, names: texts.sheets };
  const build = buildContacts(ctx, { asOfDate: 'TODAY()', keepInTouchDays: String(KEEP_IN_TOUCH_DAYS) });
  return {
    language: a.language,
    sheets: [withGrid(build.sheet, build.namedRanges)],
    namedRanges: build.namedRanges,
  };
}
