// The brief built from its input: figures of the pair and period with their citations, open conflicts,
// plan statuses with overdue measures, the timeline and the instruments signed. Pure: values in, values out,
// and the same input always gives the same brief.
import { UsageError } from '../../core/index.js';
import { resolveInstruments, type InstrumentEntity } from '../../knowledge/entities/index.js';
import { reconcileFigures, type Figure } from '../../knowledge/figures/index.js';
import { measurementEvidence } from '../../pipeline/read-figures.js';
import { planStatus } from '../../plans/index.js';
import type { EvidenceRow } from '../../store/index.js';
import { CitationBook } from './citations.js';
import type { ReportInput } from './input.js';
import type {
  Brief, ConflictLine, FigureLine, IndicatorSection, InstrumentLine, PlanSection, ReportOptions, TimelineEntry,
} from './model.js';

/** Headline indicators first, in this order; the rest follow by name. */
const HEADLINE_ORDER = ['trade_turnover', 'exports', 'imports', 'investment', 'tourist_trips', 'freight_volume',
  'national_currency_share', 'students', 'agreements_count', 'regions_count', 'events_count'];

type Range = { from: string | null; to: string | null };

export function parsePair(value: string): [string, string] {
  const match = /^([A-Za-z]{2})[-–,]([A-Za-z]{2})$/.exec(value.trim());
  if (!match || match[1].toUpperCase() === match[2].toUpperCase()) {
    throw new UsageError(`--pair takes two country codes such as RU-AZ, not "${value}"`);
  }
  return [match[1].toUpperCase(), match[2].toUpperCase()];
}

export function buildBrief(input: ReportInput, options: ReportOptions): Brief {
  const pair = parsePair(options.pair);
  const key = [...pair].sort().join('-');
  const range: Range = { from: options.from ?? null, to: options.to ?? null };
  const book = new CitationBook(input.evidence, input.documents);
  const asOf = options.asOf ?? options.to ?? latestPublished(input.evidence);

  const figures = reconcileFigures(input.evidence.flatMap((row) => measurementEvidence(row) ?? []))
    .filter((figure) => figure.pair === key && overlaps(figureDays(figure), range));
  const indicators = indicatorSections(figures, book);
  const plans = asOf ? planSections(input, pair, asOf, book) : [];
  const instruments = resolveInstruments(input.evidence.flatMap((row) =>
    row.kind === 'instrument' && instrumentOfPair(row, pair) ? [{
      instrument: row.fact,
      source: { fact: row.id, document: row.documentId, file: row.file, published: row.published, quote: row.quote, span: row.span },
    }] : []))
    .filter((entity) => overlaps(pointDays(entity.signedOn ?? entity.sources[0]?.published ?? null), range));
  const timeline = timelineOf(input.evidence, key, instruments, range, book);
  const instrumentLines = instruments.map((entity) => instrumentLine(entity, book)).sort(byDateThenTitle);
  const conflicts = figures.filter((figure) => figure.conflict).map((figure) => conflictLine(figure, book));
  const citations = book.list();
  return {
    lang: options.lang, pair, from: range.from, to: range.to, asOf: plans.length > 0 ? asOf : null,
    indicators, conflicts, plans, timeline, instruments: instrumentLines, citations,
    documents: new Set(citations.map((c) => `${c.file}|${c.published}`)).size,
  };
}

function indicatorSections(figures: Figure[], book: CitationBook): IndicatorSection[] {
  const byIndicator = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (figure.indicator === 'other') continue;
    byIndicator.set(figure.indicator, [...(byIndicator.get(figure.indicator) ?? []), figure]);
  }
  const rank = (indicator: string) => (HEADLINE_ORDER.indexOf(indicator) + 1 || HEADLINE_ORDER.length + 1);
  return [...byIndicator.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([indicator, items]) => {
      const lines = items.map((figure) => figureLine(figure, book))
        .sort((a, b) => a.periodKey.localeCompare(b.periodKey) || a.unit.localeCompare(b.unit) || (a.direction ?? '').localeCompare(b.direction ?? ''));
      const unit = headlineUnit(lines.map((line) => line.unit));
      const headline = lines.filter((line) => line.unit === unit)
        .sort((a, b) => b.periodKey.localeCompare(a.periodKey) || Number(a.direction !== null) - Number(b.direction !== null) || b.corroboration - a.corroboration)[0];
      return { indicator, unit, headline, figures: lines };
    });
}

function figureLine(figure: Figure, book: CitationBook): FigureLine {
  const days = figureDays(figure);
  return {
    period: periodLabel(figure),
    periodKey: `${days.end ?? ''}|${days.start ?? ''}`,
    value: figure.value, qualifier: figure.qualifier, unit: figure.unit,
    direction: figure.from && figure.to ? `${figure.from}→${figure.to}` : null,
    corroboration: figure.corroboration, conflict: figure.conflict !== null,
    cites: book.citeAll(figure.sources.map((source) => source.fact)),
  };
}

function conflictLine(figure: Figure, book: CitationBook): ConflictLine {
  const conflict = figure.conflict!;
  return {
    indicator: figure.indicator, period: periodLabel(figure), unit: figure.unit,
    direction: figure.from && figure.to ? `${figure.from}→${figure.to}` : null,
    values: figure.values.map((value) => ({
      value: value.value, qualifier: value.qualifier, corroboration: value.corroboration,
      sources: value.sources.flatMap((source) => {
        const n = book.cite(source.fact);
        return n === null ? [] : [{ n, outlet: source.outlet ?? source.file, published: source.published, quote: source.quote }];
      }),
    })),
    reason: { code: conflict.code, text: conflict.text },
  };
}

function planSections(input: ReportInput, pair: [string, string], asOf: string, book: CitationBook): PlanSection[] {
  return input.plans
    .filter(({ plan }) => pair.every((code) => plan.parties.some((party) => party.slice(0, 2) === code)))
    .sort((a, b) => a.plan.period.start.localeCompare(b.plan.period.start) || a.plan.id.localeCompare(b.plan.id))
    .map(({ plan, links }) => {
      const state = planStatus(plan, links, asOf);
      const titles = new Map(plan.roadmaps.map((roadmap) => [roadmap.id, roadmap.title]));
      return {
        id: plan.id, title: plan.title, period: plan.period,
        doneShare: state.progress.doneShare, counts: state.progress.counts,
        roadmaps: state.roadmaps.map((roadmap) => ({
          id: roadmap.roadmapId, title: roadmap.title, area: roadmap.area,
          doneShare: roadmap.progress.doneShare, counts: roadmap.progress.counts,
        })),
        overdue: state.measures.filter((measure) => measure.status === 'overdue').map((measure) => ({
          measureId: measure.measureId, roadmap: titles.get(measure.roadmapId) ?? measure.roadmapId, title: measure.title,
          deadline: measure.deadline, status: measure.status,
          cites: book.citeAll(links
            .filter((link) => link.measureId === measure.measureId && link.review?.verdict !== 'rejected')
            .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, 2).map((link) => link.factId)),
        })),
      };
    });
}

function timelineOf(evidence: EvidenceRow[], key: string, instruments: InstrumentEntity[], range: Range, book: CitationBook): Brief['timeline'] {
  const entries = new Map<string, { entry: Omit<TimelineEntry, 'cites'>; facts: string[]; planned: boolean }>();
  for (const row of evidence) {
    if (row.kind !== 'event' || pairKey(row.countryPair) !== key) continue;
    const date = row.fact.date ?? row.fact.period?.start ?? null;
    if (!date || !overlaps(pointDays(date), range)) continue;
    const id = `${date}|${row.fact.type}|${row.fact.title.toLowerCase()}`;
    const known = entries.get(id) ?? {
      entry: { date, kind: 'event' as const, type: row.fact.type, title: row.fact.title, place: row.fact.place }, facts: [], planned: false,
    };
    known.facts.push(row.id);
    known.planned ||= row.fact.planned === true;
    entries.set(id, known);
  }
  for (const entity of instruments) {
    if (!entity.signedOn) continue;
    entries.set(`${entity.signedOn}|instrument|${entity.id}`, {
      entry: { date: entity.signedOn, kind: 'instrument', type: entity.type, title: entity.title, place: entity.place },
      facts: entity.sources.map((source) => source.fact), planned: false,
    });
  }
  const ordered = [...entries.values()].sort((a, b) => byDateThenTitle(
    { signedOn: a.entry.date, title: a.entry.title }, { signedOn: b.entry.date, title: b.entry.title }));
  const lines = ordered.map(({ entry, facts, planned }) => ({ line: { ...entry, cites: book.citeAll(facts) }, planned }));
  return {
    happened: lines.filter((item) => !item.planned).map((item) => item.line),
    planned: lines.filter((item) => item.planned).map((item) => item.line),
  };
}

function instrumentLine(entity: InstrumentEntity, book: CitationBook): InstrumentLine {
  return {
    type: entity.type, title: entity.title, signedOn: entity.signedOn, place: entity.place, validUntil: entity.validUntil,
    parties: entity.parties, cites: book.citeAll(entity.sources.map((source) => source.fact)),
  };
}

function instrumentOfPair(row: Extract<EvidenceRow, { kind: 'instrument' }>, pair: [string, string]): boolean {
  const parties = new Set(row.fact.parties.map((party) => party.slice(0, 2)));
  if (parties.size >= 2) return pair.every((code) => parties.has(code));
  return pairKey(row.countryPair) === [...pair].sort().join('-');
}

function pairKey(pair: readonly [string, string] | null): string | null {
  return pair ? pair.map((code) => code.slice(0, 2)).sort().join('-') : null;
}

/** The days a figure covers: its period, or the day its first source was published. */
function figureDays(figure: Figure): { start: string | null; end: string | null } {
  if (figure.period && (figure.period.start || figure.period.end)) {
    return { start: figure.period.start ?? figure.period.end, end: figure.period.end ?? figure.period.start };
  }
  return pointDays(figure.sources[0]?.published ?? null);
}

function pointDays(date: string | null): { start: string | null; end: string | null } {
  return { start: date, end: date };
}

/** Whether the days meet the range; days that are not known are kept. Dates of any precision compare by prefix. */
function overlaps(days: { start: string | null; end: string | null }, range: Range): boolean {
  if (range.from && days.end && days.end < range.from.slice(0, days.end.length)) return false;
  if (range.to && days.start && days.start > range.to.slice(0, days.start.length)) return false;
  return true;
}

function periodLabel(figure: Figure): string {
  const period = figure.period;
  if (!period || (!period.start && !period.end)) return figure.sources[0]?.published ?? '';
  const { start, end } = period;
  if (start && end && start.slice(0, 4) === end.slice(0, 4) && start.endsWith('-01-01') && end.endsWith('-12-31')) return start.slice(0, 4);
  return `${start ?? '…'} – ${end ?? '…'}`;
}

function latestPublished(evidence: readonly EvidenceRow[]): string | null {
  return evidence.reduce<string | null>((latest, row) => (row.published && (!latest || row.published > latest) ? row.published : latest), null);
}

/** Money first, then quantities, then shares and changes; among equals the unit with most figures. */
function headlineUnit(units: string[]): string {
  const rank = (unit: string) => (/^[A-Z]{3}$/.test(unit) ? 0 : unit === 'percent' ? 2 : unit === 'percent_change' ? 3 : 1);
  const counts = new Map<string, number>();
  for (const unit of units) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

function byDateThenTitle(a: { signedOn: string | null; title: string }, b: { signedOn: string | null; title: string }): number {
  return (a.signedOn ?? '9999').localeCompare(b.signedOn ?? '9999') || a.title.localeCompare(b.title);
}
