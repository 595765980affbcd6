// Exports of the stored facts as CSV, JSON or JSON Lines, and of people as Popolo JSON. Facts stream page by
// page so a large store is never held in memory; series, plans and timeline are built from read models. The
// same store always gives a byte-identical export.
import { measurementEvidence } from '../../pipeline/read-figures.js';
import { reconcileFigures } from '../../knowledge/figures/index.js';
import type { Store, FactRow } from '../../store/index.js';
import { csvLine } from './csv.js';
import { planRecords, seriesRecords, timelineRecords } from './derived.js';
import { toPopolo } from './popolo.js';
import { COLUMNS, STORE_KIND, toRecord, type ExportKind, type ExportRecord, type FactExportKind } from './records.js';

export { EXPORT_KINDS, type ExportKind } from './records.js';
export { exportJsonSchema } from './schema.js';

export const EXPORT_FORMATS = ['csv', 'json', 'jsonl', 'popolo'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const PAGE = 2000;

export interface ExportOptions {
  /** The day plan statuses are judged on; by default the latest publication day in the store. */
  asOf?: string;
}

async function* factRows(store: Store, kind: FactExportKind): AsyncGenerator<FactRow> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listFacts({ kind: STORE_KIND[kind], limit: PAGE, offset });
    yield* page.items;
    if (page.items.length < PAGE) return;
  }
}

async function* records(store: Store, kind: ExportKind, options: ExportOptions): AsyncGenerator<ExportRecord> {
  switch (kind) {
    case 'series': {
      const rows = await store.listEvidence({ kind: 'measurement' });
      yield* seriesRecords(reconcileFigures(rows.flatMap((row) => measurementEvidence(row) ?? [])));
      return;
    }
    case 'plans': {
      const latest = options.asOf ?? (await store.listDocuments({ limit: 1 })).items[0]?.published ?? null;
      const plans = await Promise.all((await store.plans.list()).map(async (summary) => ({
        plan: (await store.plans.get(summary.id))!, links: await store.plans.links(summary.id),
      })));
      yield* planRecords(plans, (plan) => latest ?? plan.period.start);
      return;
    }
    case 'timeline': {
      const [events, instruments] = await Promise.all([store.listEvidence({ kind: 'event' }), store.listEvidence({ kind: 'instrument' })]);
      yield* timelineRecords([...events, ...instruments]);
      return;
    }
    default:
      for await (const row of factRows(store, kind)) yield toRecord(kind, row);
  }
}

/** The export as chunks of text, in order. "popolo" exports people whatever the kind. */
export async function* exportChunks(store: Store, kind: ExportKind, format: ExportFormat, options: ExportOptions = {}): AsyncGenerator<string> {
  if (format === 'popolo') {
    const people: FactRow[] = [];
    for await (const row of factRows(store, 'people')) people.push(row);
    yield JSON.stringify(toPopolo(people), null, 2) + '\n';
    return;
  }
  const columns = COLUMNS[kind];
  if (format === 'csv') yield csvLine(columns);
  if (format === 'json') yield `{"kind":${JSON.stringify(kind)},"columns":${JSON.stringify(columns)},"items":[`;
  let first = true;
  for await (const record of records(store, kind, options)) {
    if (format === 'csv') yield csvLine(columns.map((c) => record[c]));
    else if (format === 'jsonl') yield JSON.stringify(record) + '\n';
    else {
      yield (first ? '\n' : ',\n') + JSON.stringify(record);
      first = false;
    }
  }
  if (format === 'json') yield '\n]}\n';
}
