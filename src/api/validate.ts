// Request validation with zod, as Hono middleware: a failure is a 400 naming the field and the problem.
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { ApiError } from './errors.js';

type Target = 'query' | 'param' | 'json' | 'form';

export function valid<T extends z.ZodType, U extends Target>(target: U, schema: T) {
  return validator(target, (value): z.output<T> => parse(schema, value, target));
}

export function parse<T extends z.ZodType>(schema: T, value: unknown, where = 'request'): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join('.') || ('keys' in issue ? issue.keys.join(', ') : where);
  throw new ApiError(400, 'invalid_request', `${field}: ${issue.message}`, {
    field, issues: result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
  });
}
