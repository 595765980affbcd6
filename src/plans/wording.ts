// Words of English and Russian texts reduced to stems, and keywords matched as stem prefixes:
// "trade houses" meets "Trade House", "торговые дома" meets "торгового дома".

/** Function words and words every text about cooperation uses, which say nothing about a measure. */
const FUNCTION_WORDS = new Set([
  'the', 'and', 'for', 'with', 'from', 'into', 'between', 'of', 'in', 'on', 'to', 'by', 'at', 'as', 'its', 'their', 'other',
  'и', 'в', 'во', 'на', 'по', 'с', 'со', 'для', 'между', 'о', 'об', 'к', 'от', 'из', 'за', 'их', 'года', 'годы',
]);

const GENERIC = new Set([
  ...FUNCTION_WORDS,
  'develop', 'development', 'cooperation', 'cooperate', 'bilateral', 'mutual', 'joint', 'key', 'area', 'areas', 'field',
  'sphere', 'spheres', 'countries', 'country', 'two', 'parties', 'side', 'sides', 'relations', 'ties', 'expand', 'strengthen',
  'increase', 'hold', 'ensure', 'implement', 'implementation', 'new', 'further', 'russia', 'russian', 'azerbaijan',
  'azerbaijani', 'plan', 'action', 'measures', 'measure', 'road', 'map', 'maps', 'roadmap',
  'развитие', 'развития', 'сотрудничество', 'сотрудничества', 'двусторонний', 'двустороннего', 'взаимный', 'взаимных',
  'совместный', 'совместных', 'ключевых', 'направлений', 'области', 'сфере', 'расширение', 'укрепление', 'россия',
  'российской', 'азербайджан', 'азербайджанской', 'план', 'плана', 'мероприятий', 'дорожная', 'карта',
]);

const EN_ENDING = /(?:ies|es|s|ing|ed|ion|ions|e)$/;
const RU_ENDING = /(?:иями|ями|ами|ого|его|ому|ему|ыми|ими|ая|яя|ое|ее|ие|ые|ий|ый|ой|ей|ов|ев|ам|ям|ах|ях|ом|ем|ую|юю|ия|а|я|ы|и|о|е|у|ю|ь)$/;

export function words(text: string): string[] {
  return text.toLowerCase().replace(/ё/g, 'е').split(/[^\p{L}\p{N}-]+/u).map((word) => word.replace(/^-+|-+$/g, '')).filter(Boolean);
}

/** A stem: the word without its inflection, never shorter than four letters. */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  const ending = /[а-я]/.test(lower) ? RU_ENDING : EN_ENDING;
  const stripped = lower.replace(ending, '');
  return stripped.length >= 4 ? stripped : lower.slice(0, Math.max(4, stripped.length));
}

/** Content words of a title, as stems. */
export function contentStems(text: string): string[] {
  return [...new Set(words(text).filter((word) => word.length > 2 && !GENERIC.has(word) && !/^\d+$/.test(word)).map(stem))];
}

/** Every word of a title but function words, as stems: for comparing titles of documents. */
export function titleStems(text: string): string[] {
  return [...new Set(words(text).filter((word) => !FUNCTION_WORDS.has(word)).map(stem))];
}

/** A keyword, one or more words, as the stems each word of a text must start with. */
export function keywordStems(keyword: string): string[] {
  return words(keyword).map((word) => (word.length <= 4 ? word : stem(word)));
}

/** Whether the keyword occurs in the text's words: consecutive words starting with its stems. */
export function hasKeyword(textWords: readonly string[], stems: readonly string[]): boolean {
  if (stems.length === 0) return false;
  for (let i = 0; i + stems.length <= textWords.length; i++) {
    if (stems.every((prefix, k) => textWords[i + k].startsWith(prefix))) return true;
  }
  return false;
}

/** The keywords found in a text, as written. */
export function matchedKeywords(text: string, keywords: readonly string[]): string[] {
  const textWords = words(text);
  return keywords.filter((keyword) => hasKeyword(textWords, keywordStems(keyword)));
}
