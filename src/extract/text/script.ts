// A cheap language guess from the script alone, for callers that give no language: Cyrillic is Russian,
// Azerbaijani Latin letters mean Azerbaijani, anything else English. Ingestion detects languages properly.
import type { Lang } from '../../core/index.js';

export function guessLanguageFromScript(text: string): Lang {
  const sample = text.slice(0, 4000);
  const cyrillic = sample.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  if (cyrillic > latin) return 'ru';
  if (/[əğışƏĞİŞ]/.test(sample)) return 'az';
  return 'en';
}
