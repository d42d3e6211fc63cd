import { canonicalJson, nextEntry, verifyChain } from '../policy/audit-chain.ts';
import type { AuditActor, AuditEntry, AuditEvent, AuditLog, AuditPlatform, Clock, IdGenerator } from '../policy/ports.ts';
import { personIdOf } from '../policy/ports.ts';
import type { StoreDb, StoreSchema } from './schema.ts';
import type { SqlEngine } from './sql-engine.ts';
import { parseActor, parseEvent } from './store-inputs.ts';

type AuditRow = StoreSchema['audit_log'];

/** A stored row as an entry. A tampered row whose event is no longer JSON keeps its text, and fails verification. */
export const entryOfRow = (row: AuditRow): AuditEntry => {
  let event: unknown;
  try {
    event = JSON.parse(row.event);
  } catch {
    event = row.event;
  }
  return {
    seq: Number(row.seq),
    id: row.id,
    at: row.at,
    actor: row.actor,
    platform: row.platform as AuditPlatform,
    event: event as AuditEvent,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
};

/**
 * Appends inside the caller's write transaction: reads the chain's head and adds one entry. The
 * engine's write lock makes "read head, insert next" atomic across processes and instances.
 */
export const appendInTransaction = async (
  db: StoreDb,
  context: { readonly clock: Clock; readonly ids: IdGenerator },
  actor: AuditActor,
  event: AuditEvent,
): Promise<AuditEntry> => {
  const who = parseActor(actor);
  const parsed = parseEvent(event);
  const head = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const entry = nextEntry(head === undefined ? undefined : { seq: Number(head.seq), hash: head.hash }, {
    id: context.ids.next(),
    at: context.clock.now().toISOString(),
    actor: personIdOf(who),
    platform: who.platform,
    event: parsed,
  });
  await db
    .insertInto('audit_log')
    .values({
      seq: entry.seq,
      id: entry.id,
      at: entry.at,
      actor: entry.actor,
      platform: entry.platform,
      event: canonicalJson(entry.event),
      prev_hash: entry.prevHash,
      hash: entry.hash,
    })
    .execute();
  return entry;
};

/** The audit log over an SQL engine. */
export const createSqlAuditLog = (engine: SqlEngine, context: { readonly clock: Clock; readonly ids: IdGenerator }): AuditLog => {
  const all = () => engine.read(async (db) => (await db.selectFrom('audit_log').selectAll().orderBy('seq', 'asc').execute()).map(entryOfRow));
  return {
    append: (actor, event) => engine.write((db) => appendInTransaction(db, context, actor, event)),
    last: (n) =>
      engine.read(async (db) => {
        const count = Math.max(0, Math.floor(n));
        if (count === 0) return [];
        const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(count).execute();
        return rows.map(entryOfRow).reverse();
      }),
    all,
    verify: async () => verifyChain(await all()),
  };
};
