// The shape of a language's place lexicon (src/extract/lang/<lang>/countries.ts).

export interface PlaceEntry {
  /** ISO 3166-1 alpha-2, or ISO 3166-2 for a region ("RU-AST"). */
  code: string;
  /** Proper names, regex sources; matched case-sensitively at a word start. */
  names: string[];
  /** Adjectives and compound prefixes ("Russian", "Russia-"), matched case-insensitively at a word start. */
  adjectives: string[];
  /** Cities of the country: a place named by one implies the country. */
  cities?: string[];
}

export interface PlaceLexicon {
  /** Appended to every name where the language inflects names (Russian stems); empty otherwise. */
  stemEnding?: string;
  countries: PlaceEntry[];
  regions: PlaceEntry[];
}
