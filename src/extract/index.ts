// Extraction: text and a reference date in, mentions and cited facts out. Pure: no I/O, no clock.
import type { Extraction, ExtractionInput, Lang } from '../core/index.js';
import { splitSentences } from './text/sentences.js';
import { findPlaces } from './places/countries.js';
import { guessLanguageFromScript } from './text/script.js';
import { MENTION_FINDERS, FACT_EXTRACTORS } from './configuration.js';
import { mergeMentions } from './mentions/merge.js';
import type { TextModel } from './model.js';

export type { TextModel } from './model.js';

export function extract(input: ExtractionInput): Extraction {
  const { text, published } = input;
  const lang: Lang = input.lang ?? guessLanguageFromScript(text);
  const diagnostics: Extraction['diagnostics'] = [];
  const found = MENTION_FINDERS.map((find) => {
    const result = find(text, { published, lang });
    diagnostics.push(...result.diagnostics);
    return result.mentions;
  });
  const model: TextModel = {
    text, lang, published,
    sentences: splitSentences(text),
    mentions: mergeMentions(found),
    places: findPlaces(text),
  };
  const people = FACT_EXTRACTORS.people(model);
  return {
    lang,
    measurements: FACT_EXTRACTORS.measurements(model),
    instruments: FACT_EXTRACTORS.instruments(model),
    events: FACT_EXTRACTORS.events(model, people),
    people,
    mentions: model.mentions,
    diagnostics,
  };
}
