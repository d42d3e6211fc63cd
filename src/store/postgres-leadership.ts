import pg from 'pg';
import type { LeadershipLock } from '../policy/ports.ts';

/** The first key of the two-key advisory locks used for leadership (a separate key space from the write lock). */
const LEADERSHIP_NAMESPACE = 716_042;

/** A stable 32-bit signed key for a role name (FNV-1a). */
export const leadershipKey = (name: string): number => {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
};

/**
 * Leadership with session-level advisory locks, each on its own connection outside the pool:
 * the lock lives exactly as long as that connection, so when the holder dies (even SIGKILL) the
 * server drops the connection and frees the lock for the next `tryLead` of another instance.
 */
export const createPostgresLeadership = (url: string): LeadershipLock & { closeAll(): Promise<void> } => {
  const held = new Map<string, pg.Client>();

  const drop = async (name: string): Promise<void> => {
    const client = held.get(name);
    held.delete(name);
    await client?.end().catch(() => {});
  };

  return {
    tryLead: async (name) => {
      const current = held.get(name);
      if (current) {
        // Still ours only if the connection that holds it is still alive.
        try {
          await current.query('select 1');
          return true;
        } catch {
          await drop(name);
        }
      }
      const client = new pg.Client({ connectionString: url, keepAlive: true });
      client.on('error', () => {});
      try {
        await client.connect();
        const result = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1, $2) as locked', [
          LEADERSHIP_NAMESPACE,
          leadershipKey(name),
        ]);
        if (result.rows[0]?.locked === true) {
          held.set(name, client);
          return true;
        }
      } catch {
        // A database we cannot reach gives no leadership; the caller tries again later.
      }
      await client.end().catch(() => {});
      return false;
    },
    release: drop,
    closeAll: async () => {
      await Promise.all([...held.keys()].map(drop));
    },
  };
};
