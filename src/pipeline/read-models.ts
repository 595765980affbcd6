// The read models the edges page through, kept fresh: a model is rebuilt from the in-memory reconciliation
// (readFigures, readPeople, readInstruments, readTimeline, the review queue) only when a change to what it is
// built from has committed since it was last read, and one rebuild at a time per model and store in a process:
// requests that find it stale while it is being rebuilt wait for that rebuild.
import { READ_MODELS, type ReadModelName, type ReadModelRows, type Store } from '../store/index.js';
import { readInstruments, readPeople } from './read-entities.js';
import { readFigures } from './read-figures.js';
import { figureRows, instrumentRows, personRows, reviewRows, timelineRows } from './read-model-rows.js';
import { readReviewItems } from './read-review.js';
import { readTimeline } from './read-timeline.js';

export { READ_MODELS, type ReadModelName };

const BUILDERS: { [N in ReadModelName]: (store: Store) => Promise<ReadModelRows[N]> } = {
  figures: async (store) => figureRows(await readFigures(store)),
  people: async (store) => personRows(await readPeople(store)),
  instruments: async (store) => instrumentRows(await readInstruments(store)),
  timeline: async (store) => timelineRows(await readTimeline(store)),
  // The conflicts come from the figures model, brought up to date first, rather than from reconciling every
  // measurement a second time.
  review: async (store) => {
    await freshModel(store, 'figures', { serveStaleAfterMs: Infinity });
    return reviewRows(await readReviewItems(store, (await store.readModels.conflicts({})).items));
  },
};

/**
 * Rebuilds the model whatever its state; returns the number of items. The snapshot is taken before anything
 * is read, so that a change committed while the rebuild reads leaves the model stale, to be rebuilt again.
 */
export async function rebuildModel(store: Store, name: ReadModelName): Promise<number> {
  const snapshot = await store.readModels.snapshot();
  const rows = await BUILDERS[name](store) as ReadModelRows[typeof name];
  await store.readModels.replace(name, rows, snapshot);
  return rows.length;
}

/** Rebuilds under way, per store and model. */
const rebuilding = new WeakMap<Store, Map<ReadModelName, Promise<number>>>();
/** How long each model's last rebuild in this process took, per store. */
const lastBuildMs = new WeakMap<Store, Map<ReadModelName, number>>();

function perStore<T>(map: WeakMap<Store, Map<ReadModelName, T>>, store: Store): Map<ReadModelName, T> {
  let found = map.get(store);
  if (!found) map.set(store, found = new Map());
  return found;
}

/**
 * A model whose rebuild takes longer than this (a large store: minutes at 100k documents) is served as it stands
 * while it is rebuilt, rather than keeping every reader waiting; a smaller one is always rebuilt before it is read.
 */
export const SERVE_STALE_AFTER_MS = 10_000;

export interface FreshOptions {
  /** Serve a built but stale model without waiting when its last rebuild took longer than this. */
  serveStaleAfterMs?: number;
}

/**
 * Makes the model current before it is read: rebuilds it when stale, or waits for the rebuild already under
 * way in this process. Returns whether this call started a rebuild. A change that commits during a rebuild is
 * picked up by the next call, not by waiting callers, so that constant writes never keep a reader waiting. A
 * model known to rebuild slowly is rebuilt in the background and read as it stands meanwhile.
 */
export async function freshModel(store: Store, name: ReadModelName, options: FreshOptions = {}): Promise<boolean> {
  const rebuilds = perStore(rebuilding, store);
  const slow = (lastBuildMs.get(store)?.get(name) ?? 0) > (options.serveStaleAfterMs ?? SERVE_STALE_AFTER_MS);
  const running = rebuilds.get(name);
  if (running) {
    if (!slow) await running;
    return false;
  }
  const { stale, built } = await store.readModels.state(name);
  if (!stale) return false;
  // Another call may have found it stale and started while this one asked.
  const started = rebuilds.get(name);
  if (started) {
    if (!(slow && built)) await started;
    return false;
  }
  const began = performance.now();
  const rebuild = rebuildModel(store, name).finally(() => {
    rebuilds.delete(name);
    perStore(lastBuildMs, store).set(name, performance.now() - began);
  });
  rebuilds.set(name, rebuild);
  if (slow && built) rebuild.catch(() => {}); // a failed background rebuild is tried again by the next read
  else await rebuild;
  return true;
}

/** Waits for the rebuilds under way in this process (those started in the background too). */
export async function settledModels(store: Store): Promise<void> {
  await Promise.allSettled([...perStore(rebuilding, store).values()]);
}

/** Every stale model rebuilt, one after another (after an ingest, plan linking or a curator's decision). */
export async function refreshReadModels(store: Store): Promise<ReadModelName[]> {
  const rebuilt: ReadModelName[] = [];
  // Always waits: the commands that call this finish with every model current.
  for (const name of READ_MODELS) if (await freshModel(store, name, { serveStaleAfterMs: Infinity })) rebuilt.push(name);
  return rebuilt;
}
