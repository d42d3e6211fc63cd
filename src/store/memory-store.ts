import { nextEntry, verifyChain } from '../policy/audit-chain.ts';
import { checkTrail } from '../policy/trail-check.ts';
import { isInForce } from '../policy/grants.ts';
import type { AccountGrantRow, Acknowledgement, AppApprovalRow, Store } from '../policy/ports.ts';
import type { AuditActor, AuditEntry, AuditEvent } from '../policy/audit-records.ts';
import { personIdOf } from '../policy/audit-records.ts';
import { accountGrantRecord, appApprovalRecord, latestPerPerson, optional } from './register-rows.ts';
import {
  parseAccountGrant,
  parseAccountName,
  parseAccountRevoke,
  parseActor,
  parseAppApproval,
  parseAppName,
  parseAppRevoke,
  parseDeliveryKey,
  parseEvent,
  isPolicyVersion,
  compareGrants,
  compareText,
  parsePersonId,
  randomIds,
  namesAppAsHeld,
  sameTerms,
  systemClock,
  toStoredTime,
  type StoreOptions,
} from './store-inputs.ts';

/**
 * The store in memory, for tests of other layers and for a bot that keeps nothing. It passes the
 * same contract suite as the SQL engines; with one process, leadership is always granted.
 */
export const createMemoryStore = (options: StoreOptions = {}): Store => {
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const entries: AuditEntry[] = [];
  // Rows as the SQL tables hold them (null for no value), so `check` compares like with like.
  const accountGrants = new Map<string, AccountGrantRow>();
  const apps = new Map<string, AppApprovalRow>();
  const acks = new Map<string, Acknowledgement>();
  const deliveries = new Set<string>();
  const leading = new Set<string>();

  const append = (actor: AuditActor, event: AuditEvent): AuditEntry => {
    const who = parseActor(actor);
    const entry = nextEntry(entries.at(-1), {
      id: ids.next(),
      at: clock.now().toISOString(),
      actor: personIdOf(who),
      platform: who.platform,
      event: parseEvent(event),
    });
    entries.push(entry);
    return entry;
  };
  const now = () => clock.now();
  const grantKey = (subject: string, account: string) => `${subject}\u0000${account}`;
  const inForce = (row: { readonly expiresAt: string | null }, at: Date) => isInForce({ ...optional('expiresAt', row.expiresAt) }, at);

  const store: Store = {
    engine: 'memory',
    audit: {
      append: async (actor, event) => append(actor, event),
      last: async (n) => entries.slice(Math.max(0, entries.length - Math.max(0, Math.floor(n)))),
      latest: async (action) => entries.findLast((entry) => entry.event.action === action),
      policyLoaded: async (policyVersion) =>
        isPolicyVersion(policyVersion)
          ? entries.findLast((entry) => entry.event.action === 'policy-loaded' && entry.event.policyVersion === policyVersion)
          : undefined,
      policyLoads: async (afterSeq = 0) => entries.filter((entry) => entry.seq > afterSeq && entry.event.action === 'policy-loaded'),
      all: async () => [...entries],
      verify: async () => verifyChain(entries),
      check: async (options) =>
        checkTrail(entries, { accountGrants: [...accountGrants.values()], appApprovals: [...apps.values()], acknowledgements: [...acks.values()] }, options),
    },
    grants: {
      grantAccount: async (by, input) => {
        const parsed = parseAccountGrant(input);
        const expiresAt = parsed.expiresAt === undefined ? null : toStoredTime(parsed.expiresAt);
        const key = grantKey(parsed.subject, parsed.account);
        const held = accountGrants.get(key);
        if (held !== undefined && inForce(held, now()) && sameTerms(held, { expiresAt, reason: parsed.reason ?? null })) {
          return { record: accountGrantRecord(held), changed: false };
        }
        const entry = append(by, { action: 'grant', ...parsed, ...optional('expiresAt', expiresAt) });
        const row: AccountGrantRow = { subject: parsed.subject, account: parsed.account, grantedBy: entry.actor, grantedAt: entry.at, expiresAt, reason: parsed.reason ?? null };
        accountGrants.set(key, row);
        return { record: accountGrantRecord(row), changed: true };
      },
      revokeAccount: async (by, input) => {
        const parsed = parseAccountRevoke(input);
        const key = grantKey(parsed.subject, parsed.account);
        const existing = accountGrants.get(key);
        if (!existing || !inForce(existing, now())) return false;
        append(by, { action: 'revoke', ...parsed });
        accountGrants.delete(key);
        return true;
      },
      approveApp: async (by, input) => {
        const parsed = parseAppApproval(input);
        const expiresAt = parsed.expiresAt === undefined ? null : toStoredTime(parsed.expiresAt);
        const held = apps.get(parsed.app);
        if (held !== undefined && inForce(held, now()) && sameTerms(held, { expiresAt, reason: parsed.reason ?? null }) && namesAppAsHeld(held.name, parsed)) {
          return { record: appApprovalRecord(held), changed: false };
        }
        const entry = append(by, { action: 'approve-app', ...parsed, ...optional('expiresAt', expiresAt) });
        const row: AppApprovalRow = { app: parsed.app, name: parsed.name, grantedBy: entry.actor, grantedAt: entry.at, expiresAt, reason: parsed.reason ?? null };
        apps.set(parsed.app, row);
        return { record: appApprovalRecord(row), changed: true };
      },
      unapproveApp: async (by, input) => {
        const parsed = parseAppRevoke(input);
        const held = apps.get(parsed.app);
        if (!held || !inForce(held, now())) return undefined;
        append(by, { action: 'unapprove-app', ...parsed, ...optional('name', held.name) });
        apps.delete(parsed.app);
        return appApprovalRecord(held);
      },
      list: async (filter) => {
        const subject = filter?.subject === undefined ? undefined : parsePersonId(filter.subject);
        const at = now();
        const accounts = [...accountGrants.values()]
          .filter((grant) => inForce(grant, at) && (subject === undefined || grant.subject === subject))
          .map(accountGrantRecord)
          .sort(compareGrants);
        const approved = [...apps.values()].filter((app) => inForce(app, at)).map(appApprovalRecord).sort(compareGrants);
        return [...accounts, ...approved];
      },
      holdsGrant: async (subject, account) => {
        const grant = accountGrants.get(grantKey(parsePersonId(subject), parseAccountName(account)));
        return grant !== undefined && inForce(grant, now());
      },
      holdsAnyGrant: async (subject) => {
        const person = parsePersonId(subject);
        const at = now();
        return [...accountGrants.values()].some((grant) => grant.subject === person && inForce(grant, at));
      },
      isAppApproved: async (app) => {
        const approval = apps.get(parseAppName(app));
        return approval !== undefined && inForce(approval, now());
      },
    },
    acknowledgements: {
      acknowledge: async (by, policyVersion) => {
        const person = personIdOf(parseActor(by));
        const key = `${person}\u0000${policyVersion}`;
        if (acks.has(key)) return false;
        const entry = append(by, { action: 'acknowledge', policyVersion });
        acks.set(key, { person, policyVersion, at: entry.at });
        return true;
      },
      acknowledgedAmong: async (person, policyVersions) => {
        const who = parsePersonId(person);
        return latestPerPerson(policyVersions.flatMap((policyVersion) => acks.get(`${who}\u0000${policyVersion}`) ?? []))[0]?.policyVersion;
      },
      latestAcknowledged: async (person) => {
        const who = parsePersonId(person);
        return latestPerPerson([...acks.values()].filter((ack) => ack.person === who))[0]?.policyVersion;
      },
      status: async (policyVersions) => {
        const acknowledged = latestPerPerson([...acks.values()].filter((ack) => policyVersions.includes(ack.policyVersion)));
        const done = new Set(acknowledged.map((ack) => ack.person));
        const at = now();
        const known = new Set([
          ...[...acks.values()].map((ack) => ack.person),
          ...[...accountGrants.values()].filter((grant) => inForce(grant, at)).map((grant) => grant.subject),
        ]);
        const pending = [...known].filter((person) => !done.has(person)).sort(compareText);
        return { acknowledged, pending };
      },
    },
    deliveries: {
      firstDelivery: async (key) => {
        const parsed = parseDeliveryKey(key);
        if (deliveries.has(parsed)) return false;
        deliveries.add(parsed);
        return true;
      },
    },
    leadership: {
      tryLead: async (name) => {
        leading.add(name);
        return true;
      },
      release: async (name) => {
        leading.delete(name);
      },
    },
    close: async () => {},
  };
  return store;
};
