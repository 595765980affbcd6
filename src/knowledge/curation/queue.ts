// What awaits a curator: figures whose sources disagree, facts that are uncertain, plan evidence not yet
// judged. Whatever a curator has confirmed, corrected or rejected has left the queue.
import type { Figure } from '../figures/index.js';
import type { Curation } from './apply.js';

export type ReviewItemKind = 'conflict' | 'fact' | 'plan_link';

export interface ReviewItem {
  kind: ReviewItemKind;
  /** The key to decide on: a figure key, a fact_… key, or a plan link id (judged with `concord plan review`). */
  target: string;
  summary: string;
  reasons: string[];
  sources: Array<{ file: string; quote: string | null }>;
  planId?: string;
}

/** A stored fact as the queue sees it: its stable key and what extraction said of it. */
export interface QueueFact {
  key: string;
  kind: string;
  fact: Record<string, unknown>;
  file: string;
  quote: string | null;
  hasSpan: boolean;
}

export interface QueueLink {
  id: string;
  planId: string;
  target: string;
  measureId: string | null;
  score: number;
  file: string;
  quote: string | null;
}

/** Below this an extractor's own confidence, where it gives one, asks for a curator. */
export const LOW_CONFIDENCE = 0.6;

/** Why a fact is uncertain; empty when nothing is. */
export function factConcerns(item: QueueFact): string[] {
  const concerns: string[] = [];
  const { confidence, diagnostics } = item.fact as { confidence?: unknown; diagnostics?: unknown };
  if (typeof confidence === 'number' && confidence < LOW_CONFIDENCE) concerns.push(`low confidence (${confidence})`);
  if (Array.isArray(diagnostics)) {
    for (const diagnostic of diagnostics) concerns.push(`diagnostic ${(diagnostic as { code?: string }).code ?? String(diagnostic)}`);
  }
  if (!item.hasSpan || !item.quote) concerns.push('no quote in the text');
  if (item.kind === 'event' && !item.fact.date) concerns.push('event without a date');
  return concerns;
}

export function reviewQueue(input: {
  figures: readonly Figure[];
  facts: readonly QueueFact[];
  links?: readonly QueueLink[];
  curation: Curation;
}): ReviewItem[] {
  const { curation } = input;
  const conflicts: ReviewItem[] = input.figures
    .filter((figure) => figure.conflict !== null && !curation.isReviewed(figure.key))
    .map((figure) => ({
      kind: 'conflict',
      target: figure.key,
      summary: `${figure.indicator} ${figure.pair ?? ''}: ${figure.values.map((value) => value.value).join(' vs ')} ${figure.unit}`,
      reasons: [figure.conflict!.text],
      sources: figure.values.flatMap((value) => value.sources.map((source) => ({ file: source.file, quote: source.quote }))),
    }));
  const seen = new Set<string>();
  const facts: ReviewItem[] = input.facts.flatMap((item): ReviewItem[] => {
    if (seen.has(item.key) || curation.isReviewed(item.key)) return [];
    seen.add(item.key);
    const reasons = factConcerns(item);
    if (reasons.length === 0) return [];
    return [{ kind: 'fact', target: item.key, summary: `${item.kind}: ${describeFact(item)}`, reasons, sources: [{ file: item.file, quote: item.quote }] }];
  });
  const links: ReviewItem[] = (input.links ?? []).map((link) => ({
    kind: 'plan_link',
    target: link.id,
    planId: link.planId,
    summary: `evidence for ${link.measureId ?? link.planId} (${link.target}), score ${link.score}`,
    reasons: ['plan evidence link not yet confirmed'],
    sources: [{ file: link.file, quote: link.quote }],
  }));
  return [...conflicts, ...facts, ...links];
}

function describeFact({ kind, fact }: QueueFact): string {
  if (kind === 'measurement') return `${fact.indicator} ${fact.value} ${fact.unit}`;
  if (kind === 'person') return `${fact.name}${fact.role ? `, ${fact.role}` : ''}`;
  return `${fact.type} ${fact.title ?? ''}${fact.date ? ` (${fact.date})` : ''}`;
}
