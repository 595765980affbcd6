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
  /** The ending a plural role drops to name one of its people ("Presidents" → "President"). */
  pluralEnding?: string;
  /** Verbs of saying: the person next to one is the speaker a later "the minister said" refers back to. */
  speech?: string;
  /** A role standing for the last speaker ("the minister said", "добавил представитель Кремля"): a regex source
   * where {role} and {speech} stand for the role heads and the verbs of saying; group 1 is the role as written. */
  anaphor?: string;
  /** Words naming the opposite number of the person just named ("his Russian counterpart Sergey Lavrov"). */
  counterpart?: string;
  /** Where the language inflects names: role endings that put the following name in an oblique case. */
  obliqueRole?: string;
}
