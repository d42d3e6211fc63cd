import { sql } from 'kysely';
import type { SqlEngine } from '../sql-engine.ts';
import { initialMigration } from './001-initial.ts';
import type { Migration } from './migration.ts';

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS = [initialMigration] as const satisfies readonly Migration[];

/**
 * Brings the schema up to date at start. Runs under the engine's write lock, so instances
 * starting together apply each migration exactly once.
 */
export const runMigrations = async (engine: SqlEngine, now: () => Date): Promise<number> =>
  engine.write(async (db) => {
    await sql`create table if not exists schema_migrations (version integer primary key, applied_at text not null)`.execute(db);
    const rows = await db.selectFrom('schema_migrations').select('version').execute();
    const applied = new Set(rows.map((row) => Number(row.version)));
    let count = 0;
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await migration.up(db, engine.kind);
      await db.insertInto('schema_migrations').values({ version: migration.version, applied_at: now().toISOString() }).execute();
      count += 1;
    }
    return count;
  });
