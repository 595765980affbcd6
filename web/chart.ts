// An indicator's figures as a server-rendered ECharts SVG. One point per figure per document: figures of one
// period from different sources sit side by side (never averaged), values on which sources disagree are red
// diamonds, and every point links to its source with its quote as a tooltip. Numbers match the table.
import * as echarts from 'echarts';

export interface ChartPoint {
  /** 1-based number shown on the point and in the table. */
  n: number;
  period: string;
  value: number;
  href: string;
  title: string;
  /** A value on which sources disagree: drawn as a red diamond. */
  conflict?: boolean;
}

const WIDTH = 960;
const HEIGHT = 380;
const SIDE_BY_SIDE_PX = 22;

export function indicatorChart(points: ChartPoint[], unit: string): string {
  // Points arrive in time order, so the categories do too.
  const periods = [...new Set(points.map((p) => p.period))];
  // The k-th figure of a period goes to series k, drawn k steps to the right of the period's centre.
  const ranks = new Map<string, number>();
  const series: { point: ChartPoint }[][] = [];
  for (const point of points) {
    const rank = ranks.get(point.period) ?? 0;
    ranks.set(point.period, rank + 1);
    (series[rank] ??= []).push({ point });
  }
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption({
      animation: false,
      grid: { left: 90, right: 30, top: 30, bottom: 60 },
      xAxis: { type: 'category', data: periods, axisLabel: { rotate: periods.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', name: unit, axisLabel: { formatter: compact } },
      series: series.map((items, rank) => ({
        type: 'scatter',
        symbolSize: 14,
        symbolOffset: [(rank - (series.length - 1) / 2) * SIDE_BY_SIDE_PX, 0],
        label: { show: true, position: 'top', formatter: '{b}', fontSize: 11 },
        data: items.map(({ point }) => ({
          name: String(point.n), value: [point.period, point.value],
          ...(point.conflict && { symbol: 'diamond', symbolSize: 18, itemStyle: { color: '#c0392b' } }),
        })),
      })),
    });
    return linkPoints(chart.renderToSVGString(), series);
  } finally {
    chart.dispose();
  }
}

/** Wraps each point's symbol in a link to its source, titled with the quote. */
function linkPoints(svg: string, series: { point: ChartPoint }[][]): string {
  return svg.replace(
    /<path([^>]*?) ecmeta_series_index="(\d+)" ecmeta_data_index="(\d+)"([^>]*)><\/path>/g,
    (whole, before: string, s: string, d: string, after: string) => {
      const point = series[Number(s)]?.[Number(d)]?.point;
      if (!point) return whole;
      return `<a href="${escapeXml(point.href)}" class="chart-point${point.conflict ? ' conflict' : ''}"><title>${escapeXml(`${point.n}. ${point.title}`)}</title>` +
        `<path${before}${after}></path></a>`;
    });
}

function compact(value: number): string {
  return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
