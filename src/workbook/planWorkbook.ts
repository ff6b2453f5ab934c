/**
 * TEMP stand-in (replaced at merge by the plan helper's real module): the workbook plan of the
 * wizard's answers, reduced to a Plan and a Summary with the headline named ranges.
 */
import type { AnswerProblem } from './answers';
import type { WorkbookPlan } from './plan';
import { normalizeAnswers, validateAnswers } from './validate';

/** Invalid answers: the message lists every problem, each naming its field. */
export class AnswersError extends Error {
  constructor(readonly problems: AnswerProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'AnswersError';
  }
}

/** Wizard answers in, workbook plan out; throws AnswersError when the answers are invalid. */
export function planWorkbook(answers: unknown): WorkbookPlan {
  const problems = validateAnswers(answers);
  if (problems.length > 0) throw new AnswersError(problems);
  const a = normalizeAnswers(answers);
  const empty = {
    numberFormats: [],
    styles: [],
    validations: [],
    protections: [],
    charts: [],
    notes: [],
    frozenRows: 1,
    frozenColumns: 1,
    columnWidths: [],
  };
  return {
    language: a.language,
    sheets: [
      {
        key: 'plan',
        name: 'Plan',
        blocks: [{ range: 'A1', values: [['Month', a.profile.startMonth]] }],
        ...empty,
      },
      {
        key: 'summary',
        name: 'Summary',
        blocks: [
          {
            range: 'A1:B4',
            values: [
              ['Total investment', 0],
              ['Total return', 0],
              ['Net ROI', '=IFERROR((B2-B1)/B1,"")'],
              ['Payback', ''],
            ],
          },
        ],
        ...empty,
      },
    ],
    namedRanges: [
      { name: 'TotalInvestment', range: "'Summary'!B1" },
      { name: 'TotalReturn', range: "'Summary'!B2" },
      { name: 'NetROI', range: "'Summary'!B3" },
      { name: 'PaybackMonths', range: "'Summary'!B4" },
    ],
  };
}
