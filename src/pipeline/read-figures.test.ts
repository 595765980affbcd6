// Figures read from stored measurements: corroboration by distinct stories, conflicts between stories.
import { describe, expect, it } from 'vitest';
import type { Measurement, SourceDocument } from '../core/index.js';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { cite, emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';
import { knowledgeToSave } from './document-knowledge.js';
import { readFigures } from './read-figures.js';

const AZ_SIDE = 'The trade turnover between Azerbaijan and Russia amounted to $2.9 billion in 2021, according to the ' +
  'State Customs Committee of Azerbaijan. Russia is Azerbaijan’s third-largest trading partner after Italy and Turkey. ' +
  'Azerbaijan and Russia also discussed transport corridors, energy and humanitarian ties at length in Baku.';
const RU_SIDE = 'In 2021, mutual trade between Russia and Azerbaijan amounted to $3.4 billion, the Russian Deputy Prime ' +
  'Minister said in Moscow, adding that Russia and Azerbaijan intend to widen settlements in national currencies.';

function turnover(text: string, quote: string, value: number): Measurement {
  return {
    indicator: 'trade_turnover', value, unit: 'USD', qualifier: 'exact',
    period: { start: '2021-01-01', end: '2021-12-31' }, ...cite(text, quote),
  };
}

describe.each(engines)('figures from the store on %s', (engine) => {
  const db = useTestStore(engine);

  async function save(doc: SourceDocument, measurement: Measurement): Promise<void> {
    await db().store.saveDocument(doc, emptyExtraction({ measurements: [measurement] }), knowledgeToSave(doc, 'en'));
  }

  it('counts a copy of a story once but keeps it as a source, and holds a disagreeing story apart', async () => {
    const azQuote = AZ_SIDE.slice(0, AZ_SIDE.indexOf('Russia is') - 1);
    const copy = `${AZ_SIDE} Reposted.`;
    await save(sourceDocument(AZ_SIDE, { file: 'az.txt', published: '2022-02-01' }), turnover(AZ_SIDE, azQuote, 2.9e9));
    await save(sourceDocument(copy, { file: 'az-copy.txt', published: '2022-02-02' }), turnover(copy, azQuote, 2.9e9));
    await save(sourceDocument(RU_SIDE, { file: 'ru.txt', published: '2022-04-26' }),
      turnover(RU_SIDE, RU_SIDE.slice(0, RU_SIDE.indexOf(', the Russian')), 3.4e9));

    const [figure] = await readFigures(db().store);
    expect(figure).toMatchObject({ indicator: 'trade_turnover', pair: 'AZ-RU', value: 2.9e9, corroboration: 1 });
    expect(figure.sources.map((source) => source.file)).toEqual(['az.txt', 'az-copy.txt']);
    expect(figure.values.map((value) => value.value)).toEqual([2.9e9, 3.4e9]);
    expect(figure.conflict).not.toBeNull();
  });
});
