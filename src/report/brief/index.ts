// Briefs on a relationship: read the store, build the document model, render it as Markdown, HTML or PDF.
import type { Store } from '../../store/index.js';
import { buildBrief } from './build.js';
import { renderHtml } from './html.js';
import { readReportInput } from './input.js';
import { renderMarkdown, type MarkdownReport } from './markdown.js';
import type { Brief, Generation, ReportFormat, ReportOptions } from './model.js';
import { printPdf } from './pdf.js';

export { buildBrief, parsePair } from './build.js';
export { readReportInput, type ReportInput } from './input.js';
export { renderHtml, escapeHtml } from './html.js';
export { renderMarkdown, escapeMarkdown, type MarkdownReport } from './markdown.js';
export { printPdf, DEFAULT_CHROMIUM } from './pdf.js';
export { REPORT_FORMATS, REPORT_LANGS, type Brief, type Citation, type Generation, type ReportFormat, type ReportLang, type ReportOptions } from './model.js';

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8', md: 'text/markdown; charset=utf-8', pdf: 'application/pdf',
};

export interface RenderedReport {
  brief: Brief;
  body: string | Buffer;
  /** Chart files a Markdown report links to. */
  charts: MarkdownReport['charts'];
}

export async function renderReport(store: Store, options: ReportOptions, format: ReportFormat, extra: {
  generation?: Generation; chartName?: (indicator: string) => string; chromium?: string;
} = {}): Promise<RenderedReport> {
  const brief = buildBrief(await readReportInput(store), options);
  if (format === 'md') {
    const { text, charts } = renderMarkdown(brief, { chartName: extra.chartName, generation: extra.generation });
    return { brief, body: text, charts };
  }
  const html = renderHtml(brief, extra.generation);
  return { brief, body: format === 'pdf' ? await printPdf(html, extra.chromium) : html, charts: [] };
}
