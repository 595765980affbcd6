// Azerbaijani cues for instruments: head nouns by type with their possessive and case endings, and the words
// around a title. Azerbaijani puts the title before its head ("Müttəfiqlik münasibətləri haqqında bəyannamə"),
// so modifiers carry most of it; a plural head ("sazişlər") is a count, not a document.
import type { InstrumentsLexicon } from '../../facts/instruments/lexicon.js';

/** A singular head noun with any possessive or case ending it takes ("saziş", "sazişi", "sazişinin"). */
const head = (stem: string, plural: string) => `${stem}(?!${plural})\\p{Ll}{0,6}`;

export const instruments: InstrumentsLexicon = {
  heads: [
    { type: 'action_plan', pattern: `(?:birgə )?fəaliyyət ${head('plan', 'lar')}|tədbirlər ${head('plan', 'lar')}` },
    { type: 'roadmap', pattern: `yol ${head('xəritə', 'lər')}` },
    { type: 'program', pattern: head('proqram', 'lar') },
    { type: 'joint_statement', pattern: `(?:birgə|üçtərəfli) ${head('bəyanat', 'lar')}|${head('kommünike', 'lər')}|${head('kommunike', 'lər')}` },
    { type: 'memorandum', pattern: `(?:anlaşma |qarşılıqlı anlaşma )?${head('memorandum', 'lar')}` },
    { type: 'agreement', pattern: `${head('saziş', 'lər')}|${head('razılaşma', 'lar')}` },
    { type: 'declaration', pattern: `${head('bəyannamə', 'lər')}|${head('deklarasiya', 'lar')}` },
    { type: 'protocol', pattern: head('protokol', 'lar') },
    { type: 'treaty', pattern: head('müqavilə', 'lər') },
  ],
  datedPlural: { type: 'joint_statement', pattern: 'birgə bəyanatlar\\p{Ll}*', singular: 'bəyanat' },
  // Capitalised title words, postpositions ("haqqında", "üzrə", "arasında") and nouns in the genitive,
  // possessive or abstract forms that chain into a title; never a participle ("imzalanan").
  modifier: '\\p{Lu}[\\p{L}-]*|haqqında|dair|üzrə|arasında|sahəsində|ilə|və|' +
    '\\p{Ll}+(?:lıq|lik|luq|lük|ları|ləri|nın|nin|nun|nün|sı|si|su|sü|ın|in|un|ün|ı|i|u|ü)',
  // Also where a title cannot reach back past: a plural subject ("Tərəflər", "Nazirlər") and "üçün" ("for").
  determiner: 'bu|həmin|o|yeni|bir|bütün|hər|həmçinin|isə|üçün|\\p{L}+l[əa]r',
  complement: '«|"|“',
  stop: 'və|ki|olan|\\p{Ll}+(?:ıb|ib|ub|üb|dı|di|du|dü|ır|ir|ur|ür|ar|ər|an|ən|acaq|əcək|maq|mək)',
  and: 'və',
  andContinues: '\\p{Ll}+(?:ması|məsi)',
  // The signing comes before the head in Azerbaijani, so nothing after a head continues its title this way.
  signedBetween: '(?!)',
  reference: 'bu sənəd\\p{Ll}*|həmin sənəd\\p{Ll}*|sənəd(?:i|in)',
  datedBy: 'tarixli',
  signing: 'imzala\\p{Ll}*|təsdiq\\p{Ll}*|qəbul edil\\p{Ll}*|bağlan\\p{Ll}*',
};
