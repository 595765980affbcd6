// Expected failures of plan work: a malformed plan file (every problem with its line and field), an unknown id.
import { AppError } from '../core/errors.js';

export interface PlanProblem {
  file: string;
  /** 1-based line of the offending value, or of the nearest enclosing one when the value is missing. */
  line: number;
  /** The field, as "roadmaps[1].measures[0].deadline"; empty for the document as a whole. */
  path: string;
  message: string;
}

export function formatProblem(problem: PlanProblem): string {
  return `${problem.file}:${problem.line}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`;
}

export class PlanFileError extends AppError {
  constructor(readonly file: string, readonly problems: PlanProblem[]) {
    super('plans/invalid_plan_file', problems.map(formatProblem).join('\n'), { file, problems });
    this.name = 'PlanFileError';
  }
}

export class PlanError extends AppError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(`plans/${code}`, message, details);
    this.name = 'PlanError';
  }
}
