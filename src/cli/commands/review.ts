// `concord review`: curators confirm, reject, correct or merge facts and entities, list their decisions,
// and see what awaits review.
import { UsageError } from '../../core/index.js';
import { DECISION_ACTIONS, parseFieldAssignment, type DecisionAction, type FieldValue } from '../../knowledge/curation/index.js';
import { parseCommand } from '../args.js';
import { formatTable, printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';
import { listDecisions, listReviewQueue, recordDecision } from '../../pipeline/curation.js';
import { refreshReadModels } from '../../pipeline/read-models.js';

export const usage = `concord review confirm|reject|correct|merge TARGET... [--set field=value]... --why "..." [--by NAME] [--json]
concord review list [--json]      the decisions made, oldest first
concord review queue [--json]     what awaits review
  TARGET is a fact (f_… as 'concord facts' prints it, or its fact_… key), a figure key, or a person_…,
  instrument_… or event_… id. A merge joins the other targets into the first.
  --by defaults to $USER, else "curator".`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    set: { type: 'string', multiple: true }, why: { type: 'string' }, by: { type: 'string' },
  });
  const [sub, ...targets] = positionals;
  if (sub === 'list') return list(values, ctx);
  if (sub === 'queue') return queue(values, ctx);
  if (!DECISION_ACTIONS.includes(sub as DecisionAction)) throw new UsageError(`review needs one of confirm, reject, correct, merge, list, queue\n${usage}`);
  const fields: Record<string, FieldValue> = {};
  for (const assignment of values.set ?? []) {
    try {
      const [field, value] = parseFieldAssignment(assignment);
      fields[field] = value;
    } catch (error) {
      throw new UsageError(`--set ${(error as Error).message}`);
    }
  }
  if (!values.why) throw new UsageError(`review ${sub} needs --why "…"`);
  const decision = await withStore(values, ctx, async (store) => {
    const recorded = await recordDecision(store, {
      action: sub as DecisionAction, targets, fields, why: values.why!, by: values.by ?? ctx.env.USER ?? 'curator',
    });
    // The web app's pages then open on models that already hold the decision.
    await refreshReadModels(store);
    return recorded;
  });
  if (values.json) printJsonLines([decision], ctx.stdout);
  else ctx.stdout.write(`decision ${decision.id}: ${decision.action} ${decision.targets.join(' ')} by ${decision.by}\n`);
  return 0;
}

async function list(values: { json?: boolean; data?: string }, ctx: CommandContext): Promise<number> {
  const decisions = await withStore(values, ctx, listDecisions);
  if (values.json) printJsonLines(decisions, ctx.stdout);
  else ctx.stdout.write(formatTable(['id', 'when', 'by', 'action', 'targets', 'fields', 'why'], decisions.map((d) => [
    d.id, d.at.slice(0, 16).replace('T', ' '), d.by, d.action, d.targets.join(' '),
    Object.entries(d.fields).map(([field, value]) => `${field}=${JSON.stringify(value)}`).join(' '), d.why,
  ]), 50) + `\n${decisions.length} ${decisions.length === 1 ? 'decision' : 'decisions'}\n`);
  return 0;
}

async function queue(values: { json?: boolean; data?: string }, ctx: CommandContext): Promise<number> {
  const items = await withStore(values, ctx, listReviewQueue);
  if (values.json) printJsonLines(items, ctx.stdout);
  else ctx.stdout.write(formatTable(['kind', 'target', 'what', 'why', 'source'], items.map((item) => [
    item.kind, item.target, item.summary, item.reasons.join('; '), item.sources[0]?.file,
  ]), 60) + `\n${items.length} awaiting review\n`);
  return 0;
}
