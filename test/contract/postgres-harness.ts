import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Store } from '../../src/policy/ports.ts';
import { openStore } from '../../src/store/open-store.ts';
import { WRITE_LOCK_NAMESPACE } from '../../src/store/postgres-engine.ts';
import type { StoreHarness } from './store-harness.ts';

/** `url` with every connection's search_path set to `schema`, so each environment has its own tables. */
export const withSearchPath = (url: string, schema: string): string => {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
};

/** PostgreSQL at `url`: each environment is a fresh schema; each instance its own pool. */
export const postgresHarness = (url: string): StoreHarness => ({
  name: 'postgres',
  create: async () => {
    const schema = `contract_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const scopedUrl = withSearchPath(url, schema);
    const opened: Store[] = [];
    const exec = async (statement: string) => {
      await admin.query(`set search_path = ${schema}`);
      await admin.query(statement);
    };
    return {
      open: async ({ clock, ids }) => {
        const store = await openStore({ dataDir: '/nonexistent', databaseUrl: scopedUrl, clock, ...(ids ? { ids } : {}) });
        opened.push(store);
        return store;
      },
      raw: {
        exec,
        disableAuditGuard: () => exec('alter table audit_log disable trigger user'),
        holdAuditLock: async () => {
          // The same lock the engine's writers take, held open in a transaction of another session.
          const holder = new pg.Client({ connectionString: scopedUrl });
          await holder.connect();
          await holder.query('begin');
          await holder.query('select pg_advisory_xact_lock($1, hashtext(current_schema()))', [WRITE_LOCK_NAMESPACE]);
          return async () => {
            await holder.query('rollback');
            await holder.end();
          };
        },
      },
      exclusiveLeadership: true,
      destroy: async () => {
        await Promise.all(opened.map((store) => store.close()));
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      },
    };
  },
});
