import pg from 'pg';
import type { LeadershipLock } from '../policy/ports.ts';

/** The first key of the two-key advisory locks used for leadership (a separate key space from the write lock). */
export const LEADERSHIP_NAMESPACE = 716_042;

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
        // Still ours only if the connection that holds it answers within `query_timeout` (5 s);
        // otherwise we let it go and report the lock lost, and the caller stops the role.
        try {
          await current.query('select 1');
          return true;
        } catch {
          await drop(name);
        }
      }
      // Every step is bounded, so a database out of reach costs one slow round, never a stuck caller.
      const client = new pg.Client({ connectionString: url, keepAlive: true, keepAliveInitialDelayMillis: 5000, query_timeout: 5000, connectionTimeoutMillis: 5000 });
      client.on('error', () => {});
      try {
        await client.connect();
        // SIGKILL closes the socket and frees the lock at once; a holder cut off by the network
        // leaves a silent socket, which these make the SERVER drop (and free the lock) about 11 s
        // after it last heard from the holder (5 s idle, then 3 unanswered probes 2 s apart; TCP
        // only, a Unix socket ignores them). The holder, asking every few seconds with a 5 s
        // timeout, learns it lost the lock in about the same time.
        await client.query('set tcp_keepalives_idle = 5; set tcp_keepalives_interval = 2; set tcp_keepalives_count = 3; set tcp_user_timeout = 10000');
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
