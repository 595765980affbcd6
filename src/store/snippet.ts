// Search snippets built here rather than by ts_headline, which re-parses and stems each whole document inside the
// database: a few passages around the words the query's lexemes start, those words between highlight marks.
// A word matches a lexeme it starts with ("turnover" for "turnov", "дорожной" for "дорожн"), as stemming gives.

export interface SnippetOptions {
  /** Passages at most. */
  fragments: number;
  /** Words per passage. */
  words: number;
  /** Marks around a matched word. */
  start: string;
  stop: string;
}

/** Only this much of a long text is looked through for passages. */
const SCAN_CHARS = 60_000;

const WORD = /[\p{L}\p{N}]+/gu;

/** The lexemes a tsquery's text names, leaving out negated ones: `'trade' & !'gas'` → ['trade']. */
export function queryLexemes(tsquery: string): string[] {
  const lexemes = new Set<string>();
  for (const match of tsquery.matchAll(/(!?)\s*'((?:[^']|'')+)'/g)) {
    if (match[1] !== '!') lexemes.add(match[2].replace(/''/g, "'").toLowerCase());
  }
  return [...lexemes].sort((a, b) => b.length - a.length);
}

export function snippet(text: string, lexemes: readonly string[], options: SnippetOptions): string {
  const tokens: Array<{ start: number; end: number; match: string | null }> = [];
  for (const found of text.slice(0, SCAN_CHARS).matchAll(WORD)) {
    const lower = found[0].toLowerCase();
    const match = lexemes.find((lexeme) => lower.startsWith(lexeme)) ?? null;
    tokens.push({ start: found.index!, end: found.index! + found[0].length, match });
  }
  if (tokens.length === 0) return '';
  const size = Math.min(options.words, tokens.length);
  const windows: Array<{ first: number; score: number }> = [];
  tokens.forEach((token, index) => {
    if (!token.match) return;
    const first = Math.max(0, Math.min(index - Math.floor(size / 3), tokens.length - size));
    const matched = new Set<string>();
    let hits = 0;
    for (let k = first; k < first + size; k++) {
      const lexeme = tokens[k].match;
      if (lexeme) { matched.add(lexeme); hits++; }
    }
    windows.push({ first, score: matched.size * 1000 + hits });
  });
  const chosen: number[] = [];
  for (const { first } of windows.sort((a, b) => b.score - a.score || a.first - b.first)) {
    if (chosen.length >= options.fragments) break;
    if (chosen.every((other) => Math.abs(other - first) >= size)) chosen.push(first);
  }
  if (chosen.length === 0) chosen.push(0);
  return chosen.sort((a, b) => a - b).map((first) => passage(text, tokens.slice(first, first + size), options)).join(' … ');
}

function passage(text: string, tokens: ReadonlyArray<{ start: number; end: number; match: string | null }>, options: SnippetOptions): string {
  let out = '';
  let at = tokens[0].start;
  for (const token of tokens) {
    out += text.slice(at, token.start);
    const word = text.slice(token.start, token.end);
    out += token.match ? `${options.start}${word}${options.stop}` : word;
    at = token.end;
  }
  // The punctuation closing the last word ("rose.") stays with it.
  out += /^[^\s\p{L}\p{N}]{0,3}/u.exec(text.slice(at))![0];
  return out.replace(/\s+/g, ' ').trim();
}
