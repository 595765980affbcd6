// People a text names once and then refers back to by role: "Mustafayev said … the minister said" gives Mustafayev
// the role "minister"; "Foreign Minister Mammadyarov … his Russian counterpart Sergey Lavrov" gives Lavrov the
// role "Foreign Minister".
import type { Span } from '../../../core/index.js';
import type { TextModel } from '../../model.js';
import type { CompiledPeopleLexicon } from './roles.js';
import type { NameCandidate } from './names.js';

const LOOK = 40;

/** Whether the name is the subject of a verb of saying: "Mustafayev said", "— сказал Ушаков". */
export function isSpeaker(model: TextModel, name: NameCandidate, lexicon: CompiledPeopleLexicon): boolean {
  if (!lexicon.speakerAfter || !lexicon.speakerBefore) return false;
  return lexicon.speakerAfter.test(model.text.slice(name.span[1], name.span[1] + LOOK)) ||
    lexicon.speakerBefore.test(model.text.slice(Math.max(0, name.span[0] - LOOK), name.span[0]));
}

/** Roles standing for the last speaker in a sentence: "the minister said", "добавил представитель Кремля". */
export function anaphorsIn(text: string, offset: number, lexicon: CompiledPeopleLexicon): { role: string; span: Span }[] {
  if (!lexicon.anaphor || !lexicon.speakerAfter) return [];
  return lexicon.anaphor.matches(text).map((m) => ({
    role: m[1].replace(/\s+/gu, ' '),
    span: [offset + m.index!, offset + m.index! + m[0].length] as Span,
  }));
}

/** Whether the name follows "counterpart" ("his Russian counterpart Sergey Lavrov"). */
export function isCounterpart(model: TextModel, name: NameCandidate, lexicon: CompiledPeopleLexicon): boolean {
  return name.tokens.length > 1 &&
    !!lexicon.counterpart?.test(model.text.slice(Math.max(0, name.span[0] - LOOK), name.span[0]));
}

/** The role head of a stated role, in the singular: "Presidents" → "President", "Foreign Minister of X" → "Foreign Minister". */
export function roleHead(role: string, lexicon: CompiledPeopleLexicon): string | null {
  const head = lexicon.role.first(role)?.[0];
  if (!head) return null;
  return lexicon.pluralRole.test(head) && lexicon.pluralEnding ? head.replace(lexicon.pluralEnding, '') : head;
}
