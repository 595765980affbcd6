// What must hold for any extraction of any text: every span lies inside the text and holds its quote.
import type { Extraction, Mention, Span } from '../../src/core/index.js';

export function spanProblems(text: string, span: Span | undefined, quote: string | undefined, what: string): string[] {
  if (!span) return quote === undefined ? [] : [`${what}: a quote without a span`];
  const [start, end] = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    return [`${what}: span [${start}, ${end}] outside a text of ${text.length}`];
  }
  if (quote !== undefined && text.slice(start, end) !== quote) {
    return [`${what}: span [${start}, ${end}] holds ${JSON.stringify(text.slice(start, end))}, not ${JSON.stringify(quote)}`];
  }
  return [];
}

export function mentionProblems(text: string, mentions: Mention[], finder = 'mention'): string[] {
  return mentions.flatMap((m, i) => spanProblems(text, m.span, m.text, `${finder} ${i} (${m.kind})`));
}

export function extractionProblems(text: string, extraction: Extraction): string[] {
  const cited = [
    ...extraction.measurements.map((f) => ['measurement', f] as const),
    ...extraction.instruments.map((f) => ['instrument', f] as const),
    ...extraction.events.map((f) => ['event', f] as const),
    ...extraction.people.map((f) => ['person', f] as const),
  ];
  return [
    ...mentionProblems(text, extraction.mentions),
    ...cited.flatMap(([kind, fact], i) => spanProblems(text, fact.span, fact.quote, `${kind} ${i}`)),
    ...extraction.diagnostics.flatMap((d, i) => spanProblems(text, d.span, undefined, `diagnostic ${i} (${d.code})`)),
  ];
}
