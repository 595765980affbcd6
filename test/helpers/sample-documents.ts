// Documents and extractions built by hand for storage tests, with spans that really hold their quotes.
import { sha256 } from '../../src/core/ids.js';
import type { SourceDocument } from '../../src/core/document.js';
import type { Extraction } from '../../src/core/extraction.js';
import type { Span } from '../../src/core/span.js';

export function sourceDocument(text: string, overrides: Partial<SourceDocument> = {}): SourceDocument {
  return {
    title: null, url: null, outlet: null, published: null, lang: 'en',
    source: 'corpus/sample.txt', file: 'sample.txt', format: 'txt',
    text, contentHash: sha256(text),
    ...overrides,
  };
}

export function emptyExtraction(overrides: Partial<Extraction> = {}): Extraction {
  return { lang: 'en', measurements: [], instruments: [], events: [], people: [], mentions: [], diagnostics: [], ...overrides };
}

/** The quote and span of `quote` inside `text`, as extraction cites it. */
export function cite(text: string, quote: string): { quote: string; span: Span } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { quote, span: [start, start + quote.length] };
}
