import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { WRITE_LOCK_NAMESPACE } from '../../src/store/postgres-engine.ts';
import { LEADERSHIP_NAMESPACE, leadershipKey } from '../../src/store/postgres-leadership.ts';
import { withSearchPath } from '../contract/postgres-harness.ts';
import { startWorker, type Worker } from './store-processes.ts';

const url = process.env.TEST_DATABASE_URL;

if (!url) {
  process.stderr.write('\n*** PostgreSQL concurrency tests NOT RUN: TEST_DATABASE_URL is not set. ***\n\n');
  describe('PostgreSQL store with several processes', () => {
    it('has a PostgreSQL to run against (TEST_DATABASE_URL), required in CI', () => {
      expect(process.env.CI, 'TEST_DATABASE_URL is not set, so the PostgreSQL concurrency tests cannot run').toBeFalsy();
    });
  });
} else {
  describe('PostgreSQL store with several processes', () => {
    let schema: string;
    let scopedUrl: string;
    const workers: Worker[] = [];
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(statement);
      await client.end();
    };
    beforeEach(async () => {
      schema = `processes_${randomBytes(6).toString('hex')}`;
      await admin(`create schema ${schema}`);
      scopedUrl = withSearchPath(url, schema);
    });
    afterEach(async () => {
      for (const worker of workers.splice(0)) {
        if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
        await worker.exited;
      }
      await admin(`drop schema ${schema} cascade`);
    });
    const start = (...args: string[]) => {
      const worker = startWorker(...args);
      workers.push(worker);
      return worker;
    };

    it('two instances writing to one PostgreSQL keep one valid chain', async () => {
      await (await openStore({ dataDir: '', databaseUrl: scopedUrl })).close();
      const [first, second] = [start('append', scopedUrl, '200'), start('append', scopedUrl, '200')];
      expect(await Promise.all([first.exited, second.exited])).toEqual([0, 0]);
      const store = await openStore({ dataDir: '', databaseUrl: scopedUrl });
      expect(await store.audit.verify()).toEqual({ ok: true, count: 400 });
      await store.close();
    }, 60_000);

    it('answers "busy" within about a second while another instance holds the write lock', async () => {
      const store = await openStore({ dataDir: '', databaseUrl: scopedUrl });
      const holder = new pg.Client({ connectionString: scopedUrl });
      await holder.connect();
      await holder.query('begin');
      await holder.query('select pg_advisory_xact_lock($1, hashtext(current_schema()))', [WRITE_LOCK_NAMESPACE]);
      const started = performance.now();
      await expect(store.audit.append({ platform: 'shell', userId: 'me' }, { action: 'policy-loaded', policyVersion: 'abcdef0123456789' })).rejects.toMatchObject({
        code: 'busy',
      });
      expect(performance.now() - started).toBeLessThan(1500);
      await holder.query('commit');
      await holder.end();
      await store.audit.append({ platform: 'shell', userId: 'me' }, { action: 'policy-loaded', policyVersion: 'abcdef0123456789' });
      expect(await store.audit.verify()).toEqual({ ok: true, count: 1 });
      await store.close();
    });

    it('when the holder\'s connection is cut, another instance takes over and the old holder learns it lost', async () => {
      const role = `discord-gateway-${randomBytes(4).toString('hex')}`;
      const [holder, standby] = [await openStore({ dataDir: '', databaseUrl: scopedUrl }), await openStore({ dataDir: '', databaseUrl: scopedUrl })];
      expect(await holder.leadership.tryLead(role)).toBe(true);
      expect(await standby.leadership.tryLead(role)).toBe(false);
      await admin(
        `select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and classid = ${LEADERSHIP_NAMESPACE} and objid::int = ${leadershipKey(role)} and granted`,
      );
      // The lock went with the connection: the standby takes it, and the old holder is told it lost it.
      expect(await standby.leadership.tryLead(role)).toBe(true);
      expect(await holder.leadership.tryLead(role)).toBe(false);
      await Promise.all([holder.close(), standby.close()]);
    });

    it('passes leadership to another instance within 15 s after the holder is SIGKILLed', async () => {
      const role = `discord-gateway-${randomBytes(4).toString('hex')}`;
      const [first, second] = [start('lead', scopedUrl, role), start('lead', scopedUrl, role)];
      await Promise.all([first.waitFor(/^ready$/), second.waitFor(/^ready$/)]);
      const leader = await Promise.race([first.waitFor(/^leader$/).then(() => first), second.waitFor(/^leader$/).then(() => second)]);
      const follower = leader === first ? second : first;
      // Give the follower a few of its tries: it must not lead while the leader lives.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(follower.lines).not.toContain('leader');
      const killedAt = performance.now();
      leader.child.kill('SIGKILL');
      await follower.waitFor(/^leader$/);
      expect(performance.now() - killedAt).toBeLessThan(15_000);
    }, 30_000);
  });
}
