// Curators' decisions applied to stored evidence before it is reconciled: every fact gets its stable key,
// rejected facts drop out and corrected fields replace what extraction said.
import { curationOf, factKey, type Curation } from '../knowledge/curation/index.js';
import type { EvidenceRow, Store } from '../store/index.js';

/** A stored fact's stable key: its document's content hash, its kind and what it says. */
export const factKeyOf = (row: EvidenceRow): string => factKey(row.contentHash, row);

export async function readCuration(store: Store): Promise<Curation> {
  return curationOf(await store.curation.list());
}

/** Evidence with the decisions applied: rejected facts dropped, corrected fields replaced. */
export function curateEvidence(rows: readonly EvidenceRow[], curation: Curation): EvidenceRow[] {
  return rows.flatMap((row) => {
    const key = factKeyOf(row);
    if (curation.isRejected(key)) return [];
    const fact = curation.corrected(key, row.fact as object);
    return [fact === row.fact ? row : ({ ...row, fact } as EvidenceRow)];
  });
}

