// Stories kept in the store as documents arrive: candidates by band key, confirmed by matchStory, one story each.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';
import { readdirSync, readFileSync } from 'node:fs';
import { completeKnowledge, knowledgeToSave } from './document-knowledge.js';
import { ingestPaths } from './ingest-documents.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const corpusText = (folder: string, prefix: string): { file: string; text: string } => {
  const file = readdirSync(join(CORPUS, folder)).find((name) => name.startsWith(prefix))!;
  return { file, text: readFileSync(join(CORPUS, folder, file), 'utf8') };
};

const prefixes = (files: string[]) => files.map((file) => file.slice(0, 4)).sort();

describe.each(engines)('stories in the store on %s', (engine) => {
  const db = useTestStore(engine);

  it('groups exactly the known copies of seeds and dev as they are ingested', async () => {
    await ingestPaths(db().store, [join(CORPUS, 'seeds'), join(CORPUS, 'dev')]);
    const stories = await db().store.listStories({ copiesOnly: true });
    expect(stories.map((story) => prefixes(story.documents.map((doc) => doc.file))).sort()).toEqual([
      ['000_', '001_'], ['d107', 'd108'], ['d110', 'd111'], ['d201', 'd202'],
    ]);
    expect((await db().store.listStories()).length).toBe(47 - 4);
  }, 60_000);

  it('names the earliest published copy canonical, whichever arrives first', async () => {
    const letter = corpusText('dev', 'd107');
    const repost = corpusText('dev', 'd108');
    const later = sourceDocument(repost.text, { file: repost.file, published: '2024-03-05' });
    const earlier = sourceDocument(letter.text, { file: letter.file, published: '2024-02-29' });
    for (const doc of [later, earlier]) await db().store.saveDocument(doc, emptyExtraction(), knowledgeToSave(doc, 'en'));
    const [story] = await db().store.listStories({ copiesOnly: true });
    expect(story.documents.map((doc) => doc.file)).toEqual([letter.file, repost.file]);
    expect(story.similarity).toBeGreaterThan(0.6);
  });

  it('places documents stored without knowledge when it is completed', async () => {
    for (const [folder, prefix] of [['seeds', '000_'], ['seeds', '001_'], ['dev', 'd101']] as const) {
      const { file, text } = corpusText(folder, prefix);
      await db().store.saveDocument(sourceDocument(text, { file }), emptyExtraction());
    }
    expect(await db().store.listStories()).toEqual([]);
    expect(await completeKnowledge(db().store)).toBe(3);
    const stories = await db().store.listStories();
    expect(stories.map((story) => prefixes(story.documents.map((doc) => doc.file)))).toEqual([['000_', '001_'], ['d101']]);
    expect(await completeKnowledge(db().store)).toBe(0);
  });
});
