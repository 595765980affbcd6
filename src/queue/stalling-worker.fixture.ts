// A worker for the queue test that dies badly: it stores its first batch of documents, says so, and then hangs
// before telling the queue, so that the test can kill it (-9) at the worst moment.
import { IngestQueue, type QueueSettings } from './ingest-queue.js';
import { openStore } from '../store/index.js';

const settings = JSON.parse(process.env.CONCORD_TEST_QUEUE_SETTINGS!) as Partial<QueueSettings>;
const store = await openStore({ databaseUrl: process.env.CONCORD_TEST_DATABASE_URL! });
const queue = await IngestQueue.open(process.env.CONCORD_TEST_DATABASE_URL!, settings);
const stalling = {
  ...store,
  saveDocuments: async (items: Parameters<typeof store.saveDocuments>[0]) => {
    await store.saveDocuments(items);
    process.stdout.write('stored\n');
    return new Promise<never>(() => {});
  },
};
await queue.work(stalling);
