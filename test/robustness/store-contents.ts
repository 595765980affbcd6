// What an embedded store holds, read through the real CLI in a form two stores can be compared by.
import { concord, jsonLines } from '../e2e/cli.js';

export interface StoreContents {
  /** `<content hash> <fact count>` per stored document, sorted. */
  documents: string[];
  facts: number;
}

export async function storeContents(options: { data?: string; env?: NodeJS.ProcessEnv }): Promise<StoreContents> {
  const args = options.data ? ['--data', options.data] : [];
  const documents = jsonLines((await concord(['documents', '--json', ...args], { env: options.env })).stdout);
  const facts = jsonLines((await concord(['facts', '--json', ...args], { env: options.env })).stdout);
  return { documents: documents.map((d) => `${d.contentHash} ${d.factCount}`).sort(), facts: facts.length };
}
