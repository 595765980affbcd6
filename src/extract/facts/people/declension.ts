// Russian names back to the nominative after a role in an oblique case ("вице-премьера Алексея Оверчука" →
// "Алексей Оверчук"). Only masculine first names and surnames decline this way in the corpus of officials;
// a name that already looks nominative is left as written.

const FIRST_NAME_ENDINGS: [RegExp, string][] = [
  [/е(?:я|ю|ем|е)$/u, 'ей'], [/и(?:я|ю|ем|и)$/u, 'ий'], [/(?:я|ю|ем)$/u, 'ь'], [/(?:ом|а|у|е)$/u, ''],
];
const SURNAME_ENDINGS: [RegExp, string][] = [
  [/(?:ого|его)$/u, 'ий'], [/(?:ым|ом)$/u, ''], [/([^аеиоуыэюяь])(?:а|у|е)$/u, '$1'],
];
const INSTRUMENTAL_SURNAME = /\p{L}(?:ов|ев|ин)ым$/u;

export function nominativeName(tokens: string[], oblique: boolean): string[] {
  const surname = tokens[tokens.length - 1];
  if (!oblique && !INSTRUMENTAL_SURNAME.test(surname)) return tokens;
  const firsts = tokens.slice(0, -1).map((t) => rewrite(t, FIRST_NAME_ENDINGS));
  return [...firsts, rewrite(surname, SURNAME_ENDINGS)];
}

function rewrite(word: string, endings: [RegExp, string][]): string {
  for (const [ending, replacement] of endings) if (ending.test(word)) return word.replace(ending, replacement);
  return word;
}
