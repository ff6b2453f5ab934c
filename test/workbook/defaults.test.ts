// Default wizard answers and the default currency of a spreadsheet locale.
import { LANGUAGES } from '../../src/i18n/languages';
import { currencyForLocale, defaultAnswers } from '../../src/workbook/defaults';
import { CURRENCIES } from '../../src/workbook/schema';
import { validateAnswers } from '../../src/workbook/validate';

describe('currencyForLocale', () => {
  it.each([
    ['ru_RU', 'RUB'],
    ['fi_FI', 'EUR'],
    ['en_US', 'USD'],
    ['en_GB', 'GBP'],
    ['de_DE', 'EUR'],
    ['fr_FR', 'EUR'],
    ['de_AT', 'EUR'],
    ['de_CH', 'CHF'],
    ['sv_SE', 'SEK'],
    ['sv_FI', 'EUR'],
    ['en_IN', 'INR'],
    ['ja_JP', 'JPY'],
    ['fi-FI', 'EUR'],
    ['fi', 'EUR'],
    ['ru', 'RUB'],
    ['en', 'USD'],
    ['xx_QQ', 'USD'],
    ['', 'USD'],
  ])('gives %s the currency %s', (locale, currency) => {
    expect(currencyForLocale(locale)).toBe(currency);
  });
});

describe('the currency of a locale', () => {
  it('is always an ISO 4217 code the answers schema accepts, for every language and country', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
    const pairs = letters.flatMap((a) => letters.map((b) => a + b));
    const given = new Set(
      pairs.flatMap((p) => [currencyForLocale(p), currencyForLocale(`en_${p.toUpperCase()}`)]),
    );
    expect([...given].filter((c) => !CURRENCIES.has(c))).toEqual([]);
  });
});

describe('defaultAnswers', () => {
  it('are valid for every language and a few currencies', () => {
    for (const language of LANGUAGES) {
      for (const currency of ['USD', 'EUR', 'RUB', 'JPY', 'XAF']) {
        expect(validateAnswers(defaultAnswers({ language, currency, startMonth: '2027-01' }))).toEqual([]);
      }
    }
  });

  it('describe one person over 12 months at 10 % with the SPEC funnel and extras on', () => {
    const a = defaultAnswers({ language: 'en', currency: 'EUR', startMonth: '2026-09' });
    expect(a.profile).toEqual({
      kind: 'individual',
      people: 1,
      // No team, no members' names (SPEC section 10).
      members: [],
      currency: 'EUR',
      startMonth: '2026-09',
      months: 12,
      discountRate: 0.1,
      inflation: null,
    });
    expect(a.funnel).toEqual({ newContacts: 50, conversions: 15, averageDeal: 70 });
    // The Events table is on by default with the contacts log (SPEC section 9).
    expect(a.extras).toEqual({ contactsLog: true, channels: true, events: true });
    expect(a.returns.countIntangible).toBe(false);
  });

  it('give a positive net ROI inside the typical 50-200 % range, so the first workbook is not a loss', () => {
    const a = defaultAnswers({ language: 'en', currency: 'USD', startMonth: '2027-01' });
    const hours = Object.values(a.investments.hours).reduce((s, h) => s + h, 0);
    const money = Object.values(a.investments.money).reduce((s, m) => s + m, 0);
    const investment = hours * a.investments.hourlyRate + money;
    const roi = (a.funnel.conversions * a.funnel.averageDeal - investment) / investment;
    expect(roi).toBeGreaterThan(0.5);
    expect(roi).toBeLessThan(2);
  });

  it('scale example money to currencies of a smaller unit', () => {
    const usd = defaultAnswers({ language: 'ru', currency: 'USD', startMonth: '2027-01' });
    const rub = defaultAnswers({ language: 'ru', currency: 'RUB', startMonth: '2027-01' });
    expect(rub.investments.hourlyRate).toBe(usd.investments.hourlyRate * 100);
    expect(rub.funnel.averageDeal).toBe(usd.funnel.averageDeal * 100);
    expect(rub.funnel.conversions).toBe(usd.funnel.conversions);
  });
});
