// `concord report`: a brief on one country pair's relationship, as HTML, PDF or Markdown, with every figure
// and statement cited. The body is the same for the same store and options; the footer says when it was made.
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { UsageError } from '../../core/index.js';
import { REPORT_FORMATS, REPORT_LANGS, renderReport, type ReportFormat, type ReportLang } from '../../report/brief/index.js';
import { parseCommand, parseIsoDay } from '../args.js';
import { resolveConfig } from '../config.js';
import { withStore, type CommandContext } from '../main.js';

export const usage = `concord report --pair RU-AZ [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--as-of YYYY-MM-DD]
               [--format html|pdf|md] [--lang en|ru] [--out FILE]
  headline indicators with charts, plan status and overdue measures, timeline, instruments signed, open
  conflicts between sources, and numbered citations. Markdown writes each chart as FILE.<indicator>.svg
  next to FILE. PDF needs --out and Chromium (CONCORD_CHROMIUM, default /usr/bin/chromium).`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommand(argv, {
    pair: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, 'as-of': { type: 'string' },
    format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' },
  });
  if (!values.pair) throw new UsageError(`report needs --pair, e.g. --pair RU-AZ\n${usage}`);
  const format = (values.format ?? formatOf(values.out) ?? 'html') as ReportFormat;
  const lang = (values.lang ?? 'en') as ReportLang;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format is one of ${REPORT_FORMATS.join(', ')}, not "${values.format}"`);
  if (!REPORT_LANGS.includes(lang)) throw new UsageError(`--lang is one of ${REPORT_LANGS.join(', ')}, not "${values.lang}"`);
  if (format === 'pdf' && !values.out) throw new UsageError('--format pdf needs --out FILE (a PDF is not written to a terminal)');
  const options = {
    pair: values.pair, lang,
    from: parseIsoDay(values.from, '--from'), to: parseIsoDay(values.to, '--to'), asOf: parseIsoDay(values['as-of'], '--as-of'),
  };
  const out = values.out;
  const stem = out ? basename(out, extname(out)) : null;
  const config = resolveConfig(values, ctx.env);
  const rendered = await withStore(values, ctx, (store) => renderReport(store, options, format, {
    generation: { at: new Date().toISOString(), store: config.databaseUrl ? 'PostgreSQL' : config.dataDir },
    chartName: stem ? (indicator) => `${stem}.${indicator}.svg` : undefined,
    chromium: ctx.env.CONCORD_CHROMIUM || undefined,
  }));
  if (!out) {
    ctx.stdout.write(rendered.body);
    return 0;
  }
  await writeFile(out, rendered.body);
  for (const chart of rendered.charts) await writeFile(join(dirname(out), chart.name), chart.svg, 'utf8');
  const { brief } = rendered;
  ctx.stderr.write(`concord: wrote ${out} (${brief.indicators.length} indicators, ${brief.conflicts.length} conflicts, ` +
    `${brief.citations.length} citations${rendered.charts.length ? `, ${rendered.charts.length} chart files` : ''})\n`);
  return 0;
}

function formatOf(file: string | undefined): ReportFormat | undefined {
  const ext = file ? extname(file).slice(1).toLowerCase() : '';
  return ext === 'markdown' ? 'md' : (REPORT_FORMATS as readonly string[]).includes(ext) ? ext as ReportFormat : undefined;
}
