// Where an entity was seen: the fact, its document and the quote.
import type { Span } from '../../core/index.js';

export interface EntitySource {
  fact: string;
  document: string;
  file: string;
  published: string | null;
  quote: string | null;
  span: Span | null;
}
