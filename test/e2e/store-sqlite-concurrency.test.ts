import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { startWorker, type Worker } from './store-processes.ts';

/** The embedded engine under real concurrent processes. */
describe('SQLite store with several processes', () => {
  let dataDir: string;
  const workers: Worker[] = [];
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'store-processes-'));
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) {
      if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
      await worker.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  const start = (...args: string[]) => {
    const worker = startWorker(...args);
    workers.push(worker);
    return worker;
  };

  it('two processes appending to one file keep one valid chain', async () => {
    await (await openStore({ dataDir })).close();
    const [first, second] = [start('append', dataDir, '300'), start('append', dataDir, '300')];
    expect(await Promise.all([first.exited, second.exited])).toEqual([0, 0]);
    const store = await openStore({ dataDir });
    expect(await store.audit.verify()).toEqual({ ok: true, count: 600 });
    const byWorker = new Set((await store.audit.all()).map((entry) => entry.actor));
    expect(byWorker.size).toBe(2);
    await store.close();
  }, 60_000);

  it('answers "busy" within about a second while another process holds the write lock for 3 s', async () => {
    const store = await openStore({ dataDir });
    const holder = start('hold-write-lock', dataDir, '3000');
    await holder.waitFor(/^locked$/);
    const started = performance.now();
    await expect(store.audit.append({ platform: 'shell', userId: 'me' }, { action: 'policy-loaded', policyVersion: 'abcdef0123456789' })).rejects.toMatchObject({
      code: 'busy',
      message: expect.stringMatching(/busy.*try again/i),
    });
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(400);
    expect(waited).toBeLessThan(1200);
    // Reads are not blocked by the writer (WAL).
    expect(await store.audit.verify()).toEqual({ ok: true, count: 0 });
    expect(holder.lines).not.toContain('released');
    await holder.exited;
    await store.audit.append({ platform: 'shell', userId: 'me' }, { action: 'policy-loaded', policyVersion: 'abcdef0123456789' });
    expect(await store.audit.verify()).toEqual({ ok: true, count: 1 });
    await store.close();
  }, 20_000);

  it('SIGKILL in the middle of a burst of grants loses no confirmed grant and leaves a chain that verifies', async () => {
    await (await openStore({ dataDir })).close();
    const burst = start('grant-burst', dataDir);
    await burst.waitFor(/^granted 150$/);
    burst.child.kill('SIGKILL');
    await burst.exited;
    const confirmed = burst.lines.filter((line) => line.startsWith('granted ')).map((line) => Number(line.slice('granted '.length)));
    expect(confirmed.length).toBeGreaterThanOrEqual(151);
    const store = await openStore({ dataDir });
    for (const index of confirmed) expect(await store.grants.holdsGrant(`slack:U${index}`, 'instagram')).toBe(true);
    const verdict = await store.audit.verify();
    expect(verdict.ok).toBe(true);
    // Every grant in the register has its audit entry (they commit together), confirmed or not.
    expect(verdict.count).toBe((await store.grants.list()).length);
    await store.close();
  }, 30_000);
});
