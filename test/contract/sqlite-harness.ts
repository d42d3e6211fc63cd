import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Store } from '../../src/policy/ports.ts';
import { openStore, SQLITE_FILE_NAME } from '../../src/store/open-store.ts';
import type { StoreHarness } from './store-harness.ts';

/** The embedded engine: each environment is a fresh DATA_DIR; each instance its own connection to the file. */
export const sqliteHarness: StoreHarness = {
  name: 'sqlite',
  create: async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'store-contract-'));
    const opened: Store[] = [];
    const withRaw = async (work: (database: DatabaseSync) => void) => {
      const database = new DatabaseSync(join(dataDir, SQLITE_FILE_NAME), { timeout: 1000 });
      try {
        work(database);
      } finally {
        database.close();
      }
    };
    return {
      open: async ({ clock, ids }) => {
        const store = await openStore({ dataDir, clock, ...(ids ? { ids } : {}) });
        opened.push(store);
        return store;
      },
      raw: {
        exec: (statement) => withRaw((database) => database.exec(statement)),
        disableAuditGuard: () =>
          withRaw((database) => database.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;')),
      },
      exclusiveLeadership: false,
      destroy: async () => {
        await Promise.all(opened.map((store) => store.close()));
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};
