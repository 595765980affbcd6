// Whether two reported values of one figure agree: equal up to the rounding of the coarser one, or
// compatible bounds ("more than $2 billion" agrees with $2.9 billion). Anything else is a disagreement.
import type { Qualifier } from '../../core/index.js';

export interface Reported {
  value: number;
  qualifier: Qualifier;
}

/** An "about" figure is allowed this share of its value besides rounding. */
const APPROX_SHARE = 0.05;
/** Floating-point and unit-expansion noise ("2.9 billion" stored as 2899999999.9999995). */
const EPSILON = 1e-9;

/**
 * The step a value was rounded to: 2 900 000 000 → 100 000 000, 17.5 → 0.1, 418 000 → 1 000.
 * A round number (1 000 000 000) could be rounded to its leading digit, which is what a reader would assume.
 */
export function roundingStep(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return 1;
  for (let exponent = Math.floor(Math.log10(magnitude)); exponent >= -6; exponent--) {
    const step = 10 ** exponent;
    const units = magnitude / step;
    if (Math.abs(units - Math.round(units)) <= EPSILON * units) return step;
  }
  return 1e-6;
}

function tolerance(reported: Reported): number {
  const rounding = roundingStep(reported.value) / 2;
  return reported.qualifier === 'approx' ? Math.max(rounding, Math.abs(reported.value) * APPROX_SHARE) : rounding;
}

/** Values agree when the difference is within the rounding (or approximation) of the coarser of the two. */
export function valuesAgree(a: Reported, b: Reported): boolean {
  const slack = Math.max(tolerance(a), tolerance(b));
  if (a.qualifier === 'more_than' && b.qualifier === 'less_than') return a.value <= b.value + slack;
  if (a.qualifier === 'less_than' && b.qualifier === 'more_than') return b.value <= a.value + slack;
  if (a.qualifier === 'more_than' || b.qualifier === 'more_than') {
    if (a.qualifier === b.qualifier) return true;
    const [bound, other] = a.qualifier === 'more_than' ? [a, b] : [b, a];
    return other.value >= bound.value - slack;
  }
  if (a.qualifier === 'less_than' || b.qualifier === 'less_than') {
    if (a.qualifier === b.qualifier) return true;
    const [bound, other] = a.qualifier === 'less_than' ? [a, b] : [b, a];
    return other.value <= bound.value + slack;
  }
  return Math.abs(a.value - b.value) <= slack * (1 + EPSILON);
}

/** Which of two values says more: exact before approximate before bounds, then the finer rounding. */
export function morePrecise(a: Reported, b: Reported): boolean {
  const rank = (r: Reported) => ['exact', 'approx', 'more_than', 'less_than'].indexOf(r.qualifier);
  if (rank(a) !== rank(b)) return rank(a) < rank(b);
  return roundingStep(a.value) < roundingStep(b.value);
}
