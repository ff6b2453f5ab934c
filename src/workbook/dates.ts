/**
 * How a date shows in a spreadsheet locale. The plan writes its date cells with one ISO pattern;
 * Sheets takes a pattern as written, so before a plan is applied its date patterns become the
 * pattern Sheets itself gives a date in the spreadsheet's locale (Format → Number → Date): a
 * person in Russia reads 04.12.2026, in Finland 4.12.2026, in the United States 12/4/2026.
 */
import type { WorkbookPlan } from './plan';

/** The pattern of every date cell a plan makes, before its locale is known: unambiguous anywhere. */
export const PLAN_DATE_PATTERN = 'yyyy-mm-dd';

/**
 * Sheets' date pattern by spreadsheet locale, then by language; a locale not listed keeps the ISO
 * pattern rather than guess an order of day and month.
 */
const LOCALE_DATE_PATTERNS: Readonly<Record<string, string>> = {
  en_US: 'm/d/yyyy',
  ru_RU: 'dd.mm.yyyy',
  ru: 'dd.mm.yyyy',
  fi_FI: 'd.m.yyyy',
  fi: 'd.m.yyyy',
};

/** The date pattern of a spreadsheet locale ("ru_RU" → "dd.mm.yyyy"); ISO for one not listed. */
export function localeDatePattern(locale: string): string {
  const [language = ''] = String(locale ?? '').split(/[-_]/);
  return LOCALE_DATE_PATTERNS[locale] ?? LOCALE_DATE_PATTERNS[language] ?? PLAN_DATE_PATTERN;
}

/** The plan with every date cell in the locale's own pattern; the plan is not changed. */
export function withLocaleDates(plan: WorkbookPlan, locale: string): WorkbookPlan {
  const pattern = localeDatePattern(locale);
  if (pattern === PLAN_DATE_PATTERN) return plan;
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      numberFormats: sheet.numberFormats.map((f) =>
        f.pattern === PLAN_DATE_PATTERN ? { ...f, pattern } : f,
      ),
    })),
  };
}
