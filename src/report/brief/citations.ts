// Citations numbered in order of first use: the same fact cited twice keeps its number, so every [n] in the
// brief resolves to one entry with its outlet, date, address and quote.
import type { EvidenceRow } from '../../store/index.js';
import type { Citation } from './model.js';

export class CitationBook {
  private readonly byFact = new Map<string, Citation>();
  private readonly rows: ReadonlyMap<string, EvidenceRow>;

  constructor(evidence: readonly EvidenceRow[], private readonly documents: ReadonlyMap<string, { url: string | null; title: string | null }>) {
    this.rows = new Map(evidence.map((row) => [row.id, row]));
  }

  /** The number of the fact's citation; null for a fact the store no longer holds. */
  cite(factId: string): number | null {
    const known = this.byFact.get(factId);
    if (known) return known.n;
    const row = this.rows.get(factId);
    if (!row) return null;
    const document = this.documents.get(row.documentId);
    const citation: Citation = {
      n: this.byFact.size + 1, factId, outlet: row.outlet, published: row.published, url: document?.url ?? null,
      file: row.file, title: document?.title ?? null, quote: row.quote,
    };
    this.byFact.set(factId, citation);
    return citation.n;
  }

  /** Numbers of the facts' citations, ascending, each once. */
  citeAll(factIds: readonly string[]): number[] {
    const numbers = factIds.map((id) => this.cite(id)).filter((n): n is number => n !== null);
    return [...new Set(numbers)].sort((a, b) => a - b);
  }

  list(): Citation[] {
    return [...this.byFact.values()];
  }
}
