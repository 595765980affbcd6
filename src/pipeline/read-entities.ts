// People and instruments read from the store: stored facts as evidence, resolved across documents.
import {
  resolveInstruments, resolvePeople, type EntitySource, type InstrumentEntity, type PersonEntity,
} from '../knowledge/entities/index.js';
import type { EvidenceRow, Store } from '../store/index.js';

const sourceOf = (row: EvidenceRow): EntitySource => ({
  fact: row.id, document: row.documentId, file: row.file, published: row.published, quote: row.quote, span: row.span,
});

export async function readPeople(store: Store): Promise<PersonEntity[]> {
  const rows = await store.listEvidence({ kind: 'person' });
  return resolvePeople(rows.flatMap((row) => (row.kind === 'person' ? [{ person: row.fact, source: sourceOf(row) }] : [])));
}

export async function readInstruments(store: Store): Promise<InstrumentEntity[]> {
  const rows = await store.listEvidence({ kind: 'instrument' });
  return resolveInstruments(rows.flatMap((row) => (row.kind === 'instrument' ? [{ instrument: row.fact, source: sourceOf(row) }] : [])));
}
