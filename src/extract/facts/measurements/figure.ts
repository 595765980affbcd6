// What one figure in a sentence measures: its indicator, unit and signed value, from the words around it.
// Returns null for figures that are not measurements (forecasts, ratios, uncounted numbers, bare shares).
import type { Indicator, MeasurementUnit, MoneyMention, NumberMention, PercentMention } from '../../../core/index.js';
import type { CompiledCues } from './cues.js';
import { matchesOf } from '../shared/matches.js';

const DIGITS = /\d+/g;

export type Figure = MoneyMention | PercentMention | NumberMention;

export interface Reading {
  indicator: Indicator;
  unit: MeasurementUnit;
  value: number;
  label?: string;
}

export interface FigureContext {
  text: string;
  sentence: readonly [number, number];
  clause: readonly [number, number];
  /** Indicator cues of the sentence, by position. */
  cues: Array<{ span: readonly [number, number]; indicator: Indicator }>;
  /** The indicator the previous sentence spoke of, for "this figure amounted to…". */
  previousIndicator: Indicator | null;
  /** Whether the sentence points back at the previous one ("this figure"). */
  anaphora: boolean;
  /** The previous sentence's text, for "They account for 70%" after "national currencies". */
  previousSentence: string;
}

export function readFigure(figure: Figure, ctx: FigureContext, cues: CompiledCues): Reading | null {
  const { text, clause, sentence } = ctx;
  const before = text.slice(clause[0], figure.span[0]);
  const sentenceBefore = text.slice(sentence[0], figure.span[0]);
  const after = text.slice(figure.span[1], Math.min(sentence[1], figure.span[1] + 60));
  if (cues.forecast.test(before) || cues.ratioAfter.test(after)) return null;
  const isChange = (cues.byBefore.test(before) && cues.change.test(before)) || text[figure.span[0] - 1] === '+';
  const sign = cues.decline.test(before) ? -1 : 1;

  if (figure.kind === 'number' && figure.unit !== 'tonnes') {
    const partOfEarlier = cues.backReferenceAfter.test(after) || cues.backReferenceBefore.test(sentenceBefore);
    const noun = partOfEarlier ? nounCountedBefore(sentenceBefore, cues) : countedNoun(after, cues);
    if (noun && !isChange && figure.value > 1) return { indicator: noun.indicator, unit: 'count', value: figure.value, label: noun.label };
    const indicator = noun?.indicator ?? nearestIndicator(figure, ctx);
    if (isChange && indicator) {
      return { indicator: 'other', unit: 'count', value: figure.value, label: `change in ${indicator}` };
    }
    return null;
  }

  const indicator = nearestIndicator(figure, ctx);
  if (figure.kind === 'percent') {
    const level = cues.reachingBefore.test(before) || cues.share.test(sentenceBefore);
    const change = isChange || (!level && (cues.changeAfter.test(after) || cues.change.test(sentenceBefore)));
    if (change && indicator) return { indicator, unit: 'percent_change', value: sign * figure.value };
    if (cues.nationalCurrency.test(text.slice(sentence[0], sentence[1])) || cues.nationalCurrency.test(ctx.previousSentence)) {
      return { indicator: 'national_currency_share', unit: 'percent', value: figure.value };
    }
    if (cues.share.test(sentenceBefore)) return { indicator: 'other', unit: 'percent', value: figure.value, label: 'share' };
    return null;
  }
  if (!indicator) return null;
  const unit = figure.kind === 'money' ? figure.unit : 'tonnes';
  if (isChange && cues.change.test(before)) {
    return { indicator: 'other', unit, value: sign * figure.value, label: `change in ${indicator}` };
  }
  return { indicator: unit === 'tonnes' && indicator !== 'exports' && indicator !== 'imports' ? 'freight_volume' : indicator, unit, value: figure.value };
}

/** The cue nearest before the figure in its sentence, else the first after it in its clause, else the previous
 *  sentence's indicator. */
function nearestIndicator(figure: Figure, ctx: FigureContext): Indicator | null {
  const preceding = ctx.cues.filter((c) => c.span[1] <= figure.span[0]).at(-1);
  if (preceding) return preceding.indicator;
  const following = ctx.cues.find((c) => c.span[0] >= figure.span[1] && c.span[1] <= ctx.clause[1]);
  if (following) return following.indicator;
  return ctx.anaphora ? ctx.previousIndicator : null;
}

/** The counted noun nearest after a number ("Twelve Russian regions have signed agreements" counts regions). */
function countedNoun(after: string, cues: CompiledCues) {
  if (/^\s*\d/.test(after)) return undefined;
  const groups = cues.countNoun.exec(after)?.groups;
  if (!groups) return undefined;
  return cues.countNouns.find((_, k) => groups[`n${k}`] !== undefined);
}

/** "73 entities of the Russian Federation, 18 of them…": the noun of the nearest earlier count in the sentence. */
function nounCountedBefore(before: string, cues: CompiledCues) {
  const numbers = matchesOf(DIGITS, before).reverse();
  for (const n of numbers) {
    const noun = countedNoun(before.slice(n.index + n[0].length), cues);
    if (noun) return noun;
  }
  return undefined;
}
