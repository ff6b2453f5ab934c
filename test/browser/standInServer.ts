/**
 * A stand-in for the add-on's server side, run in the test process: the functions the sidebar
 * calls, answering as the real ones do (contract 3: `buildWorkbook` answers invalid answers with
 * their problems as data) over the real workbook functions of ./serverSide, recording every call,
 * with switches for the cases a test needs (restored answers, existing sheets, a failing or slow build).
 */
import { paybackPeriod } from '../../src/core/cashflows';
import type { BuildOptions, BuildResult, Headline, WizardDefaults } from '../../src/server/contract';
import type { AsyncServer } from '../../src/ui/server';
import type { AnswerProblem, Language, WizardAnswers } from '../../src/workbook/answers';
import type { WorkbookPlan } from '../../src/workbook/plan';
import { evaluatePlan } from '../support/hyperformula';
import { defaultAnswers, planWorkbook, validateAnswers } from './serverSide';

export interface StandInOptions {
  uiLanguage?: Language;
  restored?: boolean;
  existingSheets?: string[];
  /** Makes buildWorkbook throw an Error with this message. */
  buildFailsWith?: string;
  /** Problems buildWorkbook reports in place of the real ones. */
  serverProblems?: AnswerProblem[];
  /** Answers a successful build without its headline, as when reading the Summary back failed. */
  headlineFails?: boolean;
  /** When given, buildWorkbook waits for this promise before it answers (to see the progress state). */
  holdBuild?: Promise<void>;
}

/** What the stand-in was asked, in order. */
export interface Call {
  name: keyof AsyncApi;
  args: unknown[];
  /** What a successful buildWorkbook returned. */
  result?: BuildResult;
}

const sum = (o: object) => Object.values(o).reduce((a: number, b) => a + (typeof b === 'number' ? b : 0), 0);

/**
 * The headline figures computed independently from the answers, to check what the sidebar shows (SPEC section 3: amounts per person per month, deals = conversions × average deal,
 * intangible returns only when counted).
 */
export function expectedHeadline(a: WizardAnswers): Headline {
  const people = a.profile.people;
  const monthlyInvestment =
    people *
    (sum(a.investments.hours) * a.investments.hourlyRate +
      sum(a.investments.money) +
      sum(a.investments.resources));
  const monthlyReturn =
    people *
    (sum(a.returns.direct) +
      sum(a.returns.indirect) +
      (a.returns.countIntangible ? sum(a.returns.intangible) : 0) +
      a.funnel.conversions * a.funnel.averageDeal);
  const totalInvestment = monthlyInvestment * a.profile.months;
  const totalReturn = monthlyReturn * a.profile.months;
  let paybackMonths: number | null = null;
  try {
    paybackMonths = paybackPeriod(
      { kind: 'series', amounts: Array(a.profile.months).fill(monthlyInvestment) },
      Array(a.profile.months).fill(monthlyReturn),
    );
  } catch {
    paybackMonths = null;
  }
  return {
    totalInvestment,
    totalReturn,
    netRoi: totalInvestment > 0 ? (totalReturn - totalInvestment) / totalInvestment : null,
    paybackMonths,
  };
}

/**
 * The headline the real adapter reads back from the built Summary's named ranges, here computed
 * by HyperFormula from the plan (a number, or null where the cell holds none, as the adapter does).
 */
function headlineOf(plan: WorkbookPlan): Headline {
  const evaluated = evaluatePlan(plan);
  const figure = (name: string) => {
    // The Net ROI's range is being renamed TotalNetROI (contract 2); read whichever the plan has.
    if (!plan.namedRanges.some((n) => n.name === name)) return null;
    const v = evaluated.named(name);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  return {
    totalInvestment: figure('TotalInvestment') ?? 0,
    totalReturn: figure('TotalReturn') ?? 0,
    netRoi: figure('TotalNetROI'),
    paybackMonths: figure('PaybackMonths'),
  };
}

/** Makes a stand-in server and the log of its calls. */
export function standInServer(options: StandInOptions = {}): { api: AsyncApi; calls: Call[] } {
  const calls: Call[] = [];
  const existing = [...(options.existingSheets ?? [])];
  const api: AsyncApi = {
    async getWizardDefaults(): Promise<WizardDefaults> {
      calls.push({ name: 'getWizardDefaults', args: [] });
      const uiLanguage = options.uiLanguage ?? 'en';
      return {
        uiLanguage,
        answers: defaultAnswers({ language: uiLanguage, currency: 'EUR', startMonth: '2027-01' }),
        restored: options.restored ?? false,
        existingSheets: [...existing],
        spreadsheetLocale: 'en_GB',
      };
    },
    async buildWorkbook(answers: unknown, buildOptions: BuildOptions): Promise<BuildResult> {
      const call: Call = { name: 'buildWorkbook', args: [answers, buildOptions] };
      calls.push(call);
      if (options.holdBuild) await options.holdBuild;
      if (options.buildFailsWith !== undefined) throw new Error(options.buildFailsWith);
      const problems = options.serverProblems ?? validateAnswers(answers, buildOptions.uiLanguage ?? 'en');
      if (problems.length > 0) {
        const invalid: BuildResult = { kind: 'invalid', problems };
        call.result = invalid;
        return invalid;
      }
      const plan = planWorkbook(answers);
      const sheets: string[] = [];
      const replaced: string[] = [];
      for (const s of plan.sheets) {
        // Sheets compares names ignoring case; a replaced sheet is named as the spreadsheet spells it.
        const taken = existing.find((n) => n.toLowerCase() === s.name.toLowerCase());
        if (taken !== undefined && buildOptions.replaceExisting) {
          replaced.push(taken);
          existing.splice(existing.indexOf(taken), 1, s.name);
          sheets.push(s.name);
          continue;
        }
        let name = s.name;
        for (let i = 2; existing.some((n) => n.toLowerCase() === name.toLowerCase()); i++)
          name = `${s.name} (${i})`;
        sheets.push(name);
        existing.push(name);
      }
      const result: BuildResult = {
        kind: 'built',
        sheets,
        replaced,
        keptAside: [],
        sheetNames: [...existing],
        headline: options.headlineFails ? null : headlineOf(plan),
      };
      call.result = result;
      return result;
    },
  };
  return { api, calls };
}

/** The server functions the sidebar calls, as the stand-in serves them: each may answer later. */
export type AsyncApi = AsyncServer<'getWizardDefaults' | 'buildWorkbook'>;
