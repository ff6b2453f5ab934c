/**
 * `planWorkbook`: the wizard's answers in, the workbook plan out (SPEC sections 2, 3, 5 and 6).
 * Pure: no Apps Script service. The workbook computes with native formulas only, so a collaborator
 * without the add-on sees the same numbers. Each sheet has its own builder under ./sheets; this
 * module only orders them and collects their named ranges.
 */
import { messages } from '../i18n';
import { sheetRef } from './cells';
import type { SheetKey, WorkbookPlan } from './plan';
import { plannedSheetKeys } from './sheetKeys';
import { buildActual } from './sheets/actual';
import { buildChannels } from './sheets/channels';
import { buildContacts } from './sheets/contacts';
import type { BuildContext, SheetBuild } from './sheets/context';
import { buildPlan } from './sheets/plan';
import { buildSummary, logInputs, summaryInputs } from './sheets/summary';
import { normalizeAnswers } from './validate';

export { columnLetter, currencyFormat, sheetRef, textCell } from './cells';
export { CHANNEL_ROWS } from './sheets/channels';
export { followUpFormula } from './sheets/contacts';
export { HEADLINE } from './sheets/summary';

/**
 * The workbook plan for the wizard's answers: Plan and Summary sheets, the Contacts log with the
 * Actual sheet it feeds, and the Channels table, when the answers ask for them. Throws AnswersError
 * (listing every problem, each with its field path) when the answers are invalid.
 */
export function planWorkbook(answers: unknown): WorkbookPlan {
  const a = normalizeAnswers(answers);
  const texts = messages(a.language).workbook;
  const ctx: BuildContext = { answers: a, texts, months: a.profile.months, names: texts.sheets };
  // The Plan first: it fixes the rows the Summary's formulas refer to; then the Actual sheet.
  const inputs = summaryInputs(a);
  const plan = buildPlan(ctx, inputs);
  const log = a.extras.contactsLog ? logInputs(a) : null;
  const actual = log ? buildActual(ctx, { ...inputs, monthsElapsed: log.monthsElapsed }) : null;
  const onSummary = (cell: string) => sheetRef(texts.sheets.summary, cell);
  const need = <T>(part: T | null): T => {
    if (part === null) throw new Error('the contacts log and the Actual sheet come together');
    return part;
  };
  const builders: Record<SheetKey, () => SheetBuild> = {
    plan: () => plan,
    summary: () => buildSummary(ctx, plan.layout, actual?.layout ?? null),
    contacts: () =>
      buildContacts(ctx, {
        asOfDate: onSummary(need(log).asOfDate),
        keepInTouchDays: onSummary(need(log).keepInTouchDays),
      }),
    actual: () => need(actual),
    channels: () => buildChannels(ctx),
  };
  const builds = plannedSheetKeys(a.extras).map((key) => builders[key]());
  return {
    language: a.language,
    sheets: builds.map((b) => b.sheet),
    namedRanges: builds.flatMap((b) => b.namedRanges),
  };
}
