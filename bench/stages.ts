// `npx tsx bench/stages.ts [rounds] [docs]`: milliseconds per document for each stage of extract(), beside
// chrono-node's parse on the same texts. Times are CPU time, not wall time; stages run interleaved, round after round,
// and each figure is the median of its rounds, so a busy machine slows every stage alike and the ratios hold.
// For a flame profile: `node --cpu-prof --import tsx bench/stages.ts`.
import './native-regexps.js';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import type { Lang } from '../src/core/index.js';
import { extract, type TextModel } from '../src/extract/index.js';
import { MENTION_FINDERS, FACT_EXTRACTORS } from '../src/extract/configuration.js';
import { findDateMentions } from '../src/extract/mentions/dates/index.js';
import { findAmountMentions } from '../src/extract/mentions/amounts/index.js';
import { mergeMentions } from '../src/extract/mentions/merge.js';
import { findPlaces } from '../src/extract/places/countries.js';
import { splitSentences } from '../src/extract/text/sentences.js';
import { guessLanguageFromScript } from '../src/extract/text/script.js';
import { generateCorpus, loadTexts } from './corpus.js';

const [rounds = 15, count = 300] = process.argv.slice(2).map(Number);
const shared = process.env.CONCORD_SHARED ?? join(import.meta.dirname, '../../shared');
const docs = [...generateCorpus(loadTexts(shared), count)].map((d) => {
  const lang: Lang = guessLanguageFromScript(d.text);
  const ctx = { published: d.published, lang };
  const found = MENTION_FINDERS.map((find) => find(d.text, ctx).mentions);
  const model: TextModel = {
    text: d.text, lang, published: d.published,
    sentences: splitSentences(d.text),
    mentions: mergeMentions(found),
    places: findPlaces(d.text),
  };
  return { ...d, ctx, found, model, people: FACT_EXTRACTORS.people(model), reference: new Date(d.published + 'T00:00:00Z') };
});
type Doc = (typeof docs)[number];

const STAGES: [string, (d: Doc) => unknown][] = [
  ['sentences', (d) => splitSentences(d.text)],
  ['dates', (d) => findDateMentions(d.text, d.ctx)],
  ['amounts', (d) => findAmountMentions(d.text, d.ctx)],
  ['merge mentions', (d) => mergeMentions(d.found)],
  ['places', (d) => findPlaces(d.text)],
  ['measurements', (d) => FACT_EXTRACTORS.measurements(d.model)],
  ['instruments', (d) => FACT_EXTRACTORS.instruments(d.model)],
  ['events', (d) => FACT_EXTRACTORS.events(d.model, d.people)],
  ['people', (d) => FACT_EXTRACTORS.people(d.model)],
  ['extract (whole)', (d) => extract({ text: d.text, published: d.published })],
  ['chrono-node parse', (d) => chrono.parse(d.text, d.reference)],
];

const times = new Map<string, number[]>(STAGES.map(([name]) => [name, []]));
for (let round = 0; round <= rounds; round++) {
  for (const [name, run] of STAGES) {
    const started = process.cpuUsage();
    for (const d of docs) run(d);
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000 / docs.length;
    if (round > 0) times.get(name)!.push(ms);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const perDoc = new Map([...times].map(([name, xs]) => [name, median(xs)]));
for (const [name, ms] of perDoc) console.log(`${name.padEnd(18)} ${ms.toFixed(3)} ms/doc`);
const whole = perDoc.get('extract (whole)')!, reference = perDoc.get('chrono-node parse')!;
console.log(`extract runs at ${(reference / whole).toFixed(2)}x chrono-node (${docs.length} docs, ${rounds} rounds)`);
