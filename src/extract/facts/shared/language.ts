// Picks the lexicon for a document's language: its own where one exists, English otherwise
// (untagged and Latin-script texts read best with the English cues).
import type { Lang } from '../../../core/index.js';

export function lexiconFor<T>(lang: Lang, lexicons: { en: T } & Partial<Record<Lang, T>>): T {
  return lexicons[lang] ?? lexicons.en;
}
