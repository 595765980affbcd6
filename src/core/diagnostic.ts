// Problems found in a text (an ambiguous currency, an unresolvable date): data, not exceptions.
import type { Span } from './span.js';

export type Severity = 'info' | 'warning';

export interface Diagnostic {
  /** Stable code, "stage/problem": "date/no-reference", "money/ambiguous-currency". */
  code: string;
  message: string;
  severity: Severity;
  span?: Span;
}
