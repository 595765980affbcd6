// Generated benchmark corpora: the shared corpus texts with names, figures and dates varied, so that no two
// generated documents are exact copies. Deterministic for a given seed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchDocument { file: string; text: string; published: string }

const NAMES = [['Overchuk', 'Novak'], ['Mustafayev', 'Jabbarov'], ['Volvach', 'Reshetnikov'], ['Оверчук', 'Новак'], ['Мустафаев', 'Джаббаров']];

export function loadTexts(shared: string): string[] {
  const texts: string[] = [];
  for (const set of ['seeds', 'dev']) {
    const dir = join(shared, 'corpus', set);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  return texts;
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function* generateCorpus(texts: string[], count: number, seed = 1): Generator<BenchDocument> {
  const rnd = random(seed);
  for (let i = 0; i < count; i++) {
    const base = texts[i % texts.length];
    const yearShift = Math.floor(rnd() * 6) - 3;
    const [from, to] = NAMES[Math.floor(rnd() * NAMES.length)];
    const text = base
      .replace(/\b(19|20)(\d{2})\b/g, (_, c, y) => String(Number(c + y) + yearShift))
      .replace(/\d+([.,]\d+)?/g, (n) => (rnd() < 0.3 ? String(Math.round(Number(n.replace(',', '.')) * (1 + rnd())) || n) : n))
      .split(from).join(to) + `\n\nRef ${seed}-${i}.`;
    const year = 2015 + Math.floor(rnd() * 10);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    yield { file: `bench-${i}.txt`, text, published: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  }
}

/**
 * A corpus shaped like a feed rather than like copies of a few texts: each document mixes paragraphs of
 * several base texts (names, figures and dates varied), and about one in `copyEvery` retells one of the last
 * few documents with a figure changed, so stories of a handful of copies form as they do in the press.
 * Streamed: only the last few documents are kept.
 */
export function* generateFeedCorpus(texts: string[], count: number, seed = 1, copyEvery = 6): Generator<BenchDocument> {
  const rnd = random(seed);
  const paragraphs = texts.flatMap((text) => text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 80));
  const recent: BenchDocument[] = [];
  const vary = (text: string) => {
    const [from, to] = NAMES[Math.floor(rnd() * NAMES.length)];
    const yearShift = Math.floor(rnd() * 6) - 3;
    return text
      .replace(/\b(19|20)(\d{2})\b/g, (_, c, y) => String(Number(c + y) + yearShift))
      .replace(/\d+([.,]\d+)?/g, (n) => (rnd() < 0.3 ? String(Math.round(Number(n.replace(',', '.')) * (1 + rnd())) || n) : n))
      .split(from).join(to);
  };
  for (let i = 0; i < count; i++) {
    const year = 2015 + Math.floor(rnd() * 10);
    const published = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    let text: string;
    if (recent.length > 0 && rnd() < 1 / copyEvery) {
      const original = recent[Math.floor(rnd() * recent.length)].text;
      text = original.replace(/\d+/, (n) => String(Number(n) + 1)).replace(/Ref [\d-]+\.$/, '') + `Ref ${seed}-${i}.`;
    } else {
      const picked = Array.from({ length: 3 + Math.floor(rnd() * 5) }, () => paragraphs[Math.floor(rnd() * paragraphs.length)]);
      text = vary(picked.join('\n\n')) + `\n\nRef ${seed}-${i}.`;
    }
    const doc = { file: `feed-${i}.txt`, text, published };
    recent.push(doc);
    if (recent.length > 50) recent.shift();
    yield doc;
  }
}
