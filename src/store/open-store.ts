import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Store } from '../policy/ports.ts';
import { createSqlStore } from './sql-store.ts';
import type { SqliteSynchronous } from './sqlite-engine.ts';
import { randomIds, systemClock, type StoreOptions } from './store-inputs.ts';

/** The embedded database's file name under `DATA_DIR`. */
export const SQLITE_FILE_NAME = 'policy-bot.sqlite';

export interface OpenStoreOptions extends StoreOptions {
  /** `postgres://…`: PostgreSQL. Unset: the embedded database under `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly busyTimeoutMs?: number;
  readonly synchronous?: SqliteSynchronous;
  /**
   * For read-only callers (the admin CLI's `audit` and `grants`): refuse an embedded database
   * that does not exist yet instead of creating an empty one, so a mistyped DATA_DIR is an error,
   * not a clean "ok: 0 entries".
   */
  readonly mustExist?: boolean;
}

/** The embedded database file was asked for as existing, and is not there. Nothing was created. */
export class MissingDatabaseError extends Error {
  readonly file: string;
  constructor(file: string) {
    super(`no database at ${file}`);
    this.name = 'MissingDatabaseError';
    this.file = file;
  }
}

/** Opens the store the configuration asks for and brings its schema up to date. */
export const openStore = async (options: OpenStoreOptions): Promise<Store> => {
  const context = { clock: options.clock ?? systemClock, ids: options.ids ?? randomIds };
  const file = join(options.dataDir, SQLITE_FILE_NAME);
  // Checked before the engine opens: opening creates the directory and the file.
  if (!options.databaseUrl && options.mustExist && !existsSync(file)) throw new MissingDatabaseError(resolve(file));
  // Only the engine in use is loaded: pg is a few dozen modules the embedded database never needs.
  const engine = options.databaseUrl
    ? (await import('./postgres-engine.ts')).openPostgresEngine(options.databaseUrl)
    : (await import('./sqlite-engine.ts')).openSqliteEngine({
        file,
        ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
        ...(options.synchronous === undefined ? {} : { synchronous: options.synchronous }),
      });
  return createSqlStore(engine, context);
};
