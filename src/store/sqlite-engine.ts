import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { AsyncMutex } from './async-mutex.ts';
import { NodeSqliteDatabase } from './node-sqlite-database.ts';
import type { StoreDb, StoreSchema } from './schema.ts';
import { busyError, type SqlEngine } from './sql-engine.ts';

/** How long a write waits for another process's lock before answering "busy" (node:sqlite blocks the event loop meanwhile). */
export const SQLITE_BUSY_TIMEOUT_MS = 500;

/**
 * The durability setting of the embedded engine. WAL with `synchronous = NORMAL`: a commit is
 * written to the WAL before it returns, so a crashed or killed process loses nothing it
 * confirmed; only a power cut or OS crash can lose the last transactions since the WAL was last
 * synced (at a checkpoint), and the database (and the audit chain) stays consistent. `FULL`
 * syncs every commit: nothing confirmed is lost even then, at the cost of an fsync per write.
 */
export type SqliteSynchronous = 'NORMAL' | 'FULL';

export interface SqliteEngineOptions {
  readonly file: string;
  readonly busyTimeoutMs?: number;
  readonly synchronous?: SqliteSynchronous;
}

const SQLITE_BUSY = 5;

/**
 * One mutex per database file in this process. node:sqlite blocks the thread while it waits for
 * a lock, so a second connection in the SAME process waiting on the first would stop the first
 * from ever finishing: connections to one file take turns here instead.
 */
const fileMutexes = new Map<string, AsyncMutex>();
const mutexFor = (file: string): AsyncMutex => {
  const key = resolve(file);
  let mutex = fileMutexes.get(key);
  if (!mutex) fileMutexes.set(key, (mutex = new AsyncMutex()));
  return mutex;
};
const SQLITE_LOCKED = 6;

/** node:sqlite reports the SQLite result code in `errcode`; the low byte is the primary code (BUSY_SNAPSHOT is BUSY too). */
export const isSqliteBusy = (error: unknown): boolean => {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' && ((code & 0xff) === SQLITE_BUSY || (code & 0xff) === SQLITE_LOCKED);
};

/** Opens (creating it and its directory) the embedded database file. */
export const openSqliteEngine = (options: SqliteEngineOptions): SqlEngine => {
  mkdirSync(dirname(options.file), { recursive: true });
  const timeout = Math.min(Math.max(options.busyTimeoutMs ?? SQLITE_BUSY_TIMEOUT_MS, 0), 1000);
  const raw = new DatabaseSync(options.file, { timeout });
  raw.exec('PRAGMA journal_mode = WAL');
  raw.exec(`PRAGMA synchronous = ${options.synchronous ?? 'NORMAL'}`);
  const adapted = new NodeSqliteDatabase(raw);
  // The query builder (kysely: a few hundred modules, tens of ms) loads on the first query that
  // needs it rather than here: a start that finds the schema up to date and its policy version
  // recorded reads both with plain SQL (`readSql`), so it comes after `ready`, or never.
  let building: Promise<StoreDb> | undefined;
  const builder = (): Promise<StoreDb> => {
    building ??= import('kysely').then(({ Kysely, SqliteDialect }) => new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: adapted }) }));
    // A failed load (a broken install) is tried again by the next query rather than kept.
    building.catch(() => {
      building = undefined;
    });
    return building;
  };
  const mutex = mutexFor(options.file);
  let closed = false;

  // BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads first and
  // writes later fails with SQLITE_BUSY_SNAPSHOT when another process wrote in between.
  // Queries queue on the mutex at once (in call order) and load the builder in their turn,
  // before BEGIN IMMEDIATE: no other process waits for the load.
  const write: SqlEngine['write'] = (work) =>
    mutex.run(async () => {
      const db = await builder();
      try {
        raw.exec('BEGIN IMMEDIATE');
      } catch (error) {
        throw isSqliteBusy(error) ? busyError() : error;
      }
      try {
        const result = await work(db);
        raw.exec('COMMIT');
        return result;
      } catch (error) {
        if (raw.isTransaction) raw.exec('ROLLBACK');
        throw isSqliteBusy(error) ? busyError() : error;
      }
    });
  /** Runs a read in turn with this process's other queries (a write transaction spans awaits). */
  const inTurn = <T>(work: () => Promise<T> | T): Promise<T> =>
    mutex.run(async () => {
      try {
        return await work();
      } catch (error) {
        throw isSqliteBusy(error) ? busyError() : error;
      }
    });

  return {
    kind: 'sqlite',
    write,
    // SQLite locks the whole file for any write: there is no separate audit lock to avoid.
    writeWithoutAuditLock: write,
    read: (work) => inTurn(async () => work(await builder())),
    // In WAL mode a deferred transaction reads one snapshot from its first read to COMMIT, and never blocks a writer.
    snapshot: (work) =>
      inTurn(async () => {
        const db = await builder();
        raw.exec('BEGIN');
        try {
          return await work(db);
        } finally {
          if (raw.isTransaction) raw.exec('COMMIT');
        }
      }),
    readSql: (sql, parameters) => inTurn(() => adapted.prepare(sql).all(parameters) as Record<string, unknown>[]),
    // One process owns an embedded file's bot: leadership is always this process's.
    leadership: { tryLead: async () => true, release: async () => {} },
    close: () =>
      mutex.run(async () => {
        if (closed) return;
        closed = true;
        // Kysely closes the database it was given; without it, it is closed here.
        const db = building && (await building.catch(() => undefined));
        if (db) await db.destroy();
        else adapted.close();
      }),
  };
};
