// The shape of a language's instrument lexicon (src/extract/lang/<lang>/instruments.ts): head nouns by type, and
// the words that open, continue and end a document's title. Regex sources, matched case-insensitively.
import type { InstrumentType } from '../../../core/index.js';

export interface InstrumentsLexicon {
  /** Singular head nouns, longest first; a plural ("six road maps") is a count, not a document. */
  heads: { type: InstrumentType; pattern: string }[];
  /** Heads naming several dated documents at once ("trilateral statements of November 10, 2020, January 11…"). */
  datedPlural: { type: InstrumentType; pattern: string; singular: string };
  /** Words before a head that belong to its title ("joint", "intergovernmental", "дорожную"). */
  modifier: string;
  /** Articles and pronouns, which end the modifiers ("the", "a", "this"). */
  determiner: string;
  /** Words after a head that open its complement ("on", "for", "between", "по"). */
  complement: string;
  /** Two-word links whose second word would otherwise end the title ("aimed at", "направленная на"). */
  linked?: string;
  /** Words that end a title: verbs and relative pronouns ("is", "signed", "which", "был"). */
  stop: string;
  /** "and" in the language: it continues a title only into a name ("between Russia and Azerbaijan"). */
  and: string;
  /** A lower-case word after "and" that still continues the title ("on establishing and developing …"). */
  andContinues: string;
  /** A passive signing after the head that the title continues past ("was signed between …"). */
  signedBetween: string;
  /** A signing by named people right after a title, which the title runs on into ("road map signed by A and B"):
   * the pattern, and the words the title then reads with. */
  signedBy?: { pattern: string; phrase: string; and: string };
  /** A title that names a session without its body ("protocol of the 8th meeting") is completed with the body the
   * text names elsewhere: the session ending, the body (group 1 is its name) and the word joining them. */
  session?: { ending: string; body: string; joiner: string };
  /** A reference back to the document just named ("The document was signed … on December 7"). */
  reference: string;
  /** Words joining a title to the date that identifies it ("agreement … on December 20, 2006"). */
  datedBy: string;
  /** Words that tie a date and place in the sentence to the signing. */
  signing: string;
}
