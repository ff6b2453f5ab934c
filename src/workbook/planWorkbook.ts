/**
 * `planWorkbook`: the wizard's answers in, the workbook plan out (SPEC sections 2 and 3). Pure: no
 * Apps Script service. The workbook computes with native formulas only, so a collaborator without
 * the add-on sees the same numbers. Each sheet has its own builder under ./sheets; this module
 * only orders them and collects their named ranges.
 */
import { messages } from '../i18n';
import type { SheetKey, WorkbookPlan } from './plan';
import { plannedSheetKeys } from './sheetKeys';
import { buildChannels } from './sheets/channels';
import { buildContacts } from './sheets/contacts';
import type { BuildContext, SheetBuild } from './sheets/context';
import { buildPlan } from './sheets/plan';
import { buildSummary, summaryInputs } from './sheets/summary';
import { normalizeAnswers } from './validate';

export { columnLetter, currencyFormat, sheetRef, textCell } from './cells';
export { CHANNEL_ROWS } from './sheets/channels';
export { CONTACT_ROWS } from './sheets/contacts';
export { HEADLINE } from './sheets/summary';

/**
 * The workbook plan for the wizard's answers: Plan and Summary sheets, and the Contacts log and
 * Channels table when the answers ask for them. Throws AnswersError (listing every problem, each
 * with its field path) when the answers are invalid.
 */
export function planWorkbook(answers: unknown): WorkbookPlan {
  const a = normalizeAnswers(answers);
  const texts = messages(a.language).workbook;
  const ctx: BuildContext = { answers: a, texts, months: a.profile.months, names: texts.sheets };
  // The Plan first: it fixes the rows the Summary's formulas refer to.
  const plan = buildPlan(ctx, summaryInputs(a));
  const builders: Record<SheetKey, () => SheetBuild> = {
    plan: () => plan,
    summary: () => buildSummary(ctx, plan.layout),
    contacts: () => buildContacts(ctx),
    channels: () => buildChannels(ctx),
  };
  const builds = plannedSheetKeys(a.extras).map((key) => builders[key]());
  return {
    language: a.language,
    sheets: builds.map((b) => b.sheet),
    namedRanges: builds.flatMap((b) => b.namedRanges),
  };
}
