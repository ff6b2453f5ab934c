// Plan and actual in the preview (`npm start`): the wizard builds the Actual sheet, a person types
// three contacts into the log and an actual cost, and the Summary's actual figures follow.

import type { Page } from 'playwright-core';
import type { PreviewServer } from '../../dev/preview/server';
import { messages } from '../../src/i18n';
import { SIDEBAR_MESSAGES } from '../../src/sidebar/i18n';
import type { WizardAnswers } from '../../src/workbook/answers';
import { columnLetter } from '../../src/workbook/cells';
import { LOG_FIRST_ROW, type LogColumnKey, logColumnIndex } from '../../src/workbook/contactsLog';
import { CHANNEL_ROWS, planWorkbook } from '../../src/workbook/planWorkbook';
import { DUE_BACKGROUND } from '../../src/workbook/sheets/contacts';
import { evaluatePlan } from '../support/hyperformula';
import { buildWithDefaults, previewForSuite, showSheet as showPreviewSheet, typeInCell } from './previewPage';
import { saveScreenshot } from './screenshots';

const en = SIDEBAR_MESSAGES.en;

jest.setTimeout(180_000);

/** The page and the harness evaluate the same formulas independently: they agree to 1e-9 relative. */
const REL_TOL = 1e-9;

let preview: PreviewServer;
let page: Page;
previewForSuite((open) => {
  ({ preview, page } = open);
});

const showSheet = (name: string) => showPreviewSheet(page, name);

const type = (cell: string, input: string) => typeInCell(page, cell, input);

/** The cell of a named range of the built workbook. */
function namedCell(name: string): string {
  const named = preview.addon.env.spreadsheet.peekNamedRange(name);
  if (!named) throw new Error(`no named range ${name}`);
  return named.range.peekA1();
}

async function shown(cell: string): Promise<string | null> {
  return page.getAttribute(`td[data-cell="${cell}"]`, 'data-value');
}

async function waitForValue(cell: string, expected: number | string): Promise<void> {
  await page
    .waitForFunction(
      ([a1, want, tol]) => {
        const got = document.querySelector(`td[data-cell="${a1}"]`)?.getAttribute('data-value');
        if (typeof want === 'string') return got === want;
        return Math.abs(Number(got) - want) <= tol * Math.max(1, Math.abs(want));
      },
      [cell, expected, REL_TOL] as const,
      { timeout: 15_000 },
    )
    .catch(async () => {
      throw new Error(`${cell} shows ${await shown(cell)}, expected ${expected}`);
    });
}

/** "2027-03-15" for day `day` of the month `offset` months after `startMonth` ("2027-01"). */
function dayOf(startMonth: string, offset: number, day: number): string {
  const [y, m] = startMonth.split('-').map(Number);
  const index = y * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('plan and actual in the preview', () => {
  let answers: WizardAnswers;
  const texts = messages('en').workbook;
  const col = (key: Parameters<typeof logColumnIndex>[0]) => columnLetter(logColumnIndex(key));

  it('builds the Actual sheet with the wizard’s defaults', async () => {
    await buildWithDefaults(page, en.steps);
    answers = JSON.parse(preview.addon.env.documentProperties.store.get('networkingRoi.lastAnswers')!);
    // The grid redraws after the sidebar reports the build: wait for the tab, not a fixed time.
    await page.waitForSelector(`#tabs button[data-sheet="${texts.sheets.actual}"]`);
    expect(await page.locator('#tabs button').allInnerTexts()).toContain(texts.sheets.actual);
  });

  it('moves the Summary’s actual figures as a person logs three contacts and an actual cost', async () => {
    const start = answers.profile.startMonth;
    const plan = planWorkbook(answers);
    const harness = evaluatePlan(plan);
    const actual = plan.sheets.find((s) => s.key === 'actual')!;
    const costRow = actual.blocks[0].values.findIndex((line) => line[0] === texts.plan.moneyItems.events) + 1;
    // Two months elapsed: AsOfDate on the 20th of the plan's second month.
    const asOf = dayOf(start, 1, 20);
    // The log's rows as typed, by column, in the order a person fills them in.
    const rows: Array<Partial<Record<LogColumnKey, string>>> = [
      // A client met in month 1 who signed in month 2 for 1,500: a conversion with revenue.
      {
        name: 'Ann Example',
        channel: 'LinkedIn',
        dateMet: dayOf(start, 0, 10),
        stage: texts.contacts.stages.client,
        convertedOn: dayOf(start, 1, 5),
        dealValue: '1500',
      },
      // Met in month 2, still in touch: not due.
      {
        name: 'Bo Sample',
        channel: texts.channels.events,
        dateMet: dayOf(start, 1, 3),
        stage: texts.contacts.stages.inTouch,
      },
      // No dates at all: due.
      { name: 'Cy Nodate', stage: texts.contacts.stages.met },
    ];
    const edits: Array<[string, string, string]> = [[texts.sheets.summary, namedCell('AsOfDate'), asOf]];
    rows.forEach((r, i) => {
      for (const [key, v] of Object.entries(r) as Array<[LogColumnKey, string]>)
        edits.push([texts.sheets.contacts, `${col(key)}${LOG_FIRST_ROW + i}`, v]);
    });
    // An actual cost: 800 of event tickets in month 1.
    edits.push([texts.sheets.actual, `B${costRow}`, '800']);

    for (const [sheet, cell, input] of edits) {
      await showSheet(sheet);
      await type(cell, input);
      harness.edit(
        sheet,
        cell,
        /^\d{4}-\d\d-\d\d$/.test(input) ? dateSerial(input) : /^\d+$/.test(input) ? Number(input) : input,
      );
    }
    await showSheet(texts.sheets.summary);
    // Independent figures: two months elapsed; actual investment 800 (no hours typed); actual
    // return 1500 (Ann's deal, converted in month 2); new contacts 2 (Ann, Bo), conversions 1.
    await waitForValue(namedCell('MonthsElapsed'), 2);
    await waitForValue(namedCell('ActualInvestment'), 800);
    await waitForValue(namedCell('ActualReturn'), 1500);
    await waitForValue(namedCell('ActualNetROI'), (1500 - 800) / 800);
    await waitForValue(namedCell('ActualConversionRate'), 1 / 2);
    await waitForValue(namedCell('ActualCostPerContact'), 800 / 2);
    await waitForValue(namedCell('FollowUpsDue'), 1);
    // The same as HyperFormula computes from planWorkbook with the same typing.
    for (const name of [
      'PlanToDateInvestment',
      'PlanToDateReturn',
      'ActualPaybackMonths',
      'NewContactsPerMonth',
      'TouchedRecently',
    ]) {
      const want = harness.named(name);
      if (typeof want !== 'number' && typeof want !== 'string')
        throw new Error(`${name} is ${JSON.stringify(want)}`);
      await waitForValue(namedCell(name), want);
    }
    await showSheet(texts.sheets.contacts);
    const due = `${col('name')}${LOG_FIRST_ROW + 2}`;
    await page.waitForFunction(
      ([cell, colour]) => {
        const style =
          document.querySelector<HTMLElement>(`td[data-cell="${cell}"]`)?.style.backgroundColor ?? '';
        const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
        return style === `rgb(${r}, ${g}, ${b})`;
      },
      [due, DUE_BACKGROUND] as const,
    );
    expect(await shown(`${col('followUp')}${LOG_FIRST_ROW + 2}`)).toBe(texts.contacts.due);
    expect(await shown(`${col('followUp')}${LOG_FIRST_ROW + 1}`)).toBe('');
  });

  it('offers the Channels sheet’s names in the log’s Channel dropdown and warns about another name', async () => {
    const plan = planWorkbook(answers);
    const channels = plan.sheets.find((s) => s.key === 'channels')!;
    const names = channels.blocks[0].values
      .slice(1, 1 + CHANNEL_ROWS)
      .map((line) => line[0])
      .filter((name): name is string => typeof name === 'string');
    await showSheet(texts.sheets.contacts);
    const cell = `${col('channel')}${LOG_FIRST_ROW + 5}`;
    await page.click(`td[data-cell="${cell}"] .chip`);
    await page.waitForSelector('#dropdown-menu:not([hidden]) [role="option"]');
    expect(await page.locator('#dropdown-menu [role="option"]').allInnerTexts()).toEqual(names);
    await page.keyboard.press('Escape');
    // Another channel is kept, with Sheets' warning mark (the rule allows it).
    await type(cell, 'Podcast');
    await page.waitForSelector(`td[data-cell="${cell}"].invalid`);
    expect(await shown(cell)).toBe('Podcast');
    await type(cell, '');
  });

  it('pictures a realistic log: the Summary’s plan beside actual and the due rows marked', async () => {
    // Nine more contacts (two known from before the plan and due a follow-up) and some costs, typed through the preview's edit endpoint
    // (the same path as the formula bar), then one edit through the page so it redraws.
    const start = answers.profile.startMonth;
    const st = texts.contacts.stages;
    const more: Array<[string, string, number, number | null, string, number | null, number]> = [
      ['Dana Lee', 'LinkedIn', 0, 1, st.proposal, null, 3],
      ['Eero Aalto', texts.channels.events, 0, null, st.lost, null, 1],
      ['Fatima Noor', texts.plan.direct.referrals, 1, 1, st.partner, 1, 5],
      ['Gleb Orlov', 'LinkedIn', -4, null, st.new, null, 2],
      ['Hanna Virta', texts.channels.events, 1, 1, st.met, null, 4],
      ['Ian Moss', 'Meetup', -5, -4, st.inTouch, null, 2],
      ['Jade Wu', 'LinkedIn', 1, 1, st.client, null, 3],
      ['Karl Berg', '', 0, null, st.met, null, 1],
      ['Lina Ruiz', texts.channels.events, 1, 1, st.client, 1, 4],
    ];
    const edit = (sheet: string, cell: string, input: string) => {
      const outcome = preview.addon.workbook.edit(sheet, cell, input, { confirmed: true });
      if (outcome.kind !== 'done') throw new Error(`${sheet}!${cell}: ${JSON.stringify(outcome)}`);
    };
    more.forEach(([name, channel, met, last, stage, converted, depth], i) => {
      const row = LOG_FIRST_ROW + 3 + i;
      const c = texts.sheets.contacts;
      edit(c, `${col('name')}${row}`, name);
      if (channel) edit(c, `${col('channel')}${row}`, channel);
      edit(c, `${col('dateMet')}${row}`, dayOf(start, met, 4 + i));
      if (last !== null) edit(c, `${col('lastInteraction')}${row}`, dayOf(start, last, 6 + i));
      edit(c, `${col('interactions')}${row}`, String(1 + (i % 4)));
      edit(c, `${col('stage')}${row}`, stage);
      if (converted !== null) {
        edit(c, `${col('convertedOn')}${row}`, dayOf(start, converted, 12));
        edit(c, `${col('dealValue')}${row}`, String(900 + 150 * i));
      }
      edit(c, `${col('depth')}${row}`, String(depth));
      edit(c, `${col('mutualBenefit')}${row}`, String(1 + ((depth + i) % 5)));
    });
    const actual = planWorkbook(answers).sheets.find((s) => s.key === 'actual')!;
    const rowOf = (label: string) => actual.blocks[0].values.findIndex((line) => line[0] === label) + 1;
    edit(texts.sheets.actual, `B${rowOf(texts.plan.hours.events)}`, '6');
    edit(texts.sheets.actual, `C${rowOf(texts.plan.hours.events)}`, '9');
    edit(texts.sheets.actual, `B${rowOf(texts.plan.hours.newContacts)}`, '4');
    edit(texts.sheets.actual, `C${rowOf(texts.plan.moneyItems.tools)}`, '30');

    await showSheet(texts.sheets.summary);
    // Redraw through the page: retype AsOfDate as it is.
    await type(namedCell('AsOfDate'), dayOf(start, 1, 20));
    await page.$eval(
      '#grid-scroll',
      (grid, cell) => {
        const td = grid.querySelector<HTMLElement>(`td[data-cell="${cell}"]`)!;
        grid.scrollTop = td.offsetTop - 60;
        grid.scrollLeft = 0;
      },
      `A${Number(namedCell('MonthsElapsed').slice(1)) - 1}`,
    );
    await saveScreenshot(page, 'actual-summary');

    await showSheet(texts.sheets.contacts);
    await page.$eval(
      '#grid-scroll',
      (grid, cell) => {
        const td = grid.querySelector<HTMLElement>(`td[data-cell="${cell}"]`)!;
        grid.scrollTop = 0;
        // Past the frozen Name column, so that Name and Follow up are both in the picture.
        grid.scrollLeft = td.offsetLeft - 180;
      },
      `${col('dealValue')}1`,
    );
    await saveScreenshot(page, 'contacts-due');
  });
});

/** A yyyy-mm-dd date's serial number (day 0 is 1899-12-30), as the harness stores typed dates. */
function dateSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
