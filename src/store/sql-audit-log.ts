import type { CompiledQuery } from 'kysely';
import { compiledOnce } from './compiled-once.ts';
import { canonicalJson, nextEntry, verifyChain } from '../policy/audit-chain.ts';
import type { AuditLog, Clock, IdGenerator } from '../policy/ports.ts';
import type { AuditActor, AuditEntry, AuditEvent, AuditPlatform } from '../policy/audit-records.ts';
import { personIdOf } from '../policy/audit-records.ts';
import { checkTrail } from '../policy/trail-check.ts';
import type { StoreDb, StoreSchema } from './schema.ts';
import type { SqlEngine } from './sql-engine.ts';
import { accountGrantRow, appApprovalRow } from './register-rows.ts';
import { isPolicyVersion, parseActor, parseEvent } from './store-inputs.ts';

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

/** Column order of the precompiled INSERT (placeholder values; real ones are bound per append). */
const INSERT_SHAPE: AuditRow = { seq: 0, id: '', at: '', actor: '', platform: '', event: '', prev_hash: '', hash: '' };

// The two statements of every append are compiled once per dialect (see compiled-once.ts).
const headQueries = new WeakMap<object, CompiledQuery<Pick<AuditRow, 'seq' | 'hash'>>>();
const insertQueries = new WeakMap<object, CompiledQuery>();

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
  const { rows } = await db.executeQuery(compiledOnce(db, headQueries, () => db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).compile()));
  const head = rows[0];
  const entry = nextEntry(head === undefined ? undefined : { seq: Number(head.seq), hash: head.hash }, {
    id: context.ids.next(),
    at: context.clock.now().toISOString(),
    actor: personIdOf(who),
    platform: who.platform,
    event: parsed,
  });
  const insert = compiledOnce(db, insertQueries, () => db.insertInto('audit_log').values(INSERT_SHAPE).compile());
  await db.executeQuery({
    ...insert,
    // The compiled INSERT binds its values in INSERT_SHAPE's column order.
    parameters: [entry.seq, entry.id, entry.at, entry.actor, entry.platform, canonicalJson(entry.event), entry.prevHash, entry.hash],
  });
  return entry;
};

/** `latest` in plain SQL, as the builder writes it: the newest entry whose event is LIKE the bound pattern. */
const LATEST_SQL = 'select "seq", "id", "at", "actor", "platform", "event", "prev_hash", "hash" from "audit_log" where "event" like ? order by "seq" desc limit 1';

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
    latest: async (action) => {
      // Canonical JSON has `"action":"<name>"` exactly once, unescaped; a quote inside any string
      // value is escaped (\"), so no reason text can fake it. Scans back from the newest entry.
      const pattern = `%"action":"${action}"%`;
      // Every start reads this (main's policy version): plain SQL where the engine has it, so no query builder loads for it.
      if (engine.readSql) {
        const [row] = await engine.readSql(LATEST_SQL, [pattern]);
        return row === undefined ? undefined : entryOfRow(row as AuditRow);
      }
      return engine.read(async (db) => {
        const row = await db
          .selectFrom('audit_log')
          .selectAll()
          .where('event', 'like', pattern)
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        return row === undefined ? undefined : entryOfRow(row);
      });
    },
    policyLoaded: async (policyVersion) => {
      // Only a hex version can have been recorded, and hex holds no LIKE wildcard (% or _).
      if (!isPolicyVersion(policyVersion)) return undefined;
      // Canonical JSON sorts keys (action, clauses, policyVersion, reading), so the event has this
      // shape, a reading or nothing after the version's closing quote; the pattern is a bound
      // parameter. Scans back from the newest entry.
      const row = await engine.read((db) =>
        db
          .selectFrom('audit_log')
          .selectAll()
          .where('event', 'like', `{"action":"policy-loaded",%"policyVersion":"${policyVersion}"%`)
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst(),
      );
      const entry = row === undefined ? undefined : entryOfRow(row);
      // SQLite's LIKE ignores case: the stored event must name exactly this version.
      return entry?.event.action === 'policy-loaded' && entry.event.policyVersion === policyVersion ? entry : undefined;
    },
    policyLoads: async (afterSeq = 0) => {
      // Canonical JSON sorts its keys, and a policy-loaded event's first is `action`, so the event
      // begins with this prefix (a grant's reason quoting it is escaped); the check after parsing
      // guards SQLite's case-blind LIKE. `seq` (the key) bounds the read to newer entries.
      const rows = await engine.read((db) =>
        db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).where('event', 'like', '{"action":"policy-loaded",%').orderBy('seq', 'asc').execute(),
      );
      return rows.map(entryOfRow).filter((entry) => entry.event.action === 'policy-loaded');
    },
    all,
    verify: async () => verifyChain(await all()),
    check: async (options) => {
      // One snapshot: a change committed between reading the trail and the tables would otherwise look like tampering.
      const { entries, tables } = await engine.snapshot(async (db) => {
        const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq', 'asc').execute();
        const grants = await db.selectFrom('account_grants').selectAll().execute();
        const apps = await db.selectFrom('app_approvals').selectAll().execute();
        const acks = await db.selectFrom('acknowledgements').selectAll().execute();
        return {
          entries: rows.map(entryOfRow),
          tables: {
            accountGrants: grants.map(accountGrantRow),
            appApprovals: apps.map(appApprovalRow),
            acknowledgements: acks.map((row) => ({ person: row.person, policyVersion: row.policy_version, at: row.at })),
          },
        };
      });
      return checkTrail(entries, tables, options);
    },
  };
};
