// The wording of a text as a set of word shingles: case, accents, punctuation and the digits of numbers
// are folded away, so a copy that differs in layout or in how a figure is written still shares its shingles.
import { fnv1a } from './minhash.js';

/** Letters stay; every run of digits becomes the one word "0". Accents and stress marks are dropped. */
export function storyWords(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.match(/\p{L}+|\p{N}+/gu)?.map((word) => (/^\p{N}/u.test(word) ? '0' : word)) ?? [];
}

/** Hashes of the distinct runs of `size` consecutive words; a text shorter than that is one shingle. */
export function shingleHashes(words: readonly string[], size: number): Set<number> {
  const hashes = new Set<number>();
  if (words.length === 0) return hashes;
  const last = Math.max(0, words.length - size);
  for (let i = 0; i <= last; i++) hashes.add(fnv1a(words.slice(i, i + size).join(' ')));
  return hashes;
}
