// Decisions applied as results are read: rejected things drop out, corrections replace fields, merges join
// entities under the first target of the merge. The latest decision on a target counts: a confirmation after
// a rejection takes it back.
import type { Decision, FieldValue } from './decision.js';

export interface TargetState {
  rejected: boolean;
  /** Confirmed or corrected by a curator: reviewed, not awaiting review. */
  reviewed: boolean;
  fields: Record<string, FieldValue>;
  decisions: number[];
}

export interface Curation {
  readonly decisions: readonly Decision[];
  state(target: string): TargetState | undefined;
  isRejected(target: string): boolean;
  isReviewed(target: string): boolean;
  /** The value with the target's corrections applied (the same object when there are none). */
  corrected<T extends object>(target: string, value: T): T;
  /** The target a merged target has joined (itself when not merged). */
  canonical(target: string): string;
}

export function curationOf(decisions: readonly Decision[]): Curation {
  const ordered = [...decisions].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  const states = new Map<string, TargetState>();
  const parent = new Map<string, string>();
  const root = (target: string): string => {
    let at = target;
    while (parent.has(at) && parent.get(at) !== at) at = parent.get(at)!;
    return at;
  };
  const stateOf = (target: string) => {
    const found = states.get(target) ?? { rejected: false, reviewed: false, fields: {}, decisions: [] };
    states.set(target, found);
    return found;
  };
  for (const decision of ordered) {
    for (const target of decision.targets) stateOf(target).decisions.push(decision.id);
    if (decision.action === 'merge') {
      const [head, ...others] = decision.targets.map(root);
      for (const other of others) if (other !== head) parent.set(other, head);
      continue;
    }
    for (const target of decision.targets) {
      const state = stateOf(target);
      if (decision.action === 'reject') state.rejected = true;
      else state.rejected = false;
      if (decision.action === 'confirm' || decision.action === 'correct') state.reviewed = true;
      if (decision.action === 'correct') Object.assign(state.fields, decision.fields);
    }
  }
  return {
    decisions: ordered,
    state: (target) => states.get(target),
    isRejected: (target) => states.get(target)?.rejected ?? false,
    isReviewed: (target) => (states.get(target)?.reviewed ?? false) || states.get(target)?.rejected === true,
    corrected: (target, value) => {
      const fields = states.get(target)?.fields;
      return fields && Object.keys(fields).length > 0 ? { ...value, ...fields } : value;
    },
    canonical: root,
  };
}

export const NO_CURATION: Curation = curationOf([]);

/**
 * Entities with the decisions applied: merged ones joined under the merge's first target (keeping its id),
 * then rejected ones dropped and corrections applied to the rest.
 */
export function curateEntities<T extends { id: string }>(
  entities: readonly T[], curation: Curation, join: (into: T, other: T) => T,
): T[] {
  const groups = new Map<string, T>();
  for (const entity of entities) {
    const canonical = curation.canonical(entity.id);
    const held = groups.get(canonical);
    if (!held) groups.set(canonical, entity);
    // The canonical entity leads its group whatever the order in which the members came.
    else groups.set(canonical, entity.id === canonical ? join(entity, held) : join(held, entity));
  }
  return [...groups.entries()]
    .map(([canonical, entity]) => ({ ...entity, id: canonical }))
    .filter((entity) => !curation.isRejected(entity.id))
    .map((entity) => curation.corrected(entity.id, entity));
}
