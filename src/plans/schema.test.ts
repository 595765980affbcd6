import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from './schema.js';

const PUBLISHED = new URL('../../schemas/plan.schema.json', import.meta.url);

describe('the published plan JSON Schema', () => {
  it('is the one generated from the zod schema (regenerate with UPDATE=1)', () => {
    const generated = JSON.stringify(planJsonSchema(), null, 2) + '\n';
    if (process.env.UPDATE === '1') writeFileSync(PUBLISHED, generated);
    expect(readFileSync(PUBLISHED, 'utf8')).toBe(generated);
  });
});
