// What a format converter hands back: the text and whatever metadata the format itself carries.
import type { Lang } from '../../core/index.js';

export interface ConvertedText {
  text: string;
  /** True when `text` is the file's own characters, so offsets into it are offsets into the file. */
  verbatim: boolean;
  title?: string | null;
  /** ISO day, or null. */
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
  lang?: Lang | null;
}
