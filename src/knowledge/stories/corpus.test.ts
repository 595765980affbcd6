// The corpus pairs, as the dev index and the seeds' notes give them: every known copy is grouped, nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLang } from '../../core/index.js';
import { groupStories, storySignature, type StoryItem } from './index.js';

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);

interface IndexEntry {
  file: string;
  lang: string;
  published: string | null;
}

function corpusItems(): StoryItem[] {
  const index = new Map<string, IndexEntry>(
    readFileSync(new URL('dev/index.jsonl', CORPUS), 'utf8').trim().split('\n')
      .map((line) => JSON.parse(line) as IndexEntry)
      .map((entry) => [entry.file, entry]),
  );
  return ['seeds', 'dev'].flatMap((folder) =>
    readdirSync(new URL(folder, CORPUS)).filter((file) => file.endsWith('.txt')).map((file) => {
      const text = readFileSync(new URL(`${folder}/${file}`, CORPUS), 'utf8');
      const entry = index.get(file);
      const lang = isLang(entry?.lang) ? entry.lang : 'en';
      return { id: file.slice(0, 4), signature: storySignature(text, lang), published: entry?.published ?? null, length: text.length };
    }));
}

const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

const multiples = (items: StoryItem[]): string[][] =>
  groupStories(items).filter((story) => story.documents.length > 1).map((story) => [...story.documents].sort());

describe('stories in the corpus (seeds and dev)', () => {
  it('groups exactly the known copies: 000/001, d107/d108, d110/d111, d201/d202', () => {
    expect(multiples(corpusItems())).toEqual([
      ['000_', '001_'],
      ['d107', 'd108'],
      ['d110', 'd111'],
      ['d201', 'd202'],
    ]);
  });

  it('adds translations to their stories: d110 into Russian, d201 into English', () => {
    const translations: StoryItem[] = [
      { id: 'd110-ru', signature: storySignature(fixture('d110-translated-ru.txt'), 'ru') },
      { id: 'd201-en', signature: storySignature(fixture('d201-translated-en.txt'), 'en') },
    ];
    expect(multiples([...corpusItems(), ...translations])).toEqual([
      ['000_', '001_'],
      ['d107', 'd108'],
      ['d110', 'd110-ru', 'd111'],
      ['d201', 'd201-en', 'd202'],
    ]);
  });
});
