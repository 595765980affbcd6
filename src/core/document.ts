// A document as ingested: its text (furniture removed) and what is known about where it came from.
import type { Lang } from './language.js';

export const FORMATS = ['txt', 'md', 'html', 'pdf', 'docx'] as const;
export type Format = (typeof FORMATS)[number];

export interface DocumentMetadata {
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** ISO date (day) of publication, or null. */
  published: string | null;
  lang: Lang;
}

export interface SourceDocument extends DocumentMetadata {
  /** Where it was read from: a path as given, or "-" for stdin. */
  source: string;
  /** Base name of the file, as the facts contract names documents. */
  file: string;
  format: Format;
  /** Body text after format conversion and furniture removal; every span points into it. */
  text: string;
  /** sha256 of `text`, hex: a document is stored once by content. */
  contentHash: string;
}
