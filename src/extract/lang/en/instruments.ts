// English cues for instruments: head nouns by type and the words around a document's title.
import type { InstrumentsLexicon } from '../../facts/instruments/lexicon.js';

export const instruments: InstrumentsLexicon = {
  heads: [
    { type: 'program', pattern: 'action program(?:me)?|program(?:me)? of (?:measures|action)' },
    { type: 'action_plan', pattern: 'action plan|plan of (?:joint )?(?:action|actions|measures|events)' },
    { type: 'roadmap', pattern: 'road(?:-|\\s*)map' },
    { type: 'program', pattern: 'program(?:me)?' },
    { type: 'memorandum', pattern: 'memorandum(?: of understanding)?|MoU' },
    { type: 'joint_statement', pattern: '(?:joint|trilateral|final) (?:press )?(?:statement|communiqu[eé])|communiqu[eé]|(?:trilateral )?peace deal' },
    { type: 'agreement', pattern: 'agreement|accord' },
    { type: 'declaration', pattern: 'declaration' },
    { type: 'protocol', pattern: 'protocol' },
    { type: 'treaty', pattern: 'treaty' },
  ],
  datedPlural: { type: 'joint_statement', pattern: '(?:joint|trilateral) statements of', singular: 'statement of' },
  modifier: 'joint|intergovernmental|interstate|bilateral|trilateral|cooperation|preferential|trade|comprehensive|' +
    'strategic|allied|relations|framework|interregional|economic|investment|cultural|peace|\\p{Lu}[\\p{L}-]*',
  determiner: 'the|a|an|this|that|its|their|our|his|her|these|those|new',
  complement: 'of|on|for|between|to|aimed|with|in|following|until|till|up|through|\\(.*|“|"',
  linked: 'aimed at|directed at|designed to|intended to',
  stop: 'is|was|were|are|be|been|being|has|have|had|will|would|could|should|signed|adopted|approved|inked|which|' +
    'that|who|where|when|remains|includes|include|envisages|provides|made|said|noted|as|dated|during|at|from|' +
    'within|after|before|while|it|its|this|these|shows|\\p{Ll}+ed',
  and: 'and',
  andContinues: '\\p{Ll}+ing',
  signedBetween: '(?:was|were|has been|have been) signed (?=between|by|following)',
  signedBy: { pattern: '(?:(?:was|were|has been|have been) )?signed by', phrase: 'signed by', and: 'and' },
  session: {
    ending: 'of the \\d+(?:st|nd|rd|th) (?:meeting|session)',
    body: 'the ((?:[\\p{L}-]+ ){0,3}?commission(?: (?:on|for)(?: (?!(?:was|were|is|are|in|at|held|which|that|took|has|have|will|\\p{Ll}+ed)(?![\\p{L}]))\\p{Ll}[\\p{L}-]*){1,4})?)',
    joiner: 'of the',
  },
  reference: 'the document|this document|this significant document|the documents',
  datedBy: 'on|of',
  signing: 'signed|signing|inked|sealed|adopted|approved|concluded',
};
