// The read models repository: the figures, people, instruments, timeline and review queue as rows, each
// model replaced whole in one transaction with the snapshot it was read in, and paged with WHERE, ORDER BY,
// LIMIT and a count. A model is stale once a change to the stored facts, stories, curators' decisions or plan
// links has committed outside its snapshot (see migration 0008).
import type pg from 'pg';
import type { Figure } from '../knowledge/figures/index.js';
import type { InstrumentEntity, PersonEntity } from '../knowledge/entities/index.js';
import type { TimelineEntry } from '../knowledge/timeline/index.js';
import type { Engine } from './open.js';
import { Conditions, inTransaction, pageBounds, type Page, type PageRequest, type Queryable } from './sql.js';

export const READ_MODELS = ['figures', 'people', 'instruments', 'timeline', 'review'] as const;
export type ReadModelName = typeof READ_MODELS[number];

/** Rows carry the item as the API answers it (`data`) and copies of what the API filters and orders by. */
export interface FigureRow {
  key: string;
  indicator: string;
  pair: string | null;
  unit: string;
  /** Place in an indicator's series: oldest period first. */
  seriesPosition: number;
  /** Place among the conflicts, latest period first; null when the sources agree. */
  conflictPosition: number | null;
  data: Figure;
}

/** How people and instruments are listed: most cited first (the model's order), or by name. */
export const ENTITY_SORTS = ['mentions', 'name'] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];

/** An item as lists show it: only its newest sources, and how many it has in all. */
export type Listed<T extends { sources: unknown[] }> = T & { sourceCount: number };

export interface PersonRow {
  position: number;
  id: string;
  /** Every spelling in lower case. */
  names: string[];
  /** Country codes without subdivisions. */
  countries: string[];
  data: PersonEntity;
  listed: Listed<PersonEntity>;
}

export interface InstrumentRow {
  position: number;
  id: string;
  type: string;
  /** Parties' country codes without subdivisions. */
  parties: string[];
  signedYear: number | null;
  data: InstrumentEntity;
  listed: Listed<InstrumentEntity>;
}

export interface TimelineRow {
  position: number;
  id: string;
  type: string;
  pairs: string[];
  /** The countries of the pairs. */
  parties: string[];
  /** Areas of cooperation the entry speaks of. */
  areas: string[];
  date: string | null;
  data: TimelineEntry;
}

export interface ReviewRow {
  position: number;
  kind: 'conflict' | 'fact' | 'link';
  id: string;
  data: object;
}

export interface ReadModelRows {
  figures: FigureRow[];
  people: PersonRow[];
  instruments: InstrumentRow[];
  timeline: TimelineRow[];
  review: ReviewRow[];
}

export interface ReadModelState {
  built: boolean;
  /** A change has committed since the model was read, or it was never built. */
  stale: boolean;
  builtAt: string | null;
  items: number;
}

export interface TimelineRowFilter {
  /** ISO day: entries on or after it, at their own precision. */
  from?: string;
  to?: string;
  type?: string;
  /** "RU-AZ" in either order. */
  pair?: string;
  /** A country code ("AZ"): entries concerning it. */
  party?: string;
  /** An area of cooperation ("energy"). */
  area?: string;
}

export interface ReadModelsRepository {
  /** What is committed now, as a snapshot to record with a model built from what is read after it. */
  snapshot(): Promise<string>;
  state(name: ReadModelName): Promise<ReadModelState>;
  /** Replaces the model's rows and records the snapshot they were read in, in one transaction. */
  replace<N extends ReadModelName>(name: N, rows: ReadModelRows[N], snapshot: string): Promise<void>;
  /** One indicator's figures, oldest period first, and the units they come in (in that order). */
  /** Oldest period first; with `latest`, the page ends at the newest figure (its offset counts back from there). */
  indicatorSeries(indicator: string, filter: { pair?: string; unit?: string }, page?: PageRequest & { latest?: boolean }): Promise<Page<Figure> & { units: string[] }>;
  /** Figures whose sources disagree, latest period first. */
  conflicts(filter: { indicator?: string; pair?: string }, page?: PageRequest): Promise<Page<Figure>>;
  people(filter: { name?: string; country?: string; sort?: EntitySort }, page?: PageRequest): Promise<Page<Listed<PersonEntity>>>;
  person(id: string): Promise<PersonEntity | null>;
  instruments(filter: { type?: string; party?: string; year?: number; sort?: EntitySort }, page?: PageRequest): Promise<Page<Listed<InstrumentEntity>>>;
  instrument(id: string): Promise<InstrumentEntity | null>;
  timeline(filter: TimelineRowFilter, page?: PageRequest): Promise<Page<TimelineEntry>>;
  reviewQueue<T>(kind: ReviewRow['kind'] | undefined, page?: PageRequest): Promise<Page<T>>;
}

export function readModelsRepository(pool: pg.Pool, engine: Engine): ReadModelsRepository {
  return {
    snapshot: () => currentSnapshot(pool),
    state: (name) => modelState(pool, name),
    replace: (name, rows, snapshot) => inTransaction(pool, (tx) => replaceModel(tx, engine, name, rows, snapshot)),
    indicatorSeries: (indicator, filter, page) => indicatorSeries(pool, indicator, filter, page),
    conflicts: (filter, page) => conflicts(pool, filter, page),
    people: (filter, page) => people(pool, filter, page),
    person: (id) => oneById<PersonEntity>(pool, 'person_rows', id),
    instruments: (filter, page) => instruments(pool, filter, page),
    instrument: (id) => oneById<InstrumentEntity>(pool, 'instrument_rows', id),
    timeline: (filter, page) => timeline(pool, filter, page),
    reviewQueue: (kind, page) => reviewQueue(pool, kind, page),
  };
}

async function currentSnapshot(db: Queryable): Promise<string> {
  const found = await db.query<{ snapshot: string }>('SELECT pg_current_snapshot()::text AS snapshot');
  return found.rows[0].snapshot;
}

async function modelState(db: Queryable, name: ReadModelName): Promise<ReadModelState> {
  // Transactions below the snapshot's xmin had all ended when it was taken: only later ones can be unseen.
  const found = await db.query<{ built_at: Date; item_count: number; stale: boolean }>(`
    SELECT s.built_at, s.item_count, EXISTS (
             SELECT 1 FROM knowledge_changes c
             WHERE c.xid >= pg_snapshot_xmin(s.snapshot) AND NOT pg_visible_in_snapshot(c.xid, s.snapshot)) AS stale
    FROM read_model_state s WHERE s.name = $1`, [name]);
  const row = found.rows[0];
  if (!row) return { built: false, stale: true, builtAt: null, items: 0 };
  return { built: true, stale: row.stale, builtAt: row.built_at.toISOString(), items: row.item_count };
}

/** Each model's table and its columns as json_to_recordset reads them, in the order of `record`. */
const TABLES: { [N in ReadModelName]: { table: string; columns: string; record(row: ReadModelRows[N][number]): unknown[] } } = {
  figures: {
    table: 'figure_rows',
    columns: 'key text, indicator text, pair text, unit text, series_position integer, conflict_position integer, data json',
    record: (row) => [row.key, row.indicator, row.pair, row.unit, row.seriesPosition, row.conflictPosition, row.data],
  },
  people: {
    table: 'person_rows',
    columns: 'position integer, id text, names text[], countries text[], data json, listed json',
    record: (row) => [row.position, row.id, row.names, row.countries, row.data, row.listed],
  },
  instruments: {
    table: 'instrument_rows',
    columns: 'position integer, id text, type text, parties text[], signed_year integer, data json, listed json',
    record: (row) => [row.position, row.id, row.type, row.parties, row.signedYear, row.data, row.listed],
  },
  timeline: {
    table: 'timeline_rows',
    columns: 'position integer, id text, type text, pairs text[], parties text[], areas text[], date text, data json',
    record: (row) => [row.position, row.id, row.type, row.pairs, row.parties, row.areas, row.date, row.data],
  },
  review: {
    table: 'review_rows',
    columns: 'position integer, kind text, id text, data json',
    record: (row) => [row.position, row.kind, row.id, row.data],
  },
};

/** Rows are sent in statements of about this many bytes of JSON. */
const CHUNK_BYTES = 4 * 1024 * 1024;

async function replaceModel<N extends ReadModelName>(
  tx: Queryable, engine: Engine, name: N, rows: ReadModelRows[N], snapshot: string,
): Promise<void> {
  const { table, columns, record } = TABLES[name] as unknown as {
    table: string; columns: string; record(row: ReadModelRows[N][number]): unknown[];
  };
  const names = columns.split(',').map((column) => column.trim().split(' ')[0]);
  // Two processes rebuilding one model take turns; the last one's rows and snapshot stand together.
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('concord.read_model'), hashtext($1))`, [name]);
  // PGlite has one connection and no autovacuum: TRUNCATE frees the old rows at once. On a server, DELETE
  // lets other connections go on reading the old rows until this transaction commits.
  await tx.query(engine === 'pglite' ? `TRUNCATE ${table}` : `DELETE FROM ${table}`);
  let chunk: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    // json, not jsonb: `data` keeps its text, so items come back with their keys in the order they had.
    await tx.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM json_to_recordset($1::json) AS r(${columns})`,
      [`[${chunk.join(',')}]`]);
    chunk = [];
    bytes = 0;
  };
  for (const row of rows) {
    const values = record(row);
    const text = JSON.stringify(Object.fromEntries(names.map((column, i) => [column, values[i]])));
    chunk.push(text);
    bytes += text.length;
    if (bytes >= CHUNK_BYTES) await flush();
  }
  await flush();
  await tx.query(`
    INSERT INTO read_model_state (name, snapshot, built_at, item_count) VALUES ($1, $2::pg_snapshot, now(), $3)
    ON CONFLICT (name) DO UPDATE SET snapshot = EXCLUDED.snapshot, built_at = EXCLUDED.built_at, item_count = EXCLUDED.item_count`,
  [name, snapshot, rows.length]);
  // Changes every model has seen can no longer make one stale.
  await tx.query(`
    DELETE FROM knowledge_changes
    WHERE xid < (SELECT min(pg_snapshot_xmin(snapshot)) FROM read_model_state)`);
}

/**
 * A page of `data` from `table` under the conditions, in the order of `position`, with the count of all matches:
 * one statement, so that the count and the page come from one snapshot even while the model is replaced.
 */
/** Alphabetical by a text field of the item, ties in the model's order (a sort key for pageOf). */
const byName = (field: 'name' | 'title') => `lower(data->>'${field}') COLLATE "C", position`;

async function pageOf<T>(
  db: Queryable, table: string, where: Conditions, order: string, request: PageRequest = {}, column = 'data',
): Promise<Page<T>> {
  const { limit, offset } = pageBounds(request);
  // A position column orders the page by itself; another order numbers the page's rows to keep them in it.
  const rank = /^\w+$/.test(order) ? order : `row_number() OVER (ORDER BY ${order})`;
  const rows = await db.query<{ total: number; data: T | null }>(`
    SELECT matched.total, page.data
    FROM (SELECT count(*)::integer AS total FROM ${table} ${where.toSql()}) matched
    LEFT JOIN LATERAL (
      SELECT ${rank} AS rank, ${column} AS data FROM ${table} ${where.toSql()}
      ORDER BY ${order} LIMIT ${where.param(limit)} OFFSET ${where.param(offset)}
    ) page ON true
    ORDER BY page.rank`, where.params);
  return {
    items: rows.rows.flatMap((row) => (row.data === null ? [] : [row.data])),
    total: rows.rows[0]?.total ?? 0, limit, offset,
  };
}

async function indicatorSeries(
  db: Queryable, indicator: string, filter: { pair?: string; unit?: string }, page: PageRequest & { latest?: boolean } = {},
): Promise<Page<Figure> & { units: string[] }> {
  const where = new Conditions();
  where.add(`indicator = ${where.param(indicator)}`);
  if (filter.pair !== undefined) where.add(`pair = ${where.param(filter.pair)}`);
  if (filter.unit !== undefined) where.add(`unit = ${where.param(filter.unit)}`);
  const units = await db.query<{ unit: string }>(
    `SELECT unit FROM figure_rows ${where.toSql()} GROUP BY unit ORDER BY min(series_position)`, where.params);
  const { latest, ...request } = page;
  if (latest) {
    const counted = await db.query<{ total: number }>(`SELECT count(*)::integer AS total FROM figure_rows ${where.toSql()}`, where.params);
    const { limit, offset } = pageBounds(request);
    request.offset = Math.max(0, counted.rows[0].total - offset - (limit ?? counted.rows[0].total));
  }
  const found = await pageOf<Figure>(db, 'figure_rows', where, 'series_position', request);
  return { units: units.rows.map((row) => row.unit), ...found };
}

async function conflicts(db: Queryable, filter: { indicator?: string; pair?: string }, page?: PageRequest): Promise<Page<Figure>> {
  const where = new Conditions();
  where.add('conflict_position IS NOT NULL');
  if (filter.indicator !== undefined) where.add(`indicator = ${where.param(filter.indicator)}`);
  if (filter.pair !== undefined) where.add(`pair = ${where.param(filter.pair)}`);
  return pageOf<Figure>(db, 'figure_rows', where, 'conflict_position', page);
}

async function people(
  db: Queryable, filter: { name?: string; country?: string; sort?: EntitySort }, page?: PageRequest,
): Promise<Page<Listed<PersonEntity>>> {
  const where = new Conditions();
  // A plain substring test (strpos), so that "%" and "_" in a name are only themselves.
  if (filter.name) where.add(`EXISTS (SELECT 1 FROM unnest(names) AS n WHERE strpos(n, ${where.param(filter.name.toLowerCase())}) > 0)`);
  if (filter.country !== undefined) where.add(`countries @> ARRAY[${where.param(filter.country)}::text]`);
  return pageOf<Listed<PersonEntity>>(db, 'person_rows', where, filter.sort === 'name' ? byName('name') : 'position', page, 'listed');
}

async function instruments(
  db: Queryable, filter: { type?: string; party?: string; year?: number; sort?: EntitySort }, page?: PageRequest,
): Promise<Page<Listed<InstrumentEntity>>> {
  const where = new Conditions();
  if (filter.type !== undefined) where.add(`type = ${where.param(filter.type)}`);
  if (filter.party !== undefined) where.add(`parties @> ARRAY[${where.param(filter.party)}::text]`);
  if (filter.year !== undefined) where.add(`signed_year = ${where.param(filter.year)}`);
  return pageOf<Listed<InstrumentEntity>>(db, 'instrument_rows', where, filter.sort === 'name' ? byName('title') : 'position', page, 'listed');
}

async function timeline(db: Queryable, filter: TimelineRowFilter, page?: PageRequest): Promise<Page<TimelineEntry>> {
  const where = new Conditions();
  if (filter.type !== undefined) where.add(`type = ${where.param(filter.type)}`);
  if (filter.pair !== undefined) {
    const pair = filter.pair.toUpperCase().split(/[-–]/).sort().join('-');
    where.add(`pairs @> ARRAY[${where.param(pair)}::text]`);
  }
  if (filter.party !== undefined) where.add(`parties @> ARRAY[${where.param(filter.party.toUpperCase())}::text]`);
  if (filter.area !== undefined) where.add(`areas @> ARRAY[${where.param(filter.area)}::text]`);
  // A date at month or year precision is compared with the bound cut to its own length, so that it overlaps
  // the bound when any day of it could.
  if (filter.from !== undefined) where.add(`date >= left(${where.param(filter.from)}, length(date)) COLLATE "C"`);
  if (filter.to !== undefined) where.add(`date <= left(${where.param(filter.to)}, length(date)) COLLATE "C"`);
  return pageOf<TimelineEntry>(db, 'timeline_rows', where, 'position', page);
}

async function reviewQueue<T>(db: Queryable, kind: ReviewRow['kind'] | undefined, page?: PageRequest): Promise<Page<T>> {
  const where = new Conditions();
  if (kind !== undefined) where.add(`kind = ${where.param(kind)}`);
  return pageOf<T>(db, 'review_rows', where, 'position', page);
}

/** The first row with the id, in the model's order, as a list filtered by id would give it. */
async function oneById<T>(db: Queryable, table: 'person_rows' | 'instrument_rows', id: string): Promise<T | null> {
  const found = await db.query<{ data: T }>(`SELECT data FROM ${table} WHERE id = $1 ORDER BY position LIMIT 1`, [id]);
  return found.rows[0]?.data ?? null;
}
