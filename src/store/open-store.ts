import { join } from 'node:path';
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
}

/** Opens the store the configuration asks for and brings its schema up to date. */
export const openStore = async (options: OpenStoreOptions): Promise<Store> => {
  const context = { clock: options.clock ?? systemClock, ids: options.ids ?? randomIds };
  // Only the engine in use is loaded: pg is a few dozen modules the embedded database never needs.
  const engine = options.databaseUrl
    ? (await import('./postgres-engine.ts')).openPostgresEngine(options.databaseUrl)
    : (await import('./sqlite-engine.ts')).openSqliteEngine({
        file: join(options.dataDir, SQLITE_FILE_NAME),
        ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
        ...(options.synchronous === undefined ? {} : { synchronous: options.synchronous }),
      });
  return createSqlStore(engine, context);
};
