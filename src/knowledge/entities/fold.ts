// Folding names and titles to keys that survive transliteration, script and spelling: "Alexei Overchuk",
// "Aleksey Overchuk" and "Алексей Оверчук" share one key; so do "Mustafayev" and "Мустафаев".

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Azerbaijani letters an English text writes otherwise. */
const AZERBAIJANI: Record<string, string> = { ə: 'a', ş: 'sh', ç: 'ch', ğ: 'g', ı: 'i', ö: 'o', ü: 'u' };

/** Lower case, Latin letters only: Cyrillic and Azerbaijani letters transliterated, accents dropped. */
export function toLatin(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (const char of lower) out += CYRILLIC[char] ?? AZERBAIJANI[char] ?? char;
  return out.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Spellings of one sound that transliterations choose between, folded to one. */
const VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/x/g, 'ks'],
  [/kh/g, 'h'],
  [/([aeiou])y([aeiou])/g, '$1$2'],
  [/(?:ei|ey|ii|iy|yi|y)$/, 'i'],
  [/ander$/, 'andr'],
  [/yev(a?)$/, 'ev$1'],
  [/^ye/, 'e'],
  [/yu/g, 'iu'],
  [/ya/g, 'ia'],
  [/(.)\1/g, '$1'],
];

export function foldWord(word: string): string {
  return VARIANTS.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), toLatin(word));
}

/** A person's key: folded words in order of the alphabet, so "Overchuk Alexei" is "Alexei Overchuk". */
export function personKey(name: string): string {
  return name.split(/[^\p{L}]+/u).filter((word) => word.length > 1).map(foldWord).sort().join(' ');
}
