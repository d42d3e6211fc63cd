import type { AcknowledgementStore, Clock, IdGenerator } from '../policy/ports.ts';
import { personIdOf } from '../policy/audit-records.ts';
import { appendInTransaction } from './sql-audit-log.ts';
import { latestPerPerson } from './register-rows.ts';
import type { StoreDb } from './schema.ts';
import type { SqlEngine } from './sql-engine.ts';
import { compareText, parseActor, parsePersonId } from './store-inputs.ts';

/** Whether a person's acknowledgement of a version is recorded (in a read or inside a write). */
const isRecorded = async (db: StoreDb, person: string, policyVersion: string): Promise<boolean> =>
  (await db.selectFrom('acknowledgements').select('person').where('person', '=', person).where('policy_version', '=', policyVersion).executeTakeFirst()) !== undefined;

/** Acknowledgements over an SQL engine; the first acknowledgement of a version and its audit entry commit together. */
export const createSqlAcknowledgements = (engine: SqlEngine, context: { readonly clock: Clock; readonly ids: IdGenerator }): AcknowledgementStore => ({
  acknowledge: async (by, policyVersion) => {
    const person = personIdOf(parseActor(by));
    return engine.write(async (db) => {
      if (await isRecorded(db, person, policyVersion)) return false;
      // The audit append validates the version's form before anything is written.
      const entry = await appendInTransaction(db, context, by, { action: 'acknowledge', policyVersion });
      await db.insertInto('acknowledgements').values({ person, policy_version: policyVersion, at: entry.at }).execute();
      return true;
    });
  },
  acknowledgedAmong: async (person, policyVersions) => {
    const who = parsePersonId(person);
    if (policyVersions.length === 0) return undefined;
    const rows = await engine.read((db) =>
      db.selectFrom('acknowledgements').selectAll().where('person', '=', who).where('policy_version', 'in', [...policyVersions]).execute(),
    );
    return latestPerPerson(rows.map((row) => ({ person: row.person, policyVersion: row.policy_version, at: row.at })))[0]?.policyVersion;
  },
  latestAcknowledged: async (person) => {
    const who = parsePersonId(person);
    // The primary key (person, policy_version) finds one person's few rows; times are ISO text, so text order is time order.
    const row = await engine.read((db) =>
      db.selectFrom('acknowledgements').select('policy_version').where('person', '=', who).orderBy('at', 'desc').orderBy('policy_version', 'desc').limit(1).executeTakeFirst(),
    );
    return row?.policy_version;
  },
  status: async (policyVersions) =>
    engine.read(async (db) => {
      const at = context.clock.now().toISOString();
      const acks = await db.selectFrom('acknowledgements').selectAll().execute();
      const holders = await db
        .selectFrom('account_grants')
        .select('subject')
        .where((where) => where.or([where('expires_at', 'is', null), where('expires_at', '>', at)]))
        .execute();
      const acknowledged = latestPerPerson(
        acks.filter((row) => policyVersions.includes(row.policy_version)).map((row) => ({ person: row.person, policyVersion: row.policy_version, at: row.at })),
      );
      const done = new Set(acknowledged.map((ack) => ack.person));
      const known = new Set([...acks.map((row) => row.person), ...holders.map((row) => row.subject)]);
      return { acknowledged, pending: [...known].filter((person) => !done.has(person)).sort(compareText) };
    }),
});
