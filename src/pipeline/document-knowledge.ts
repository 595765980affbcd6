// What the knowledge stage adds to a document as it is stored: its country pair and story signature, and
// the policy by which the store matches copies (matchStory) and names a story after its canonical copy.
import { isLang, type Lang, type SourceDocument } from '../core/index.js';
import { findPlaces } from '../extract/places/countries.js';
import { documentPair } from '../extract/facts/measurements/pair.js';
import {
  GROUP_DEFAULTS, matchStory, storySignature, toStory, SIGNATURE_VERSION, type StoryItem, type StorySignature,
} from '../knowledge/stories/index.js';
import type { DocumentKnowledge, SaveKnowledge, Store, StoryCopy, StoryPolicy } from '../store/index.js';

/** The signatures the store hands back are the ones this module gave it, checked by version on the way in. */
const asItem = (copy: StoryCopy): StoryItem => ({
  id: copy.id, signature: copy.signature as StorySignature, published: copy.published, length: copy.length,
});

export const STORY_POLICY: StoryPolicy = {
  bucketLimit: GROUP_DEFAULTS.bucketLimit,
  match: (newcomer, canonical) => matchStory(asItem(canonical), asItem(newcomer), GROUP_DEFAULTS)?.similarity ?? null,
  settle: (copies) => {
    const story = toStory(copies.map(asItem), GROUP_DEFAULTS);
    const similarity = new Map(copies.map((copy) => {
      if (copy.id === story.canonical) return [copy.id, 1] as const;
      const canonical = copies.find((other) => other.id === story.canonical)!;
      return [copy.id, matchStory(asItem(canonical), asItem(copy), GROUP_DEFAULTS)?.similarity ?? 0] as const;
    }));
    return { story: story.story, canonical: story.canonical, similarity };
  },
};

export function documentKnowledge(text: string, lang: Lang): DocumentKnowledge {
  const pair = documentPair(findPlaces(text));
  return {
    countryPair: pair ? ([...pair].sort() as [string, string]) : null,
    signature: storySignature(text, lang),
  };
}

/** A document's knowledge; the language is the extraction's where ingest could not tell. */
export function knowledgeOf(document: SourceDocument, extractedLang: Lang): DocumentKnowledge {
  return documentKnowledge(document.text, document.lang === 'und' ? extractedLang : document.lang);
}

/** The knowledge to save with a document, with the policy by which the store places it among stories. */
export function knowledgeToSave(document: SourceDocument, extractedLang: Lang): SaveKnowledge {
  return { knowledge: knowledgeOf(document, extractedLang), policy: STORY_POLICY };
}

/**
 * Gives knowledge to stored documents that lack it (stored before stories existed, or with an older
 * signature), one transaction each, oldest first so that canonical copies settle as they would have.
 */
export async function completeKnowledge(store: Store): Promise<number> {
  const pending = await store.documentsWithoutKnowledge(SIGNATURE_VERSION);
  for (const id of pending) {
    const document = await store.getDocument(id);
    if (!document) continue;
    const lang = isLang(document.lang) ? document.lang : 'und';
    await store.attachKnowledge(id, { knowledge: documentKnowledge(document.text, lang), policy: STORY_POLICY });
  }
  return pending.length;
}
