// Draws the charts the add-on inserted (Sheets EmbeddedChart options) with Chart.js.
import Chart from 'chart.js/auto';
import type { ChartView } from '../workbook';

/** Sheets' default series colours, in order. */
const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24'];

type Cell = number | string | boolean | null;

interface Table {
  /** Domain labels (first column, below the header row). */
  labels: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
}

/** Lines the chart's ranges up as Sheets does: side by side, first column the domain. */
export function chartTable(chart: ChartView): Table {
  const values: Cell[][] = [];
  const texts: string[][] = [];
  for (const range of chart.ranges) {
    const v = chart.transpose ? transpose(range.values) : range.values;
    const t = chart.transpose ? transpose(range.texts) : range.texts;
    v.forEach((row, r) => {
      values[r] = [...(values[r] ?? []), ...row];
      texts[r] = [...(texts[r] ?? []), ...t[r]];
    });
  }
  const headers = Math.max(0, chart.numHeaders);
  const body = values.slice(headers);
  const labels = texts.slice(headers).map((row) => row[0] ?? '');
  const width = values[0]?.length ?? 0;
  const series: Table['series'] = [];
  for (let c = 1; c < width; c += 1) {
    series.push({
      name: headers > 0 ? String(texts[0][c] ?? '') : `Series ${c}`,
      values: body.map((row) => (typeof row[c] === 'number' ? (row[c] as number) : null)),
    });
  }
  return { labels, series };
}

function transpose<T>(rows: T[][]): T[][] {
  return (rows[0] ?? []).map((_, c) => rows.map((row) => row[c]));
}

interface SeriesOption {
  type?: string;
  targetAxisIndex?: number;
  color?: string;
}

/** Tick labels for an axis: percents when Sheets' axis format says so, else Chart.js' own. */
function ticks(format: unknown): object {
  if (format === 'percent' || (typeof format === 'string' && format.includes('%')))
    return { callback: (value: number | string) => `${Math.round(Number(value) * 1000) / 10}%` };
  return {};
}

/** Room left and right of a chart's title, in pixels. */
const TITLE_MARGIN = 16;

/**
 * The title in lines that each fit the chart's width, so a long title (Russian or Finnish ones
 * are) shows whole instead of being cut at the canvas' edges.
 */
export function titleLines(canvas: HTMLCanvasElement, title: string): string[] {
  const context = canvas.getContext('2d');
  if (!context || title === '') return [title];
  const font = Chart.defaults.font;
  context.font = `bold ${font.size ?? 12}px ${font.family}`;
  const room = canvas.width - 2 * TITLE_MARGIN;
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && context.measureText(candidate).width > room) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  lines.push(line);
  return lines;
}

/** Draws one chart into `canvas`; returns the Chart.js instance. */
export function drawChart(canvas: HTMLCanvasElement, chart: ChartView): Chart {
  const table = chartTable(chart);
  const options = chart.options;
  const seriesOptions = (options.series ?? {}) as Record<string, SeriesOption>;
  const vAxes = (options.vAxes ?? {}) as Record<string, { title?: string; format?: string }>;
  const stacked = options.isStacked === true;
  const title = typeof options.title === 'string' ? options.title : '';
  const titleText = titleLines(canvas, title);
  // The lines drawn, for a test to see that the whole title is there.
  canvas.dataset.titleLines = JSON.stringify(titleText);
  const color = (i: number) => seriesOptions[i]?.color ?? PALETTE[i % PALETTE.length];

  if (chart.type === 'PIE') {
    const first = table.series[0] ?? { name: '', values: [] };
    return new Chart(canvas, {
      type: 'pie',
      data: {
        labels: table.labels,
        datasets: [
          { label: first.name, data: first.values, backgroundColor: table.labels.map((_, i) => color(i)) },
        ],
      },
      options: {
        responsive: false,
        animation: false,
        plugins: { title: { display: !!title, text: titleText } },
      },
    });
  }

  const horizontal = chart.type === 'BAR';
  const usesRightAxis = table.series.some((_, i) => seriesOptions[i]?.targetAxisIndex === 1);
  const valueAxis = horizontal ? 'x' : 'y';
  const datasets = table.series.map((s, i) => {
    // A line chart draws every series as a line; a combo chart those its options say.
    const line = (seriesOptions[i]?.type ?? (chart.type === 'LINE' ? 'line' : 'bars')) === 'line';
    return {
      type: line ? ('line' as const) : ('bar' as const),
      label: s.name,
      data: s.values,
      backgroundColor: color(i),
      borderColor: color(i),
      borderWidth: line ? 2 : 0,
      pointRadius: line ? 2 : 0,
      order: line ? 0 : 1,
      [horizontal ? 'xAxisID' : 'yAxisID']:
        seriesOptions[i]?.targetAxisIndex === 1 ? `${valueAxis}1` : valueAxis,
    };
  });
  const scales: Record<string, object> = {
    [horizontal ? 'y' : 'x']: { stacked },
    [valueAxis]: {
      stacked,
      title: { display: !!vAxes[0]?.title, text: vAxes[0]?.title ?? '' },
      ticks: ticks(vAxes[0]?.format),
    },
  };
  if (usesRightAxis) {
    scales[`${valueAxis}1`] = {
      position: horizontal ? 'top' : 'right',
      grid: { drawOnChartArea: false },
      title: { display: !!vAxes[1]?.title, text: vAxes[1]?.title ?? '' },
      ticks: ticks(vAxes[1]?.format),
    };
  }
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: table.labels, datasets },
    options: {
      responsive: false,
      animation: false,
      indexAxis: horizontal ? 'y' : 'x',
      scales,
      plugins: {
        title: { display: !!title, text: titleText },
        // Lines are drawn over bars (`order`), but the legend keeps the series order, as Sheets does.
        legend: {
          position: 'bottom',
          labels: { sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) },
        },
      },
    },
  });
}
