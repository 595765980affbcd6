// Evidence linking: which stored facts speak of a plan, its measures and its indicators.
// A link needs the plan's parties (in the fact, its quote, or its document), a date inside the plan's
// period, and wording: a measure's own keywords or title words; area keywords only add weight.
import { stableId } from '../core/ids.js';
import { periodBounds } from './status.js';
import { areaKeywords, resolveAreas } from './areas/index.js';
import { countCountries, countryOf } from './countries.js';
import type { EvidenceLink, LinkableFact, LinkTarget } from './evidence.js';
import type { Measure, PlanFile, PlanIndicator } from './schema.js';
import { contentStems, hasKeyword, keywordStems, matchedKeywords, titleStems, words } from './wording.js';

export const DEFAULT_THRESHOLD = 0.6;

export interface LinkOptions {
  /** Links scoring below it are dropped. */
  threshold?: number;
  /** Document id → text, for the countries a document speaks of when a fact names none. */
  documentTexts?: ReadonlyMap<string, string>;
}

interface Check { score: number; reason: string }

export function linkEvidence(plan: PlanFile, facts: readonly LinkableFact[], options: LinkOptions = {}): EvidenceLink[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const areas = resolveAreas(plan.areas);
  const documentCountries = new Map<string, Map<string, number>>();
  const countriesOf = (documentId: string) => {
    if (!documentCountries.has(documentId)) documentCountries.set(documentId, countCountries(options.documentTexts?.get(documentId) ?? ''));
    return documentCountries.get(documentId)!;
  };
  const links: EvidenceLink[] = [];
  for (const fact of facts) {
    const party = partyCheck(plan.parties, fact, countriesOf(fact.documentId));
    if (!party) continue;
    const time = timeCheck(plan, fact);
    if (!time) continue;
    const add = (target: LinkTarget, measureId: string | null, indicatorId: string | null, weights: { wording: Check; share: number }) => {
      const rest = (1 - weights.share) / 2;
      const score = round(weights.share * weights.wording.score + rest * party.score + rest * time.score);
      if (score < threshold) return;
      links.push({
        id: stableId('l', plan.id, target, measureId, indicatorId, fact.id), planId: plan.id, target, measureId, indicatorId,
        factId: fact.id, factKind: fact.kind, fact: fact.fact, score, reasons: [weights.wording.reason, party.reason, time.reason],
        quote: fact.quote, file: fact.file, factDate: factDate(fact),
      });
    };
    if (fact.kind === 'instrument' && isSameDocument(plan, fact.fact)) {
      const similarity = titleSimilarity(plan.title, fact.fact.title);
      if (similarity >= 0.5) add('plan', null, null, { wording: { score: similarity, reason: `title overlap ${similarity.toFixed(2)}` }, share: 0.6 });
    }
    for (const roadmap of plan.roadmaps) {
      const area = areas.get(roadmap.area);
      const areaWords = area ? areaKeywords(area) : [];
      for (const measure of roadmap.measures) {
        const wording = measureWording(measure, areaWords, fact.quote);
        if (wording) add('measure', measure.id, null, { wording, share: 0.6 });
        for (const indicator of measure.indicators ?? []) {
          const metric = fact.kind === 'measurement' ? indicatorCheck(indicator, fact.fact) : null;
          if (metric) add('indicator', measure.id, indicator.id, { wording: metric, share: 0.5 });
        }
      }
    }
  }
  return onePerQuote(links).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Several facts of one sentence are one piece of evidence for a measure or the plan: keep the best. */
function onePerQuote(links: EvidenceLink[]): EvidenceLink[] {
  const best = new Map<string, EvidenceLink>();
  for (const link of links) {
    const key = link.target === 'indicator' ? link.id : `${link.target}|${link.measureId}|${link.file}|${link.quote}`;
    const kept = best.get(key);
    if (!kept || link.score > kept.score || (link.score === kept.score && link.id < kept.id)) best.set(key, link);
  }
  return [...best.values()];
}

/** The same kind of document between the same countries, signed when the plan was and naming no other years. */
function isSameDocument(plan: PlanFile, instrument: LinkableFact['fact'] & { type: string; title: string; parties: string[]; signed_on: string | null }): boolean {
  if (instrument.type !== plan.type) return false;
  if (instrument.parties.some((code) => code.includes('-') || !plan.parties.includes(code))) return false;
  if (plan.signed_on && instrument.signed_on && !plan.signed_on.startsWith(instrument.signed_on)) return false;
  const validUntil = (instrument as { valid_until?: string | null }).valid_until;
  if (validUntil && validUntil.slice(0, 4) !== plan.period.end.slice(0, 4)) return false;
  const planYears = new Set(plan.title.match(/\d{4}/g) ?? []);
  const years = instrument.title.match(/\d{4}/g) ?? [];
  return years.every((year) => planYears.has(year));
}

/** The plan's parties in the fact itself, in its quote, or (weakest) as the countries its document speaks of most. */
function partyCheck(parties: readonly string[], fact: LinkableFact, documentCountries: Map<string, number>): Check | null {
  const countries = new Set(parties.map(countryOf));
  const named = factParties(fact);
  if (named.some((code) => !countries.has(countryOf(code)))) return null;
  const inQuote = [...countCountries(fact.quote).keys()];
  if (inQuote.some((code) => !countries.has(code))) return null;
  if (named.length > 0) {
    const national = named.every((code) => !code.includes('-'));
    return { score: national ? 1 : 0.75, reason: `parties ${named.join(', ')}` };
  }
  if (inQuote.length > 0) return { score: 0.75, reason: `quote names ${inQuote.join(', ')}` };
  const ranked = [...documentCountries.entries()].sort((a, b) => b[1] - a[1]).slice(0, countries.size).map(([code]) => code);
  if (ranked.length === countries.size && ranked.every((code) => countries.has(code))) {
    return { score: 0.5, reason: `document speaks mostly of ${ranked.join(', ')}` };
  }
  return null;
}

function factParties(fact: LinkableFact): string[] {
  switch (fact.kind) {
    case 'measurement': return [fact.fact.from, fact.fact.to, fact.fact.scope].filter((code): code is string => Boolean(code));
    case 'instrument': return fact.fact.parties;
    case 'event': return [];
  }
}

/** The fact's own date inside the plan's period (a measurement from a year before it, for baselines); else its document's. */
function timeCheck(plan: PlanFile, fact: LinkableFact): Check | null {
  const start = fact.kind === 'measurement' ? `${Number(plan.period.start.slice(0, 4)) - 1}${plan.period.start.slice(4)}` : plan.period.start;
  const own = ownDates(fact);
  if (own) {
    if (own.end < start || own.start > plan.period.end) return null;
    return { score: 1, reason: `dated ${own.start === own.end ? own.start : `${own.start}..${own.end}`}` };
  }
  if (!fact.published || fact.published < plan.period.start || fact.published > plan.period.end) return null;
  return { score: 0.5, reason: `undated, published ${fact.published}` };
}

function ownDates(fact: LinkableFact): { start: string; end: string } | null {
  const widen = (value: string | null | undefined, side: 'start' | 'end') => (value ? periodBounds(value)[side] : null);
  switch (fact.kind) {
    case 'measurement': {
      const start = widen(fact.fact.period?.start, 'start');
      const end = widen(fact.fact.period?.end, 'end');
      return start && end ? { start, end } : null;
    }
    case 'event': {
      const start = widen(fact.fact.date, 'start');
      return start ? { start, end: widen(fact.fact.end_date ?? fact.fact.date, 'end')! } : null;
    }
    case 'instrument': {
      const start = widen(fact.fact.signed_on, 'start');
      return start ? { start, end: widen(fact.fact.signed_on, 'end')! } : null;
    }
  }
}

export function factDate(fact: LinkableFact): string | null {
  return ownDates(fact)?.end ?? fact.published;
}

/** A measure's keywords and title words in the quote; nothing when none of them is there. */
function measureWording(measure: Measure, areaWords: readonly string[], quote: string): Check | null {
  const quoteWords = words(quote);
  const ownKeywords = matchedKeywords(quote, measure.keywords ?? []);
  const titleStems = contentStems(measure.title).filter((stem) => hasKeyword(quoteWords, [stem]));
  // One title word alone ("trade") is too common to tell measures apart: a keyword or two title words are needed.
  if (ownKeywords.length === 0 && titleStems.length < 2) return null;
  const own = ownKeywords.length + titleStems.length;
  const areaHits = areaWords.filter((keyword) => hasKeyword(quoteWords, keywordStems(keyword)));
  const score = Math.min(1, 0.4 + 0.2 * (own - 1) + 0.1 * areaHits.length + (ownKeywords.length > 0 ? 0.2 : 0));
  const found = [...ownKeywords.map((k) => `"${k}"`), ...titleStems.map((s) => `${s}…`)];
  return { score, reason: `measure words ${found.join(', ')}${areaHits.length ? `; area words ${areaHits.join(', ')}` : ''}` };
}

/** A measurement of the indicator's metric, unit (or its rate of change) and direction. */
function indicatorCheck(indicator: PlanIndicator, measurement: LinkableFact['fact'] & { indicator: string }): Check | null {
  const m = measurement as unknown as { indicator: string; unit: string; from?: string; to?: string };
  if (m.indicator !== indicator.metric) return null;
  if (m.unit !== indicator.unit && m.unit !== 'percent_change') return null;
  if (indicator.from && m.from !== indicator.from) return null;
  if (indicator.to && m.to !== indicator.to) return null;
  return { score: m.unit === indicator.unit ? 1 : 0.8, reason: `${m.indicator} in ${m.unit}` };
}

/** Share of the shorter title's content words found in the other (stems, either language). */
export function titleSimilarity(a: string, b: string): number {
  const left = titleStems(a);
  const right = titleStems(b);
  if (left.length === 0 || right.length === 0) return 0;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  const hits = short.filter((stem) => long.some((other) => other.startsWith(stem) || stem.startsWith(other))).length;
  return hits / short.length;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
