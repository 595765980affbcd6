// Scores extraction on the shared corpus (seeds and dev) with the shared scorer, per kind and per language,
// and lists the misses. Usage: npm run eval [-- --show N] [-- --set dev]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDocuments } from '../../src/ingest/index.js';
import { extractDocument } from '../../src/pipeline/extract-documents.js';
import { evaluateKnowledge } from './knowledge-eval.js';

const shared = resolve(process.env.CONCORD_SHARED ?? join(import.meta.dirname, '../../../shared'));
const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : '0';
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const scorer = join(shared, 'tools/score-facts.mjs');
const out = mkdtempSync(join(tmpdir(), 'concord-eval-'));

function score(gold: string, pred: string, texts: string, extra: string[] = []): string {
  return execFileSync('node', [scorer, gold, pred, '--texts', texts, ...extra], { encoding: 'utf8' });
}

for (const set of ['seeds', 'dev'].filter((s) => !only || s === only)) {
  const dir = join(shared, 'corpus', set);
  const goldPath = join(shared, 'corpus/gold', `${set}.jsonl`);
  const goldLang = new Map(readFileSync(goldPath, 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { file: string; lang: string }).map((g) => [g.file, g.lang]));
  const lines: string[] = [];
  const byLang = new Map<string, string[]>();
  // The same path as `concord extract`: furniture removed, metadata from index.jsonl and header lines.
  for await (const outcome of readDocuments([dir])) {
    if (outcome.kind !== 'document') continue;
    const { record } = extractDocument(outcome.document);
    const line = JSON.stringify(record);
    lines.push(line);
    const lang = goldLang.get(record.file) ?? record.lang;
    byLang.set(lang, [...(byLang.get(lang) ?? []), line]);
  }
  const pred = join(out, `${set}.jsonl`);
  writeFileSync(pred, lines.join('\n') + '\n');
  console.log(`\n=== ${set} (${lines.length} documents)`);
  process.stdout.write(score(goldPath, pred, dir, ['--show', show]));
  for (const [lang, langLines] of byLang) {
    const goldLangPath = join(out, `${set}.${lang}.gold.jsonl`);
    writeFileSync(goldLangPath, readFileSync(goldPath, 'utf8').split('\n')
      .filter((l) => l && goldLang.get(JSON.parse(l).file) === lang).join('\n') + '\n');
    const predLang = join(out, `${set}.${lang}.jsonl`);
    writeFileSync(predLang, langLines.join('\n') + '\n');
    const all = score(goldLangPath, predLang, dir).trim().split('\n').at(-1);
    console.log(`  [${lang}] ${all}`);
  }
}
console.log(`\npredictions in ${out}`);
evaluateKnowledge(shared);
