// Exports of the stored facts as CSV, JSON or JSON Lines, and of people as Popolo JSON. Streams page by page
// so a large store is never held in memory; the same store always gives a byte-identical export.
import type { Store, FactRow } from '../../store/index.js';
import { csvLine } from './csv.js';
import { toPopolo } from './popolo.js';
import { COLUMNS, STORE_KIND, toRecord, type ExportKind } from './records.js';

export { EXPORT_KINDS, type ExportKind } from './records.js';
export { exportJsonSchema } from './schema.js';

export const EXPORT_FORMATS = ['csv', 'json', 'jsonl', 'popolo'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const PAGE = 2000;

async function* factRows(store: Store, kind: ExportKind): AsyncGenerator<FactRow> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listFacts({ kind: STORE_KIND[kind], limit: PAGE, offset });
    yield* page.items;
    if (page.items.length < PAGE) return;
  }
}

/** The export as chunks of text, in order. "popolo" exports people whatever the kind. */
export async function* exportChunks(store: Store, kind: ExportKind, format: ExportFormat): AsyncGenerator<string> {
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
  for await (const row of factRows(store, kind)) {
    const record = toRecord(kind, row);
    if (format === 'csv') yield csvLine(columns.map((c) => record[c]));
    else if (format === 'jsonl') yield JSON.stringify(record) + '\n';
    else {
      yield (first ? '\n' : ',\n') + JSON.stringify(record);
      first = false;
    }
  }
  if (format === 'json') yield '\n]}\n';
}
