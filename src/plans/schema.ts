// The plan file: a plan with its road maps, measures and indicators, its commission, and area additions.
// This zod schema is the one definition: it validates files at the edge and publishes schemas/plan.schema.json.
import { z } from 'zod';
import { INDICATORS } from '../core/facts.js';
import { AREA_IDS } from './areas/taxonomy.js';

export const MEASURE_STATUSES = ['planned', 'in_progress', 'done', 'overdue', 'dropped'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2}(-\d{2})?)?)?$/;

function isRealDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

const day = z.string({ error: 'expected a date YYYY-MM-DD' })
  .regex(ISO_DAY, { error: 'expected a date YYYY-MM-DD' })
  .refine(isRealDay, { error: 'expected a date YYYY-MM-DD' });
/** A year, month, day or range of them; a bare year may be written unquoted. */
const period = z.union([z.string(), z.int()], { error: 'expected a period such as 2024, 2024-06 or 2024-01-01..2024-06-30' })
  .transform(String)
  .refine((value) => PERIOD.test(value), { error: 'expected a period such as 2024, 2024-06 or 2024-01-01..2024-06-30' });
const id = z.string({ error: 'expected an id' }).regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, { error: 'expected an id of letters, digits, ".", "_" or "-"' });
const country = z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, { error: 'expected a country code such as RU or a region such as RU-AST' });
const text = z.string({ error: 'expected text' }).min(1, { error: 'expected text' });

const perSide = z.record(country, z.array(text), { error: 'expected lists of names per country code, e.g. {RU: [...], AZ: [...]}' });

export const figureSchema = z.strictObject({ period, value: z.number({ error: 'expected a number' }) });

export const indicatorSchema = z.strictObject({
  id,
  /** The measured quantity, from the facts contract's indicators. */
  metric: z.enum(INDICATORS, { error: `expected one of ${INDICATORS.join(', ')}` }),
  unit: text,
  from: country.optional(),
  to: country.optional(),
  /** Whether meeting the target means reaching at least (increase) or at most (decrease) it. */
  direction: z.enum(['increase', 'decrease']).optional(),
  baseline: figureSchema.optional(),
  targets: z.array(figureSchema).default([]),
});

export const historyEntrySchema = z.strictObject({
  on: day,
  status: z.enum(MEASURE_STATUSES, { error: `expected one of ${MEASURE_STATUSES.join(', ')}` }),
  source: text,
});

export const measureSchema = z.strictObject({
  id,
  title: text,
  responsible: perSide.optional(),
  working_group: id.optional(),
  deadline: day.optional(),
  status: z.enum(MEASURE_STATUSES, { error: `expected one of ${MEASURE_STATUSES.join(', ')}` }).default('planned'),
  keywords: z.array(text).optional(),
  history: z.array(historyEntrySchema).optional(),
  indicators: z.array(indicatorSchema).optional(),
});

export const roadmapSchema = z.strictObject({
  id,
  area: z.string({ error: 'expected an area id' }),
  title: text,
  measures: z.array(measureSchema).default([]),
});

export const workingGroupSchema = z.strictObject({
  id,
  title: text,
  areas: z.array(z.string()).optional(),
  co_chairs: perSide.optional(),
});

export const commissionSchema = z.strictObject({
  title: text,
  co_chairs: perSide.optional(),
  working_groups: z.array(workingGroupSchema).default([]),
});

export const areaExtensionSchema = z.strictObject({
  id,
  title: text.optional(),
  keywords: z.strictObject({ en: z.array(text).optional(), ru: z.array(text).optional() }).optional(),
});

export const planSchema = z.strictObject({
  id,
  title: text,
  type: z.enum(['action_plan', 'roadmap', 'program']).default('action_plan'),
  parties: z.array(country).min(2, { error: 'expected at least two parties' }),
  period: z.strictObject({ start: day, end: day }),
  signed_on: day.optional(),
  signed_place: text.optional(),
  commission: commissionSchema.optional(),
  areas: z.array(areaExtensionSchema).optional(),
  roadmaps: z.array(roadmapSchema).default([]),
}).superRefine(checkReferences);

export type PlanFile = z.output<typeof planSchema>;
export type Roadmap = PlanFile['roadmaps'][number];
export type Measure = Roadmap['measures'][number];
export type PlanIndicator = NonNullable<Measure['indicators']>[number];
export type Figure = z.output<typeof figureSchema>;

/** Ids unique where they name things; areas and working groups that measures point at exist. */
function checkReferences(plan: PlanFile, ctx: z.RefinementCtx): void {
  const areaIds = new Set<string>([...AREA_IDS, ...(plan.areas ?? []).map((area) => area.id)]);
  const groups = new Set((plan.commission?.working_groups ?? []).map((group) => group.id));
  if (plan.period.start > plan.period.end) {
    ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: `expected a date on or after period.start ${plan.period.start}` });
  }
  const roadmapIds = new Set<string>();
  const measureIds = new Set<string>();
  plan.roadmaps.forEach((roadmap, r) => {
    if (roadmapIds.has(roadmap.id)) ctx.addIssue({ code: 'custom', path: ['roadmaps', r, 'id'], message: `duplicate road map id "${roadmap.id}"` });
    roadmapIds.add(roadmap.id);
    if (!areaIds.has(roadmap.area)) {
      ctx.addIssue({ code: 'custom', path: ['roadmaps', r, 'area'], message: `unknown area "${roadmap.area}": expected one of ${[...areaIds].join(', ')} or an area added under areas:` });
    }
    roadmap.measures.forEach((measure, m) => {
      if (measureIds.has(measure.id)) ctx.addIssue({ code: 'custom', path: ['roadmaps', r, 'measures', m, 'id'], message: `duplicate measure id "${measure.id}"` });
      measureIds.add(measure.id);
      if (measure.working_group && !groups.has(measure.working_group)) {
        ctx.addIssue({ code: 'custom', path: ['roadmaps', r, 'measures', m, 'working_group'], message: `unknown working group "${measure.working_group}": expected one listed under commission.working_groups` });
      }
      const indicatorIds = new Set<string>();
      (measure.indicators ?? []).forEach((indicator, i) => {
        if (indicatorIds.has(indicator.id)) ctx.addIssue({ code: 'custom', path: ['roadmaps', r, 'measures', m, 'indicators', i, 'id'], message: `duplicate indicator id "${indicator.id}"` });
        indicatorIds.add(indicator.id);
      });
    });
  });
  (plan.commission?.working_groups ?? []).forEach((group, g) => (group.areas ?? []).forEach((area, a) => {
    if (!areaIds.has(area)) ctx.addIssue({ code: 'custom', path: ['commission', 'working_groups', g, 'areas', a], message: `unknown area "${area}"` });
  }));
}

/** The published JSON Schema of plan files (what schemas/plan.schema.json holds). */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://concord.example/schemas/plan.schema.json',
    title: 'Concord plan file',
    description: 'An intergovernmental action plan: road maps per area, measures with responsible bodies, deadlines, statuses and indicator targets, and the commission with its working groups.',
  };
}
