// Turns ingested documents into the facts contract's JSON Lines records, storing nothing.
import type { Extraction, SourceDocument } from '../core/index.js';
import { extract } from '../extract/index.js';

/** One line of `concord extract --json`: the document's identity and metadata, then its facts and mentions. */
export interface ExtractRecord extends Omit<Extraction, 'lang'> {
  file: string;
  published: string | null;
  lang: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
}

/** Extracts from a document; `publishedFallback` stands in for a publication date the document lacks. */
export function extractDocument(document: SourceDocument, publishedFallback: string | null = null): {
  extraction: Extraction; record: ExtractRecord;
} {
  const published = document.published ?? publishedFallback;
  const extraction = extract({ text: document.text, published, lang: document.lang === 'und' ? undefined : document.lang });
  const record: ExtractRecord = {
    file: document.file,
    published,
    lang: extraction.lang,
    title: document.title,
    url: document.url,
    outlet: document.outlet,
    measurements: extraction.measurements,
    instruments: extraction.instruments,
    events: extraction.events,
    people: extraction.people,
    mentions: extraction.mentions,
    diagnostics: extraction.diagnostics,
  };
  return { extraction, record };
}

export function countFacts(extraction: Pick<Extraction, 'measurements' | 'instruments' | 'events' | 'people'>): number {
  return extraction.measurements.length + extraction.instruments.length + extraction.events.length +
    extraction.people.length;
}
