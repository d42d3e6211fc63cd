import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createPostgresLeadership } from './postgres-leadership.ts';
import type { StoreSchema } from './schema.ts';
import { busyError, type SqlEngine } from './sql-engine.ts';

/**
 * The advisory lock every writer takes, so the audit chain has one head whichever instance
 * writes. Keyed by schema too: bots on separate schemas of one database do not wait for each other.
 */
export const WRITE_LOCK_NAMESPACE = 716_041;
/** How long a write waits for another instance before answering "busy". */
export const POSTGRES_LOCK_TIMEOUT_MS = 1000;
const LOCK_NOT_AVAILABLE = '55P03';

const isLockTimeout = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === LOCK_NOT_AVAILABLE;

/** Connects to PostgreSQL at `url` (a pool; nothing is opened until the first query). */
export const openPostgresEngine = (url: string): SqlEngine => {
  const pool = new pg.Pool({ connectionString: url, max: 10, keepAlive: true });
  // An idle client's connection dropping (a server restart) must not crash the bot; the next query reconnects.
  pool.on('error', () => {});
  const db = new Kysely<StoreSchema>({
    dialect: new PostgresDialect({
      pool,
      // Once per connection rather than per transaction: one round trip fewer on every write.
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw(`set lock_timeout = ${POSTGRES_LOCK_TIMEOUT_MS}`));
      },
    }),
  });
  const leadership = createPostgresLeadership(url);

  return {
    kind: 'postgres',
    write: async (work) => {
      try {
        return await db.transaction().execute(async (trx) => {
          await sql`select pg_advisory_xact_lock(${WRITE_LOCK_NAMESPACE}, hashtext(current_schema()))`.execute(trx);
          return work(trx);
        });
      } catch (error) {
        throw isLockTimeout(error) ? busyError() : error;
      }
    },
    // Autocommitted statements on the pool: a primary key makes each one atomic across instances,
    // and lock_timeout still bounds a wait on a row another instance is inserting.
    writeWithoutAuditLock: async (work) => {
      try {
        return await work(db);
      } catch (error) {
        throw isLockTimeout(error) ? busyError() : error;
      }
    },
    read: (work) => work(db),
    // REPEATABLE READ: every statement of the transaction sees the snapshot its first one took; no lock is taken.
    snapshot: (work) => db.transaction().setIsolationLevel('repeatable read').execute((trx) => work(trx)),
    leadership,
    close: async () => {
      await leadership.closeAll();
      await db.destroy();
    },
  };
};
