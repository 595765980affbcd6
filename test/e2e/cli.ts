// Runs the real `concord` command in a child process, as a user would.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const SHARED = join(ROOT, '../shared');

export interface CliResult { code: number; stdout: string; stderr: string }

export function concord(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/concord.js'), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, DATABASE_URL: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export function jsonLines<T = Record<string, any>>(stdout: string): T[] {
  return stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}
