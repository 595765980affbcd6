// The shape of a language's people lexicon (src/extract/lang/<lang>/people.ts): role words, and what may stand
// between a role and the name it belongs to.

export interface PeopleLexicon {
  /** Role heads as regex sources, longest first, matched case-insensitively at word starts ("Deputy Prime Minister"). */
  roles: string[];
  /** Lower-case words that may sit between a role and its name ("of", "the", genitive endings in Russian). */
  gapWord: string;
  /** Prepositions: a capitalised run right after one names an organisation ("Department of Business…"). */
  preposition: string;
  /** Capitalised words that are never part of a person's name ("Ministry", "Federation", months). */
  notNames: string[];
  /** Regex source for the ending of a plural role, which names several people ("Presidents X and Y"). */
  pluralRole: string;
  /** Where the language inflects names: role endings that put the following name in an oblique case. */
  obliqueRole?: string;
}
