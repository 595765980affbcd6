// Figures read from the store: stored measurements, as evidence with their story and pair, reconciled.
import { reconcileFigures, type Figure, type MeasurementEvidence } from '../knowledge/figures/index.js';
import type { EvidenceRow, Store } from '../store/index.js';

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

export async function readFigures(store: Store, indicator?: string): Promise<Figure[]> {
  const rows = await store.listEvidence({ kind: 'measurement', indicator });
  return reconcileFigures(rows.flatMap((row) => measurementEvidence(row) ?? []));
}
