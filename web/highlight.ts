// Cuts a document's text into runs for highlighting: each run is either plain or covered by facts' spans.
// Spans may nest or overlap, so the text is cut at every span edge and a covered run is coloured by its
// narrowest fact (a person inside an event's sentence shows as the person).

export interface SpanFact {
  id: string;
  kind: string;
  span: readonly [number, number] | null;
}

export interface Run {
  text: string;
  start: number;
  /** Facts covering this run, narrowest first; empty for plain text. */
  facts: SpanFact[];
}

export function highlightRuns(text: string, facts: SpanFact[]): Run[] {
  const cited = facts.filter((f): f is SpanFact & { span: readonly [number, number] } =>
    f.span !== null && f.span[0] < f.span[1] && f.span[1] <= text.length);
  const edges = [...new Set([0, text.length, ...cited.flatMap((f) => f.span)])].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const [start, end] = [edges[i], edges[i + 1]];
    const covering = cited
      .filter((f) => f.span[0] <= start && f.span[1] >= end)
      .sort((a, b) => (a.span[1] - a.span[0]) - (b.span[1] - b.span[0]));
    const last = runs.at(-1);
    if (last && covering.length === 0 && last.facts.length === 0) last.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), start, facts: covering });
  }
  return runs;
}
