// The language of a body text: trigram statistics (franc) among the languages Concord reads, and the script
// for texts too short for statistics (Cyrillic → Russian, ə ğ ı ş → Azerbaijani, other Latin → English).
import { franc } from 'franc-min';
import type { Lang } from '../core/index.js';

const FRANC_CODES: Record<string, Lang> = { eng: 'en', rus: 'ru', azj: 'az' };
/** Below this many letters trigram counts are noise; the script is the better witness. */
const MIN_LETTERS_FOR_STATISTICS = 40;
/** Enough text to decide, and keeps detection fast on long documents. */
const SAMPLE_LENGTH = 8000;

export function detectLanguage(text: string): Lang {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'und';
  if (letters >= MIN_LETTERS_FOR_STATISTICS) {
    const lang = FRANC_CODES[franc(sample, { only: Object.keys(FRANC_CODES) })];
    if (lang) return lang;
  }
  return languageFromScript(sample);
}

function languageFromScript(sample: string): Lang {
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return 'und';
  if (cyrillic > latin) return 'ru';
  return /[əğışƏĞİŞ]/u.test(sample) ? 'az' : 'en';
}
