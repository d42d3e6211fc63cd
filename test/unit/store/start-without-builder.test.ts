import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from '../../../src/store/migrations/run-migrations.ts';
import type { SqlEngine } from '../../../src/store/sql-engine.ts';

const ROOT = join(import.meta.dirname, '../../..');

/**
 * Runs `steps` (the body of an async function with `store` open on `dataDir`) in a fresh Node
 * process, and reports whether the query builder (kysely) was loaded: modules loaded once stay
 * loaded, so only a process of its own can tell.
 */
const inFreshProcess = (dataDir: string, steps: string): { builderLoaded: boolean; output: string } => {
  const script = `
    import { registerHooks } from 'node:module';
    let builderLoaded = false;
    registerHooks({ resolve: (specifier, context, next) => { if (specifier === 'kysely') builderLoaded = true; return next(specifier, context); } });
    const { openStore } = await import(${JSON.stringify(join(ROOT, 'src/store/open-store.ts'))});
    const store = await openStore({ dataDir: ${JSON.stringify(dataDir)} });
    const output = await (async () => { ${steps} })();
    const loadedBeforeClose = builderLoaded;
    await store.close();
    process.stdout.write(JSON.stringify({ builderLoaded: loadedBeforeClose, output: String(output) }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
  if (run.status !== 0) throw new Error(`the child failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { builderLoaded: boolean; output: string };
};

describe('the embedded store at start', () => {
  it('opens a database that is up to date and reads the last policy version without loading the query builder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'store-start-'));
    // The first start creates the schema (with the builder) and records a version.
    const first = inFreshProcess(
      dataDir,
      `await store.audit.append({ platform: 'system', userId: 'policy-bot' }, { action: 'policy-loaded', policyVersion: '0123456789abcdef', clauses: [] });
       return (await store.audit.latest('policy-loaded')).event.policyVersion;`,
    );
    expect(first).toEqual({ builderLoaded: true, output: '0123456789abcdef' });

    const later = inFreshProcess(dataDir, `return (await store.audit.latest('policy-loaded')).event.policyVersion;`);
    expect(later).toEqual({ builderLoaded: false, output: '0123456789abcdef' });

    // Anything else loads it on first use, and works as ever.
    const asked = inFreshProcess(dataDir, `return (await store.audit.all()).length + ' ' + (await store.audit.verify()).ok;`);
    expect(asked).toEqual({ builderLoaded: true, output: '1 true' });
  });
});

describe('runMigrations', () => {
  /** An engine whose plain-SQL read answers `versions` (or fails), and that records whether a write was asked for. */
  const engineWith = (versions: readonly number[] | Error): SqlEngine & { writes: number } => {
    const engine = {
      kind: 'sqlite' as const,
      writes: 0,
      readSql: async () => {
        if (versions instanceof Error) throw versions;
        return versions.map((version) => ({ version }));
      },
      write: async () => {
        engine.writes += 1;
        return 0 as never;
      },
      writeWithoutAuditLock: async () => 0 as never,
      read: async () => 0 as never,
      snapshot: async () => 0 as never,
      leadership: { tryLead: async () => true, release: async () => {} },
      close: async () => {},
    };
    return engine;
  };

  it('runs nothing under the write lock when every migration is recorded as applied', async () => {
    const engine = engineWith(MIGRATIONS.map((migration) => migration.version));
    expect(await runMigrations(engine, () => new Date())).toBe(0);
    expect(engine.writes).toBe(0);
  });

  it('takes the write lock when a migration is missing or the table cannot be read', async () => {
    for (const engine of [engineWith([]), engineWith(new Error('no such table: schema_migrations'))]) {
      await runMigrations(engine, () => new Date());
      expect(engine.writes).toBe(1);
    }
  });
});
