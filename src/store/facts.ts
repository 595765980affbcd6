// The facts repository: a document's facts as rows (bulk-inserted with its document), and the fact
// listing with its filters. Indicator, period and parties are indexed copies of what the fact says.
import type { Span } from '../core/span.js';
import type { EventFact, Instrument, Measurement, Person } from '../core/facts.js';
import { FACT_KINDS, type Extraction, type FactKind } from '../core/extraction.js';
import { stableId } from '../core/ids.js';
import { StoreError } from '../core/errors.js';
import { daysOf, parsePeriodFilter, type DayRange } from './period.js';
import { Conditions, pageBounds, type Page, type PageRequest, type Queryable } from './sql.js';

export type KindedFact =
  | { kind: 'measurement'; fact: Measurement }
  | { kind: 'instrument'; fact: Instrument }
  | { kind: 'event'; fact: EventFact }
  | { kind: 'person'; fact: Person };

export type FactRow = KindedFact & {
  id: string;
  documentId: string;
  file: string;
  outlet: string | null;
  published: string | null;
  quote: string | null;
  span: Span | null;
};

export interface FactFilter extends PageRequest {
  kind?: FactKind;
  indicator?: string;
  /** A year "2021", month, day or range "2021-01-01..2021-12-31": facts whose period or date overlaps it. */
  period?: string;
  /** A country code ("AZ"): facts with it as origin, destination, party or a person's country. */
  party?: string;
  /** A document id or file name. */
  document?: string;
}

/** One fact as the facts table's columns; the shape jsonb_to_recordset reads. */
export interface FactRecord {
  id: string;
  kind: FactKind;
  ordinal: number;
  data: Record<string, unknown>;
  quote: string | null;
  span_start: number | null;
  span_end: number | null;
  indicator: string | null;
  period_start: string | null;
  period_end: string | null;
  parties: string[];
}

export function kindedFacts(extraction: Extraction): KindedFact[] {
  return [
    ...extraction.measurements.map((fact) => ({ kind: 'measurement' as const, fact })),
    ...extraction.instruments.map((fact) => ({ kind: 'instrument' as const, fact })),
    ...extraction.events.map((fact) => ({ kind: 'event' as const, fact })),
    ...extraction.people.map((fact) => ({ kind: 'person' as const, fact })),
  ];
}

/** The column list jsonb_to_recordset needs to read FactRecords back as rows. */
export const FACT_RECORD_COLUMNS = `id text, kind text, ordinal integer, data jsonb, quote text,
  span_start integer, span_end integer, indicator text, period_start date, period_end date, parties text[]`;

/** A document's facts as rows of the facts table, numbered within each kind; stored with the document. */
export function factRecords(documentId: string, extraction: Extraction): FactRecord[] {
  const ordinals = new Map<FactKind, number>();
  return kindedFacts(extraction).map((item) => {
    const ordinal = ordinals.get(item.kind) ?? 0;
    ordinals.set(item.kind, ordinal + 1);
    return factRecord(documentId, ordinal, item);
  });
}

function factRecord(documentId: string, ordinal: number, item: KindedFact): FactRecord {
  const { quote, span, ...data } = item.fact;
  const period = periodOf(item);
  return {
    id: stableId('f', documentId, item.kind, ordinal),
    kind: item.kind,
    ordinal,
    data,
    quote: quote ?? null,
    span_start: span ? span[0] : null,
    span_end: span ? span[1] : null,
    indicator: item.kind === 'measurement' ? item.fact.indicator : null,
    period_start: period.start,
    period_end: period.end,
    parties: partiesOf(item),
  };
}

/** When a fact holds: a measurement's period, an event's date(s), an instrument's signing date. */
export function periodOf(item: KindedFact): DayRange {
  switch (item.kind) {
    case 'measurement': {
      const period = item.fact.period;
      return { start: daysOf(period?.start)?.start ?? null, end: daysOf(period?.end)?.end ?? null };
    }
    case 'event': {
      const { date, end_date: endDate, period } = item.fact;
      const days = period ? { start: daysOf(period.start)?.start, end: daysOf(period.end)?.end } : daysOf(date);
      return { start: days?.start ?? null, end: daysOf(endDate)?.end ?? days?.end ?? null };
    }
    case 'instrument': {
      const days = daysOf(item.fact.signed_on);
      return { start: days?.start ?? null, end: days?.end ?? null };
    }
    case 'person':
      return { start: null, end: null };
  }
}

/** Countries a fact concerns; a subdivision ("RU-AST") also counts for its country. */
export function partiesOf(item: KindedFact): string[] {
  const codes: (string | null | undefined)[] =
    item.kind === 'measurement' ? [item.fact.from, item.fact.to, item.fact.scope]
      : item.kind === 'instrument' ? item.fact.parties
        : item.kind === 'person' ? [item.fact.country]
          : [];
  const parties = new Set<string>();
  for (const code of codes) {
    if (!code) continue;
    parties.add(code);
    parties.add(code.split('-')[0]);
  }
  return [...parties];
}

const FACT_COLUMNS = `
  f.id, f.document_id, d.file, d.outlet, to_char(d.published, 'YYYY-MM-DD') AS published,
  f.kind, f.data, f.quote, f.span_start, f.span_end`;

/** Newest documents first; within a document, in the order of the text. */
const FACT_ORDER = 'ORDER BY d.published DESC NULLS LAST, d.id, f.span_start NULLS LAST, f.kind, f.ordinal';

export async function listFacts(db: Queryable, filter: FactFilter = {}): Promise<Page<FactRow>> {
  const { limit, offset } = pageBounds(filter);
  const where = factConditions(filter);
  const from = `FROM facts f JOIN documents d ON d.id = f.document_id ${where.toSql()}`;
  // Every fact has its document: the count needs the join only to filter by document.
  const counted = filter.document === undefined ? `FROM facts f ${where.toSql()}` : from;
  const count = await db.query<{ total: number }>(`SELECT count(*)::integer AS total ${counted}`, where.params);
  const rows = await db.query<FactSqlRow>(
    `SELECT ${FACT_COLUMNS} ${from} ${FACT_ORDER} LIMIT ${where.param(limit)} OFFSET ${where.param(offset)}`,
    where.params);
  return { items: rows.rows.map(toFactRow), total: count.rows[0].total, limit, offset };
}

/** All facts of one document, in the order of its text. */
export async function documentFacts(db: Queryable, documentId: string): Promise<FactRow[]> {
  const rows = await db.query<FactSqlRow>(
    `SELECT ${FACT_COLUMNS} FROM facts f JOIN documents d ON d.id = f.document_id
     WHERE f.document_id = $1 ${FACT_ORDER}`, [documentId]);
  return rows.rows.map(toFactRow);
}

function factConditions(filter: FactFilter): Conditions {
  const where = new Conditions();
  if (filter.kind !== undefined) {
    if (!FACT_KINDS.includes(filter.kind)) {
      throw new StoreError('invalid_filter', `kind "${filter.kind}": expected one of ${FACT_KINDS.join(', ')}`);
    }
    where.add(`f.kind = ${where.param(filter.kind)}`);
  }
  if (filter.indicator !== undefined) where.add(`f.indicator = ${where.param(filter.indicator)}`);
  if (filter.period !== undefined) {
    const { start, end } = parsePeriodFilter(filter.period);
    // A null bound is open on that side; a fact with no dates at all has no period to overlap.
    where.add(`(f.period_start IS NOT NULL OR f.period_end IS NOT NULL)`);
    where.add(`(f.period_start IS NULL OR f.period_start <= ${where.param(end)}::date)`);
    where.add(`(f.period_end IS NULL OR f.period_end >= ${where.param(start)}::date)`);
  }
  if (filter.party !== undefined) where.add(`f.parties @> ARRAY[${where.param(filter.party)}]::text[]`);
  if (filter.document !== undefined) {
    const document = where.param(filter.document);
    where.add(`(d.id = ${document} OR d.file = ${document})`);
  }
  return where;
}

interface FactSqlRow {
  id: string;
  document_id: string;
  file: string;
  outlet: string | null;
  published: string | null;
  kind: FactKind;
  data: Record<string, unknown>;
  quote: string | null;
  span_start: number | null;
  span_end: number | null;
}

function toFactRow(row: FactSqlRow): FactRow {
  const span: Span | null = row.span_start === null ? null : [row.span_start, row.span_end!];
  const cited = { ...(row.quote !== null && { quote: row.quote }), ...(span && { span }) };
  return {
    id: row.id,
    documentId: row.document_id,
    file: row.file,
    outlet: row.outlet,
    published: row.published,
    kind: row.kind,
    fact: { ...row.data, ...cited },
    quote: row.quote,
    span,
  } as FactRow;
}
