// People and instruments read from the store: stored facts as evidence, resolved across documents.
import {
  resolveInstruments, resolvePeople, type EntitySource, type InstrumentEntity, type PersonEntity,
} from '../knowledge/entities/index.js';
import { curateEntities, joinInstruments, joinPeople } from '../knowledge/curation/index.js';
import type { EvidenceRow, Store } from '../store/index.js';
import { curateEvidence, readCuration } from './curate-evidence.js';

const sourceOf = (row: EvidenceRow): EntitySource => ({
  fact: row.id, document: row.documentId, file: row.file, published: row.published, quote: row.quote, span: row.span,
});

/** People with curators' decisions applied: rejected facts and people dropped, merged people joined. */
export async function readPeople(store: Store): Promise<PersonEntity[]> {
  const curation = await readCuration(store);
  const rows = curateEvidence(await store.listEvidence({ kind: 'person' }), curation);
  return curateEntities(
    resolvePeople(rows.flatMap((row) => (row.kind === 'person' ? [{ person: row.fact, source: sourceOf(row) }] : []))),
    curation, joinPeople);
}

export async function readInstruments(store: Store): Promise<InstrumentEntity[]> {
  const curation = await readCuration(store);
  const rows = curateEvidence(await store.listEvidence({ kind: 'instrument' }), curation);
  return curateEntities(
    resolveInstruments(rows.flatMap((row) => (row.kind === 'instrument' ? [{ instrument: row.fact, source: sourceOf(row) }] : []))),
    curation, joinInstruments);
}
