import type { Clock, IdGenerator, Store } from '../policy/ports.ts';
import { runMigrations } from './migrations/run-migrations.ts';
import { createSqlAcknowledgements } from './sql-acknowledgements.ts';
import { createSqlAuditLog } from './sql-audit-log.ts';
import { createSqlDeliveries } from './sql-deliveries.ts';
import type { SqlEngine } from './sql-engine.ts';
import { createSqlGrantsRegister } from './sql-grants-register.ts';

/** The one query layer over either engine: migrates, then implements every port. */
export const createSqlStore = async (engine: SqlEngine, context: { readonly clock: Clock; readonly ids: IdGenerator }): Promise<Store> => {
  try {
    await runMigrations(engine, () => context.clock.now());
  } catch (error) {
    await engine.close();
    throw error;
  }
  return {
    engine: engine.kind,
    audit: createSqlAuditLog(engine, context),
    grants: createSqlGrantsRegister(engine, context),
    acknowledgements: createSqlAcknowledgements(engine, context),
    deliveries: createSqlDeliveries(engine, context.clock),
    leadership: engine.leadership,
    close: () => engine.close(),
  };
};
