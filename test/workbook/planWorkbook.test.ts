// The built workbook, evaluated in HyperFormula: every Summary figure against an independent computation.

import example from '../../docs/example-answers.json';
import { realRoi } from '../../src/core/roi';
import { isSingleCell, parseA1 as parseRange } from '../../src/formula/a1';
import { messages } from '../../src/i18n';
import { LANGUAGES } from '../../src/i18n/languages';
import { expectedFigures, monthlySeries } from '../../src/selftest/figures';
import type { WizardAnswers } from '../../src/workbook/answers';
import { LOG_COLUMNS } from '../../src/workbook/contactsLog';
import type { WorkbookPlan } from '../../src/workbook/plan';
import { planWorkbook, textCell } from '../../src/workbook/planWorkbook';
import { AnswersError, normalizeAnswers } from '../../src/workbook/validate';
import { expectFigure } from '../support/close';
import { type EvaluatedPlan, evaluatePlan, isError, parseA1, splitSheetRef } from '../support/hyperformula';
import { planFormulas } from '../support/planFormulas';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** The example answers with some parts replaced. */
function answers(change: DeepPartial<WizardAnswers> = {}): WizardAnswers {
  const base = JSON.parse(JSON.stringify(example));
  const merge = (into: Record<string, unknown>, from: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(from)) {
      if (v !== null && typeof v === 'object' && !Array.isArray(v))
        merge(into[k] as Record<string, unknown>, v as Record<string, unknown>);
      else into[k] = v;
    }
  };
  merge(base, change as Record<string, unknown>);
  return base;
}

/**
 * The plan of some answers and its evaluation, made once for the whole file: a workbook with the
 * contacts log takes most of a second to evaluate, and several tests read the same one. Only for
 * tests that read; a test that edits cells evaluates a plan of its own.
 */
const evaluated = new Map<string, { plan: WorkbookPlan; e: EvaluatedPlan }>();
function evaluateOnce(a: WizardAnswers): { plan: WorkbookPlan; e: EvaluatedPlan } {
  const key = JSON.stringify(a);
  let done = evaluated.get(key);
  if (!done) {
    const plan = planWorkbook(a);
    done = { plan, e: evaluatePlan(plan) };
    evaluated.set(key, done);
  }
  return done;
}

/**
 * The example answers without the contacts log: for the tests of the plan's own figures, which the
 * log does not touch (test/workbook/actual.test.ts measures the log). Its thousand prepared rows
 * would make each evaluation about twenty times slower.
 */
function planOnly(change: DeepPartial<WizardAnswers> = {}): WizardAnswers {
  const a = answers(change);
  a.extras.contactsLog = false;
  return a;
}

function expectFigures(e: EvaluatedPlan, expected: Record<string, number | string>) {
  for (const [name, value] of Object.entries(expected)) expectFigure(name, e.named(name), value);
}

function expectNoErrors(e: EvaluatedPlan) {
  const errors = e
    .cells()
    .filter((c) => isError(c.value))
    .map((c) => `${c.sheet}!${c.address} ${c.written} → ${JSON.stringify(c.value)}`);
  expect(errors).toEqual([]);
}

/** The cell ("B12") on its sheet of a named range of the plan. */
function namedCell(plan: WorkbookPlan, name: string): string {
  const named = plan.namedRanges.find((n) => n.name === name);
  if (!named) throw new Error(`the plan has no named range ${name}`);
  return splitSheetRef(named.range).range;
}

const scenarios: Array<[string, WizardAnswers]> = [
  ['the SPEC example: a team of 3 with the 50/15/70 funnel', answers()],
  [
    'a 24-month individual plan with hours and inflation',
    planOnly({
      language: 'en',
      profile: {
        kind: 'individual',
        people: 1,
        months: 24,
        discountRate: 0.08,
        inflation: 0.05,
        startMonth: '2026-11',
      },
      investments: {
        hourlyRate: 50,
        hours: { newContacts: 5, maintaining: 2, events: 3, preparation: 1, followUp: 1 },
        money: { events: 50, tools: 20, education: 15, gifts: 0, travel: 0 },
      },
      returns: { direct: { referrals: 100 }, indirect: { salary: 150 } },
      funnel: { newContacts: 20, conversions: 4, averageDeal: 400 },
      extras: { contactsLog: false, channels: false },
    }),
  ],
  [
    'intangible returns counted',
    planOnly({
      returns: { intangible: { knowledge: 200, reputation: 100, opportunities: 50 }, countIntangible: true },
    }),
  ],
  [
    'intangible returns entered but not counted',
    planOnly({
      returns: { intangible: { knowledge: 200, reputation: 100, opportunities: 50 }, countIntangible: false },
    }),
  ],
  [
    'a losing plan with no returns at all',
    planOnly({ funnel: { newContacts: 10, conversions: 0, averageDeal: 0 }, profile: { inflation: 0.03 } }),
  ],
  ['one month', planOnly({ profile: { months: 1 }, funnel: { averageDeal: 300 } })],
  [
    'sixty months, a team of 5 with resources and a high discount rate',
    planOnly({
      profile: { months: 60, people: 5, discountRate: 0.35, inflation: 0.02 },
      investments: { resources: { staff: 120, technology: 40 } },
      funnel: { averageDeal: 250 },
      returns: { direct: { partnerships: 80, investment: 30 }, indirect: { bonuses: 25, otherIncome: 10 } },
    }),
  ],
];

describe('planWorkbook in HyperFormula', () => {
  for (const [title, a] of scenarios) {
    it(`computes every Summary figure of ${title} as SPEC's formulas do`, () => {
      expectFigures(evaluateOnce(a).e, expectedFigures(a));
    });
    it(`shows no error in any cell of ${title}`, () => {
      expectNoErrors(evaluateOnce(a).e);
    });
  }

  it('gives the funnel example its published figures: 50 contacts, 15 conversions, average deal 70', () => {
    // SPEC section 1: one networker, revenue 15 × 70 = 1050 a month against costs of 500: net ROI 1.1,
    // return per unit 2.1, conversion rate 0.3.
    const a = planOnly({
      profile: { kind: 'individual', people: 1 },
      investments: {
        hourlyRate: 0,
        money: { events: 500, tools: 0, education: 0, gifts: 0, travel: 0 },
      },
    });
    const e = evaluatePlan(planWorkbook(a));
    expectFigure('TotalNetROI', e.named('TotalNetROI'), 1.1);
    expectFigure('ReturnPerUnit', e.named('ReturnPerUnit'), 2.1);
    expectFigure('ConversionRate', e.named('ConversionRate'), 0.3);
    expectFigure('PaybackMonths', e.named('PaybackMonths'), 500 / 1050);
  });

  it('follows a person who overwrites months on the Plan: payback moves to the month it happens', () => {
    const a = planOnly({ profile: { kind: 'individual', people: 1, months: 6 } });
    const plan = planWorkbook(a);
    const e = evaluatePlan(plan);
    const grid = plan.sheets[0].blocks[0].values;
    const rowOf = (label: string) => grid.map((line) => line[0]).indexOf(label) + 1;
    const p = messages('en').workbook.plan;
    // Monthly investment 1140 against deals of 1050. Month 1: a conference costing 3000 more;
    // month 4: a deal month with actual revenue 6000, which pays everything back during month 4.
    e.edit('plan', `B${rowOf(p.moneyItems.events)}`, 3200);
    e.edit('plan', `E${rowOf(p.deals)}`, 6000);
    const base = monthlySeries(normalizeAnswers(a));
    const investment = base.investment.map((x, i) => (i === 0 ? x + 3000 : x));
    const returns = base.returns.map((x, i) => (i === 3 ? 6000 : x));
    const figures = expectedFigures(a, { investment, returns });
    for (const [name, value] of Object.entries(figures)) expectFigure(name, e.named(name), value);
    // Balance after month 4's investment: 3 × 1050 − (4 × 1140 + 3000) = −4410; paid back 4410/6000 into month 4.
    expectFigure('PaybackMonths', e.named('PaybackMonths'), 3 + 4410 / 6000);
  });

  it('counts intangible returns once CountIntangible is ticked on the Summary', () => {
    const a = planOnly({ returns: { intangible: { knowledge: 200 }, countIntangible: false } });
    const plan = planWorkbook(a);
    const e = evaluatePlan(plan);
    const before = e.named('TotalReturn') as number;
    e.edit('summary', namedCell(plan, 'CountIntangible'), true);
    expectFigure('TotalReturn', e.named('TotalReturn'), before + 200 * 3 * 12);
  });

  it('shows the real ROI once inflation is typed on the Summary', () => {
    const a = planOnly({ funnel: { averageDeal: 100 } });
    const plan = planWorkbook(a);
    const e = evaluatePlan(plan);
    expect(e.named('RealROI')).toBe(messages('en').workbook.summary.noInflation);
    e.edit('summary', namedCell(plan, 'Inflation'), 0.04);
    expectFigure('RealROI', e.named('RealROI'), realRoi(e.named('TotalNetROI') as number, 0.04, 1));
  });

  it('says where the net ROI falls against the 50-200 % range', () => {
    const s = messages('en').workbook.summary;
    // The note stands in column A right under the net ROI figure.
    const note = (averageDeal: number) => {
      const plan = planWorkbook(planOnly({ funnel: { averageDeal } }));
      const roi = plan.namedRanges.find((n) => n.name === 'TotalNetROI')!.range;
      const row = Number(/\d+$/.exec(roi)![0]);
      return evaluatePlan(plan).value(`A${row + 1}`, 'summary');
    };
    // Monthly investment 3420 (SPEC example); returns 45 × averageDeal.
    expect(note(70)).toBe(s.roiBelow);
    expect(note(152)).toBe(s.roiWithin); // 6840 / 3420 − 1 = 100 %
    expect(note(250)).toBe(s.roiAbove); // 11250 / 3420 − 1 ≈ 229 %
  });

  it('computes each typed channel row with guarded ratios (no contacts log)', () => {
    const e = evaluatePlan(planWorkbook(answers({ extras: { contactsLog: false, channels: true } })));
    e.edit('channels', 'B2', 400);
    e.edit('channels', 'C2', 40);
    e.edit('channels', 'D2', 8);
    e.edit('channels', 'E2', 1000);
    expectFigure('channel ROI', e.value('F2', 'channels'), (1000 - 400) / 400);
    expectFigure('channel conversion', e.value('G2', 'channels'), 8 / 40);
    expect(e.value('F3', 'channels')).toBe('');
    expectFigure('total ROI', e.value('F12', 'channels'), (1000 - 400) / 400);
  });

  it('shows texts, not errors, when nothing is entered', () => {
    const empty = {
      language: 'en',
      profile: { kind: 'individual', currency: 'USD', startMonth: '2027-01', months: 3, discountRate: 0.1 },
    };
    const e = evaluatePlan(planWorkbook(empty));
    expectNoErrors(e);
    const s = messages('en').workbook.summary;
    expect(e.named('TotalNetROI')).toBe(s.noInvestment);
    expect(e.named('DiscountedROI')).toBe(s.noInvestment);
    expect(e.named('PaybackMonths')).toBe(0);
    expect(e.named('ConversionRate')).toBe(s.noContacts);
  });

  it('throws AnswersError listing every problem at once', () => {
    const bad = answers({ profile: { months: 0, currency: 'eur' }, funnel: { conversions: 60 } });
    expect(() => planWorkbook(bad)).toThrow(AnswersError);
    try {
      planWorkbook(bad);
    } catch (e) {
      expect((e as AnswersError).problems.map((p) => p.field)).toEqual([
        'profile.currency',
        'profile.months',
        'funnel.conversions',
      ]);
      expect((e as Error).message).toMatch(
        /^profile\.currency: .+; profile\.months: .+; funnel\.conversions: .+$/,
      );
    }
  });
});

const withoutLiterals = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""');

describe('the plan’s cells', () => {
  const plans = LANGUAGES.map((language) => evaluateOnce(answers({ language })).plan);

  it('hold only formulas that HyperFormula parses and computes: every "=" string is one of ours', () => {
    for (const language of LANGUAGES) {
      const { e } = evaluateOnce(answers({ language }));
      for (const c of e.cells()) {
        if (typeof c.written !== 'string' || !c.written.startsWith('=')) continue;
        const { row, column } = parseA1(c.address);
        const at = { sheet: e.hf.getSheetId(c.sheet)!, row: row - 1, col: column - 1 };
        expect({ formula: c.written, parsed: e.hf.doesCellHaveFormula(at), error: isError(c.value) }).toEqual(
          {
            formula: c.written,
            parsed: true,
            error: false,
          },
        );
      }
      expect(e.cells().some((c) => typeof c.written === 'string' && c.written.startsWith('='))).toBe(true);
    }
  });

  it('write every text that could read as a formula or a number with a leading apostrophe', () => {
    // A formula, a signed number, a mention, an apostrophe, a date, a decimal, a tab, a boolean.
    const readAsOther = [
      '=HYPERLINK("x")',
      '+7 contacts',
      '-5',
      '@home',
      "'quoted",
      '2027-01',
      '.5',
      '\tx',
      'TRUE',
    ];
    expect(readAsOther.map(textCell)).toEqual(readAsOther.map((text) => `'${text}`));
    expect(textCell('LinkedIn')).toBe('LinkedIn');
    for (const plan of plans) {
      const texts = plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.values.flat()));
      for (const v of texts) {
        if (typeof v === 'string' && !v.startsWith('=') && !v.startsWith("'"))
          expect(v).not.toMatch(/^[+\-@\d]/);
      }
    }
  });

  it('use only functions that Sheets, Excel, LibreOffice and HyperFormula all have', () => {
    const allowed = new Set([
      'SUM',
      'SUMPRODUCT',
      'IF',
      'AND',
      'MIN',
      'COUNT',
      'COUNTA',
      'COUNTIF',
      'ISNUMBER',
      'DATE',
      // The contacts log's measures (SPEC sections 5 and 6).
      'COUNTIFS',
      'SUMIF',
      'SUMIFS',
      'EDATE',
      'TODAY',
      'MAX',
      'OR',
      'TRUE',
      // Deciding (SPEC section 8): the plan's own rate, present values, a guard around IRR.
      'IRR',
      'NPV',
      'IFERROR',
      // Where returns come from (SPEC section 9): names matched trimmed and as written, wildcards
      // escaped for SUMIFS, the first name with the largest value.
      'TRIM',
      'SUBSTITUTE',
      'INDEX',
      'MATCH',
    ]);
    // Collected, then compared once: the log's thousand rows make thousands of formulas.
    const refused = plans.flatMap((plan) =>
      planFormulas(plan).flatMap(({ formula }) =>
        [...withoutLiterals(formula).matchAll(/([A-Z][A-Z0-9.]*)\(/g)]
          .map(([, name]) => name)
          .filter((name) => !allowed.has(name))
          .map((name) => `${name} in ${formula}`),
      ),
    );
    expect(refused).toEqual([]);
  });

  it('refer to other sheets only as quoted names, and to named ranges only to the log’s columns', () => {
    // The log is read by name (`LogDateMet`), so its formulas read like the metric they compute;
    // the adapter renames those names inside formulas when a second build suffixes them.
    const logNames = new Set<string>(LOG_COLUMNS.flatMap((c) => (c.namedRange ? [c.namedRange] : [])));
    for (const plan of plans) {
      const names = plan.namedRanges.map((n) => n.name).filter((n) => !logNames.has(n));
      const otherName = new RegExp(`\\b(${names.join('|')})\\b`);
      const refused = planFormulas(plan)
        .map(({ formula }) => ({ formula, bare: withoutLiterals(formula) }))
        .filter(({ bare }) => bare.replace(/'(?:[^']|'')+'!/g, '').includes('!') || otherName.test(bare))
        .map(({ formula }) => formula);
      expect(refused).toEqual([]);
      expect(planFormulas(plan).some(({ formula }) => /\bLogDateMet\b/.test(formula))).toBe(true);
      for (const n of plan.namedRanges) expect(n.range).toMatch(/^'[^']+'![A-Z]+\d+(:[A-Z]+\d+)?$/);
    }
  });

  it('have rectangular blocks that match their ranges', () => {
    for (const plan of plans) {
      for (const sheet of plan.sheets) {
        for (const block of sheet.blocks) {
          const widths = new Set(block.values.map((r) => r.length));
          expect(widths.size).toBe(1);
          const rect = parseRange(block.range);
          if (!isSingleCell(block.range)) expect(rect.lastRow - rect.row + 1).toBe(block.values.length);
        }
      }
    }
  });
});

describe('the Plan’s labels', () => {
  it.each(LANGUAGES)('name every row differently in %s (hours at events are not event fees)', (language) => {
    const plan = planWorkbook(answers({ language, profile: { kind: 'team', people: 2 } }));
    const labels = plan.sheets[0].blocks[0].values.map((line) => line[0]);
    const repeated = labels.filter((label, i) => labels.indexOf(label) !== i);
    expect(repeated).toEqual([]);
  });
});

describe('Russian and Finnish workbooks', () => {
  it('have the structure and the numbers of the English one', () => {
    const { plan: en, e: enValues } = evaluateOnce(answers({ language: 'en' }));
    for (const language of ['ru', 'fi'] as const) {
      const { plan: other, e: values } = evaluateOnce(answers({ language }));
      expect(other.language).toBe(language);
      expect(other.sheets.map((s) => s.key)).toEqual(en.sheets.map((s) => s.key));
      expect(other.sheets.map((s) => s.name)).toEqual(
        other.sheets.map((s) => messages(language).workbook.sheets[s.key]),
      );
      expect(other.namedRanges.map((n) => n.name)).toEqual(en.namedRanges.map((n) => n.name));
      other.sheets.forEach((sheet, i) => {
        const mine = en.sheets[i];
        expect(sheet.blocks.map((b) => b.range)).toEqual(mine.blocks.map((b) => b.range));
        expect(sheet.numberFormats).toEqual(mine.numberFormats);
        expect(sheet.protection?.unprotected).toEqual(mine.protection?.unprotected);
        expect(sheet.charts.map((c) => c.ranges)).toEqual(mine.charts.map((c) => c.ranges));
        // Same formulas once sheet names and texts are set aside.
        const shape = (s: typeof sheet, names: string[]) =>
          s.blocks.map((b) =>
            b.values.map((row) =>
              row.map((v) =>
                typeof v === 'string' && v.startsWith('=')
                  ? names.reduce((f, n, k) => f.split(`'${n}'!`).join(`'#${k}'!`), withoutLiterals(v))
                  : typeof v,
              ),
            ),
          );
        expect(
          shape(
            sheet,
            other.sheets.map((s) => s.name),
          ),
        ).toEqual(
          shape(
            mine,
            en.sheets.map((s) => s.name),
          ),
        );
      });
      for (const n of en.namedRanges) {
        const a = enValues.named(n.name);
        const b = values.named(n.name);
        if (typeof a === 'number') expectFigure(`${language} ${n.name}`, b, a);
        else expect(typeof b).toBe(typeof a);
      }
    }
  });
});
