// The review queue as the API and the web app show it: figures on which sources disagree and no curator has
// judged (latest period first), uncertain facts nobody has judged, then plan evidence links nobody has reviewed.
import { reviewQueue } from '../knowledge/curation/index.js';
import type { Figure } from '../knowledge/figures/index.js';
import type { Store } from '../store/index.js';
import type { StoredLink } from '../store/plans.js';
import { queueFacts, readCuration } from './curation.js';
import { latestConflicts } from './figure-orders.js';
import { readFigures } from './read-figures.js';

export type ReviewItem =
  | { kind: 'conflict'; id: string; figure: Figure }
  | { kind: 'fact'; id: string; summary: string; reasons: string[]; sources: Array<{ file: string; quote: string | null }> }
  | { kind: 'link'; id: string; planId: string; planTitle: string; link: StoredLink };

/** `conflicts`, latest period first, when the caller has them already (the figures read model keeps them). */
export async function readReviewItems(store: Store, conflicting?: readonly Figure[]): Promise<ReviewItem[]> {
  const curation = await readCuration(store);
  const conflicts = (conflicting ?? latestConflicts(await readFigures(store)))
    .filter((figure) => !curation.isReviewed(figure.key))
    .map((figure): ReviewItem => ({ kind: 'conflict', id: figure.key, figure }));
  const facts = reviewQueue({ figures: [], facts: await queueFacts(store, curation), curation })
    .map((item): ReviewItem => ({ kind: 'fact', id: item.target, summary: item.summary, reasons: item.reasons, sources: item.sources }));
  const links: ReviewItem[] = [];
  for (const plan of await store.plans.list()) {
    for (const link of await store.plans.links(plan.id)) {
      if (!link.review) links.push({ kind: 'link', id: link.id, planId: plan.id, planTitle: plan.title, link });
    }
  }
  return [...conflicts, ...facts, ...links];
}
