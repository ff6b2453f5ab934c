/**
 * `planWorkbook`: the wizard's answers in, the workbook plan out (SPEC sections 2 and 3). Pure: no
 * Apps Script service. The workbook computes with native formulas only, so a collaborator without
 * the add-on sees the same numbers.
 *
 * Decisions the SPEC leaves open:
 * - The Plan shows every category of the wizard (a zero estimate is a blank input a person can fill
 *   later), except team resources, shown for teams or when an individual entered some.
 * - All inputs that are not per month live on the Summary (DiscountRate, HourlyRate, Inflation,
 *   CountIntangible); the Plan's formulas refer to those cells by address, never by name, because
 *   the adapter may rename named ranges on a second build.
 * - Discounting uses two helper rows of discount factors on the Plan and SUMPRODUCT (not NPV, which
 *   skips blank cells and would shift later months). PaybackMonths is PAYBACK_PERIOD built from
 *   helper rows: the balance after each month's investment, its lowest point, and the payback
 *   moment of a month where it turns non-negative (candidates increase month by month, so the
 *   first is their MIN).
 * - ConversionRate is the Plan's funnel (conversions / new contacts); the contacts log's stages
 *   (Client and Partner count as converted) feed a second figure, ContactsConversionRate.
 * - RealROI is always present: a text asks for inflation while the Inflation cell is blank, so
 *   inflation can be added later. Ratios whose denominator is zero show a short text, not an error.
 * - Currency formats are `#,##0.00 "EUR"`: a quoted literal that Sheets, Excel and LibreOffice all
 *   read the same way, while the digit grouping follows the spreadsheet's locale.
 */

import { messages } from '../i18n';
import type { Language, WizardAnswers } from './answers';
import type { CellStyle, CellValue, ChartSpec, NamedRangePlan, SheetPlan, WorkbookPlan } from './plan';
import { normalizeAnswers } from './validate';

type Texts = ReturnType<typeof messages>['workbook'];

/** Rows of the contacts log, and of the channels table, that the plan formats and counts. */
export const CONTACT_ROWS = 500;
export const CHANNEL_ROWS = 10;

const INPUT = '#fff2cc';
const HEADER = '#d9e2f3';
const SECTION = '#eef1f6';
const HELPER_FONT = '#6b6b6b';

/** Column letters of a 1-based column index. */
export function columnLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `'Sheet name'!A1`: how every formula and named range of the plan refers to another sheet. */
export function sheetRef(sheet: string, range: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}

/** A formula string literal. */
const lit = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A label as a cell value: text that could read as a formula or a number is kept text with `'`. */
export function textCell(text: string): string {
  return /^[=+\-@'\d]/.test(text) ? `'${text}` : text;
}

function emptySheet(key: SheetPlan['key'], name: string): SheetPlan {
  return {
    key,
    name,
    blocks: [],
    numberFormats: [],
    styles: [],
    validations: [],
    protection: null,
    conditionalFormats: [],
    charts: [],
    notes: [],
    frozenRows: 1,
    frozenColumns: 0,
    columnWidths: [],
  };
}

type Format = 'money' | 'hours' | 'percent' | 'factor' | 'months' | null;
type Kind = 'section' | 'input' | 'computed' | 'key' | 'helper';

interface Row {
  key: string;
  label: string;
  kind: Kind;
  format: Format;
  /** The cell of month t (1-based) in column c; the row's own number is `r(key)`. */
  cell?: (c: string, t: number) => CellValue;
  /** Whether the Total column sums the row. */
  total?: boolean;
}

/** The Summary's fixed rows: inputs, then figures. */
const S = {
  discountRate: 4,
  hourlyRate: 5,
  inflation: 6,
  countIntangible: 7,
  results: 9,
  totalInvestment: 10,
  totalReturn: 11,
  netRoi: 12,
  returnPerUnit: 13,
  discountedRoi: 14,
  annualizedRoi: 15,
  realRoi: 16,
  paybackMonths: 17,
  conversionRate: 18,
  costPerContact: 19,
  costPerConversion: 20,
  hoursInvested: 21,
  contactsConversionRate: 22,
  byType: 24,
  monthly: 30,
};

interface Context {
  a: WizardAnswers;
  w: Texts;
  n: number;
  names: Record<SheetPlan['key'], string>;
  money: string;
  /** Row numbers of the Plan, by row key. */
  rows: Record<string, number>;
  /** Column letter of month n and of the Total column. */
  last: string;
  totalCol: string;
}

const FORMATS: Record<Exclude<Format, null>, (ctx: Context) => string> = {
  money: (ctx) => ctx.money,
  hours: () => '#,##0.0',
  percent: () => '0.0%',
  factor: () => '0.000000',
  months: () => '0.00',
};

/** Months of the plan as DATE formulas (shown as "Jan 2027" in the spreadsheet's language). */
function monthDate(startMonth: string, t: number): string {
  const [y, m] = startMonth.split('-').map(Number);
  const index = y * 12 + (m - 1) + (t - 1);
  return `=DATE(${Math.floor(index / 12)},${(index % 12) + 1},1)`;
}

function planRows(ctx: Context): Row[] {
  const { a, w } = ctx;
  const p = w.plan;
  const people = a.profile.people;
  const r = (key: string) => ctx.rows[key];
  const s = (row: number) => sheetRef(ctx.names.summary, `$B$${row}`);
  const input = (key: string, label: string, estimate: number, format: Format, scale = people): Row => ({
    key,
    label,
    kind: 'input',
    format,
    total: true,
    cell: () => (estimate === 0 ? null : estimate * scale),
  });
  const sum = (
    key: string,
    label: string,
    first: string,
    lastKey: string,
    format: Format,
    kind: Kind = 'computed',
  ): Row => ({
    key,
    label,
    kind,
    format,
    total: true,
    cell: (c) => `=SUM(${c}${r(first)}:${c}${r(lastKey)})`,
  });
  const group = <K extends string>(
    prefix: string,
    labels: Record<K, string>,
    values: Record<K, number>,
    format: Format,
  ) => (Object.keys(labels) as K[]).map((k) => input(`${prefix}.${k}`, labels[k], values[k], format));
  const section = (key: string, label: string): Row => ({ key, label, kind: 'section', format: null });
  const inv = a.investments;
  const ret = a.returns;
  const withResources = a.profile.kind === 'team' || inv.resources.staff > 0 || inv.resources.technology > 0;
  const moneyRows = [
    ...group('money', p.moneyItems, inv.money, 'money'),
    ...(withResources ? group('resources', p.resources, inv.resources, 'money') : []),
  ];
  const hourRows = group('hours', p.hours, inv.hours, 'hours');
  const direct = group('direct', p.direct, ret.direct, 'money');
  const indirect = group('indirect', p.indirect, ret.indirect, 'money');
  const intangible = group('intangible', p.intangible, ret.intangible, 'money');
  const firstKey = (rows: Row[]) => rows[0].key;
  const lastKey = (rows: Row[]) => rows[rows.length - 1].key;
  const f = a.funnel;
  return [
    section('time', p.time),
    ...hourRows,
    sum('hoursTotal', p.hoursTotal, firstKey(hourRows), lastKey(hourRows), 'hours'),
    {
      key: 'timeValue',
      label: p.timeValue,
      kind: 'computed',
      format: 'money',
      total: true,
      cell: (c) => `=${c}${r('hoursTotal')}*${s(S.hourlyRate)}`,
    },
    section('money', p.money),
    ...moneyRows,
    sum('moneyTotal', p.moneyTotal, firstKey(moneyRows), lastKey(moneyRows), 'money'),
    {
      key: 'investment',
      label: p.investment,
      kind: 'key',
      format: 'money',
      total: true,
      cell: (c) => `=${c}${r('timeValue')}+${c}${r('moneyTotal')}`,
    },
    section('returns', p.returns),
    ...direct,
    sum('directTotal', p.directTotal, firstKey(direct), lastKey(direct), 'money'),
    {
      key: 'deals',
      label: p.deals,
      kind: 'input',
      format: 'money',
      total: true,
      cell: (c) => `=${c}${r('conversions')}*${c}${r('averageDeal')}`,
    },
    ...indirect,
    sum('indirectTotal', p.indirectTotal, firstKey(indirect), lastKey(indirect), 'money'),
    ...intangible,
    sum('intangibleTotal', p.intangibleTotal, firstKey(intangible), lastKey(intangible), 'money'),
    {
      key: 'countedReturn',
      label: p.countedReturn,
      kind: 'key',
      format: 'money',
      total: true,
      cell: (c) =>
        `=${c}${r('directTotal')}+${c}${r('deals')}+${c}${r('indirectTotal')}+IF(${s(S.countIntangible)},${c}${r('intangibleTotal')},0)`,
    },
    {
      key: 'net',
      label: p.net,
      kind: 'key',
      format: 'money',
      total: true,
      cell: (c) => `=${c}${r('countedReturn')}-${c}${r('investment')}`,
    },
    {
      key: 'cumulativeNet',
      label: p.cumulativeNet,
      kind: 'computed',
      format: 'money',
      cell: (c) => `=${c}${r('balance')}+${c}${r('countedReturn')}`,
    },
    {
      key: 'cumulativeRoi',
      label: p.cumulativeRoi,
      kind: 'computed',
      format: 'percent',
      cell: (c) =>
        `=IF(SUM($B${r('investment')}:${c}${r('investment')})>0,${c}${r('cumulativeNet')}/SUM($B${r('investment')}:${c}${r('investment')}),"")`,
    },
    section('funnel', p.funnel),
    input('contacts', p.contacts, f.newContacts, null),
    input('conversions', p.conversions, f.conversions, null),
    // The average deal is a value per deal, not per person: it is not multiplied by people.
    { ...input('averageDeal', p.averageDeal, f.averageDeal, 'money', 1), total: false },
    section('helpers', p.helpers),
    { key: 'monthNumber', label: p.monthNumber, kind: 'helper', format: null, cell: (_c, t) => t },
    {
      key: 'discountStart',
      label: p.discountStart,
      kind: 'helper',
      format: 'factor',
      cell: (c) => `=(1+${s(S.discountRate)})^(-(${c}${r('monthNumber')}-1)/12)`,
    },
    {
      key: 'discountEnd',
      label: p.discountEnd,
      kind: 'helper',
      format: 'factor',
      cell: (c) => `=(1+${s(S.discountRate)})^(-${c}${r('monthNumber')}/12)`,
    },
    {
      key: 'balance',
      label: p.balance,
      kind: 'helper',
      format: 'money',
      cell: (c, t) =>
        t === 1
          ? `=-${c}${r('investment')}`
          : `=${columnLetter(t)}${r('cumulativeNet')}-${c}${r('investment')}`,
    },
    {
      key: 'lowest',
      label: p.lowest,
      kind: 'helper',
      format: 'money',
      cell: (c) => `=MIN(${c}${r('balance')},${c}${r('cumulativeNet')})`,
    },
    {
      key: 'payback',
      label: p.payback,
      kind: 'helper',
      format: 'months',
      cell: (c) =>
        `=IF(AND(${c}${r('balance')}<0,${c}${r('cumulativeNet')}>=0),${c}${r('monthNumber')}-1+(-${c}${r('balance')})/${c}${r('countedReturn')},"")`,
    },
  ];
}

/** Runs of consecutive rows for which `pick` gives the same non-null value: [first, last, value]. */
function runs<T>(rows: Row[], pick: (row: Row) => T | null): Array<[number, number, T]> {
  const out: Array<[number, number, T]> = [];
  rows.forEach((row, i) => {
    const v = pick(row);
    const prev = out[out.length - 1];
    if (v !== null && prev && prev[1] === i + 1 && prev[2] === v) prev[1] = i + 2;
    else if (v !== null) out.push([i + 2, i + 2, v]);
  });
  return out;
}

function planSheet(ctx: Context): SheetPlan {
  const sheet = emptySheet('plan', ctx.names.plan);
  const { n, last, totalCol, w } = ctx;
  const rows = planRows(ctx);
  rows.forEach((row, i) => {
    ctx.rows[row.key] = i + 2;
  });
  const header: CellValue[] = [textCell(w.plan.category)];
  for (let t = 1; t <= n; t++) header.push(monthDate(ctx.a.profile.startMonth, t));
  header.push(textCell(w.plan.total));
  const values: CellValue[][] = [header];
  for (const row of rows) {
    const r = ctx.rows[row.key];
    const line: CellValue[] = [textCell(row.label)];
    for (let t = 1; t <= n; t++) line.push(row.cell ? row.cell(columnLetter(t + 1), t) : null);
    line.push(row.total ? `=SUM(B${r}:${last}${r})` : null);
    values.push(line);
  }
  const end = rows.length + 1;
  sheet.blocks.push({ range: `A1:${totalCol}${end}`, values });
  sheet.frozenColumns = 1;
  sheet.columnWidths.push({ column: 1, width: 300 });
  for (let c = 2; c <= n + 2; c++) sheet.columnWidths.push({ column: c, width: 100 });

  const span = (a: number, b: number, from = 'B', to = totalCol) => `${from}${a}:${to}${b}`;
  sheet.numberFormats.push({ range: `B1:${last}1`, pattern: 'mmm yyyy' });
  for (const [a, b, f] of runs(rows, (row) => row.format)) {
    sheet.numberFormats.push({ range: span(a, b), pattern: FORMATS[f](ctx) });
  }
  sheet.styles.push({ range: `A1:${totalCol}1`, style: { bold: true, background: HEADER } });
  sheet.styles.push({ range: span(2, end, totalCol), style: { bold: true } });
  const styleOf: Record<Kind, CellStyle> = {
    section: { bold: true, background: SECTION },
    input: { background: INPUT },
    computed: {},
    key: { bold: true },
    helper: { italic: true, fontColor: HELPER_FONT },
  };
  for (const [a, b, kind] of runs(rows, (row) => row.kind)) {
    if (kind === 'computed') continue;
    // Inputs are yellow in the month columns only; their Total is computed.
    const range = kind === 'input' ? span(a, b, 'B', last) : span(a, b, 'A');
    sheet.styles.push({ range, style: styleOf[kind] });
  }
  sheet.notes.push({ cell: `A${ctx.rows.deals}`, text: w.plan.dealsNote });
  return sheet;
}

function summarySheet(ctx: Context): SheetPlan {
  const { a, w, n, names } = ctx;
  const m = w.summary;
  const sheet = emptySheet('summary', names.summary);
  const P = (row: string) => sheetRef(names.plan, `B${ctx.rows[row]}:${ctx.last}${ctx.rows[row]}`);
  const inv = P('investment');
  const ret = P('countedReturn');
  const noInv = lit(m.noInvestment);
  const noContacts = lit(m.noContacts);
  const contactsLog = a.extras.contactsLog;
  const stages = sheetRef(names.contacts, `G2:G${CONTACT_ROWS + 1}`);
  const st = w.contacts.stages;

  const cells: Array<[number, string, CellValue, CellValue?]> = [
    [1, m.title, null],
    [2, m.inputNote, null],
    [3, m.inputs, null],
    [S.discountRate, m.discountRate, a.profile.discountRate],
    [S.hourlyRate, m.hourlyRate, a.investments.hourlyRate],
    [S.inflation, m.inflation, a.profile.inflation],
    [S.countIntangible, m.countIntangible, a.returns.countIntangible],
    [S.results, m.results, null],
    [S.totalInvestment, m.totalInvestment, `=SUM(${inv})`],
    [S.totalReturn, m.totalReturn, `=SUM(${ret})`],
    [
      S.netRoi,
      m.netRoi,
      `=IF(B10>0,(B11-B10)/B10,${noInv})`,
      `=IF(ISNUMBER(B12),IF(B12<0.5,${lit(m.roiBelow)},IF(B12>2,${lit(m.roiAbove)},${lit(m.roiWithin)})),"")`,
    ],
    [S.returnPerUnit, m.returnPerUnit, `=IF(B10>0,B11/B10,${noInv})`],
    [
      S.discountedRoi,
      m.discountedRoi,
      `=IF(SUMPRODUCT(${inv},${P('discountStart')})>0,(SUMPRODUCT(${ret},${P('discountEnd')})-SUMPRODUCT(${inv},${P('discountStart')}))/SUMPRODUCT(${inv},${P('discountStart')}),${noInv})`,
    ],
    [S.annualizedRoi, m.annualizedRoi, `=IF(ISNUMBER(B12),IF(B12>=-1,(1+B12)^(12/${n})-1,""),B12)`],
    [
      S.realRoi,
      m.realRoi,
      `=IF(ISNUMBER(B6),IF(ISNUMBER(B12),(1+B12)/(1+B6)^(${n}/12)-1,B12),${lit(m.noInflation)})`,
    ],
    [
      S.paybackMonths,
      m.paybackMonths,
      `=IF(COUNT(${P('payback')})>0,MIN(${P('payback')}),IF(MIN(${P('lowest')})<0,${lit(m.notPaidBack.replace('{n}', String(n)))},0))`,
    ],
    [
      S.conversionRate,
      m.conversionRate,
      `=IF(SUM(${P('contacts')})>0,SUM(${P('conversions')})/SUM(${P('contacts')}),${noContacts})`,
    ],
    [
      S.costPerContact,
      m.costPerContact,
      `=IF(SUM(${P('contacts')})>0,B10/SUM(${P('contacts')}),${noContacts})`,
    ],
    [
      S.costPerConversion,
      m.costPerConversion,
      `=IF(SUM(${P('conversions')})>0,B10/SUM(${P('conversions')}),${lit(m.noConversions)})`,
    ],
    [S.hoursInvested, m.hoursInvested, `=SUM(${P('hoursTotal')})`],
  ];
  if (contactsLog) {
    cells.push([
      S.contactsConversionRate,
      m.contactsConversionRate,
      `=IF(COUNTA(${stages})>0,(COUNTIF(${stages},${lit(st.client)})+COUNTIF(${stages},${lit(st.partner)}))/COUNTA(${stages}),${lit(m.noStages)})`,
    ]);
  }
  const lastFigure = contactsLog ? S.contactsConversionRate : S.hoursInvested;
  const top: CellValue[][] = [];
  for (let row = 1; row <= lastFigure; row++) {
    const found = cells.find((c) => c[0] === row);
    top.push(found ? [textCell(found[1]), found[2], found[3] ?? null] : [null, null, null]);
  }
  sheet.blocks.push({ range: `A1:C${lastFigure}`, values: top });

  // Return by type, and the monthly series behind the combo chart.
  const types: Array<[string, string]> = [
    [w.plan.directTotal, 'directTotal'],
    [w.plan.deals, 'deals'],
    [w.plan.indirectTotal, 'indirectTotal'],
    [w.plan.intangibleTotal, 'intangibleTotal'],
  ];
  const typeEnd = S.byType + types.length;
  sheet.blocks.push({
    range: `A${S.byType}:B${typeEnd}`,
    values: [
      [textCell(m.type), textCell(m.amount)],
      ...types.map(([label, key]): CellValue[] => [textCell(label), `=SUM(${P(key)})`]),
    ],
  });
  const monthly: CellValue[][] = [[m.month, m.investment, m.return, w.plan.cumulativeRoi].map(textCell)];
  for (let t = 1; t <= n; t++) {
    const c = columnLetter(t + 1);
    const at = (key: string) => `=${sheetRef(names.plan, `${c}${ctx.rows[key]}`)}`;
    monthly.push([
      monthDate(a.profile.startMonth, t),
      at('investment'),
      at('countedReturn'),
      at('cumulativeRoi'),
    ]);
  }
  const monthlyEnd = S.monthly + n;
  sheet.blocks.push({ range: `A${S.monthly}:D${monthlyEnd}`, values: monthly });

  const money = ctx.money;
  const formats: Array<[string, string]> = [
    ['B4', '0.0%'],
    ['B5', money],
    ['B6', '0.0%'],
    ['B10:B11', money],
    ['B12:B16', '0.0%'],
    ['B17', '0.00'],
    ['B18', '0.0%'],
    ['B19:B20', money],
    ['B21', '#,##0.0'],
    ['B22', '0.0%'],
    [`B${S.byType + 1}:B${typeEnd}`, money],
    [`A${S.monthly + 1}:A${monthlyEnd}`, 'mmm yyyy'],
    [`B${S.monthly + 1}:C${monthlyEnd}`, money],
    [`D${S.monthly + 1}:D${monthlyEnd}`, '0.0%'],
  ];
  sheet.numberFormats = formats.map(([range, pattern]) => ({ range, pattern }));
  const bold = { bold: true };
  sheet.styles.push(
    { range: 'A1', style: { bold: true, fontSize: 14 } },
    { range: 'A2', style: { italic: true, fontColor: HELPER_FONT } },
    { range: 'A3:C3', style: { bold: true, background: SECTION } },
    { range: 'B4:B7', style: { background: INPUT } },
    { range: `A${S.results}:C${S.results}`, style: { bold: true, background: SECTION } },
    { range: 'B10:B13', style: bold },
    { range: `A${S.byType}:B${S.byType}`, style: { bold: true, background: HEADER } },
    { range: `A${S.monthly}:D${S.monthly}`, style: { bold: true, background: HEADER } },
  );
  sheet.validations.push(
    { range: 'B4', kind: 'numberBetween', min: -0.99, max: 1, allowInvalid: false },
    { range: 'B5', kind: 'numberBetween', min: 0, max: 1e9, allowInvalid: false },
    { range: 'B6', kind: 'numberBetween', min: -0.99, max: 1, allowInvalid: false },
    { range: 'B7', kind: 'checkbox' },
  );
  sheet.columnWidths.push({ column: 1, width: 320 }, { column: 2, width: 140 }, { column: 3, width: 420 });

  const combo: ChartSpec = {
    type: 'combo',
    title: m.comboChart,
    ranges: [`A${S.monthly}:D${monthlyEnd}`],
    series: [
      { index: 0, type: 'bars', targetAxisIndex: 0, color: '#c0504d' },
      { index: 1, type: 'bars', targetAxisIndex: 0, color: '#4f81bd' },
      { index: 2, type: 'line', targetAxisIndex: 1, color: '#2e7d32' },
    ],
    vAxes: { 0: { title: a.profile.currency }, 1: { format: 'percent' } },
    position: { row: 3, column: 5 },
    width: 640,
    height: 340,
  };
  const byType: ChartSpec = {
    type: 'column',
    title: m.byType,
    ranges: [`A${S.byType}:B${typeEnd}`],
    position: { row: 21, column: 5 },
    width: 640,
    height: 300,
  };
  sheet.charts.push(combo, byType);
  return sheet;
}

function contactsSheet(ctx: Context): SheetPlan {
  const c = ctx.w.contacts;
  const sheet = emptySheet('contacts', ctx.names.contacts);
  const end = CONTACT_ROWS + 1;
  const header = [
    c.name,
    c.company,
    c.whereMet,
    c.dateMet,
    c.lastInteraction,
    c.interactions,
    c.stage,
    c.dealValue,
    c.depth,
    c.benefit,
    c.notes,
  ];
  sheet.blocks.push({ range: 'A1:K1', values: [header.map(textCell)] });
  sheet.frozenColumns = 1;
  sheet.styles.push(
    { range: 'A1:K1', style: { bold: true, background: HEADER, wrap: true } },
    { range: `A2:K${end}`, style: { background: INPUT } },
  );
  sheet.numberFormats.push(
    { range: `D2:E${end}`, pattern: 'yyyy-mm-dd' },
    { range: `H2:H${end}`, pattern: ctx.money },
  );
  const score = (col: string) => ({
    range: `${col}2:${col}${end}`,
    kind: 'numberBetween' as const,
    min: 1,
    max: 5,
    allowInvalid: false,
    helpText: c.scoreHelp,
  });
  sheet.validations.push(
    { range: `D2:E${end}`, kind: 'date', allowInvalid: false },
    { range: `F2:F${end}`, kind: 'numberBetween', min: 0, max: 1e6, allowInvalid: false },
    {
      range: `G2:G${end}`,
      kind: 'list',
      values: Object.values(c.stages),
      allowInvalid: false,
      helpText: c.stageHelp,
    },
    score('I'),
    score('J'),
  );
  header.forEach((_h, i) => {
    sheet.columnWidths.push({ column: i + 1, width: i === 10 ? 300 : 140 });
  });
  return sheet;
}

function channelsSheet(ctx: Context): SheetPlan {
  const ch = ctx.w.channels;
  const p = ctx.w.plan;
  const sheet = emptySheet('channels', ctx.names.channels);
  const end = CHANNEL_ROWS + 1;
  const totalRow = end + 1;
  // Example channels a person renames or extends; their numbers are left blank to fill in.
  const examples = ['LinkedIn', p.hours.events, p.direct.referrals];
  const values: CellValue[][] = [
    [ch.channel, ch.cost, p.contacts, p.conversions, ch.revenue, ch.roi, ch.conversionRate].map(textCell),
  ];
  const ratios = (r: number): CellValue[] => [
    `=IF(B${r}>0,(E${r}-B${r})/B${r},"")`,
    `=IF(C${r}>0,D${r}/C${r},"")`,
  ];
  for (let r = 2; r <= end; r++) {
    const name = examples[r - 2];
    values.push([name === undefined ? null : textCell(name), null, null, null, null, ...ratios(r)]);
  }
  const sums = ['B', 'C', 'D', 'E'].map((col) => `=SUM(${col}2:${col}${end})`);
  values.push([textCell(p.total), ...sums, ...ratios(totalRow)]);
  sheet.blocks.push({ range: `A1:G${totalRow}`, values });
  sheet.frozenColumns = 1;
  sheet.styles.push(
    { range: 'A1:G1', style: { bold: true, background: HEADER } },
    { range: `A2:E${end}`, style: { background: INPUT } },
    { range: `A${totalRow}:G${totalRow}`, style: { bold: true } },
  );
  sheet.numberFormats.push(
    { range: `B2:B${totalRow}`, pattern: ctx.money },
    { range: `E2:E${totalRow}`, pattern: ctx.money },
    { range: `F2:G${totalRow}`, pattern: '0.0%' },
  );
  sheet.columnWidths.push({ column: 1, width: 200 });
  sheet.charts.push({
    type: 'bar',
    title: ch.chart,
    ranges: [`A1:A${end}`, `F1:F${end}`],
    vAxes: { 0: { format: 'percent' } },
    position: { row: 2, column: 9 },
    width: 520,
    height: 320,
  });
  return sheet;
}

/** The Summary's named ranges and the cells they name. */
function namedRanges(ctx: Context): NamedRangePlan[] {
  const names: Array<[string, number]> = [
    ['DiscountRate', S.discountRate],
    ['HourlyRate', S.hourlyRate],
    ['Inflation', S.inflation],
    ['CountIntangible', S.countIntangible],
    ['TotalInvestment', S.totalInvestment],
    ['TotalReturn', S.totalReturn],
    ['NetROI', S.netRoi],
    ['ReturnPerUnit', S.returnPerUnit],
    ['DiscountedROI', S.discountedRoi],
    ['AnnualizedROI', S.annualizedRoi],
    ['RealROI', S.realRoi],
    ['PaybackMonths', S.paybackMonths],
    ['ConversionRate', S.conversionRate],
    ['CostPerContact', S.costPerContact],
    ['CostPerConversion', S.costPerConversion],
    ['HoursInvested', S.hoursInvested],
  ];
  if (ctx.a.extras.contactsLog) names.push(['ContactsConversionRate', S.contactsConversionRate]);
  return names.map(([name, row]) => ({ name, range: sheetRef(ctx.names.summary, `B${row}`) }));
}

/** The number format of amounts in `currency`: its ISO code as a quoted literal after the amount. */
export function currencyFormat(currency: string): string {
  return `#,##0.00 "${currency}"`;
}

/**
 * The workbook plan for the wizard's answers: Plan and Summary sheets, and the Contacts log and
 * Channels table when the answers ask for them. Throws AnswersError (listing every problem, each
 * with its field path) when the answers are invalid.
 */
export function planWorkbook(answers: unknown): WorkbookPlan {
  const a = normalizeAnswers(answers);
  const language: Language = a.language;
  const w = messages(language).workbook;
  const n = a.profile.months;
  const ctx: Context = {
    a,
    w,
    n,
    names: w.sheets,
    money: currencyFormat(a.profile.currency),
    rows: {},
    last: columnLetter(n + 1),
    totalCol: columnLetter(n + 2),
  };
  // The Plan first: it fixes the row numbers the Summary refers to.
  const sheets = [planSheet(ctx), summarySheet(ctx)];
  if (a.extras.contactsLog) sheets.push(contactsSheet(ctx));
  if (a.extras.channels) sheets.push(channelsSheet(ctx));
  // One warning-only protection per sheet; the inputs (the yellow ranges) stay free to edit.
  for (const sheet of sheets)
    sheet.protection = {
      description: w.protection,
      unprotected: sheet.styles.filter((s) => s.style.background === INPUT).map((s) => s.range),
    };
  return { language, sheets, namedRanges: namedRanges(ctx) };
}
