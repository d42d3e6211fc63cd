import { UserError } from '../policy/errors.ts';
import type { LeadershipLock } from '../policy/ports.ts';
import type { EngineKind, StoreDb } from './schema.ts';

/**
 * What differs between the embedded engine and PostgreSQL, behind one interface, so the query
 * layer (sql-store.ts) is written once.
 */
export interface SqlEngine {
  readonly kind: EngineKind;
  /**
   * Runs `work` in a write transaction serialised against every other writer (other requests,
   * processes and instances). Throws `UserError('busy')` when the lock cannot be had quickly.
   */
  write<T>(work: (db: StoreDb) => Promise<T>): Promise<T>;
  /**
   * Runs `work` as a write that needs no place in the audit chain: one made atomic by a
   * constraint (an `INSERT … ON CONFLICT DO NOTHING` on a primary key), so it must not queue
   * behind audit writers. PostgreSQL runs it without the chain's advisory lock; the embedded
   * engine has one write lock per file, so there it is the same write transaction as `write`.
   * Never use it for anything that appends to the audit trail.
   */
  writeWithoutAuditLock<T>(work: (db: StoreDb) => Promise<T>): Promise<T>;
  /** Runs `work` as a read (never waits for writers). */
  read<T>(work: (db: StoreDb) => Promise<T>): Promise<T>;
  /**
   * Runs `work`'s reads on one consistent snapshot of the database (a read transaction), so
   * several tables read one after another show the same moment. Never waits for writers.
   */
  snapshot<T>(work: (db: StoreDb) => Promise<T>): Promise<T>;
  /**
   * Reads rows with SQL written for this engine, without the query builder. The embedded engine
   * has it, for the reads every start makes (the migrations applied, the policy version last
   * recorded), so that the builder's modules load on the first query that needs them.
   */
  readonly readSql?: (sql: string, parameters: readonly (string | number)[]) => Promise<readonly Record<string, unknown>[]>;
  readonly leadership: LeadershipLock;
  close(): Promise<void>;
}

/** The refusal a person sees when another writer holds the lock for too long. */
export const busyError = (): UserError => new UserError('busy', 'The policy database is busy right now. Please try again in a moment.');
