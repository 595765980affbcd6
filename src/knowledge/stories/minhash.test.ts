import { describe, expect, it } from 'vitest';
import { bandKeys, fnv1a, minHash, sketchAgreement } from './minhash.js';

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => fnv1a(`element ${from + i}`));
}

describe('MinHash', () => {
  it('estimates Jaccard similarity within a few hundredths with 128 hash functions', () => {
    // 300 shared of 500 distinct elements: Jaccard 0.6.
    const estimate = sketchAgreement(minHash(range(0, 400), 128), minHash(range(100, 500), 128));
    expect(Math.abs(estimate - 0.6)).toBeLessThan(0.1);
  });

  it('gives identical sets identical sketches and band keys', () => {
    const sketch = minHash(range(0, 50), 128);
    expect(minHash(range(0, 50), 128)).toEqual(sketch);
    expect(bandKeys(sketch, 2, 'w')).toHaveLength(64);
  });

  it('does not find two empty sets alike, nor give them band keys', () => {
    expect(sketchAgreement(minHash([], 128), minHash([], 128))).toBe(0);
    expect(bandKeys(minHash([], 128), 2, 'w')).toEqual([]);
  });

  it('names band keys by prefix, band and an eight-digit hex hash', () => {
    expect(bandKeys(minHash(range(0, 10), 4), 2, 'a')).toEqual([
      expect.stringMatching(/^a0:[0-9a-f]{8}$/),
      expect.stringMatching(/^a1:[0-9a-f]{8}$/),
    ]);
  });
});
