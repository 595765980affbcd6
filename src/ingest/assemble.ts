// Turns converted text into a SourceDocument: furniture removed, metadata merged by trust (what the caller or the
// folder index says, then what the format carries, then what the text's header says), language detected.
import { IngestError, isLang, sha256, type Format, type Lang, type SourceDocument } from '../core/index.js';
import { isoDayPrefix } from './calendar.js';
import type { ConvertedText } from './formats/index.js';
import { removeFurniture } from './furniture.js';
import { detectLanguage } from './language.js';
import { metadataFromText } from './metadata.js';

export interface Origin {
  file: string;
  source: string;
  format: Format;
}

/** Metadata known from outside the text; null or absent means "not known", never "known to be none". */
export interface KnownMetadata {
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
  lang?: Lang | null;
  title?: string | null;
}

export function assembleDocument(converted: ConvertedText, origin: Origin, known: KnownMetadata = {}): SourceDocument {
  const cleaned = removeFurniture(converted.text);
  const text = converted.verbatim ? cleaned : compactBlankLines(cleaned);
  if (!text.trim()) throw new IngestError(origin.source, 'empty', 'no text (only whitespace or page furniture)');
  const fromText = metadataFromText(converted.text);
  return {
    source: origin.source,
    file: origin.file,
    format: origin.format,
    text,
    contentHash: sha256(text),
    title: known.title ?? converted.title ?? fromText.title,
    url: known.url ?? converted.url ?? null,
    outlet: known.outlet ?? converted.outlet ?? fromText.outlet,
    published: isoDayPrefix(known.published) ?? converted.published ?? fromText.published,
    lang: isLang(known.lang) && known.lang !== 'und' ? known.lang : detectLanguage(text),
  };
}

/** Text made from markup has no offsets to keep, so blanked furniture need not leave holes. */
function compactBlankLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
