import type { CompiledQuery } from 'kysely';
import type { Clock, GrantRecord, GrantsRegister, IdGenerator } from '../policy/ports.ts';
import type { AuditActor } from '../policy/audit-records.ts';
import { accountGrantRecord, accountGrantRow, appApprovalRecord, appApprovalRow, optional } from './register-rows.ts';
import type { StoreSchema } from './schema.ts';
import { compiledOnce } from './compiled-once.ts';
import { appendInTransaction } from './sql-audit-log.ts';
import type { SqlEngine } from './sql-engine.ts';
import {
  compareGrants,
  parseAccountGrant,
  parseAccountName,
  parseAccountRevoke,
  parseAppApproval,
  parseAppName,
  parseAppRevoke,
  parsePersonId,
  namesAppAsHeld,
  sameTerms,
  toStoredTime,
} from './store-inputs.ts';

// The grant lookups are compiled once per engine (compiled-once.ts): holdsAnyGrant runs on every company-account check.
const lookupQueries = new WeakMap<object, CompiledQuery<Pick<StoreSchema['account_grants'], 'expires_at'>>>();
const grantsOfPersonQueries = new WeakMap<object, CompiledQuery<Pick<StoreSchema['account_grants'], 'expires_at'>>>();

type Context = { readonly clock: Clock; readonly ids: IdGenerator };

const accountRecord = (row: StoreSchema['account_grants']): GrantRecord => accountGrantRecord(accountGrantRow(row));
const appRecord = (row: StoreSchema['app_approvals']): GrantRecord => appApprovalRecord(appApprovalRow(row));

/** A row is in force when it has no expiry or expires after `at` (ISO text: text order is time order). */
const inForce = (row: { readonly expires_at: string | null }, at: string): boolean => row.expires_at === null || row.expires_at > at;

/** The grants register over an SQL engine; each change and its audit entry commit together. */
export const createSqlGrantsRegister = (engine: SqlEngine, context: Context): GrantsRegister => {
  const now = () => context.clock.now().toISOString();
  return {
    grantAccount: async (by: AuditActor, input) => {
      const parsed = parseAccountGrant(input);
      const expiresAt = parsed.expiresAt === undefined ? null : toStoredTime(parsed.expiresAt);
      return engine.write(async (db) => {
        // Read under the write lock: granting what is held already on the same terms records nothing.
        const held = await db.selectFrom('account_grants').selectAll().where('subject', '=', parsed.subject).where('account', '=', parsed.account).executeTakeFirst();
        if (held !== undefined && inForce(held, now()) && sameTerms({ expiresAt: held.expires_at, reason: held.reason }, { expiresAt, reason: parsed.reason ?? null })) {
          return { record: accountRecord(held), changed: false };
        }
        const entry = await appendInTransaction(db, context, by, { action: 'grant', ...parsed, ...optional('expiresAt', expiresAt) });
        const row = {
          subject: parsed.subject,
          account: parsed.account,
          granted_by: entry.actor,
          granted_at: entry.at,
          expires_at: expiresAt,
          reason: parsed.reason ?? null,
        };
        await db
          .insertInto('account_grants')
          .values(row)
          .onConflict((conflict) =>
            conflict.columns(['subject', 'account']).doUpdateSet({
              granted_by: row.granted_by,
              granted_at: row.granted_at,
              expires_at: row.expires_at,
              reason: row.reason,
            }),
          )
          .execute();
        return { record: accountRecord(row), changed: true };
      });
    },
    revokeAccount: async (by, input) => {
      const parsed = parseAccountRevoke(input);
      return engine.write(async (db) => {
        const at = now();
        const removed = await db
          .deleteFrom('account_grants')
          .where('subject', '=', parsed.subject)
          .where('account', '=', parsed.account)
          .where((where) => where.or([where('expires_at', 'is', null), where('expires_at', '>', at)]))
          .executeTakeFirst();
        if (Number(removed.numDeletedRows) === 0) return false;
        await appendInTransaction(db, context, by, { action: 'revoke', ...parsed });
        return true;
      });
    },
    approveApp: async (by, input) => {
      const parsed = parseAppApproval(input);
      const expiresAt = parsed.expiresAt === undefined ? null : toStoredTime(parsed.expiresAt);
      return engine.write(async (db) => {
        const held = await db.selectFrom('app_approvals').selectAll().where('app', '=', parsed.app).executeTakeFirst();
        // The same app on the same terms, however its name is capitalised this time, is approved already.
        if (held !== undefined && inForce(held, now()) && sameTerms({ expiresAt: held.expires_at, reason: held.reason }, { expiresAt, reason: parsed.reason ?? null }) && namesAppAsHeld(held.name, parsed)) {
          return { record: appRecord(held), changed: false };
        }
        const entry = await appendInTransaction(db, context, by, { action: 'approve-app', ...parsed, ...optional('expiresAt', expiresAt) });
        const row = { app: parsed.app, name: parsed.name, granted_by: entry.actor, granted_at: entry.at, expires_at: expiresAt, reason: parsed.reason ?? null };
        await db
          .insertInto('app_approvals')
          .values(row)
          .onConflict((conflict) =>
            conflict.column('app').doUpdateSet({ name: row.name, granted_by: row.granted_by, granted_at: row.granted_at, expires_at: row.expires_at, reason: row.reason }),
          )
          .execute();
        return { record: appRecord(row), changed: true };
      });
    },
    unapproveApp: async (by, input) => {
      const parsed = parseAppRevoke(input);
      return engine.write(async (db) => {
        const held = await db.selectFrom('app_approvals').selectAll().where('app', '=', parsed.app).executeTakeFirst();
        if (held === undefined || !inForce(held, now())) return undefined;
        await db.deleteFrom('app_approvals').where('app', '=', parsed.app).execute();
        await appendInTransaction(db, context, by, { action: 'unapprove-app', ...parsed, ...optional('name', held.name) });
        return appRecord(held);
      });
    },
    list: async (filter) => {
      const subject = filter?.subject === undefined ? undefined : parsePersonId(filter.subject);
      return engine.read(async (db) => {
        const at = now();
        let accounts = db
          .selectFrom('account_grants')
          .selectAll()
          .where((where) => where.or([where('expires_at', 'is', null), where('expires_at', '>', at)]));
        if (subject !== undefined) accounts = accounts.where('subject', '=', subject);
        const apps = db
          .selectFrom('app_approvals')
          .selectAll()
          .where((where) => where.or([where('expires_at', 'is', null), where('expires_at', '>', at)]));
        const records = [...(await accounts.execute()).map(accountRecord), ...(await apps.execute()).map(appRecord)];
        return records.sort(compareGrants);
      });
    },
    holdsGrant: async (subject, account) => {
      const key = { subject: parsePersonId(subject), account: parseAccountName(account) };
      return engine.read(async (db) => {
        const lookup = compiledOnce(db, lookupQueries, () =>
          db.selectFrom('account_grants').select('expires_at').where('subject', '=', '').where('account', '=', '').compile(),
        );
        const { rows } = await db.executeQuery<Pick<StoreSchema['account_grants'], 'expires_at'>>({ ...lookup, parameters: [key.subject, key.account] });
        const row = rows[0];
        return row !== undefined && (row.expires_at === null || row.expires_at > now());
      });
    },
    holdsAnyGrant: async (subject) => {
      const person = parsePersonId(subject);
      // Asked on every company-account check: compiled once, and a person's few grants are judged here.
      return engine.read(async (db) => {
        const byPerson = compiledOnce(db, grantsOfPersonQueries, () => db.selectFrom('account_grants').select('expires_at').where('subject', '=', '').compile());
        const { rows } = await db.executeQuery<Pick<StoreSchema['account_grants'], 'expires_at'>>({ ...byPerson, parameters: [person] });
        const at = now();
        return rows.some((row) => row.expires_at === null || row.expires_at > at);
      });
    },
    isAppApproved: async (app) => {
      const name = parseAppName(app);
      return engine.read(async (db) => {
        const row = await db.selectFrom('app_approvals').select('expires_at').where('app', '=', name).executeTakeFirst();
        return row !== undefined && (row.expires_at === null || row.expires_at > now());
      });
    },
  };
};
