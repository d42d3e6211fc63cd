import type { Clock, DeliveryLog } from '../policy/ports.ts';
import type { SqlEngine } from './sql-engine.ts';
import { parseDeliveryKey } from './store-inputs.ts';

/** Platforms retry within minutes; a day of keys is plenty and keeps the table small. */
const KEEP_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY = 500;

/** Handled deliveries over an SQL engine: the primary key makes "first" atomic across instances, with no audit lock. */
export const createSqlDeliveries = (engine: SqlEngine, clock: Clock): DeliveryLog => {
  let sincePrune = 0;
  return {
    firstDelivery: async (key) => {
      const parsed = parseDeliveryKey(key);
      const now = clock.now();
      const prune = ++sincePrune >= PRUNE_EVERY;
      if (prune) sincePrune = 0;
      // Not engine.write: the primary key makes the insert atomic on its own, and deliveries must
      // not queue behind (or fail as busy because of) the audit trail's writers.
      return engine.writeWithoutAuditLock(async (db) => {
        if (prune) await db.deleteFrom('deliveries').where('seen_at', '<', new Date(now.getTime() - KEEP_MS).toISOString()).execute();
        const result = await db
          .insertInto('deliveries')
          .values({ key: parsed, seen_at: now.toISOString() })
          .onConflict((conflict) => conflict.column('key').doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
      });
    },
  };
};
