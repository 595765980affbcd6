// Ties a role to a name: the nearest role before the name, joined to it only by its complement
// ("Deputy Prime Minister of the Russian Federation Alexei Overchuk"), or a role in apposition after it
// ("Liu Yandong, Vice-Chairman of CPPCC").
import type { Span } from '../../../core/index.js';
import type { PeopleLexicon } from './lexicon.js';
import { WordStartPattern } from '../shared/word-start.js';

export interface CompiledPeopleLexicon {
  role: WordStartPattern;
  roleAfterName: RegExp;
  gapWord: RegExp;
  preposition: RegExp;
  notAName: (word: string) => boolean;
  obliqueRole: RegExp | null;
  pluralRole: RegExp;
  pluralEnding: RegExp | null;
  speakerBefore: WordStartPattern | null;
  speakerAfter: RegExp | null;
  anaphor: WordStartPattern | null;
  counterpart: WordStartPattern | null;
}

export interface RoleMatch {
  text: string;
  span: Span;
}

const GAP_LIMIT = 160;
const PARENTHESES = /\([^()]*\)|["“”«»„]/gu;
const SENTENCE_PUNCTUATION = /[.;:!?]/u;
const CAPITALISED = /^\p{Lu}/u;
const LETTER = '[\\p{L}]';

export function compilePeopleLexicon(lexicon: PeopleLexicon): CompiledPeopleLexicon {
  const roles = lexicon.roles.join('|').replace(/ /gu, '\\s+');
  return {
    role: new WordStartPattern('[\\p{L}-]', `(?:${roles})(?![\\p{L}])`, 'iu'),
    roleAfterName: new RegExp(`^\\s*,\\s+(?:the\\s+)?(?:${roles})(?![\\p{L}])[^,.;:!?]{0,80}`, 'iu'),
    gapWord: new RegExp(`^(?:${lexicon.gapWord})$`, 'iu'),
    preposition: new RegExp(`^(?:${lexicon.preposition})$`, 'iu'),
    notAName: notAName(new Set(lexicon.notNames), new RegExp(`^(?:${roles})$`, 'iu')),
    obliqueRole: lexicon.obliqueRole ? new RegExp(lexicon.obliqueRole, 'iu') : null,
    pluralRole: new RegExp(`(?:${lexicon.pluralRole})$`, 'u'),
    pluralEnding: lexicon.pluralEnding ? new RegExp(`(?:${lexicon.pluralEnding})$`, 'u') : null,
    speakerBefore: lexicon.speech ? new WordStartPattern(LETTER, `(?:${lexicon.speech})\\s+$`, 'iu') : null,
    speakerAfter: lexicon.speech ? new RegExp(`^\\s+(?:also\\s+)?(?:${lexicon.speech})(?![\\p{L}])`, 'iu') : null,
    anaphor: lexicon.anaphor && lexicon.speech
      ? new WordStartPattern(LETTER, `(?:${lexicon.anaphor.replace('{role}', () => roles).replace('{speech}', () => lexicon.speech ?? '')})(?![\\p{L}])`, 'iu')
      : null,
    counterpart: lexicon.counterpart ? new WordStartPattern(LETTER, `(?:${lexicon.counterpart})[\\s,]*$`, 'iu') : null,
  };
}

function notAName(words: Set<string>, role: RegExp): (word: string) => boolean {
  return (word) => words.has(word) || role.test(word);
}

export function rolesIn(text: string, offset: number, lexicon: CompiledPeopleLexicon): RoleMatch[] {
  return lexicon.role.matches(text).map((m) => ({ text: m[0], span: [offset + m.index!, offset + m.index! + m[0].length] }));
}

/** Whether the text between a role and a name only continues the role: its complement, commas, an article. */
export function joinsRoleToName(gap: string, lexicon: CompiledPeopleLexicon): boolean {
  if (gap.length > GAP_LIMIT) return false;
  const plain = gap.replace(PARENTHESES, ' ');
  if (SENTENCE_PUNCTUATION.test(plain)) return false;
  const words = plain.split(/[\s,]+/u).filter(Boolean);
  // "Professor of the Department of Business Process Management…": a capitalised run right after a preposition
  // is the role's organisation, not the person.
  if (words.length && lexicon.preposition.test(words[words.length - 1]) && !/,\s*$/u.test(gap)) return false;
  return words.every((w) => CAPITALISED.test(w) || lexicon.gapWord.test(w));
}

/** The role with the roles chained before it: "Deputy Prime Minister and Minister of Industry…, Co-Chairman of…". */
export function chainStart(text: string, role: RoleMatch, roles: RoleMatch[], used: Set<RoleMatch>,
  lexicon: CompiledPeopleLexicon): RoleMatch {
  let first = role;
  for (let i = roles.indexOf(role) - 1; i >= 0; i--) {
    const before = roles[i];
    if (used.has(before) || !joinsRoles(text.slice(before.span[1], first.span[0]), lexicon)) break;
    first = before;
  }
  return first;
}

function joinsRoles(gap: string, lexicon: CompiledPeopleLexicon): boolean {
  return gap.trim() === '' || joinsRoleToName(gap, lexicon) && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(gap);
}
