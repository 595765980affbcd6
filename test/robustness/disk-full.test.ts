// The disk filling up mid-ingest, for real: the embedded store's data folder on a small file system, a folder of
// documents that overflows it. The CLI must stop with one clear line naming the data folder (no WASM or errno
// stack, no silent exit), release the lock, and leave every stored document whole; once there is room, the same
// ingest must finish so that the store equals an uninterrupted run.
//
// How the disk is made small, in order of preference (CONCORD_DISK_FULL=tmpfs|ext4|ulimit picks one):
//   tmpfs   a tmpfs mounted for the test (needs root, or CAP_SYS_ADMIN), the rest of it taken by a filler file;
//           space is freed by deleting the filler.
//   ext4    the same on a loop-mounted ext4 image (truncate + mkfs.ext4 + mount -o loop), tried when tmpfs is not.
//   ulimit  no mount: the CLI runs under `ulimit -f` (RLIMIT_FSIZE), so a write past the limit fails with EFBIG
//           (Node ignores SIGXFSZ, so the process is not killed by it); space is "freed" by running without it.
// Each scenario reaches a different failing write (see SCENARIOS). The mounted ones run on the mounted disk when
// there is one; the ulimit one always runs.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concord, jsonLines, ROOT, SHARED, type CliResult } from '../e2e/cli.js';

/** `<content hash> <fact count>` per stored document, sorted (the facts themselves are counted by the store). */
async function storedDocuments(data: string): Promise<string[]> {
  return jsonLines((await concord(['documents', '--json', '--data', data])).stdout)
    .map((d) => `${d.contentHash} ${d.factCount}`).sort();
}

const DOCS = Number(process.env.CONCORD_DISK_FULL_DOCS ?? 300);
const MB = 1024 * 1024;

/** Copies of the corpus's development documents, each with its numbers shifted so that every copy is new. */
function generateFolder(count: number): string {
  const corpus = join(SHARED, 'corpus/dev');
  const texts = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort()
    .map((name) => readFileSync(join(corpus, name), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'concord-diskfull-docs-'));
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / texts.length);
    let n = 0;
    const text = texts[i % texts.length]
      .replace(/\d+/g, (digits) => String((Number(digits) + round + n++) % 10 ** digits.length).padStart(digits.length, '0'));
    writeFileSync(join(dir, `copy-${String(i).padStart(5, '0')}.txt`), `${text}\nCopy ${i}.\n`);
  }
  return dir;
}

/** A small place for a data folder, and the way to give it room afterwards. */
interface SmallDisk {
  /** The data folder, already holding a migrated, empty store. */
  data: string;
  /** The command line that runs the CLI there (under a limit, for ulimit). */
  command(args: string[]): [string, string[]];
  /** Makes room; the data folder stays where it is. */
  free(): void;
  dispose(): void;
}

type Method = 'tmpfs' | 'ext4' | 'ulimit';

const run = (file: string, args: string[]) => execFileSync(file, args, { stdio: 'pipe' });

/** Mounts a file system at a new folder, or says why it cannot. */
function mountSmall(method: 'tmpfs' | 'ext4', sizeMb: number): { dir: string; unmount(): void } | string {
  const dir = mkdtempSync(join(tmpdir(), `concord-diskfull-${method}-`));
  const image = `${dir}.img`;
  try {
    if (method === 'tmpfs') {
      run('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir]);
    } else {
      run('truncate', ['-s', `${sizeMb}M`, image]);
      run('mkfs.ext4', ['-q', '-F', '-m', '0', image]);
      run('mount', ['-o', 'loop', image, dir]);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(image, { force: true });
    return `${method}: ${String((error as { stderr?: Buffer }).stderr ?? error).trim() || (error as Error).message}`;
  }
  return {
    dir,
    unmount: () => {
      try { run('umount', [dir]); } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(image, { force: true });
      }
    },
  };
}

/** A mounted disk holding a copy of the empty store, with a filler file leaving `freeMb` free. */
function mountedDisk(method: 'tmpfs' | 'ext4', store: string, storeBytes: number, freeMb: number): SmallDisk | string {
  const mounted = mountSmall(method, Math.ceil(storeBytes / MB) + freeMb + 96);
  if (typeof mounted === 'string') return mounted;
  const data = join(mounted.dir, 'data');
  cpSync(store, data, { recursive: true });
  const filler = join(mounted.dir, 'filler');
  const { bavail, bsize } = statfsSync(mounted.dir);
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - freeMb * MB)));
  return {
    data,
    command: (args) => [process.execPath, [join(ROOT, 'bin/concord.js'), ...args]],
    free: () => rmSync(filler),
    dispose: mounted.unmount,
  };
}

/** The data folder on the ordinary disk, the CLI under a file-size limit of `limitMb`. */
function limitedDisk(store: string, limitMb: number): SmallDisk {
  const data = mkdtempSync(join(tmpdir(), 'concord-diskfull-ulimit-'));
  cpSync(store, data, { recursive: true });
  let limited = true;
  return {
    data,
    command: (args) => limited
      ? ['bash', ['-c', `ulimit -f ${limitMb * 1024} && exec "$0" "$@"`, process.execPath, join(ROOT, 'bin/concord.js'), ...args]]
      : [process.execPath, [join(ROOT, 'bin/concord.js'), ...args]],
    free: () => { limited = false; },
    dispose: () => rmSync(data, { recursive: true, force: true }),
  };
}

function runCli([file, args]: [string, string[]]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: ROOT, env: { ...process.env, DATABASE_URL: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end();
  });
}

interface Scenario {
  name: string;
  method: 'mounted' | 'ulimit';
  /** MB left free on the mounted disk, or the file-size limit in MB. */
  size: number;
  /** What the one line says, after `concord: data folder <dir>: `. */
  says: RegExp;
}

// Which write fails first depends on how PGlite lays out its files, so the line is checked for what it must say,
// not for which file it names; the comments say what each scenario reached here.
const SCENARIOS: Scenario[] = [
  // could not extend file "base/5/…": No space left on device (answered whole)
  { name: '3 MB free', method: 'mounted', size: 3,
    says: /^the disk is full \(could not [^()]+: No space left on device\); free some space/ },
  // could not write to file "pg_wal/xlogtemp.…": No space left on device (answer cut short)
  { name: '9 MB free', method: 'mounted', size: 9,
    says: /^the disk is full \(could not [^()]+: No space left on device\); free some space/ },
  // could not write to log file "000000010000000000000001" at offset 12582912, …: File too large (answer cut short)
  { name: 'file-size limit (ulimit -f) 12 MB', method: 'ulimit', size: 12,
    says: /^a file reached the file-size limit \(could not [^()]+: File too large\); raise the limit \(ulimit -f\)/ },
];

describe('the disk filling up mid-ingest', () => {
  let folder: string;
  let store: string;
  let storeBytes: number;
  let clean: string[];
  let cleanFacts: Map<string, number>;
  let mount: Method | null = null;
  let mountRefused = '';

  beforeAll(async () => {
    folder = generateFolder(DOCS);
    // An uninterrupted run, and an empty migrated store to copy onto the small disks.
    const cleanData = mkdtempSync(join(tmpdir(), 'concord-diskfull-clean-'));
    store = mkdtempSync(join(tmpdir(), 'concord-diskfull-empty-'));
    const [cleanRun, empty] = await Promise.all([
      concord(['ingest', folder, '--json', '--data', cleanData]), concord(['documents', '--data', store])]);
    expect([cleanRun.code, empty.code]).toEqual([0, 0]);
    cleanFacts = new Map(jsonLines(cleanRun.stdout).filter((e) => e.kind === 'stored').map((e) => [e.source, e.facts]));
    clean = await storedDocuments(cleanData);
    rmSync(cleanData, { recursive: true, force: true });
    storeBytes = Number(execFileSync('du', ['-sk', store], { encoding: 'utf8' }).split('\t')[0]) * 1024;

    const wanted = process.env.CONCORD_DISK_FULL as Method | undefined;
    const candidates: ('tmpfs' | 'ext4')[] = wanted === 'ulimit' ? [] : wanted ? [wanted] : ['tmpfs', 'ext4'];
    for (const method of candidates) {
      const probe = mountSmall(method, 8);
      if (typeof probe === 'string') { mountRefused += `${probe}; `; continue; }
      probe.unmount();
      mount = method;
      break;
    }
  }, 300_000);

  afterAll(() => {
    for (const dir of [folder, store]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const scenario of SCENARIOS) {
    it(`stops with one line naming the data folder, and a second run completes the store: ${scenario.name}`, async (context) => {
      if (scenario.method === 'mounted' && !mount) {
        context.skip(`no small file system can be mounted here (${mountRefused || 'CONCORD_DISK_FULL=ulimit'}); the ulimit scenario covers the CLI`);
      }
      if (scenario.method === 'ulimit' && process.env.CONCORD_DISK_FULL && process.env.CONCORD_DISK_FULL !== 'ulimit') {
        context.skip('CONCORD_DISK_FULL picks a mounted disk');
      }
      const disk = scenario.method === 'mounted'
        ? mountedDisk(mount as 'tmpfs' | 'ext4', store, storeBytes, scenario.size)
        : limitedDisk(store, scenario.size);
      if (typeof disk === 'string') throw new Error(disk);
      try {
        const full = await runCli(disk.command(['ingest', folder, '--json', '--data', disk.data]));
        const events = jsonLines(full.stdout);
        const stored = events.filter((e) => e.kind === 'stored');

        // One line, naming the data folder and what is full; no stack, no WASM, no line per remaining document.
        expect(full.code).toBe(1);
        const lines = full.stderr.split('\n').filter(Boolean);
        expect(lines).toHaveLength(1);
        const prefix = `concord: data folder ${disk.data}: `;
        expect(lines[0].startsWith(prefix)).toBe(true);
        expect(lines[0].slice(prefix.length)).toMatch(scenario.says);
        expect(lines[0]).toMatch(/ and run the same command again: every document stored so far is whole \(store\/disk_full\)$/);
        expect(full.stderr).not.toMatch(/wasm|Aborted|internal_error|\n\s+at /);
        // The disk filled part of the way through: some documents were stored, not all, none reported failed.
        expect(stored.length).toBeGreaterThan(0);
        expect(stored.length).toBeLessThan(DOCS);
        expect(events.filter((e) => e.kind === 'failed')).toEqual([]);
        expect(existsSync(join(disk.data, 'concord.lock'))).toBe(false);

        disk.free();
        // Every document reported stored is there, whole (as many facts as the uninterrupted run gave it), and
        // nothing else: the batch whose commit found the disk full left no trace.
        const after = await storedDocuments(disk.data);
        expect(after).toHaveLength(stored.length);
        for (const line of after) expect(clean).toContain(line);
        for (const event of stored) expect(event.facts).toBe(cleanFacts.get(event.source));

        const again = await runCli(disk.command(['ingest', folder, '--json', '--data', disk.data]));
        expect(again.stderr).toBe('');
        expect(again.code).toBe(0);
        expect(jsonLines(again.stdout).at(-1)).toMatchObject({ summary: { new: DOCS - stored.length, unchanged: stored.length, failed: 0 } });
        expect(await storedDocuments(disk.data)).toEqual(clean);
        expect(existsSync(join(disk.data, 'concord.lock'))).toBe(false);
      } finally {
        disk.dispose();
      }
    }, 300_000);
  }
});
