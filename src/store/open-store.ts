import { join } from 'node:path';
import type { Store } from '../policy/ports.ts';
import { openPostgresEngine } from './postgres-engine.ts';
import { createSqlStore } from './sql-store.ts';
import { openSqliteEngine, type SqliteSynchronous } from './sqlite-engine.ts';
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
  const engine = options.databaseUrl
    ? openPostgresEngine(options.databaseUrl)
    : openSqliteEngine({
        file: join(options.dataDir, SQLITE_FILE_NAME),
        ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
        ...(options.synchronous === undefined ? {} : { synchronous: options.synchronous }),
      });
  return createSqlStore(engine, context);
};
