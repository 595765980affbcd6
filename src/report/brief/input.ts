// What a brief is built from, read from the store in one go: the facts as evidence (with their stories and
// pairs), the documents' addresses, and the stored plans with their evidence links.
import type { EvidenceRow, Store } from '../../store/index.js';
import type { PlanFile, ReviewedLink } from '../../plans/index.js';

export interface ReportInput {
  /** Measurements, instruments and events, oldest document first. */
  evidence: EvidenceRow[];
  documents: ReadonlyMap<string, { url: string | null; title: string | null }>;
  plans: Array<{ plan: PlanFile; links: ReviewedLink[] }>;
}

export async function readReportInput(store: Store): Promise<ReportInput> {
  const [measurements, instruments, events, documents, plans] = await Promise.all([
    store.listEvidence({ kind: 'measurement' }),
    store.listEvidence({ kind: 'instrument' }),
    store.listEvidence({ kind: 'event' }),
    store.listDocuments({}),
    store.plans.list(),
  ]);
  const stored = await Promise.all(plans.map(async (summary) => ({
    plan: (await store.plans.get(summary.id))!,
    links: await store.plans.links(summary.id),
  })));
  return {
    evidence: [...measurements, ...instruments, ...events],
    documents: new Map(documents.items.map((doc) => [doc.id, { url: doc.url, title: doc.title }])),
    plans: stored.filter((entry) => entry.plan !== null),
  };
}
