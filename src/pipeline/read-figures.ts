// Figures read from the store: stored measurements, as evidence with their story and pair, reconciled.
import type { Curation } from '../knowledge/curation/index.js';
import { figureKey, reconcileFigures, type Figure, type MeasurementEvidence } from '../knowledge/figures/index.js';
import type { EvidenceRow, Store } from '../store/index.js';
import { curateEvidence, readCuration } from './curate-evidence.js';

export function measurementEvidence(row: EvidenceRow): MeasurementEvidence | null {
  if (row.kind !== 'measurement') return null;
  const { indicator, label, value, unit, qualifier, period, from, to } = row.fact;
  return {
    source: {
      fact: row.id, document: row.documentId, file: row.file, outlet: row.outlet, published: row.published,
      story: row.story, quote: row.quote, span: row.span,
    },
    indicator, value, unit, qualifier, period, documentPair: row.countryPair,
    ...(label !== undefined && { label }), ...(from !== undefined && { from }), ...(to !== undefined && { to }),
  };
}

/** Figures with curators' decisions applied: to the facts first, then to the figures (merged, rejected, corrected). */
export async function readFigures(store: Store, indicator?: string): Promise<Figure[]> {
  const curation = await readCuration(store);
  const rows = curateEvidence(await store.listEvidence({ kind: 'measurement', indicator }), curation);
  return curateFigures(rows.flatMap((row) => measurementEvidence(row) ?? []), curation);
}

export function curateFigures(evidence: readonly MeasurementEvidence[], curation: Curation): Figure[] {
  return reconcileFigures(evidence, (item) => curation.canonical(figureKey(item)))
    .filter((figure) => !curation.isRejected(figure.key))
    .map((figure) => curation.corrected(figure.key, figure));
}
