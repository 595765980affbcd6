// The brief as one self-contained HTML page: charts are inline SVG, styles are inline, nothing is fetched.
// Every text from a document is escaped. The footer holds the only words that change between runs.
import { sectionChart } from './charts.js';
import { citationSource, figureValue, flat, formatValue, share } from './format.js';
import type { Brief, Generation, PlanSection, TimelineEntry } from './model.js';
import { countryName, indicatorName, WORDS, type Words } from './words.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const e = (text: string | null | undefined) => escapeHtml(text ?? '');

function cites(numbers: number[]): string {
  return numbers.map((n) => `<a class="cite" href="#cite-${n}">[${n}]</a>`).join('');
}

export function renderHtml(brief: Brief, generation?: Generation): string {
  const w = WORDS[brief.lang];
  const [a, b] = brief.pair.map((code) => countryName(w, code));
  const title = w.title(a, b);
  const sections: Array<[string, string, string]> = [
    ['indicators', w.headline, indicatorsHtml(brief, w)],
    ['plans', w.plans, plansHtml(brief, w)],
    ['timeline', w.timeline, timelineHtml(brief, w)],
    ['instruments', w.instruments, instrumentsHtml(brief, w)],
    ['conflicts', w.conflicts, conflictsHtml(brief, w)],
    ['citations', w.citations, citationsHtml(brief, w)],
  ];
  return `<!DOCTYPE html>
<html lang="${brief.lang}">
<head>
<meta charset="utf-8">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="meta">${e(w.period)}: ${e(periodText(brief, w))}${brief.asOf ? ` · ${e(w.asOf)} ${e(brief.asOf)}` : ''} · ${e(w.sources(brief.documents, brief.citations.length))}</p>
<nav aria-label="${e(w.contents)}"><ol>${sections.map(([id, heading]) => `<li><a href="#${id}">${e(heading)}</a></li>`).join('')}</ol></nav>
</header>
<main>
${sections.map(([id, heading, body]) => `<section id="${id}">\n<h2>${e(heading)}</h2>\n${body}\n</section>`).join('\n')}
</main>
${generation ? `<footer class="generated" data-generated="">${e(w.generated(generation.at, generation.store))}</footer>\n` : ''}</body>
</html>
`;
}

export function periodText(brief: Brief, w: Words): string {
  if (!brief.from && !brief.to) return w.allPeriods;
  return `${brief.from ?? '…'} – ${brief.to ?? '…'}`;
}

function indicatorsHtml(brief: Brief, w: Words): string {
  if (brief.indicators.length === 0) return `<p>${e(w.noFigures)}</p>`;
  const summary = `<table class="headline"><thead><tr><th>${e(w.indicator)}</th><th>${e(w.latest)}</th><th>${e(w.periodCol)}</th><th>${e(w.cited)}</th></tr></thead><tbody>
${brief.indicators.map((s) => `<tr><td><a href="#indicator-${s.indicator}">${e(indicatorName(w, s.indicator))}</a></td><td class="num"><strong>${e(figureValue(s.headline, w, brief.lang))}</strong>${s.headline.direction ? ` ${e(s.headline.direction)}` : ''}</td><td>${e(s.headline.period || w.undated)}</td><td>${cites(s.headline.cites)}</td></tr>`).join('\n')}
</tbody></table>
<p class="note">${e(w.headlineNote)}</p>`;
  const details = brief.indicators.map((section) => {
    const chart = sectionChart(brief, section);
    return `<article id="indicator-${section.indicator}" class="indicator">
<h3>${e(indicatorName(w, section.indicator))}</h3>
${chart ? `<figure class="chart">${chart}</figure>` : ''}
<table><thead><tr><th>${e(w.periodCol)}</th><th>${e(w.value)}</th><th>${e(w.direction)}</th><th>${e(w.corroboration)}</th><th>${e(w.conflict)}</th><th>${e(w.cited)}</th></tr></thead><tbody>
${section.figures.map((line) => `<tr${line.conflict ? ' class="conflict"' : ''}><td>${e(line.period || w.undated)}</td><td class="num">${e(figureValue(line, w, brief.lang))}</td><td>${e(line.direction ?? '')}</td><td class="num">${line.corroboration}</td><td>${line.conflict ? `<a href="#conflicts">${e(w.conflictYes)}</a>` : ''}</td><td>${cites(line.cites)}</td></tr>`).join('\n')}
</tbody></table>
</article>`;
  });
  return [summary, ...details].join('\n');
}

function plansHtml(brief: Brief, w: Words): string {
  if (brief.plans.length === 0) return `<p>${e(w.noPlans)}</p>`;
  return brief.plans.map((plan) => planHtml(plan, w)).join('\n');
}

function planHtml(plan: PlanSection, w: Words): string {
  const counts = (c: PlanSection['counts']) => (Object.keys(c) as Array<keyof typeof c>)
    .filter((status) => c[status] > 0).map((status) => `${e(w.statuses[status])}: ${c[status]}`).join(', ');
  return `<article class="plan">
<h3>${e(plan.title)}</h3>
<p>${e(plan.period.start)} – ${e(plan.period.end)} · ${e(w.done)}: <strong>${share(plan.doneShare)}</strong> · ${counts(plan.counts)}</p>
<table><thead><tr><th>${e(w.roadmap)}</th><th>${e(w.area)}</th><th>${e(w.done)}</th><th></th></tr></thead><tbody>
${plan.roadmaps.map((r) => `<tr><td>${e(r.title)}</td><td>${e(r.area)}</td><td class="num">${share(r.doneShare)}</td><td>${counts(r.counts)}</td></tr>`).join('\n')}
</tbody></table>
<h4>${e(w.overdue)}</h4>
${plan.overdue.length === 0 ? `<p>${e(w.noOverdue)}</p>` : `<ul>${plan.overdue.map((m) =>
    `<li><strong>${e(m.title)}</strong> (${e(m.roadmap)}; ${e(w.deadline)} ${e(m.deadline)}) ${cites(m.cites)}</li>`).join('\n')}</ul>`}
</article>`;
}

function timelineHtml(brief: Brief, w: Words): string {
  const table = (entries: TimelineEntry[]) => `<table><thead><tr><th>${e(w.date)}</th><th>${e(w.what)}</th><th>${e(w.place)}</th><th>${e(w.cited)}</th></tr></thead><tbody>
${entries.map((t) => `<tr class="${t.kind}"><td class="date">${e(t.date)}</td><td><span class="tag">${e(t.type.replace(/_/g, ' '))}</span> ${e(t.title)}</td><td>${e(t.place)}</td><td>${cites(t.cites)}</td></tr>`).join('\n')}
</tbody></table>`;
  const { happened, planned } = brief.timeline;
  if (happened.length + planned.length === 0) return `<p>${e(w.noEvents)}</p>`;
  return `<h3>${e(w.happened)}</h3>\n${happened.length ? table(happened) : `<p>${e(w.noEvents)}</p>`}` +
    (planned.length ? `\n<h3>${e(w.planned)}</h3>\n${table(planned)}` : '');
}

function instrumentsHtml(brief: Brief, w: Words): string {
  if (brief.instruments.length === 0) return `<p>${e(w.noInstruments)}</p>`;
  return `<table><thead><tr><th>${e(w.signed)}</th><th>${e(w.type)}</th><th>${e(w.what)}</th><th>${e(w.parties)}</th><th>${e(w.validUntil)}</th><th>${e(w.cited)}</th></tr></thead><tbody>
${brief.instruments.map((i) => `<tr><td class="date">${e(i.signedOn ?? '')}</td><td>${e(i.type.replace(/_/g, ' '))}</td><td>${e(i.title)}</td><td>${e(i.parties.join(', '))}</td><td class="date">${e(i.validUntil ?? '')}</td><td>${cites(i.cites)}</td></tr>`).join('\n')}
</tbody></table>`;
}

function conflictsHtml(brief: Brief, w: Words): string {
  if (brief.conflicts.length === 0) return `<p>${e(w.noConflicts)}</p>`;
  return brief.conflicts.map((c) => `<article class="conflict">
<h3>${e(indicatorName(w, c.indicator))}, ${e(c.period)}${c.direction ? ` ${e(c.direction)}` : ''}</h3>
<ul>${c.values.map((v) => `<li><strong>${e(w.qualifiers[v.qualifier] + formatValue(v.value, c.unit, brief.lang))}</strong> — ${e(w.reportedBy)}:
<ul>${v.sources.map((s) => `<li>${cites([s.n])} ${e(s.outlet)}, ${e(s.published ?? w.undated)}: <q>${e(flat(s.quote))}</q></li>`).join('')}</ul></li>`).join('\n')}</ul>
<p><em>${e(w.likelyReason)}:</em> ${e(w.reasons[c.reason.code] ?? c.reason.text)}${detail(c.reason)}</p>
</article>`).join('\n');
}

/** The specifics a reason's code does not carry (which agencies, how many days). */
function detail(reason: { code: string; text: string }): string {
  const specifics = reason.code === 'agency' ? reason.text.split(': ').slice(1).join(': ')
    : reason.code === 'revision' ? (/\d+/.exec(reason.text)?.[0] ?? '') : '';
  return specifics ? ` (${e(specifics)})` : '';
}

function citationsHtml(brief: Brief, w: Words): string {
  if (brief.citations.length === 0) return '';
  return `<ol class="citations">
${brief.citations.map((c) => `<li id="cite-${c.n}" value="${c.n}"><span class="source">${e(citationSource(c, w))}</span>${c.title ? ` — ${e(c.title)}` : ''}${c.url ? ` <a href="${e(c.url)}">${e(c.url)}</a>` : ` <span class="file">${e(c.file)}</span>`}<blockquote>${e(flat(c.quote))}</blockquote></li>`).join('\n')}
</ol>`;
}

const STYLE = `
body{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;font-size:11pt;line-height:1.4;color:#1a1a1a;max-width:60rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.25rem;border-bottom:2px solid #5070dd;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}h4{font-size:.95rem;margin:.8rem 0 .3rem}
.meta,.note,footer{color:#555;font-size:.9rem}nav ol{columns:2;font-size:.9rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0;font-size:.9rem}th,td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f3f5fb}td.num{text-align:right;white-space:nowrap}td.date{white-space:nowrap}tr.conflict td{background:#fff4e5}
.cite{text-decoration:none;color:#2a4ab0;font-size:.85em;white-space:nowrap}
figure.chart{margin:.5rem 0}figure.chart svg{width:100%;height:auto}
.tag{display:inline-block;font-size:.75rem;background:#eef;border-radius:3px;padding:0 .3rem;margin-right:.2rem}
ol.citations{font-size:.85rem;padding-left:2.2rem}ol.citations li{margin-bottom:.45rem}
blockquote{margin:.2rem 0 0 0;padding-left:.6rem;border-left:3px solid #ccd;color:#333}
q{font-style:italic}a{color:#2a4ab0;word-break:break-word}footer{margin-top:2rem;border-top:1px solid #ddd;padding-top:.5rem}
article.conflict,article.plan{break-inside:avoid-page}tr{break-inside:avoid}
@media print{body{margin:0;max-width:none}nav{display:none}h2{break-after:avoid}}
`;
