// The chart of an indicator section: the web app's SSR chart, each point labelled with its first citation's
// number and linked to that citation, so a reader of the chart can find the source.
import { indicatorChart, type ChartPoint } from '../../../web/chart.js';
import { figureValue } from './format.js';
import type { Brief, IndicatorSection } from './model.js';
import { WORDS } from './words.js';

/**
 * The renderer numbers its instances and their classes process-wide ("zr8-cls-18"); they are renumbered by the
 * section's place in the brief and order of first use, so the same brief gives the same bytes and two charts
 * on one page never share a class.
 */
export function sectionChart(brief: Brief, section: IndicatorSection): string | null {
  const words = WORDS[brief.lang];
  const points: ChartPoint[] = section.figures
    .filter((line) => line.unit === section.unit && line.cites.length > 0)
    .map((line) => ({
      n: line.cites[0], period: line.period || words.undated, value: line.value, href: `#cite-${line.cites[0]}`,
      title: `${figureValue(line, words, brief.lang)}${line.direction ? ` ${line.direction}` : ''}`,
    }));
  if (points.length === 0) return null;
  const place = brief.indicators.indexOf(section);
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  return indicatorChart(points, section.unit).replace(/\bzr\d+-([a-z]+)-(\d+)\b/g, (token, kind: string) => {
    let name = renamed.get(token);
    if (!name) {
      const k = counts.get(kind) ?? 0;
      counts.set(kind, k + 1);
      name = `zr${place}-${kind}-${k}`;
      renamed.set(token, name);
    }
    return name;
  }).replace(/\bzr\d+-/g, `zr${place}-`);
}
