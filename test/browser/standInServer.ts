/**
 * A stand-in for the add-on's server side, run in the test process: the three functions of
 * `ServerApi` over the real workbook functions of ./serverSide, recording every call,
 * with switches for the cases a test needs (restored answers, existing sheets, a failing or slow build).
 */
import { paybackPeriod } from '../../src/core/cashflows';
import type {
  BuildOptions,
  BuildResult,
  Headline,
  ServerApi,
  WizardDefaults,
} from '../../src/server/contract';
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
  /** Problems validateWizardAnswers reports in place of the real ones. */
  serverProblems?: AnswerProblem[];
  /** When given, buildWorkbook waits for this promise before it answers (to see the progress state). */
  holdBuild?: Promise<void>;
}

/** What the stand-in was asked, in order. */
export interface Call {
  name: keyof ServerApi;
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
    const v = evaluated.named(name);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  return {
    totalInvestment: figure('TotalInvestment') ?? 0,
    totalReturn: figure('TotalReturn') ?? 0,
    netRoi: figure('NetROI'),
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
    async validateWizardAnswers(answers: unknown): Promise<AnswerProblem[]> {
      calls.push({ name: 'validateWizardAnswers', args: [answers] });
      return options.serverProblems ?? validateAnswers(answers);
    },
    async buildWorkbook(answers: unknown, buildOptions: BuildOptions): Promise<BuildResult> {
      const call: Call = { name: 'buildWorkbook', args: [answers, buildOptions] };
      calls.push(call);
      if (options.holdBuild) await options.holdBuild;
      if (options.buildFailsWith !== undefined) throw new Error(options.buildFailsWith);
      const plan = planWorkbook(answers);
      const sheets: string[] = [];
      const replaced: string[] = [];
      for (const s of plan.sheets) {
        const taken = existing.some((n) => n.toLowerCase() === s.name.toLowerCase());
        if (taken && buildOptions.replaceExisting) replaced.push(s.name);
        let name = s.name;
        for (
          let i = 2;
          !buildOptions.replaceExisting && existing.some((n) => n.toLowerCase() === name.toLowerCase());
          i++
        )
          name = `${s.name} (${i})`;
        sheets.push(name);
        if (!taken || !buildOptions.replaceExisting) existing.push(name);
      }
      const result: BuildResult = {
        kind: 'built',
        sheets,
        replaced,
        sheetNames: [...existing],
        headline: headlineOf(plan),
      };
      call.result = result;
      return result;
    },
  };
  return { api, calls };
}

/** The server functions as the stand-in serves them: each may answer later. */
export type AsyncApi = {
  [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => Promise<ReturnType<ServerApi[K]>>;
};
