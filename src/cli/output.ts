// Presenting results: JSON Lines for programs, aligned tables and short lines for people.

export function printJsonLines(rows: Iterable<unknown>, out: NodeJS.WritableStream = process.stdout): void {
  for (const row of rows) out.write(JSON.stringify(row) + '\n');
}

/** A plain text table; cells are cut to `maxWidth` so a long quote does not wrap the terminal. */
export function formatTable(headers: string[], rows: Array<Array<unknown>>, maxWidth = 60): string {
  const cells = rows.map((r) => r.map((c) => clip(c == null ? '' : String(c), maxWidth)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** "showing 1–50 of 312" under a table, so a reader knows when rows were left out. */
export function footer(page: { items: unknown[]; total: number; offset: number }): string {
  if (!page.total) return 'nothing found\n';
  const first = page.offset + 1;
  return `showing ${first}–${page.offset + page.items.length} of ${page.total}\n`;
}
