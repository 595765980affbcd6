// Scores the knowledge stage on the corpus (seeds and dev): story pairs against the known copies
// (dev/index.jsonl duplicate_of, and seeds 000/001), and the conflicts found among the figures, listed for judging.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isLang } from '../../src/core/index.js';
import { extract } from '../../src/extract/index.js';
import { groupStories, type StoryItem } from '../../src/knowledge/stories/index.js';
import { reconcileFigures, type MeasurementEvidence } from '../../src/knowledge/figures/index.js';
import { documentKnowledge } from '../../src/pipeline/document-knowledge.js';

interface CorpusDocument { file: string; text: string; published: string | null; lang: string; duplicateOf: string | null }

function readCorpus(shared: string): CorpusDocument[] {
  return ['seeds', 'dev'].flatMap((set) => {
    const dir = join(shared, 'corpus', set);
    const indexPath = join(dir, 'index.jsonl');
    const index = new Map<string, { published?: string | null; lang?: string; duplicate_of?: string | null }>(
      existsSync(indexPath)
        ? readFileSync(indexPath, 'utf8').split('\n').filter(Boolean).map((line) => { const row = JSON.parse(line); return [row.file, row]; })
        : []);
    return readdirSync(dir).filter((file) => file.endsWith('.txt')).sort().map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const meta = index.get(file);
      const published = meta?.published ?? /^\s*date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null;
      return { file, text, published, lang: meta?.lang ?? extract({ text, published }).lang, duplicateOf: meta?.duplicate_of ?? null };
    });
  });
}

const pairKey = (a: string, b: string) => [a, b].sort().join(' = ');

/** The seeds carry no index: their notes say 000 and 001 are one story. */
function knownPairs(documents: CorpusDocument[]): Set<string> {
  const pairs = new Set(documents.filter((doc) => doc.duplicateOf).map((doc) => pairKey(doc.file, doc.duplicateOf!)));
  const [seed0, seed1] = documents.filter((doc) => /^00[01]_/.test(doc.file)).map((doc) => doc.file);
  if (seed0 && seed1) pairs.add(pairKey(seed0, seed1));
  return pairs;
}

export function evaluateKnowledge(shared: string): void {
  const documents = readCorpus(shared);
  const knowledge = new Map(documents.map((doc) => [doc.file, documentKnowledge(doc.text, isLang(doc.lang) ? doc.lang : 'und')]));
  const items: StoryItem[] = documents.map((doc) => ({
    id: doc.file, signature: knowledge.get(doc.file)!.signature as StoryItem['signature'], published: doc.published, length: doc.text.length,
  }));
  const stories = groupStories(items);
  const found = new Set(stories.flatMap((story) => story.documents.flatMap((a, i) => story.documents.slice(i + 1).map((b) => pairKey(a, b)))));
  const truth = knownPairs(documents);
  const hits = [...found].filter((pair) => truth.has(pair)).length;
  console.log(`\n=== stories (${documents.length} documents)`);
  console.log(`  pairs: precision ${(hits / Math.max(1, found.size)).toFixed(3)} recall ${(hits / Math.max(1, truth.size)).toFixed(3)} ` +
    `(${hits} of ${found.size} found, ${truth.size} known)`);

  const storyOf = new Map(stories.flatMap((story) => story.documents.map((file) => [file, story.story])));
  const evidence: MeasurementEvidence[] = documents.flatMap((doc) =>
    extract({ text: doc.text, published: doc.published, lang: isLang(doc.lang) ? doc.lang : undefined }).measurements.map((m, i) => ({
      source: { fact: `${doc.file}#${i}`, document: doc.file, file: doc.file, outlet: null, published: doc.published, story: storyOf.get(doc.file)!, quote: m.quote, span: m.span },
      indicator: m.indicator, value: m.value, unit: m.unit, qualifier: m.qualifier, period: m.period,
      documentPair: knowledge.get(doc.file)!.countryPair,
      ...(m.label !== undefined && { label: m.label }), ...(m.from !== undefined && { from: m.from }), ...(m.to !== undefined && { to: m.to }),
    })));
  const figures = reconcileFigures(evidence);
  const conflicts = figures.filter((figure) => figure.conflict);
  console.log(`\n=== figures: ${figures.length} from ${evidence.length} measurements; ${conflicts.length} conflicts ` +
    `(at most ${Math.floor(documents.length / 20)} false ones allowed)`);
  for (const figure of conflicts) {
    console.log(`  ${figure.key}: ${figure.conflict!.text}`);
    for (const value of figure.values) console.log(`    ${value.value} ${figure.unit}: ${value.sources.map((s) => s.file.slice(0, 4)).join(', ')}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  evaluateKnowledge(process.env.CONCORD_SHARED ?? join(import.meta.dirname, '../../../shared'));
}
