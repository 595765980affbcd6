// Plan files: YAML text → a validated plan, or every problem with the line and field it concerns;
// and a plan → canonical YAML, so that import → export → import gives the same plan.
import { isNode, LineCounter, parseDocument, stringify, type Document } from 'yaml';
import type { z } from 'zod';
import { PlanFileError, type PlanProblem } from './errors.js';
import { planSchema, type PlanFile } from './schema.js';

type Path = (string | number)[];

/** Parses and validates a plan file; throws PlanFileError listing every problem found. */
export function parsePlan(yamlText: string, file = 'plan.yaml'): PlanFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    throw new PlanFileError(file, doc.errors.map((error) => ({
      file, line: lineAt(error.pos[0]), path: '', message: `not valid YAML: ${firstLine(error.message)}`,
    })));
  }
  const result = planSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.flatMap((issue) => problemsOf(issue, doc, file, lineAt));
  problems.sort((a, b) => a.line - b.line || a.path.localeCompare(b.path));
  throw new PlanFileError(file, problems);
}

function problemsOf(issue: z.core.$ZodIssue, doc: Document, file: string, lineAt: (offset: number) => number): PlanProblem[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ file, line: lineOf(doc, [...path, key], lineAt, true), path: formatPath([...path, key]), message: 'unknown field' }));
  }
  const missing = path.length > 0 && !doc.hasIn(path);
  const message = missing ? `missing (${issue.message})` : issue.message;
  return [{ file, line: lineOf(doc, path, lineAt), path: formatPath(path), message }];
}

/** The line of the value at `path`, or of its key, or of the nearest enclosing node that exists. */
function lineOf(doc: Document, path: Path, lineAt: (offset: number) => number, atKey = false): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const parentPath = path.slice(0, depth - 1);
    if (atKey && depth === path.length) {
      const parent = depth === 1 ? doc.contents : doc.getIn(parentPath, true);
      const pair = isNode(parent) && 'items' in parent
        ? (parent.items as { key?: unknown }[]).find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === path[depth - 1])
        : undefined;
      if (pair && isNode(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
    }
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
  }
  return 1;
}

export function formatPath(path: Path): string {
  return path.reduce<string>((text, key) => typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key, '');
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

/** Canonical YAML of a plan: fields in the schema's order, defaults written out, no aliases. */
export function serialisePlan(plan: PlanFile): string {
  return stringify(plan, { aliasDuplicateObjects: false, lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}
