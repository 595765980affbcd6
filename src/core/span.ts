// Character spans into a document's text: UTF-16 code-unit offsets, end exclusive,
// so that `text.slice(start, end)` is exactly the cited quote.

export type Span = readonly [start: number, end: number];

export function spanText(text: string, span: Span): string {
  return text.slice(span[0], span[1]);
}

export function spanHolds(text: string, span: Span, quote: string): boolean {
  const [start, end] = span;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start &&
    end <= text.length && text.slice(start, end) === quote;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}
