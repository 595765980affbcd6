// MinHash: a fixed-size sketch of a set of strings whose agreement rate estimates Jaccard similarity.
// The hash functions are fixed for ever: stored signatures and band keys depend on them (see SIGNATURE_VERSION).

// The slot of an empty set. Agreement on it is not counted, so two empty texts are not alike.
const EMPTY_SLOT = 0xffffffff;

/** FNV-1a over UTF-16 code units: a fast 32-bit string hash, unsigned. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A seeded 32-bit mixer (MurmurHash3's finaliser): each seed acts as one random permutation of 32-bit values. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Seeds derived from their index by the same mixer, so every process hashes alike. */
const SEEDS = Array.from({ length: 256 }, (_, i) => mix(i, 0x5eed5));

/** The MinHash of a set given as 32-bit element hashes: for each seed, the least mixed value. */
export function minHash(hashes: Iterable<number>, size: number): number[] {
  if (size > SEEDS.length) throw new RangeError(`minHash: at most ${SEEDS.length} hash functions`);
  const sketch = new Array<number>(size).fill(EMPTY_SLOT);
  for (const hash of hashes) {
    for (let i = 0; i < size; i++) {
      const value = mix(hash, SEEDS[i]);
      if (value < sketch[i]) sketch[i] = value;
    }
  }
  return sketch;
}

/** The share of slots on which two sketches agree: an unbiased estimate of the sets' Jaccard similarity. */
export function sketchAgreement(a: readonly number[], b: readonly number[]): number {
  const size = Math.min(a.length, b.length);
  if (size === 0) return 0;
  let same = 0;
  for (let i = 0; i < size; i++) if (a[i] === b[i] && a[i] !== EMPTY_SLOT) same++;
  return same / size;
}

/** LSH: one key per band of `rows` consecutive slots; sketches that agree on a whole band share its key. */
export function bandKeys(sketch: readonly number[], rows: number, prefix: string): string[] {
  const keys: string[] = [];
  for (let start = 0, band = 0; start + rows <= sketch.length; start += rows, band++) {
    const slots = sketch.slice(start, start + rows);
    if (slots.includes(EMPTY_SLOT)) continue;
    keys.push(`${prefix}${band}:${fnv1a(slots.join(',')).toString(16).padStart(8, '0')}`);
  }
  return keys;
}
