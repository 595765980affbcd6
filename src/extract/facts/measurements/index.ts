// Measurements: figures reported for an indicator of the document's country pair over a period, each with the
// sentence it comes from. Built from the amount and date mentions and the places of the shared text model.
import type { Indicator, Measurement, Period } from '../../../core/index.js';
import type { TextModel } from '../../model.js';
import { mentionsWithin, placesWithin } from '../../model.js';
import type { Sentence } from '../../text/sentences.js';
import { countryOf } from '../../places/countries.js';
import { matchesOf } from '../shared/matches.js';
import { cuesFor, type CompiledCues } from './cues.js';
import { readFigure, type Figure, type Reading } from './figure.js';
import { concernsThirdCountry, documentPair, DIRECTED, flowDirection, turnedPair, type Pair } from './pair.js';
import { isWholeYear, nearestDate, periodOfDate, shiftYears, sortDates, type DateLike } from './period.js';

/** Flows reported for a period may take it from the sentence before ("Of the total turnover, exports…"). */
const FLOWS: Indicator[] = ['trade_turnover', 'exports', 'imports', 'freight_volume', 'tourist_trips'];
const INHERIT_WITHIN = 2;

export function findMeasurements(model: TextModel): Measurement[] {
  const pair = documentPair(model.places);
  if (!pair) return [];
  const cues = cuesFor(model.lang);
  const found: Measurement[] = [];
  let recent: { period: Period; index: number } | null = null;
  let previousIndicator: Indicator | null = null;
  let previousCountries: string[] = [];
  const lead = leadCountries(model);
  let active: Pair = pair;
  model.sentences.forEach((sentence, index) => {
    const mentions = mentionsWithin(model, sentence.span[0], sentence.span[1]);
    const figures = mentions.filter((m): m is Figure => m.kind === 'money' || m.kind === 'percent' || m.kind === 'number');
    const { own, bases } = sortDates(model.text, sentence.span[0],
      mentions.filter((m): m is DateLike => m.kind === 'date' || m.kind === 'date_range'), cues);
    const sentenceCountries = countriesOf(model, sentence.span);
    active = turnedPair(sentenceCountries, pair, lead) ?? active;
    const inherited = recent && index - recent.index <= INHERIT_WITHIN ? recent.period : null;
    const ctxBase = {
      text: model.text, sentence: sentence.span, cues: indicatorCues(sentence, cues),
      previousIndicator, anaphora: cues.anaphora.test(sentence.text), previousSentence: model.sentences[index - 1]?.text ?? '',
    };
    for (const figure of figures) {
      const clause = clauseOf(model.text, sentence, figure.span[0], cues);
      const reading = readFigure(figure, { ...ctxBase, clause }, cues);
      if (!reading) continue;
      const scope = scopeOf(model, clause, sentence, previousCountries);
      if (concernsThirdCountry(scope, active)) continue;
      const period = periodFor(model, figure, clause, own, bases, reading, inherited);
      found.push(measurement(model, sentence, clause, reading, figure, period, active, cues));
    }
    const dated = own.find((d) => d.kind === 'date_range');
    if (dated) recent = { period: periodOfDate(dated, model.published), index };
    previousIndicator = ctxBase.cues.at(-1)?.indicator ?? previousIndicator;
    if (sentenceCountries.length) previousCountries = sentenceCountries;
  });
  return dedupe(found);
}

function measurement(model: TextModel, sentence: Sentence, clause: readonly [number, number], reading: Reading,
  figure: Figure, period: Period | null, pair: Pair, cues: CompiledCues): Measurement {
  const fact: Measurement = {
    indicator: reading.indicator, value: reading.value, unit: reading.unit, qualifier: figure.qualifier ?? 'exact',
    period, quote: sentence.text, span: sentence.span,
  };
  if (reading.label) fact.label = reading.label;
  if (DIRECTED.includes(reading.indicator)) {
    Object.assign(fact, flowDirection(model.text, placesWithin(model, clause[0], clause[1]).length
      ? placesWithin(model, clause[0], clause[1]) : placesWithin(model, sentence.span[0], sentence.span[1]),
    reading.indicator, pair, cues));
  }
  return fact;
}

function periodFor(model: TextModel, figure: Figure, clause: readonly [number, number], own: DateLike[],
  bases: DateLike[], reading: Reading, inherited: Period | null): Period | null {
  const date = nearestDate(own, figure.span[0], clause);
  const base = bases[0] ? periodOfDate(bases[0], model.published) : null;
  let main = date ? periodOfDate(date, model.published) : null;
  if (!main && base && isWholeYear(base)) main = shiftYears(base, 1);
  const isFlow = FLOWS.includes(reading.indicator) || reading.unit === 'percent_change' || reading.indicator === 'other';
  if (!main && isFlow && (reading.unit !== 'count' || reading.indicator === 'tourist_trips')) main = inherited;
  if (startsRange(model.text, figure)) return base ?? (main && isWholeYear(main) ? shiftYears(main, -1) : null);
  return main;
}

/** "from 423,800 tons to 539,700 tons": the first figure of the pair is the earlier one. */
function startsRange(text: string, figure: Figure): boolean {
  return /(?:^|[\s(])(?:from|с)\s+$/iu.test(text.slice(Math.max(0, figure.span[0] - 8), figure.span[0])) &&
    /^\s+(?:to|до)\s/iu.test(text.slice(figure.span[1], figure.span[1] + 5));
}

function clauseOf(text: string, sentence: Sentence, at: number, cues: CompiledCues): readonly [number, number] {
  let start = sentence.span[0];
  let end = sentence.span[1];
  for (const m of matchesOf(cues.clauseBreak, sentence.text)) {
    const position = sentence.span[0] + m.index!;
    if (position + m[0].length <= at) start = position + m[0].length;
    else if (position >= at) { end = position; break; }
  }
  return [start, end];
}

function indicatorCues(sentence: Sentence, cues: CompiledCues) {
  const found: Array<{ span: readonly [number, number]; indicator: Indicator }> = [];
  for (const m of cues.indicators.matches(sentence.text)) {
    const k = cues.indicatorOf.findIndex((_, i) => m.groups![`i${i}`] !== undefined);
    found.push({ span: [sentence.span[0] + m.index, sentence.span[0] + m.index + m[0].length], indicator: cues.indicatorOf[k] });
  }
  return found;
}

/** The countries a figure is about: those of its clause, else the one named last before it in the sentence,
 *  else those of the sentence, else of the sentence before. */
function scopeOf(model: TextModel, clause: readonly [number, number], sentence: Sentence, previous: string[]): string[] {
  const inClause = countriesOf(model, clause);
  if (inClause.length) return inClause;
  const last = placesWithin(model, sentence.span[0], clause[0]).at(-1);
  if (last) return [countryOf(last.code)];
  const inSentence = countriesOf(model, sentence.span);
  return inSentence.length ? inSentence : previous;
}

/**
 * The countries of a text's lead when it opens on one country's relations with several partners: its first
 * sentence naming a country names three or more ("Azerbaijan increased its trade with Turkey and Russia").
 */
function leadCountries(model: TextModel): string[] {
  for (const sentence of model.sentences) {
    const named = countriesOf(model, sentence.span);
    if (named.length > 0) return named.length >= 3 ? named : [];
  }
  return [];
}

function countriesOf(model: TextModel, span: readonly [number, number]): string[] {
  return [...new Set(placesWithin(model, span[0], span[1]).map((p) => countryOf(p.code)))];
}

/** A figure repeated (a headline and its body) is one measurement; the dated telling wins. */
function dedupe(facts: Measurement[]): Measurement[] {
  const kept: Measurement[] = [];
  for (const f of facts) {
    const same = kept.findIndex((k) => k.indicator === f.indicator && k.unit === f.unit && k.value === f.value &&
      k.label === f.label && (samePeriod(k.period, f.period) || !k.period || !f.period));
    if (same < 0) kept.push(f);
    else if (!kept[same].period && f.period) kept[same] = f;
  }
  return kept;
}

function samePeriod(a: Period | null, b: Period | null): boolean {
  return a?.start === b?.start && a?.end === b?.end;
}
