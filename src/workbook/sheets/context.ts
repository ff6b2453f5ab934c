/** What every sheet builder of the workbook reads: the answers, their texts, and what earlier sheets laid out. */
import type { Messages } from '../../i18n';
import type { WizardAnswers } from '../answers';
import type { NamedRangePlan, SheetContent, SheetKey } from '../plan';

/** The workbook's texts in the answers' language. */
export type WorkbookTexts = Messages['workbook'];

/** The answers and texts of one build. */
export interface BuildContext {
  answers: WizardAnswers;
  texts: WorkbookTexts;
  /** Months of the plan. */
  months: number;
  /** Every sheet's name in the workbook's language, by key. */
  names: Record<SheetKey, string>;
}

/** What a sheet builder makes: its sheet and the named ranges over its cells. */
export interface SheetBuild {
  sheet: SheetContent;
  namedRanges: NamedRangePlan[];
}
