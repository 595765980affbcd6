// Content words of a title, to tell whether two mentions name the same document or event.

const FUNCTION_WORDS = new Set(['the', 'of', 'on', 'for', 'and', 'between', 'a', 'an', 'to', 'in', 'и', 'по', 'на', 'в', 'о', 'об', 'между']);

export function titleTokens(title: string): Set<string> {
  return new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t && !FUNCTION_WORDS.has(t)));
}

/** One title's words all found in the other's, or most words shared. */
export function sameTitle(a: string, b: string): boolean {
  const x = titleTokens(a), y = titleTokens(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared === small.size || shared / (x.size + y.size - shared) >= 0.75;
}
