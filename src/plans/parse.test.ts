import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanFileError, formatProblem } from './errors.js';
import { parsePlan, serialisePlan } from './parse.js';

const EXAMPLE = readFileSync(new URL('../../examples/plans/ru-az-action-plan-2024.yaml', import.meta.url), 'utf8');

const MINIMAL = `id: p1
title: Test plan
parties: [RU, AZ]
period: { start: 2018-09-01, end: 2024-12-31 }
roadmaps:
  - id: rm-trade
    area: trade
    title: Trade
    measures:
      - id: m1
        title: Open trade houses
        deadline: 2024-12-31
  - id: rm-tourism
    area: tourism
    title: Tourism
    measures:
      - id: m2
        title: Expand tourist flows
        deadline: 2024-31-12
`;

function problems(yaml: string): string[] {
  try {
    parsePlan(yaml, 'plan.yaml');
  } catch (error) {
    if (error instanceof PlanFileError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('parsePlan', () => {
  it('reads the RU–AZ example plan with its six road maps', () => {
    const plan = parsePlan(EXAMPLE);
    expect(plan.roadmaps.map((r) => r.area)).toEqual(['trade', 'transport_logistics', 'industry', 'finance_investment', 'tourism', 'digital_innovation']);
    expect(plan.signed_on).toBe('2018-09-01');
  });

  it('names the line and the field of a malformed deadline', () => {
    expect(problems(MINIMAL)).toEqual(['plan.yaml:19: roadmaps[1].measures[0].deadline: expected a date YYYY-MM-DD']);
  });

  it('names a missing field at the line of the object that lacks it', () => {
    expect(problems(MINIMAL.replace('    title: Tourism\n', '').replace('2024-31-12', '2024-12-31')))
      .toEqual(['plan.yaml:13: roadmaps[1].title: missing (expected text)']);
  });

  it('refuses an unknown field and an unknown area, each at its own line', () => {
    const yaml = MINIMAL.replace('2024-31-12', '2024-12-31').replace('area: tourism', 'area: space').replace('        deadline: 2024-12-31\n  - id: rm-tourism', '        deadlin: 2024-12-31\n  - id: rm-tourism');
    expect(problems(yaml)).toEqual([
      'plan.yaml:12: roadmaps[0].measures[0].deadlin: unknown field',
      expect.stringMatching(/^plan\.yaml:14: roadmaps\[1\]\.area: unknown area "space"/),
    ]);
  });

  it('accepts an area a plan adds under areas:', () => {
    const yaml = MINIMAL.replace('2024-31-12', '2024-12-31').replace('area: tourism', 'area: space') +
      'areas:\n  - id: space\n    keywords: { en: [satellite], ru: [спутник] }\n';
    expect(parsePlan(yaml).areas?.[0].id).toBe('space');
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problems('id: p1\ntitle: [unclosed\n')[0]).toMatch(/^plan\.yaml:\d+: not valid YAML/);
  });
});

describe('serialisePlan', () => {
  it('gives a file that imports to the same plan and exports to the same text', () => {
    const first = parsePlan(EXAMPLE);
    const exported = serialisePlan(first);
    const second = parsePlan(exported);
    expect(second).toEqual(first);
    expect(serialisePlan(second)).toBe(exported);
  });
});
