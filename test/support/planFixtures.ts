/**
 * Hand-made workbook plans for the adapter's tests: every sheet kind (Plan, Summary, Contacts,
 * Channels) with blocks, formats, styles, every validation kind, sheet protections (one sheet without),
 * conditional formats, notes, frozen panes,
 * column widths, charts of every type and named ranges. Only the number of month columns changes
 * with `months`, so a build's service calls can be compared between a 1-month and a 60-month plan.
 */
import { columnLetters } from '../../src/formula/a1';
import { withGrid } from '../../src/workbook/grid';
import type { CellValue, SheetContent, WorkbookPlan } from '../../src/workbook/plan';

/** Headline figures the fixture's Summary holds as plain values (so no evaluator is needed). */
export const FIXTURE_HEADLINE = { totalInvestment: 1200, totalReturn: 1800, netRoi: 0.5, paybackMonths: 7.5 };

/** A workbook plan shaped like the real one, with `months` month columns on the Plan. */
export function fixturePlan(months: number): WorkbookPlan {
  const last = columnLetters(1 + months); // month columns are B..last
  const monthCols = Array.from({ length: months }, (_, i) => columnLetters(2 + i));

  const header: CellValue[] = ["'Category", ...monthCols.map((_, i) => `'M${i + 1}`)];
  const hours: CellValue[] = ["'Hours", ...monthCols.map(() => 10)];
  const money: CellValue[] = ["'Money", ...monthCols.map(() => 100)];
  const returns: CellValue[] = ["'Returns", ...monthCols.map(() => 150)];
  const investment: CellValue[] = ["'Investment", ...monthCols.map((c) => `=${c}2*'Summary'!$C$7+${c}3`)];
  const net: CellValue[] = ["'Net", ...monthCols.map((c) => `=${c}4-${c}5`)];
  const cumulative: CellValue[] = [
    "'Cumulative ROI",
    ...monthCols.map((c) => `=IFERROR(SUM($B6:${c}6)/SUM($B5:${c}5),"")`),
  ];

  const base = {
    notes: [] as SheetContent['notes'],
    charts: [] as SheetContent['charts'],
    validations: [] as SheetContent['validations'],
    conditionalFormats: [] as SheetContent['conditionalFormats'],
  };

  const plan: SheetContent = {
    ...base,
    key: 'plan',
    name: 'Plan',
    blocks: [{ range: `A1:${last}7`, values: [header, hours, money, returns, investment, net, cumulative] }],
    numberFormats: [
      { range: `B3:${last}6`, pattern: '#,##0.00 [$EUR]' },
      { range: `B7:${last}7`, pattern: '0.0%' },
      { range: `B2:${last}2`, pattern: '0.0' },
    ],
    styles: [
      { range: `A1:${last}1`, style: { bold: true, background: '#e8eaed' } },
      { range: `B2:${last}4`, style: { background: '#fff8e1' } },
      { range: `B5:${last}7`, style: { background: '#f1f3f4', italic: true } },
      { range: 'A1:A7', style: { bold: true, wrap: true } },
    ],
    protection: { unprotected: [`B2:${last}4`] },
    conditionalFormats: [
      { range: `B7:${last}7`, formula: '=AND(B7<>"",B7<0)', style: { fontColor: '#c5221f' } },
    ],
    notes: [{ cell: 'A5', text: 'Time valued at the hourly rate, plus money' }],
    frozenRows: 1,
    frozenColumns: 1,
    columnWidths: [{ column: 1, width: 200 }, ...monthCols.map((_, i) => ({ column: 2 + i, width: 90 }))],
  };

  const summary: SheetContent = {
    ...base,
    key: 'summary',
    name: 'Summary',
    blocks: [
      {
        range: 'B2:C9',
        values: [
          ["'Total investment", FIXTURE_HEADLINE.totalInvestment],
          ["'Total return", FIXTURE_HEADLINE.totalReturn],
          ["'Net ROI", FIXTURE_HEADLINE.netRoi],
          ["'Payback (months)", FIXTURE_HEADLINE.paybackMonths],
          ["'Discount rate", 0.1],
          ["'Hourly rate", 40],
          ["'Count intangible", false],
          ["'Discounted ROI", `=IFERROR(NPV(C6,'Plan'!B4:${last}4)/NPV(C6,'Plan'!B5:${last}5)-1,"")`],
        ],
      },
      { range: 'E2', values: [["'Month", "'Investment", "'Return", "'Cumulative ROI"]] },
      {
        range: 'E3:H3',
        values: [["='Plan'!B1", "='Plan'!B5", "='Plan'!B4", "='Plan'!B7"]],
      },
    ],
    numberFormats: [
      { range: 'C2:C3', pattern: '#,##0.00 [$EUR]' },
      { range: 'C4', pattern: '0.0%' },
      { range: 'C9', pattern: '0.0%' },
    ],
    styles: [
      { range: 'C6:C8', style: { background: '#fff8e1' } },
      { range: 'B2:B9', style: { bold: true } },
    ],
    validations: [
      {
        range: 'C6',
        kind: 'numberBetween',
        min: 0,
        max: 1,
        allowInvalid: false,
        helpText: 'A rate from 0 % to 100 %',
      },
      { range: 'C8', kind: 'checkbox' },
    ],
    protection: { unprotected: ['C6:C8'] },
    conditionalFormats: [
      { range: 'C4', formula: '=C4<1/2', style: { background: '#fce8e6', bold: true } },
      { range: 'C9', formula: '=C9<0', style: { background: '#fce8e6' } },
    ],
    notes: [{ cell: 'C4', text: 'Guides report 50–200 % as typical for networking' }],
    charts: [
      {
        type: 'combo',
        title: 'Investment and return by month',
        ranges: [`'Plan'!A1:${last}1`, `'Plan'!A4:${last}5`, `'Plan'!A7:${last}7`],
        transpose: true,
        series: [
          { index: 0, type: 'bars' },
          { index: 1, type: 'bars' },
          { index: 2, type: 'line', targetAxisIndex: 1 },
        ],
        vAxes: { 0: { title: 'EUR' }, 1: { format: 'percent' } },
        position: { row: 12, column: 2 },
        width: 600,
        height: 320,
      },
      {
        type: 'pie',
        title: 'Return by type',
        ranges: ['B2:C3'],
        position: { row: 30, column: 2, offsetX: 4, offsetY: 4 },
        width: 400,
        height: 300,
      },
      {
        type: 'column',
        title: 'Totals',
        ranges: ['B2:C3'],
        stacked: true,
        position: { row: 30, column: 8 },
        width: 400,
        height: 300,
      },
    ],
    frozenRows: 1,
    frozenColumns: 0,
    columnWidths: [
      { column: 2, width: 220 },
      { column: 3, width: 120 },
    ],
  };

  const contacts: SheetContent = {
    ...base,
    key: 'contacts',
    name: 'Contacts',
    blocks: [
      {
        range: 'A1:F3',
        values: [
          ["'Name", "'Where met", "'Date met", "'Stage", "'Depth", "'Notes"],
          ["'=cmd", "'+conference", null, "'Lead", 3, "'@handle"],
          [null, null, null, null, null, null],
        ],
      },
    ],
    numberFormats: [{ range: 'C2:C500', pattern: 'yyyy-mm-dd' }],
    styles: [{ range: 'A1:F1', style: { bold: true, background: '#e8eaed', horizontalAlignment: 'center' } }],
    validations: [
      {
        range: 'D2:D500',
        kind: 'list',
        values: ['Lead', 'Contacted', 'Client', 'Partner'],
        allowInvalid: false,
        helpText: 'Choose a stage',
      },
      { range: 'C2:C500', kind: 'date', allowInvalid: false },
      { range: 'E2:E500', kind: 'numberBetween', min: 1, max: 5, allowInvalid: false },
    ],
    protection: null,
    frozenRows: 1,
    frozenColumns: 1,
    columnWidths: [{ column: 6, width: 300 }],
  };

  const channels: SheetContent = {
    ...base,
    key: 'channels',
    name: 'Channels',
    blocks: [
      {
        range: 'A1:D3',
        values: [
          ["'Channel", "'Cost", "'Revenue", "'ROI"],
          ["'Events, meetups", 300, 500, '=IFERROR((C2-B2)/B2,"")'],
          ["'Online", 50, 20, '=IFERROR((C3-B3)/B3,"")'],
        ],
      },
      { range: 'F1', values: [["'Share of plan", `=SUM(B2:B3)/SUM('Plan'!B3:${last}3)`]] },
    ],
    numberFormats: [
      { range: 'B2:C3', pattern: '#,##0.00 [$EUR]' },
      { range: 'D2:D3', pattern: '0.0%' },
    ],
    styles: [{ range: 'D2:D3', style: { background: '#f1f3f4', fontColor: '#202124', fontSize: 10 } }],
    protection: { unprotected: ['A2:C3', 'F1'] },
    charts: [
      {
        type: 'bar',
        title: 'ROI by channel',
        ranges: ['A1:A3', 'D1:D3'],
        series: [{ index: 0, color: '#1a73e8' }],
        position: { row: 6, column: 1 },
        width: 400,
        height: 240,
      },
    ],
    frozenRows: 1,
    frozenColumns: 0,
    columnWidths: [{ column: 1, width: 180 }],
  };

  const namedRanges = [
    { name: 'TotalInvestment', range: "'Summary'!C2" },
    { name: 'TotalReturn', range: "'Summary'!C3" },
    { name: 'TotalNetROI', range: "'Summary'!C4" },
    { name: 'PaybackMonths', range: "'Summary'!C5" },
    { name: 'DiscountRate', range: "'Summary'!C6" },
    { name: 'HourlyRate', range: "'Summary'!C7" },
    { name: 'CountIntangible', range: "'Summary'!C8" },
    { name: 'DiscountedROI', range: "'Summary'!C9" },
  ];
  return {
    language: 'en',
    // The grid as the workbook's own plans derive it (src/workbook/grid.ts).
    sheets: [plan, summary, contacts, channels].map((sheet) => withGrid(sheet, namedRanges)),
    namedRanges,
  };
}
