/** Default wizard answers ("Next, Next, Build" gives a useful workbook) and the default currency of a locale. */
import type { Language, WizardAnswers } from './answers';

// Countries whose currency is the euro (Bulgaria since January 2026).
const EURO = 'AT BE BG CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK AD MC SM VA ME XK';
// Other countries by ISO 3166 code, then the currency's ISO 4217 code.
const BY_COUNTRY =
  'US USD GB GBP RU RUB SE SEK NO NOK DK DKK IS ISK CH CHF LI CHF PL PLN CZ CZK HU HUF RO RON ' +
  'UA UAH BY BYN KZ KZT TR TRY IL ILS JP JPY CN CNY KR KRW IN INR CA CAD AU AUD NZ NZD BR BRL ' +
  'MX MXN AR ARS ZA ZAR SG SGD HK HKD AE AED SA SAR RS RSD GE GEL AM AMD AZ AZN UZ UZS';
// A locale with a language and no country ("fi"): the currency of the language's main country.
const BY_LANGUAGE =
  'ru RUB fi EUR de EUR fr EUR it EUR es EUR nl EUR et EUR lv EUR lt EUR sk EUR sl EUR el EUR ' +
  'sv SEK nb NOK no NOK da DKK pl PLN cs CZK hu HUF uk UAH ja JPY ko KRW zh CNY tr TRY he ILS';

function table(pairs: string): Record<string, string> {
  const words = pairs.split(' ');
  const out: Record<string, string> = {};
  for (let i = 0; i < words.length; i += 2) out[words[i]] = words[i + 1];
  return out;
}

/**
 * The currency (ISO 4217) a spreadsheet locale most likely uses: "ru_RU" → RUB, "fi_FI" → EUR,
 * "en_GB" → GBP, "de_DE" and the other euro countries → EUR, "sv_SE" → SEK; a bare language uses
 * its main country ("fi" → EUR); anything unknown → USD. The wizard shows it as an editable
 * default, so a guess that is wrong for a person costs one edit.
 */
export function currencyForLocale(locale: string): string {
  const [language = '', country = ''] = String(locale ?? '').split(/[-_]/);
  const c = country.toUpperCase();
  if (EURO.split(' ').includes(c)) return 'EUR';
  return table(BY_COUNTRY)[c] ?? (c ? undefined : table(BY_LANGUAGE)[language.toLowerCase()]) ?? 'USD';
}

// Example amounts are written for currencies of about a dollar's worth; for currencies whose unit
// is worth much less, they are scaled by a round factor so that the example stays "modest money".
// Order of magnitude only: these are estimates the person replaces.
const EXAMPLE_SCALE = table(
  'RUB 100 JPY 100 INR 50 KZT 400 UAH 40 HUF 300 KRW 1000 CZK 20 SEK 10 NOK 10 DKK 5 ISK 100 ' +
    'PLN 4 TRY 30 CNY 5 BRL 5 MXN 20 ZAR 20 ARS 1000 RSD 100 UZS 10000 AMD 400 BYN 3 RON 4',
);

/**
 * Answers that build a useful workbook without edits: one person, 12 months from `startMonth`, a
 * 10 % discount rate, no inflation; a few hours a month at a modest hourly rate, modest money; the
 * SPEC's funnel (50 new contacts, 15 conversions, average deal 70, all in `currency` scaled to the
 * currency's size); intangible returns not counted; contacts log, channels and events tables on.
 */
export function defaultAnswers(opts: {
  language: Language;
  currency: string;
  startMonth: string;
}): WizardAnswers {
  const k = Number(EXAMPLE_SCALE[opts.currency]) || 1;
  return {
    language: opts.language,
    profile: {
      kind: 'individual',
      people: 1,
      members: [],
      currency: opts.currency,
      startMonth: opts.startMonth,
      months: 12,
      discountRate: 0.1,
      inflation: null,
    },
    investments: {
      hourlyRate: 30 * k,
      hours: { newContacts: 4, maintaining: 3, events: 4, preparation: 1, followUp: 2 },
      money: { events: 100 * k, tools: 30 * k, education: 0, gifts: 20 * k, travel: 50 * k },
      resources: { staff: 0, technology: 0 },
    },
    returns: {
      direct: { referrals: 0, partnerships: 0, investment: 0 },
      indirect: { salary: 0, bonuses: 0, otherIncome: 0 },
      intangible: { knowledge: 0, reputation: 0, opportunities: 0 },
      countIntangible: false,
    },
    funnel: { newContacts: 50, conversions: 15, averageDeal: 70 * k },
    extras: { contactsLog: true, channels: true, events: true },
  };
}
