// Generated stories and their copies, for scale tests and benchmarks: which documents are one story is
// known by construction. Deterministic for a seed.
import type { Lang } from '../../core/index.js';

export interface SyntheticDocument {
  id: string;
  text: string;
  lang: Lang;
  published: string;
}

export interface SyntheticCorpus {
  documents: SyntheticDocument[];
  /** The ids of each story with more than one document, as generated. */
  stories: string[][];
}

type CopyKind = 'syndicated' | 'cut' | 'reordered' | 'edited' | 'translated';
const COPY_KINDS: readonly CopyKind[] = ['syndicated', 'cut', 'reordered', 'edited', 'translated'];

function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ba', 'ko', 'ri', 'tan', 'mu', 'sel', 'dor', 'vi', 'ga', 'nes', 'lu', 'pra', 'zem', 'ot', 'ki'];

/** Roughly `documents` documents: stories with zero to four copies each, of every kind of copy. */
export function syntheticCorpus(documents: number, seed = 1): SyntheticCorpus {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const vocabulary = Array.from({ length: 3000 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''));
  // Cubing skews the draw towards the first words, as real text leans on a few common ones.
  const word = (): string => vocabulary[Math.floor(random() ** 3 * vocabulary.length)];
  const sentence = (): string[] => Array.from({ length: 8 + Math.floor(random() * 12) }, word);

  const corpus: SyntheticCorpus = { documents: [], stories: [] };
  for (let story = 0; corpus.documents.length < documents; story++) {
    const figures = { percent: 1 + Math.floor(random() * 999) / 10, billions: 1 + Math.floor(random() * 99) / 10,
      thousands: 100 + Math.floor(random() * 900) };
    const english = [
      `Trade grew by ${figures.percent} percent to $${figures.billions} billion`.split(' '),
      `with ${figures.thousands},000 tonnes shipped`.split(' '),
      ...Array.from({ length: 6 + Math.floor(random() * 8) }, sentence),
    ];
    const day = Date.UTC(2020, 0, 1) + Math.floor(random() * 1800) * 86_400_000;
    const ids = [`s${story}`];
    const add = (id: string, sentences: string[][], lang: Lang, daysLater: number): void => {
      const text = sentences.map((words) => `${words.join(' ')}.`).join(' ');
      corpus.documents.push({ id, text, lang, published: new Date(day + daysLater * 86_400_000).toISOString().slice(0, 10) });
    };
    add(ids[0], english, 'en', 0);
    const copies = Math.floor(random() * 5);
    for (let copy = 0; copy < copies; copy++) {
      const kind = pick(COPY_KINDS);
      const id = `s${story}-${copy}-${kind}`;
      ids.push(id);
      const daysLater = Math.floor(random() * 6);
      if (kind === 'translated') {
        const russian = `Товарооборот вырос на ${String(figures.percent).replace('.', ',')} процента до ` +
          `${String(figures.billions).replace('.', ',')} млрд долларов при ${figures.thousands} тыс. тонн`;
        add(id, [russian.split(' '), ...Array.from({ length: 5 }, sentence)], 'ru', daysLater);
      } else add(id, copyOf(english, kind, random, sentence, word), 'en', daysLater);
    }
    if (ids.length > 1) corpus.stories.push(ids);
  }
  return corpus;
}

function copyOf(
  sentences: string[][],
  kind: Exclude<CopyKind, 'translated'>,
  random: () => number,
  sentence: () => string[],
  word: () => string,
): string[][] {
  switch (kind) {
    case 'syndicated':
      return [sentence().slice(0, 6), ...sentences, sentence()];
    case 'cut':
      return sentences.slice(0, Math.ceil(sentences.length * 0.7));
    case 'reordered':
      return sentences.map((words) => ({ words, key: random() })).sort((a, b) => a.key - b.key).map(({ words }) => words);
    case 'edited':
      return sentences.map((words) => words.map((original) => (random() < 0.03 ? word() : original)));
  }
}
