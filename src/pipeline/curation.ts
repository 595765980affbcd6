// Curation where the stages meet: decisions checked and stored with what their targets said, stored facts
// given their stable keys, decisions applied to evidence before it is reconciled, and the review queue.
import { StoreError, UsageError } from '../core/index.js';
import {
  decisionProblem, reviewQueue, type Curation, type DecisionInput, type QueueFact, type QueueLink, type ReviewItem,
} from '../knowledge/curation/index.js';
import type { DecisionRecord, Store } from '../store/index.js';
import { curateEvidence, factKeyOf, readCuration } from './curate-evidence.js';
import { readFigures } from './read-figures.js';

export { curateEvidence, factKeyOf, readCuration };

/**
 * Checks and stores a decision. A stored fact may be named by its row id (f_…, as `concord facts` prints it):
 * the decision is kept under the fact's stable key, which outlives re-ingestion.
 */
export async function recordDecision(store: Store, input: DecisionInput): Promise<DecisionRecord> {
  const needsFacts = input.targets.some((target) => target.startsWith('f_') || target.startsWith('fact_'));
  const rows = needsFacts ? await store.listEvidence() : [];
  const subjects: unknown[] = [];
  const targets = input.targets.map((target) => {
    if (!target.startsWith('f_') && !target.startsWith('fact_')) {
      subjects.push({ target });
      return target;
    }
    const row = rows.find((candidate) => candidate.id === target || factKeyOf(candidate) === target);
    if (!row) throw new StoreError('not_found', `${target}: no stored fact with this id or key`);
    const key = factKeyOf(row);
    subjects.push({ target: key, kind: row.kind, fact: row.fact, file: row.file });
    return key;
  });
  const decision = { ...input, targets };
  const problem = decisionProblem(decision);
  if (problem) throw new UsageError(problem);
  return store.curation.record(decision, subjects);
}

export async function listDecisions(store: Store): Promise<DecisionRecord[]> {
  return store.curation.list();
}

/** What awaits review: open conflicts, uncertain facts no curator has judged, unreviewed plan evidence links. */
export async function listReviewQueue(store: Store): Promise<ReviewItem[]> {
  const curation = await readCuration(store);
  const figures = await readFigures(store);
  return reviewQueue({ figures, facts: await queueFacts(store, curation), links: await unreviewedLinks(store), curation });
}

/** Every stored fact as the queue sees it, with the decisions applied. */
export async function queueFacts(store: Store, curation: Curation): Promise<QueueFact[]> {
  return curateEvidence(await store.listEvidence(), curation).map((row) => ({
    key: factKeyOf(row), kind: row.kind, fact: row.fact as unknown as Record<string, unknown>, file: row.file,
    quote: row.quote, hasSpan: row.span !== null,
  }));
}

async function unreviewedLinks(store: Store): Promise<QueueLink[]> {
  const links: QueueLink[] = [];
  for (const plan of await store.plans.list()) {
    for (const link of await store.plans.links(plan.id)) {
      if (link.review !== null) continue;
      links.push({
        id: link.id, planId: link.planId, target: link.target, measureId: link.measureId, score: link.score,
        file: link.file, quote: link.quote,
      });
    }
  }
  return links;
}
