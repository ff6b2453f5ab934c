// The workbook's sheets as a person meets them: protections, names, literals, the Summary's charts in view.

import example from '../../docs/example-answers.json';
import { tokenize } from '../../src/formula/tokenizer';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';
import { LANGUAGES } from '../../src/i18n/languages';
import { NEW_CHART_SIZE, NEW_SHEET_COLUMN_WIDTH } from '../../src/platform/limits';
import type { WizardAnswers } from '../../src/workbook/answers';
import { INPUT } from '../../src/workbook/cells';
import { LOG_COLUMNS } from '../../src/workbook/contactsLog';
import type { SheetPlan, WorkbookPlan } from '../../src/workbook/plan';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { ACTUAL_INPUTS } from '../../src/workbook/sheets/actual';
import { CHANNEL_NAMED_RANGES } from '../../src/workbook/sheets/channels';
import { HEADLINE, SUMMARY_FIGURES } from '../../src/workbook/sheets/summaryFigures';
import { evaluatePlan, parseA1, splitSheetRef } from '../support/hyperformula';
import { planFormulas } from '../support/planFormulas';

type Variant = {
  language: WizardAnswers['language'];
  months: number;
  kind: 'individual' | 'team';
  extras: boolean;
};

/** The example answers in one variant: language, 1 or 60 months, individual or team, extras on or off. */
function variant({ language, months, kind, extras }: Variant): WizardAnswers {
  const a = JSON.parse(JSON.stringify(example)) as WizardAnswers;
  a.language = language;
  a.profile.months = months;
  a.profile.kind = kind;
  a.profile.people = kind === 'team' ? 4 : 1;
  a.profile.inflation = 0.03;
  a.investments.resources = kind === 'team' ? { staff: 900, technology: 150 } : { staff: 0, technology: 0 };
  a.returns.intangible.knowledge = 40;
  a.extras = { contactsLog: extras, channels: extras, events: extras };
  return a;
}

const VARIANTS: Variant[] = LANGUAGES.flatMap((language) =>
  [1, 60].flatMap((months) =>
    (['individual', 'team'] as const).flatMap((kind) =>
      [true, false].map((extras) => ({ language, months, kind, extras })),
    ),
  ),
);
const PLANS: Array<[string, WorkbookPlan]> = VARIANTS.map((v) => [
  `${v.language}, ${v.months} months, ${v.kind}, extras ${v.extras ? 'on' : 'off'}`,
  planWorkbook(variant(v)),
]);

/** Every cell ("B4") of an A1 rectangle. */
function cellsOf(range: string): string[] {
  const [first, last = first] = range.split(':');
  const a = parseA1(first);
  const b = parseA1(last);
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.column; c <= b.column; c++) out.push(`${c},${r}`);
  return out;
}

describe('named ranges', () => {
  it.each(PLANS)('never equal a custom function’s name, whatever the case (%s)', (_title, plan) => {
    const functions = new Set(CUSTOM_FUNCTIONS.map((f) => f.name.toUpperCase()));
    expect(functions.size).toBeGreaterThan(0);
    const clashes = plan.namedRanges.map((n) => n.name).filter((name) => functions.has(name.toUpperCase()));
    expect(clashes).toEqual([]);
  });

  it('name the net ROI TotalNetROI, which is the headline the server reads back', () => {
    expect(HEADLINE).toEqual({
      totalInvestment: 'TotalInvestment',
      totalReturn: 'TotalReturn',
      netRoi: 'TotalNetROI',
      paybackMonths: 'PaybackMonths',
    });
    for (const [, plan] of PLANS) {
      const names = plan.namedRanges.map((n) => n.name);
      expect(names).toEqual(expect.arrayContaining(Object.values(HEADLINE)));
      expect(names).not.toContain('NetROI');
    }
  });

  it('are one per Summary figure present, on the Summary, then the log’s columns, the Actual’s inputs, the Channels’ totals and the Events table’s columns', () => {
    for (const [, plan] of PLANS) {
      const sheetOf = (key: SheetPlan['key']) => plan.sheets.find((s) => s.key === key)?.name;
      const contactsLog = plan.sheets.some((s) => s.key === 'contacts');
      const summary = SUMMARY_FIGURES.filter((f) => f.kind !== 'note' && (!f.when || contactsLog)).map(
        (f) => [f.name, sheetOf('summary')],
      );
      const log = LOG_COLUMNS.flatMap((c) => (c.namedRange ? [[c.namedRange, sheetOf('contacts')]] : []));
      const actual = Object.values(ACTUAL_INPUTS).map((name) => [name, sheetOf('actual')]);
      const channels = plan.sheets.some((s) => s.key === 'channels')
        ? CHANNEL_NAMED_RANGES.map((name) => [name, sheetOf('channels')])
        : [];
      const events = plan.sheets.some((s) => s.key === 'events')
        ? ['EventName', 'EventCost', 'EventRevenue'].map((name) => [name, sheetOf('events')])
        : [];
      const expected = [...summary, ...(contactsLog ? [...log, ...actual] : []), ...channels, ...events];
      expect(plan.namedRanges.map((n) => [n.name, splitSheetRef(n.range).sheet])).toEqual(expected);
    }
  });
});

describe('formulas', () => {
  it.each(PLANS)('hold no decimal literal, only whole numbers (%s)', (_title, plan) => {
    const decimals = planFormulas(plan).flatMap(({ sheet, formula }) =>
      tokenize(formula, 'comma')
        .filter((t) => t.kind === 'number' && !/^\d+$/.test(t.text))
        .map((t) => `${sheet}: ${t.text} in ${formula}`),
    );
    expect(decimals).toEqual([]);
    expect(planFormulas(plan).length).toBeGreaterThan(0);
  });
});

describe('team resources', () => {
  it('are the team’s totals, never multiplied by people (SPEC section 2)', () => {
    // Staff 900 and technology 150 a month for a team of 4 over 12 months: 12 × 1050 on top of
    // the same plan without resources, whatever the number of people.
    const total = (staff: number, people: number) => {
      const a = variant({ language: 'en', months: 12, kind: 'team', extras: false });
      a.profile.people = people;
      a.investments.resources = { staff, technology: staff === 0 ? 0 : 150 };
      return evaluatePlan(planWorkbook(a)).named('TotalInvestment') as number;
    };
    for (const people of [2, 4]) {
      const added = total(900, people) - total(0, people);
      expect(Math.abs(added - 12 * 1050)).toBeLessThanOrEqual(1e-9 * 12 * 1050);
    }
  });
});

describe('protection', () => {
  it.each(PLANS)(
    'is one warning per sheet that leaves exactly the yellow inputs free (%s)',
    (_title, plan) => {
      for (const sheet of plan.sheets) {
        expect({ sheet: sheet.key, protected: sheet.protection !== null }).toEqual({
          sheet: sheet.key,
          protected: true,
        });
        const yellow = sheet.styles
          .filter((s) => s.style.background === INPUT)
          .flatMap((s) => cellsOf(s.range));
        const free = (sheet.protection?.unprotected ?? []).flatMap(cellsOf);
        expect({ sheet: sheet.key, free: new Set(free) }).toEqual({
          sheet: sheet.key,
          free: new Set(yellow),
        });
        expect(free.length).toBeGreaterThan(0);
        // Only the contacts log marks rows: its due and overdue rows.
        if (sheet.key !== 'contacts') expect(sheet.conditionalFormats).toEqual([]);
        else expect(sheet.conditionalFormats).toHaveLength(2);
      }
    },
  );
});

/**
 * The screen a person builds on: 1280 × 800 with the 300 px sidebar open. Sheets shows about 46 px
 * of row headers, so the grid is about 1280 − 300 − 46 ≈ 930 px wide, and about 560 px tall below
 * the toolbars and column headers. Unsized columns are 100 px, rows at least 21 px (Sheets' defaults).
 */
const VIEW = { width: 930, height: 560 };
/** The same on a 1024 × 768 screen: 1024 − 300 − 46 px wide, 32 px of height fewer per 32 of screen. */
const SMALL_VIEW = { width: 678, height: 528 };
const DEFAULT_WIDTH = NEW_SHEET_COLUMN_WIDTH;
const ROW_HEIGHT = 21;

function chartBoxes(sheet: SheetPlan) {
  const width = (column: number) =>
    sheet.columnWidths.find((w) => w.column === column)?.width ?? DEFAULT_WIDTH;
  return sheet.charts.map((chart) => {
    let left = chart.position.offsetX ?? 0;
    for (let c = 1; c < chart.position.column; c++) left += width(c);
    const top = (chart.position.row - 1) * ROW_HEIGHT + (chart.position.offsetY ?? 0);
    const size = {
      width: chart.width ?? NEW_CHART_SIZE.width,
      height: chart.height ?? NEW_CHART_SIZE.height,
    };
    return { title: chart.title, left, top, right: left + size.width, bottom: top + size.height };
  });
}

describe('the Summary’s charts', () => {
  it.each(PLANS)('are the first two in view beside the open sidebar at 1280 × 800 (%s)', (_title, plan) => {
    const summary = plan.sheets.find((s) => s.key === 'summary') as SheetPlan;
    const all = chartBoxes(summary);
    // With the contacts log a third chart (cumulative net, plan and actual) sits beside them; the
    // net ROI of each case sits beside the Deciding section, far below.
    const withLog = plan.sheets.some((s) => s.key === 'actual');
    expect(all).toHaveLength(withLog ? 4 : 3);
    const inView = (box: (typeof all)[number]) =>
      box.left >= 0 && box.top >= 0 && box.right <= VIEW.width && box.bottom <= VIEW.height;
    for (const box of all.slice(0, 2)) expect({ ...box, fits: inView(box) }).toEqual({ ...box, fits: true });
    // The others begin outside the first view, right of it or below it, so they push nothing out.
    for (const box of all.slice(2))
      expect({ ...box, outside: box.left >= VIEW.width || box.top >= VIEW.height }).toEqual({
        ...box,
        outside: true,
      });
    const overlaps = all.flatMap((a, i) =>
      all
        .slice(i + 1)
        .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        .map((b) => `${a.title} / ${b.title}`),
    );
    expect(overlaps).toEqual([]);
  });

  it.each(PLANS)('have the first in view beside the open sidebar at 1024 × 768 (%s)', (_title, plan) => {
    const summary = plan.sheets.find((s) => s.key === 'summary') as SheetPlan;
    const [first] = chartBoxes(summary);
    expect({
      ...first,
      fits:
        first.left >= 0 &&
        first.top >= 0 &&
        first.right <= SMALL_VIEW.width &&
        first.bottom <= SMALL_VIEW.height,
    }).toEqual({ ...first, fits: true });
  });

  it.each(PLANS)('cover no cell that holds something (%s)', (_title, plan) => {
    const summary = plan.sheets.find((s) => s.key === 'summary') as SheetPlan;
    const width = (column: number) =>
      summary.columnWidths.find((w) => w.column === column)?.width ?? DEFAULT_WIDTH;
    const leftOf = (column: number) => {
      let x = 0;
      for (let c = 1; c < column; c++) x += width(c);
      return x;
    };
    const covered: string[] = [];
    for (const block of summary.blocks) {
      const start = parseA1(block.range);
      block.values.forEach((line, i) => {
        line.forEach((value, j) => {
          if (value === null) return;
          // Rows are at least 21 px: a cell is under a chart if its smallest possible box meets one.
          const [row, column] = [start.row + i, start.column + j];
          const cell = {
            left: leftOf(column),
            right: leftOf(column) + width(column),
            top: (row - 1) * ROW_HEIGHT,
          };
          for (const box of chartBoxes(summary))
            if (cell.left < box.right && box.left < cell.right && cell.top < box.bottom)
              covered.push(`${column},${row} under ${box.title}`);
        });
      });
    }
    expect(covered).toEqual([]);
  });
});

describe('the Channels sheet', () => {
  const plan = planWorkbook(variant({ language: 'en', months: 12, kind: 'team', extras: true }));
  const channels = plan.sheets.find((s) => s.key === 'channels') as SheetPlan;

  it('charts ROI by channel as columns with a percent value axis', () => {
    expect(channels.charts).toHaveLength(1);
    expect(channels.charts[0]).toMatchObject({ type: 'column', vAxes: { 0: { format: 'percent' } } });
  });

  it('gives every money column room for a 6-digit amount with its currency', () => {
    // "123,456.00 EUR" is 14 characters; at about 7 px a character of Sheets' 10 pt Arial plus
    // the cell's padding that needs at least 14 × 7 + 10 = 108 px.
    const money = channels.numberFormats.filter((f) => f.pattern.includes('EUR'));
    expect(money.length).toBeGreaterThan(0);
    for (const format of money) {
      const column = parseA1(format.range).column;
      const width = channels.columnWidths.find((w) => w.column === column)?.width ?? DEFAULT_WIDTH;
      expect({ column, wide: width >= 14 * 7 + 10 }).toEqual({ column, wide: true });
    }
  });
});
