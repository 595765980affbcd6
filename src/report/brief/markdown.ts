// The brief as Markdown: tables for figures, citations as a numbered list. Charts cannot live inside
// Markdown, so each is returned as an SVG file to write next to the .md, linked from its section.
import { sectionChart } from './charts.js';
import { citationSource, figureValue, flat, formatValue, share } from './format.js';
import { periodText } from './html.js';
import type { Brief, Generation, PlanSection, TimelineEntry } from './model.js';
import { countryName, indicatorName, WORDS, type Words } from './words.js';

export interface MarkdownReport {
  text: string;
  /** SVG files the text links to, by the names it uses. */
  charts: Array<{ name: string; svg: string }>;
}

/** Markdown's own characters in text from documents are escaped, so a quote can never become markup. */
export function escapeMarkdown(text: string | null | undefined): string {
  return flat(text ?? '').replace(/[\\`*_{}[\]<>|~]/g, '\\$&');
}

const m = escapeMarkdown;
const cites = (numbers: number[]) => numbers.map((n) => `[\\[${n}\\]](#cite-${n})`).join('');
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: string[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** `chartName` names the chart file of a section; without it the charts are left out. */
export function renderMarkdown(brief: Brief, options: { chartName?: (indicator: string) => string; generation?: Generation } = {}): MarkdownReport {
  const w = WORDS[brief.lang];
  const [a, b] = brief.pair.map((code) => countryName(w, code));
  const charts: MarkdownReport['charts'] = [];
  const parts = [
    `# ${m(w.title(a, b))}`,
    `${m(w.period)}: ${m(periodText(brief, w))}${brief.asOf ? ` · ${m(w.asOf)} ${brief.asOf}` : ''} · ${m(w.sources(brief.documents, brief.citations.length))}`,
    `## ${m(w.headline)}`,
    indicatorsMd(brief, w, options.chartName, charts),
    `## ${m(w.plans)}`,
    brief.plans.length === 0 ? m(w.noPlans) : brief.plans.map((plan) => planMd(plan, w)).join('\n\n'),
    `## ${m(w.timeline)}`,
    timelineMd(brief, w),
    `## ${m(w.instruments)}`,
    brief.instruments.length === 0 ? m(w.noInstruments) : table([w.signed, w.type, w.what, w.parties, w.validUntil, w.cited].map(m),
      brief.instruments.map((i) => [i.signedOn ?? '', m(i.type.replace(/_/g, ' ')), m(i.title), i.parties.join(', '), i.validUntil ?? '', cites(i.cites)])),
    `## ${m(w.conflicts)}`,
    conflictsMd(brief, w),
    `## ${m(w.citations)}`,
    brief.citations.map((c) => `${c.n}. <a id="cite-${c.n}"></a>${m(citationSource(c, w))}${c.title ? ` — ${m(c.title)}` : ''}` +
      `${c.url ? ` <${c.url.replace(/[<>\s]/g, encodeURIComponent)}>` : ` (${m(c.file)})`}\n   > ${m(c.quote)}`).join('\n'),
  ];
  if (options.generation) parts.push(`---\n\n<!-- generated -->\n_${m(w.generated(options.generation.at, options.generation.store))}_`);
  return { text: parts.join('\n\n') + '\n', charts };
}

function indicatorsMd(brief: Brief, w: Words, chartName: ((indicator: string) => string) | undefined, charts: MarkdownReport['charts']): string {
  if (brief.indicators.length === 0) return m(w.noFigures);
  const parts = [
    table([w.indicator, w.latest, w.periodCol, w.cited].map(m), brief.indicators.map((s) => [
      m(indicatorName(w, s.indicator)), `**${m(figureValue(s.headline, w, brief.lang))}**${s.headline.direction ? ` ${s.headline.direction}` : ''}`,
      m(s.headline.period || w.undated), cites(s.headline.cites)])),
    `_${m(w.headlineNote)}_`,
  ];
  for (const section of brief.indicators) {
    parts.push(`### ${m(indicatorName(w, section.indicator))}`);
    const svg = chartName ? sectionChart(brief, section) : null;
    if (chartName && svg) {
      const name = chartName(section.indicator);
      charts.push({ name, svg });
      parts.push(`![${m(w.chartFile)}: ${m(indicatorName(w, section.indicator))}](${encodeURI(name)})`);
    }
    parts.push(table([w.periodCol, w.value, w.direction, w.corroboration, w.conflict, w.cited].map(m), section.figures.map((line) => [
      m(line.period || w.undated), m(figureValue(line, w, brief.lang)), line.direction ?? '', String(line.corroboration),
      line.conflict ? m(w.conflictYes) : '', cites(line.cites)])));
  }
  return parts.join('\n\n');
}

function planMd(plan: PlanSection, w: Words): string {
  const counts = (c: PlanSection['counts']) => (Object.keys(c) as Array<keyof typeof c>)
    .filter((status) => c[status] > 0).map((status) => `${w.statuses[status]}: ${c[status]}`).join(', ');
  return [
    `### ${m(plan.title)}`,
    `${plan.period.start} – ${plan.period.end} · ${m(w.done)}: **${share(plan.doneShare)}** · ${m(counts(plan.counts))}`,
    table([w.roadmap, w.area, w.done, ''].map(m), plan.roadmaps.map((r) => [m(r.title), m(r.area), share(r.doneShare), m(counts(r.counts))])),
    `#### ${m(w.overdue)}`,
    plan.overdue.length === 0 ? m(w.noOverdue)
      : plan.overdue.map((o) => `- **${m(o.title)}** (${m(o.roadmap)}; ${m(w.deadline)} ${o.deadline ?? ''}) ${cites(o.cites)}`).join('\n'),
  ].join('\n\n');
}

function timelineMd(brief: Brief, w: Words): string {
  const { happened, planned } = brief.timeline;
  if (happened.length + planned.length === 0) return m(w.noEvents);
  const entries = (items: TimelineEntry[]) => table([w.date, w.what, w.place, w.cited].map(m),
    items.map((t) => [t.date, `_${m(t.type.replace(/_/g, ' '))}_ ${m(t.title)}`, m(t.place), cites(t.cites)]));
  const parts = [`### ${m(w.happened)}`, happened.length ? entries(happened) : m(w.noEvents)];
  if (planned.length) parts.push(`### ${m(w.planned)}`, entries(planned));
  return parts.join('\n\n');
}

function conflictsMd(brief: Brief, w: Words): string {
  if (brief.conflicts.length === 0) return m(w.noConflicts);
  return brief.conflicts.map((c) => [
    `### ${m(indicatorName(w, c.indicator))}, ${m(c.period)}${c.direction ? ` ${c.direction}` : ''}`,
    c.values.map((v) => `- **${m(w.qualifiers[v.qualifier] + formatValue(v.value, c.unit, brief.lang))}** — ${m(w.reportedBy)}:\n` +
      v.sources.map((s) => `  - ${cites([s.n])} ${m(s.outlet)}, ${s.published ?? m(w.undated)}: “${m(s.quote)}”`).join('\n')).join('\n'),
    `_${m(w.likelyReason)}:_ ${m(w.reasons[c.reason.code] ?? c.reason.text)}`,
  ].join('\n\n')).join('\n\n');
}
