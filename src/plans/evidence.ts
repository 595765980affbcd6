// The values evidence linking reads and writes: stored facts with their document's context, and links.
import type { EventFact, Instrument, Measurement } from '../core/facts.js';

export type EvidenceFact =
  | { kind: 'measurement'; fact: Measurement }
  | { kind: 'instrument'; fact: Instrument }
  | { kind: 'event'; fact: EventFact };

export type LinkableFact = EvidenceFact & {
  id: string;
  documentId: string;
  file: string;
  published: string | null;
  quote: string;
};

export type LinkTarget = 'plan' | 'measure' | 'indicator';

export interface EvidenceLink {
  id: string;
  planId: string;
  target: LinkTarget;
  /** The measure a link concerns (null for the plan itself). */
  measureId: string | null;
  indicatorId: string | null;
  factId: string;
  factKind: EvidenceFact['kind'];
  /** The fact as stored (without quote and span). */
  fact: EvidenceFact['fact'];
  /** 0..1: how sure the linker is that the fact speaks of the target. */
  score: number;
  /** Why: the matched keywords and checks, for a curator to judge. */
  reasons: string[];
  quote: string;
  file: string;
  /** The day the fact concerns or, failing that, its document's publication day. */
  factDate: string | null;
}

/** A stored link with the curator's verdict on it, if any. */
export type ReviewedLink = EvidenceLink & { review: LinkReview | null };

export type Verdict = 'confirmed' | 'rejected';

export interface LinkReview {
  linkId: string;
  verdict: Verdict;
  reviewer: string;
  reviewedAt: string;
  why: string;
}
