// The long fuzz campaign: `npm run fuzz [-- --runs 1000000] [--seed N] [--max-length 1048576] [--budget-ms 10000]`.
// Part 1 throws generated and mutated texts at extract() and at each mention finder and counts exceptions and
// spans that do not hold their quotes; part 2 times extract() on ever longer runs of one unit (digits, commas,
// spaces, words) to show growth that is worse than linear. Prints counts, the slowest inputs and the growth.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { extract } from '../../src/extract/index.js';
import { MENTION_FINDERS } from '../../src/extract/configuration.js';
import type { Lang } from '../../src/core/index.js';
import { extractionProblems, mentionProblems } from './invariants.js';
import { REPEATED_UNITS, anyText, corpusSentences, mutatedCorpusText, repeated, tokenSoup } from './texts.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20000' },
    seed: { type: 'string' },
    'max-length': { type: 'string', default: String(1024 * 1024) },
    'budget-ms': { type: 'string', default: '10000' },
    'skip-growth': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const maxLength = Number(values['max-length']);
const budgetMs = Number(values['budget-ms']);

interface Finding { text: string; problem: string }
interface Timing { ms: number; text: string }

const LANGS: (Lang | undefined)[] = ['en', 'ru', 'az', undefined];
const generator = fc.tuple(
  fc.oneof({ weight: 3, arbitrary: mutatedCorpusText(corpusSentences(), 12) }, tokenSoup, anyText),
  fc.constantFrom('2021-05-01', null),
  fc.constantFrom(...LANGS),
);

function campaign(): void {
  const findings: Finding[] = [];
  const slowest: Timing[] = [];
  let done = 0;
  let characters = 0;
  const started = performance.now();
  const batch = 1000;
  for (let offset = 0; offset < runs; offset += batch) {
    for (const [text, published, lang] of fc.sample(generator, { numRuns: Math.min(batch, runs - offset), seed: seed + offset })) {
      const t0 = performance.now();
      try {
        for (const problem of extractionProblems(text, extract({ text, published, lang }))) findings.push({ text, problem });
        for (const find of MENTION_FINDERS) {
          const mentions = find(text, { published, lang: lang ?? 'en' }).mentions;
          for (const problem of mentionProblems(text, mentions, find.name)) findings.push({ text, problem });
        }
      } catch (error) {
        findings.push({ text, problem: `threw ${(error as Error).stack ?? error}` });
      }
      const ms = performance.now() - t0;
      slowest.push({ ms, text });
      if (slowest.length > 50) slowest.sort((a, b) => b.ms - a.ms).splice(10);
      done++;
      characters += text.length;
    }
    process.stderr.write(`\r${done} / ${runs} texts, ${findings.length} findings`);
  }
  process.stderr.write('\n');
  slowest.sort((a, b) => b.ms - a.ms);
  const seconds = (performance.now() - started) / 1000;
  console.log(`campaign: seed ${seed}, ${done} texts (${characters} characters) in ${seconds.toFixed(1)} s, ` +
    `${findings.length} findings, slowest ${slowest[0]?.ms.toFixed(1)} ms per text`);
  for (const f of findings.slice(0, 20)) console.log(`  FINDING ${f.problem}\n    input ${JSON.stringify(f.text.slice(0, 400))}`);
  console.log('slowest inputs:');
  for (const s of slowest.slice(0, 5)) console.log(`  ${s.ms.toFixed(1)} ms, ${s.text.length} chars: ${JSON.stringify(s.text.slice(0, 160))}`);
  if (findings.length) process.exitCode = 1;
}

/** Doubles the length of one repeated unit until the time budget or maxLength; ×2 per doubling is linear. */
function growth(): void {
  console.log(`growth: ms per extract() on runs of one unit, doubling from 16 000 characters to ${maxLength} (budget ${budgetMs} ms)`);
  let worst = { unit: '', ratio: 0, length: 0, ms: 0 };
  for (const unit of REPEATED_UNITS) {
    const cells: string[] = [];
    let previous = 0;
    let ratio = 0;
    for (let length = 16_000; length <= maxLength; length *= 2) {
      const text = repeated(unit, length);
      const t0 = performance.now();
      extract({ text, published: '2021-05-01' });
      const ms = performance.now() - t0;
      if (previous > 20) ratio = ms / previous;
      cells.push(`${length / 1000}k ${ms.toFixed(0)}`);
      previous = ms;
      if (ms > worst.ms) worst = { ...worst, length, ms };
      if (ms > budgetMs) { cells.push('(budget reached)'); break; }
    }
    if (ratio > worst.ratio) worst = { ...worst, unit, ratio };
    console.log(`  ${JSON.stringify(unit).padEnd(32)} ${cells.join(', ')}${ratio ? `  last ×${ratio.toFixed(1)}` : ''}`);
  }
  console.log(`growth: steepest last doubling ×${worst.ratio.toFixed(1)} (${JSON.stringify(worst.unit)}); slowest ${worst.ms.toFixed(0)} ms at ${worst.length} characters`);
}

campaign();
if (!values['skip-growth']) growth();
