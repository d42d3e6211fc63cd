import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Child processes for the runtime bench: spawn one, wait (bounded) for a line on one of its
 * streams, read its resident memory, stop it. Every wait has a deadline so a broken run fails
 * the bench instead of hanging it.
 */

export interface Spawned {
  readonly child: ChildProcess;
  /** Milliseconds since spawn when `line` first matched on `stream`; rejects after `timeoutMs`. */
  waitFor(stream: 'stdout' | 'stderr', match: (line: string) => boolean, timeoutMs?: number): Promise<{ atMs: number; line: string }>;
  stop(): Promise<void>;
}

/** Children still running: a bench stopped with Ctrl-C or SIGTERM stops them too, instead of leaving bots behind. */
const running = new Set<ChildProcess>();
let stopsChildrenOnSignal = false;
const stopChildrenOnSignal = (): void => {
  if (stopsChildrenOnSignal) return;
  stopsChildrenOnSignal = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const child of running) child.kill('SIGKILL');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
};

/** A fresh empty directory for a child's DATA_DIR. */
export const freshDir = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

/** Spawns `node args…` in the repository with `env` added to (or, when a value is undefined, removed from) this environment. */
export const spawnNode = (args: readonly string[], env: Readonly<Record<string, string | undefined>>, input?: string): Spawned => {
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ...env })) if (value !== undefined) merged[key] = value;
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: merged, stdio: ['pipe', 'pipe', 'pipe'] });
  stopChildrenOnSignal();
  running.add(child);
  child.once('exit', () => running.delete(child));
  const lines: Record<'stdout' | 'stderr', { atMs: number; line: string }[]> = { stdout: [], stderr: [] };
  const waiters: { stream: 'stdout' | 'stderr'; match: (line: string) => boolean; resolve: (hit: { atMs: number; line: string }) => void }[] = [];
  for (const stream of ['stdout', 'stderr'] as const) {
    let partial = '';
    child[stream]!.setEncoding('utf8').on('data', (chunk: string) => {
      const atMs = performance.now() - started;
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        const hit = { atMs, line };
        lines[stream].push(hit);
        for (const waiter of [...waiters]) {
          if (waiter.stream === stream && waiter.match(line)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(hit);
          }
        }
      }
    });
  }
  if (input !== undefined) child.stdin!.end(input);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    waitFor: (stream, match, timeoutMs = 30_000) => {
      const already = lines[stream].find((hit) => match(hit.line));
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`no matching ${stream} line within ${timeoutMs} ms from: node ${args.join(' ')}\n${lines.stderr.slice(-5).map((hit) => hit.line).join('\n')}`));
        }, timeoutMs);
        waiters.push({ stream, match, resolve: (hit) => (clearTimeout(timer), resolve(hit)) });
        void exited.then(() => setTimeout(() => {
          if (waiters.some((waiter) => waiter.match === match)) {
            clearTimeout(timer);
            reject(new Error(`node ${args.join(' ')} exited (${child.exitCode}) before the expected ${stream} line\n${lines.stderr.slice(-5).map((hit) => hit.line).join('\n')}`));
          }
        }, 50));
      });
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
      }
    },
  };
};

/** Resident set size of a running process in MB (Linux `/proc`). */
export const rssMb = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
};

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
