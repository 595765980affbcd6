// Read models kept fresh: rebuilt only when something they are built from has changed, once for callers that
// come together, and again after a change that commits while a rebuild is reading.
import { describe, expect, it } from 'vitest';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { cite, emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';
import type { ReadModelName, Store } from '../store/index.js';
import { readPeople } from './read-entities.js';
import { listed } from './read-model-rows.js';
import { freshModel, READ_MODELS, refreshReadModels, settledModels } from './read-models.js';

const TEXT = 'Deputy Prime Minister Shahin Mustafayev met Alexei Overchuk in Baku.';

/** The store with the rebuilds it writes counted, and its evidence reads optionally made to do something first. */
function instrumented(store: Store, beforeEvidence?: () => Promise<void>) {
  const rebuilt: ReadModelName[] = [];
  const wrapped: Store = {
    ...store,
    listEvidence: async (filter) => {
      await beforeEvidence?.();
      return store.listEvidence(filter);
    },
    readModels: {
      ...store.readModels,
      replace: (async (name, rows, snapshot) => {
        rebuilt.push(name);
        await store.readModels.replace(name, rows, snapshot);
      }) as Store['readModels']['replace'],
    },
  };
  return { store: wrapped, rebuilt };
}

describe.each(engines)('fresh read models on %s', (engine) => {
  const db = useTestStore(engine);

  async function storePerson(name: string, text = `${TEXT} ${name}.`): Promise<void> {
    await db().store.saveDocument(sourceDocument(text), emptyExtraction({
      people: [{ name, role: null, country: 'AZ', ...cite(text, name) }],
    }));
  }

  it('rebuilds every stale model once, and none while nothing changes', async () => {
    const { store, rebuilt } = instrumented(db().store);
    expect(await refreshReadModels(store)).toEqual([...READ_MODELS]);
    expect(await refreshReadModels(store)).toEqual([]);
    await storePerson('Shahin Mustafayev');
    expect(await freshModel(store, 'people')).toBe(true);
    expect(await freshModel(store, 'people')).toBe(false);
    expect(rebuilt).toEqual([...READ_MODELS, 'people']);
    expect((await store.readModels.people({})).items).toEqual((await readPeople(db().store)).map(listed));
  });

  it('lets callers that come together wait for one rebuild', async () => {
    await storePerson('Shahin Mustafayev');
    const { store, rebuilt } = instrumented(db().store);
    const started = await Promise.all(Array.from({ length: 5 }, () => freshModel(store, 'people')));
    expect(started.filter(Boolean)).toHaveLength(1);
    expect(rebuilt).toEqual(['people']);
  });

  it('leaves a model stale when a change commits while the rebuild reads, and picks the change up next time', async () => {
    let writes = 0;
    const { store, rebuilt } = instrumented(db().store, async () => {
      if (writes++ === 0) await storePerson('Alexei Overchuk');
    });
    await freshModel(store, 'people');
    expect((await store.readModels.state('people')).stale).toBe(true);
    await freshModel(store, 'people');
    expect(rebuilt).toEqual(['people', 'people']);
    expect((await store.readModels.person((await readPeople(db().store))[0].id))).not.toBeNull();
    expect((await store.readModels.state('people')).stale).toBe(false);
  });

  it('serves a model that rebuilds slowly as it stands while it is rebuilt, and the change once rebuilt', async () => {
    const { store, rebuilt } = instrumented(db().store);
    const slow = { serveStaleAfterMs: -1 };
    await storePerson('Shahin Mustafayev');
    expect(await freshModel(store, 'people', slow)).toBe(true);
    const names = async () => (await store.readModels.people({})).items.map((person) => person.name);
    expect(await names()).toEqual(['Shahin Mustafayev']);
    await storePerson('Alexei Overchuk');
    expect(await freshModel(store, 'people', slow)).toBe(true);
    expect(await names()).toEqual(['Shahin Mustafayev']);
    await settledModels(store);
    expect((await names()).sort()).toEqual(['Alexei Overchuk', 'Shahin Mustafayev']);
    expect(await freshModel(store, 'people')).toBe(false);
    expect(rebuilt).toEqual(['people', 'people']);
  });

  it('fails every caller waiting on a rebuild that fails, and tries again on the next call', async () => {
    let fail = true;
    const { store } = instrumented(db().store, async () => {
      if (fail) throw new Error('evidence unavailable');
    });
    const calls = await Promise.allSettled([freshModel(store, 'people'), freshModel(store, 'people')]);
    expect(calls.map((call) => call.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await freshModel(store, 'people')).toBe(true);
  });
});
