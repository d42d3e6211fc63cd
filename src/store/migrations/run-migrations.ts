import type { SqlEngine } from '../sql-engine.ts';
import { initialMigration } from './001-initial.ts';
import { appNamesMigration } from './002-app-names.ts';
import type { Migration } from './migration.ts';

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS = [initialMigration, appNamesMigration] as const satisfies readonly Migration[];

/**
 * Brings the schema up to date at start. Runs under the engine's write lock, so instances
 * starting together apply each migration exactly once.
 */
export const runMigrations = async (engine: SqlEngine, now: () => Date): Promise<number> => {
  if (await allApplied(engine)) return 0;
  const { sql } = await import('kysely');
  return engine.write(async (db) => {
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
};

/**
 * Most starts find every migration applied already. An engine that reads plain SQL says so
 * without the query builder (its modules then load on the first query that needs them); the
 * versions only ever grow, so reading them outside the write lock cannot miss a needed one.
 * Anything unexpected (no table yet) means: run the migrations under the lock.
 */
const allApplied = async (engine: SqlEngine): Promise<boolean> => {
  if (!engine.readSql) return false;
  try {
    const rows = await engine.readSql('select version from schema_migrations', []);
    const applied = new Set(rows.map((row) => Number(row.version)));
    return MIGRATIONS.every((migration) => applied.has(migration.version));
  } catch {
    return false;
  }
};
