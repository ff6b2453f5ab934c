/** The wizard answers of the specification's example (section 3), for server round trips. */
import type { WizardAnswers } from '../../src/workbook/answers';

/** A fresh copy of the specification's example answers. */
export function exampleAnswers(): WizardAnswers {
  return {
    language: 'en',
    profile: {
      kind: 'team',
      people: 3,
      currency: 'EUR',
      startMonth: '2027-01',
      months: 12,
      discountRate: 0.1,
      inflation: null,
    },
    investments: {
      hourlyRate: 40,
      hours: { newContacts: 4, maintaining: 3, events: 6, preparation: 1, followUp: 2 },
      money: { events: 200, tools: 30, education: 0, gifts: 20, travel: 250 },
      resources: { staff: 0, technology: 0 },
    },
    returns: {
      direct: { referrals: 0, partnerships: 0, investment: 0 },
      indirect: { salary: 0, bonuses: 0, otherIncome: 0 },
      intangible: { knowledge: 0, reputation: 0, opportunities: 0 },
      countIntangible: false,
    },
    funnel: { newContacts: 50, conversions: 15, averageDeal: 70 },
    extras: { contactsLog: true, channels: true },
  };
}
