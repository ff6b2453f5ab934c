/**
 * The wizard's answers: what the sidebar sends and what `planWorkbook` validates (SPEC section 3).
 * Every amount is per person per month; the plan multiplies by `profile.people` for team totals.
 * Missing optional parts mean zero / off.
 */
import type { Language } from '../i18n/languages';
import type { ProblemCode } from './schema';

/** The answers name their language from the one list of languages (src/i18n/languages). */
export type { Language };

export interface Profile {
  /** An individual, or a team of `people`. */
  kind: 'individual' | 'team';
  /** Number of people; 1 for an individual. */
  people: number;
  /**
   * A team's members by name (SPEC section 10): at most `people` distinct names, each at most 60
   * characters, never starting a formula; the log's Owner column lists them and the Summary counts
   * per member. Absent or empty: no names, and no per-member table.
   */
  members: string[];
  /** ISO 4217 code, three capital letters ("EUR"). */
  currency: string;
  /** First month of the plan, "YYYY-MM". */
  startMonth: string;
  /** Number of months, 1 to 60. */
  months: number;
  /** Annual discount rate as a fraction (0.1 = 10 %). */
  discountRate: number;
  /** Annual inflation as a fraction, or null when not given. */
  inflation: number | null;
}

export interface HoursPerMonth {
  newContacts: number;
  maintaining: number;
  events: number;
  preparation: number;
  followUp: number;
}

export interface MoneyPerMonth {
  events: number;
  tools: number;
  education: number;
  gifts: number;
  travel: number;
}

export interface ResourcesPerMonth {
  staff: number;
  technology: number;
}

export interface Investments {
  /** Value of one hour of a person's time, in the plan's currency. */
  hourlyRate: number;
  hours: HoursPerMonth;
  money: MoneyPerMonth;
  /** Only for teams. */
  resources: ResourcesPerMonth;
}

export interface Returns {
  direct: { referrals: number; partnerships: number; investment: number };
  indirect: { salary: number; bonuses: number; otherIncome: number };
  intangible: { knowledge: number; reputation: number; opportunities: number };
  /** Whether intangible returns count in TotalReturn and the ROI figures. Off by default. */
  countIntangible: boolean;
}

export interface Funnel {
  /** New contacts per person per month. */
  newContacts: number;
  /** Conversions among them per person per month. */
  conversions: number;
  /** Average deal value; revenue from deals = conversions × averageDeal. */
  averageDeal: number;
}

export interface Extras {
  contactsLog: boolean;
  channels: boolean;
  /**
   * The Events table (SPEC section 9). It counts from the contacts log, so it is made only with the
   * log; answers without the key read as off.
   */
  events: boolean;
}

export interface WizardAnswers {
  language: Language;
  profile: Profile;
  investments: Investments;
  returns: Returns;
  funnel: Funnel;
  extras: Extras;
}

/** One problem with the answers, named by its field path ("profile.months"). */
export interface AnswerProblem {
  /** The field's path ("profile.months"), or "(answers)" for the answers as a whole. */
  field: string;
  /** A stable code of the problem (src/workbook/schema.ts). */
  code: ProblemCode;
  /** One sentence in the requested language that says what to fix. */
  message: string;
}
