// The human-readable form of one document's extraction: what a reader checks at a glance.
import type { ExtractRecord } from '../../pipeline/extract-documents.js';

export function printExtractSummary(r: ExtractRecord, out: NodeJS.WritableStream): void {
  const lines: string[] = [];
  lines.push(`${r.file}  ${r.lang}  published ${r.published ?? 'unknown'}${r.outlet ? '  ' + r.outlet : ''}`);
  if (r.title) lines.push(`  ${r.title}`);
  for (const m of r.measurements) {
    const period = m.period ? ` ${m.period.start ?? '…'}..${m.period.end ?? '…'}` : '';
    const flow = m.from || m.to ? ` ${m.from ?? '?'}→${m.to ?? '?'}` : '';
    lines.push(`  figure      ${m.indicator}${m.label ? ` (${m.label})` : ''}: ${qualifier(m.qualifier)}${m.value.toLocaleString('en')} ${m.unit}${period}${flow}`);
  }
  for (const i of r.instruments) {
    lines.push(`  instrument  ${i.type}: ${i.title}${i.signed_on ? `, signed ${i.signed_on}` : ''}${i.place ? ` in ${i.place}` : ''}${i.parties.length ? ` [${i.parties.join(', ')}]` : ''}`);
  }
  for (const e of r.events) {
    lines.push(`  event       ${e.type}: ${e.title}${e.date ? `, ${e.date}` : ''}${e.place ? ` in ${e.place}` : ''}`);
  }
  for (const p of r.people) {
    lines.push(`  person      ${p.name}${p.role ? `, ${p.role}` : ''}${p.country ? ` (${p.country})` : ''}`);
  }
  const facts = r.measurements.length + r.instruments.length + r.events.length + r.people.length;
  lines.push(`  ${facts} facts, ${r.mentions.length} mentions${r.diagnostics.length ? `, ${r.diagnostics.length} diagnostics` : ''}`);
  out.write(lines.join('\n') + '\n\n');
}

function qualifier(q: string): string {
  return q === 'more_than' ? 'over ' : q === 'less_than' ? 'under ' : q === 'approx' ? 'about ' : '';
}
