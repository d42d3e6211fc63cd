import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { ChatAdapter } from '../../src/adapters/adapter.ts';
import type { HandleRequest } from '../../src/commands/request.ts';
import { leaderOnly } from '../../src/leader-only-adapter.ts';
import { createPostgresLeadership, LEADERSHIP_NAMESPACE, leadershipKey } from '../../src/store/postgres-leadership.ts';

const url = process.env.TEST_DATABASE_URL;

/** An adapter that only records whether it is connected, as a gateway session would be. */
const sessionAdapter = () => {
  const state = { connected: false, starts: 0 };
  const adapter: ChatAdapter = {
    platform: 'discord',
    start: async () => {
      state.connected = true;
      state.starts += 1;
    },
    stop: async () => {
      state.connected = false;
    },
  };
  return { adapter, state };
};

const handle: HandleRequest = async () => ({ visibility: 'private', blocks: [], fallbackText: '' });
const silent = { info: () => {}, warn: () => {}, error: () => {} };

/** Resolves once `condition` holds, checking every 20 ms (the test's own timeout bounds the wait). */
const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
};

if (!url) {
  describe('leaderOnly over PostgreSQL advisory locks', () => {
    it('has a PostgreSQL to run against (TEST_DATABASE_URL), required in CI', () => {
      expect(process.env.CI, 'TEST_DATABASE_URL is not set, so leaderOnly cannot be tested against PostgreSQL').toBeFalsy();
    });
  });
} else describe('leaderOnly over PostgreSQL advisory locks', () => {
  it('when the leader\'s lock connection is cut, it stops its session and the standby starts one', async () => {
    const role = `discord-gateway-${randomBytes(4).toString('hex')}`;
    const [first, second] = [sessionAdapter(), sessionAdapter()];
    const [firstLock, secondLock] = [createPostgresLeadership(url!), createPostgresLeadership(url!)];
    // The standby asks more often, so it takes the freed lock before the old leader could take it back.
    const wrappedFirst = leaderOnly(first.adapter, { role, logger: silent, leadership: firstLock, retryMs: 500 });
    const wrappedSecond = leaderOnly(second.adapter, { role, logger: silent, leadership: secondLock, retryMs: 50 });
    await wrappedFirst.start(handle);
    await wrappedSecond.start(handle);
    expect([first.state.connected, second.state.connected]).toEqual([true, false]);

    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      `select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and classid = ${LEADERSHIP_NAMESPACE} and objid::int = ${leadershipKey(role)} and granted`,
    );
    await admin.end();
    // The database frees the lock at once; the old leader learns it on its next round, so the
    // two sessions overlap for at most about one of its poll intervals.
    const cutAt = performance.now();
    await until(() => second.state.connected);
    await until(() => !first.state.connected);
    expect(performance.now() - cutAt).toBeLessThan(2000);

    // The old leader is a standby now: it takes over again when the new leader goes.
    await wrappedSecond.stop();
    await until(() => first.state.connected);
    expect(first.state.starts).toBe(2);
    await wrappedFirst.stop();
    await Promise.all([firstLock.closeAll(), secondLock.closeAll()]);
  }, 20_000);
});
