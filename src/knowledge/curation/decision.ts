// A curator's decision on a fact, figure, person, instrument or timeline entry: what was decided, by whom,
// when and why. Targets are stable keys (what a thing says, not where it is stored), so decisions outlive
// re-ingestion and re-extraction.

export const DECISION_ACTIONS = ['confirm', 'reject', 'correct', 'merge'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** A corrected field's new value: text, a number, a list, or null to clear it. */
export type FieldValue = string | number | boolean | null | string[] | { start: string | null; end: string | null };

export interface DecisionInput {
  action: DecisionAction;
  /** One target, or two and more for a merge (the first is the one the others join). */
  targets: string[];
  /** For "correct": the fields and their new values. */
  fields?: Record<string, FieldValue>;
  why: string;
  by: string;
}

export interface Decision extends Required<DecisionInput> {
  id: number;
  /** ISO timestamp. */
  at: string;
}

export type TargetKind = 'fact' | 'figure' | 'person' | 'instrument' | 'event';

/** What a target names, told by its shape: fact_…, person_…, instrument_…, event_…, or a figure key (a|b|c). */
export function targetKind(target: string): TargetKind | null {
  if (target.startsWith('fact_')) return 'fact';
  if (target.startsWith('person_')) return 'person';
  if (target.startsWith('instrument_')) return 'instrument';
  if (target.startsWith('event_')) return 'event';
  if (target.includes('|')) return 'figure';
  return null;
}

/**
 * "value=3.4e9", "period=2021-01-01..2021-12-31", "participants=A;B", "place=" (cleared): the text of a
 * --set option as a field and a value. Numbers stay numbers; anything else is text.
 */
export function parseFieldAssignment(assignment: string): [string, FieldValue] {
  const at = assignment.indexOf('=');
  if (at < 1) throw new RangeError(`"${assignment}": expected field=value`);
  const field = assignment.slice(0, at).trim();
  const raw = assignment.slice(at + 1).trim();
  if (raw === '' || raw === 'null') return [field, null];
  if (raw === 'true' || raw === 'false') return [field, raw === 'true'];
  if (field === 'period') {
    const [start, end] = raw.split('..');
    return [field, { start: start || null, end: (end ?? start) || null }];
  }
  if (['participants', 'parties', 'aliases', 'countries'].includes(field)) return [field, raw.split(/\s*;\s*/).filter(Boolean)];
  if (/^-?\d+(?:\.\d+)?(?:e\d+)?$/i.test(raw)) return [field, Number(raw)];
  return [field, raw];
}

/** Checks a decision before it is stored: the problem in words, or null when it is sound. */
export function decisionProblem(input: DecisionInput): string | null {
  if (!DECISION_ACTIONS.includes(input.action)) return `"${input.action}": expected one of ${DECISION_ACTIONS.join(', ')}`;
  if (input.targets.length === 0) return 'no target given';
  const unknown = input.targets.find((target) => targetKind(target) === null);
  if (unknown) return `"${unknown}": not a fact_, figure, person_, instrument_ or event_ key`;
  if (input.action === 'merge') {
    if (input.targets.length < 2) return 'a merge joins two or more targets';
    const kinds = new Set(input.targets.map(targetKind));
    if (kinds.size > 1) return 'a merge joins targets of one kind';
    if (kinds.has('fact')) return 'facts are not merged; merge the figures, people, instruments or events they make';
  } else if (input.targets.length > 1 && input.action === 'correct') {
    return 'a correction is made to one target at a time';
  }
  if (input.action === 'correct' && Object.keys(input.fields ?? {}).length === 0) return 'a correction needs --set field=value';
  if (!input.why.trim()) return 'a decision needs a reason (--why)';
  if (!input.by.trim()) return 'a decision needs a curator (--by)';
  return null;
}
