/**
 * TEMP stand-in (replaced at merge by the plan helper's real module): default wizard answers and
 * the default currency of a spreadsheet locale.
 */
import type { Language, WizardAnswers } from './answers';

const CURRENCY_BY_REGION: Record<string, string> = {
  RU: 'RUB',
  FI: 'EUR',
  DE: 'EUR',
  FR: 'EUR',
  US: 'USD',
  GB: 'GBP',
};

/** The ISO 4217 currency of a locale such as "ru_RU"; USD when the region is unknown. */
export function currencyForLocale(locale: string): string {
  const region =
    String(locale ?? '')
      .split(/[-_]/)[1]
      ?.toUpperCase() ?? '';
  return CURRENCY_BY_REGION[region] ?? 'USD';
}

/** Answers for "Next, Next, Build". */
export function defaultAnswers(input: {
  language: Language;
  currency: string;
  startMonth: string;
}): WizardAnswers {
  return {
    language: input.language,
    profile: {
      kind: 'individual',
      people: 1,
      currency: input.currency,
      startMonth: input.startMonth,
      months: 12,
      discountRate: 0.1,
      inflation: null,
    },
    investments: {
      hourlyRate: 0,
      hours: { newContacts: 0, maintaining: 0, events: 0, preparation: 0, followUp: 0 },
      money: { events: 0, tools: 0, education: 0, gifts: 0, travel: 0 },
      resources: { staff: 0, technology: 0 },
    },
    returns: {
      direct: { referrals: 0, partnerships: 0, investment: 0 },
      indirect: { salary: 0, bonuses: 0, otherIncome: 0 },
      intangible: { knowledge: 0, reputation: 0, opportunities: 0 },
      countIntangible: false,
    },
    funnel: { newContacts: 0, conversions: 0, averageDeal: 0 },
    extras: { contactsLog: false, channels: false },
  };
}
