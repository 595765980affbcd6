// `concord plan`: plan files in and out, evidence links and their review, measure statuses, drafts from texts.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UsageError } from '../../core/index.js';
import {
  DEFAULT_THRESHOLD, PlanError, PlanFileError, draftPlans, linkEvidence, parsePlan, planStatus, serialisePlan, skeletonFor,
  type PlanFile, type PlanState, type ReviewedLink,
} from '../../plans/index.js';
import { refreshReadModels } from '../../pipeline/read-models.js';
import type { Store } from '../../store/index.js';
import { parseCommand, parseIsoDay } from '../args.js';
import { formatTable, printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';

export const usage = `concord plan import FILE [--json]
concord plan list [--json]
concord plan show [ID] [--as-of YYYY-MM-DD] [--json]
concord plan export [ID] [--json]
concord plan link [ID] [--threshold 0.6] [--json]          find evidence for the plan's measures and indicators
concord plan links [ID] [--measure M] [--json]
concord plan link confirm|reject LINK_ID --why TEXT [--by NAME] [--json]
concord plan status [ID] [--as-of YYYY-MM-DD] [--json]     compute statuses and record the changes
concord plan draft --pair RU-AZ [--accept N [--out FILE]] [--json]`;

const OPTIONS = {
  'as-of': { type: 'string' }, threshold: { type: 'string' }, measure: { type: 'string' }, why: { type: 'string' },
  by: { type: 'string' }, pair: { type: 'string' }, accept: { type: 'string' }, out: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseCommand<typeof OPTIONS>>['values'];

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(argv, OPTIONS);
  const [action, ...args] = positionals;
  try {
    switch (action) {
      case 'import': return await importPlan(args, values, ctx);
      case 'list': return await withStore(values, ctx, (store) => list(store, values, ctx));
      case 'show': return await withStore(values, ctx, (store) => show(store, args[0], values, ctx, false));
      case 'status': return await withStore(values, ctx, (store) => show(store, args[0], values, ctx, true));
      case 'export': return await withStore(values, ctx, (store) => exportPlan(store, args[0], values, ctx));
      case 'link':
        if (args[0] === 'confirm' || args[0] === 'reject') return await withStore(values, ctx, (store) => review(store, args[0] as 'confirm' | 'reject', args[1], values, ctx));
        return await withStore(values, ctx, (store) => link(store, args[0], values, ctx));
      case 'links': return await withStore(values, ctx, (store) => links(store, args[0], values, ctx));
      case 'draft': return await withStore(values, ctx, (store) => draft(store, values, ctx));
      default: throw new UsageError(`plan needs one of import, list, show, export, link, links, status, draft\n${usage}`);
    }
  } catch (error) {
    // Every problem of a plan file on its own line, as a compiler lists them.
    if (error instanceof PlanFileError) {
      for (const line of error.message.split('\n')) ctx.stderr.write(`concord: ${line} (${error.code})\n`);
      return 1;
    }
    throw error;
  }
}

async function importPlan(args: string[], values: Values, ctx: CommandContext): Promise<number> {
  const file = args[0];
  if (!file) throw new UsageError(`plan import needs a FILE\n${usage}`);
  const plan = parsePlan(await readFile(file, 'utf8'), basename(file));
  const result = await withStore(values, ctx, (store) => store.plans.save(plan, file));
  const measures = plan.roadmaps.reduce((n, r) => n + r.measures.length, 0);
  if (values.json) printJsonLines([{ id: plan.id, status: result.status, roadmaps: plan.roadmaps.length, measures }], ctx.stdout);
  else ctx.stdout.write(`${plan.id}: ${result.status === 'new' ? 'imported' : 'updated'} (${plan.roadmaps.length} road maps, ${measures} measures)\n`);
  return 0;
}

async function list(store: Store, values: Values, ctx: CommandContext): Promise<number> {
  const plans = await store.plans.list();
  if (values.json) printJsonLines(plans, ctx.stdout);
  else ctx.stdout.write(formatTable(['id', 'period', 'parties', 'road maps', 'measures', 'links', 'title'],
    plans.map((p) => [p.id, `${p.period.start}..${p.period.end}`, p.parties.join('-'), p.roadmaps, p.measures, p.links, p.title]), 60) + '\n');
  return 0;
}

/** The plan named, or the only one stored. */
async function planOf(store: Store, id: string | undefined): Promise<PlanFile> {
  if (id) {
    const plan = await store.plans.get(id);
    if (!plan) throw new PlanError('not_found', `plan ${id}: no such plan (see 'concord plan list')`);
    return plan;
  }
  const plans = await store.plans.list();
  if (plans.length !== 1) throw new UsageError(plans.length === 0 ? 'no plans stored: import one with concord plan import FILE' : `${plans.length} plans stored: name one (${plans.map((p) => p.id).join(', ')})`);
  return (await store.plans.get(plans[0].id))!;
}

async function show(store: Store, id: string | undefined, values: Values, ctx: CommandContext, record: boolean): Promise<number> {
  const asOf = parseIsoDay(values['as-of'], '--as-of') ?? today();
  const plan = await planOf(store, id);
  const state = planStatus(plan, await store.plans.links(plan.id), asOf);
  const changes = record ? await store.plans.recordStatuses(plan.id, state.measures, asOf) : [];
  if (values.json) {
    printJsonLines(record ? changes.map((c) => ({ change: c })) : [], ctx.stdout);
    printJsonLines([{ plan: { id: plan.id, title: plan.title, parties: plan.parties, period: plan.period }, ...state }], ctx.stdout);
    return 0;
  }
  ctx.stdout.write(describeState(plan, state));
  if (record) ctx.stdout.write(changes.length ? `\n${changes.length} status changes recorded\n` : '\nno status changed since last recorded\n');
  return 0;
}

function describeState(plan: PlanFile, state: PlanState): string {
  const share = (value: number | null) => value === null ? '–' : `${Math.round(value * 100)}% done`;
  const lines = [`${plan.title} (${plan.id}), ${plan.parties.join('–')}, ${plan.period.start}..${plan.period.end}; as of ${state.asOf}: ${share(state.progress.doneShare)}`, ''];
  for (const roadmap of state.roadmaps) {
    lines.push(`${roadmap.title} [${roadmap.area}]: ${share(roadmap.progress.doneShare)}`);
    for (const measure of state.measures.filter((m) => m.roadmapId === roadmap.roadmapId)) {
      lines.push(`  ${measure.status.padEnd(11)} ${measure.measureId}: ${measure.title}${measure.deadline ? ` (by ${measure.deadline})` : ''}`);
      lines.push(`              ${measure.evidence.links} links (${measure.evidence.confirmed} confirmed, ${measure.evidence.rejected} rejected); ${measure.source}`);
      for (const indicator of measure.indicators) {
        for (const target of indicator.targets) {
          lines.push(`              ${indicator.indicatorId} ${target.period}: target ${target.target} ${indicator.unit}, ` +
            (target.value === null ? 'no data' : `${target.value} (${target.valuePeriod}) ${target.outcome}`));
        }
      }
    }
  }
  return lines.join('\n') + '\n';
}

async function exportPlan(store: Store, id: string | undefined, values: Values, ctx: CommandContext): Promise<number> {
  const plan = await planOf(store, id);
  if (values.json) printJsonLines([plan], ctx.stdout);
  else ctx.stdout.write(serialisePlan(plan));
  return 0;
}

async function link(store: Store, id: string | undefined, values: Values, ctx: CommandContext): Promise<number> {
  const threshold = values.threshold === undefined ? DEFAULT_THRESHOLD : Number(values.threshold);
  if (!(threshold >= 0 && threshold <= 1)) throw new UsageError(`--threshold takes a number from 0 to 1, not "${values.threshold}"`);
  const plan = await planOf(store, id);
  const { facts, documentTexts } = await store.plans.linkableFacts();
  const found = linkEvidence(plan, facts, { threshold, documentTexts });
  const result = await store.plans.replaceLinks(plan.id, found);
  const stored = await store.plans.links(plan.id);
  if (values.json) printJsonLines(stored, ctx.stdout);
  else ctx.stdout.write(linkTable(stored) + `\n${result.stored} links found above ${threshold}; ${stored.length} stored (reviewed links kept)\n`);
  await refreshReadModels(store);
  return 0;
}

async function links(store: Store, id: string | undefined, values: Values, ctx: CommandContext): Promise<number> {
  const plan = await planOf(store, id);
  const stored = await store.plans.links(plan.id, { measureId: values.measure });
  if (values.json) printJsonLines(stored, ctx.stdout);
  else ctx.stdout.write(linkTable(stored) + '\n');
  return 0;
}

function linkTable(rows: ReviewedLink[]): string {
  return formatTable(['link', 'target', 'score', 'verdict', 'file', 'quote'], rows.map((l) => [
    l.id, l.target === 'plan' ? 'plan' : `${l.measureId}${l.indicatorId ? `/${l.indicatorId}` : ''}`, l.score.toFixed(2),
    l.review?.verdict ?? '', l.file, l.quote]), 70);
}

async function review(store: Store, action: 'confirm' | 'reject', linkId: string | undefined, values: Values, ctx: CommandContext): Promise<number> {
  if (!linkId) throw new UsageError(`plan link ${action} needs a LINK_ID\n${usage}`);
  if (!values.why?.trim()) throw new UsageError(`plan link ${action} needs --why TEXT: the reason is kept with the verdict`);
  const reviewer = values.by ?? ctx.env.CONCORD_USER ?? ctx.env.USER ?? 'curator';
  const result = await store.plans.review(linkId, action === 'confirm' ? 'confirmed' : 'rejected', reviewer, values.why.trim());
  if (values.json) printJsonLines([result], ctx.stdout);
  else ctx.stdout.write(`${linkId}: ${result.verdict} by ${result.reviewer} at ${result.reviewedAt}\n`);
  await refreshReadModels(store);
  return 0;
}

async function draft(store: Store, values: Values, ctx: CommandContext): Promise<number> {
  const pair = values.pair?.toUpperCase().split(/[-,]/).filter(Boolean);
  if (!pair || pair.length !== 2) throw new UsageError(`plan draft needs --pair with two country codes, e.g. --pair RU-AZ`);
  const { facts } = await store.plans.linkableFacts();
  const proposals = draftPlans(facts, pair);
  if (values.accept !== undefined) {
    const proposal = proposals.find((p) => p.number === Number(values.accept));
    if (!proposal) throw new UsageError(`--accept takes a proposal number from 1 to ${proposals.length}, not "${values.accept}"`);
    const yaml = serialisePlan(skeletonFor(proposal, pair));
    if (values.out) await writeFile(values.out, yaml, 'utf8');
    if (values.json) printJsonLines([{ accepted: proposal.number, file: values.out ?? null, yaml }], ctx.stdout);
    else ctx.stdout.write(values.out ? `${values.out}: skeleton of proposal ${proposal.number} written\n` : yaml);
    return 0;
  }
  if (values.json) printJsonLines(proposals, ctx.stdout);
  else {
    for (const p of proposals) {
      ctx.stdout.write(`${p.number}. ${p.type}: ${p.title} [${p.parties.join(', ')}]${p.signed_on ? `, signed ${p.signed_on}` : ''}${p.valid_until ? `, until ${p.valid_until}` : ''}\n`);
      for (const c of p.citations) ctx.stdout.write(`     ${c.file}: ${c.quote.replace(/\s+/g, ' ').slice(0, 140)}\n`);
    }
    ctx.stdout.write(`${proposals.length} proposals; accept one with concord plan draft --pair ${pair.join('-')} --accept N [--out FILE]\n`);
  }
  return 0;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
