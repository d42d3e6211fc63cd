import { nextEntry, verifyChain } from '../policy/audit-chain.ts';
import { isInForce } from '../policy/grants.ts';
import type { Acknowledgement, AuditActor, AuditEntry, AuditEvent, GrantRecord, Store } from '../policy/ports.ts';
import { personIdOf } from '../policy/ports.ts';
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
  const accountGrants = new Map<string, GrantRecord & { kind: 'account' }>();
  const apps = new Map<string, GrantRecord & { kind: 'app' }>();
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
  const optional = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));

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
      all: async () => [...entries],
      verify: async () => verifyChain(entries),
    },
    grants: {
      grantAccount: async (by, input) => {
        const parsed = parseAccountGrant(input);
        const expiresAt = parsed.expiresAt === undefined ? undefined : toStoredTime(parsed.expiresAt);
        const entry = append(by, { action: 'grant', ...parsed, ...optional('expiresAt', expiresAt) });
        const record = {
          kind: 'account' as const,
          subject: parsed.subject,
          account: parsed.account,
          grantedBy: entry.actor,
          grantedAt: entry.at,
          ...optional('expiresAt', expiresAt),
          ...optional('reason', parsed.reason),
        };
        accountGrants.set(grantKey(parsed.subject, parsed.account), record);
        return record;
      },
      revokeAccount: async (by, input) => {
        const parsed = parseAccountRevoke(input);
        const key = grantKey(parsed.subject, parsed.account);
        const existing = accountGrants.get(key);
        if (!existing || !isInForce(existing, now())) return false;
        append(by, { action: 'revoke', ...parsed });
        accountGrants.delete(key);
        return true;
      },
      approveApp: async (by, input) => {
        const parsed = parseAppApproval(input);
        const expiresAt = parsed.expiresAt === undefined ? undefined : toStoredTime(parsed.expiresAt);
        const entry = append(by, { action: 'approve-app', ...parsed, ...optional('expiresAt', expiresAt) });
        const record = {
          kind: 'app' as const,
          app: parsed.app,
          grantedBy: entry.actor,
          grantedAt: entry.at,
          ...optional('expiresAt', expiresAt),
          ...optional('reason', parsed.reason),
        };
        apps.set(parsed.app, record);
        return record;
      },
      unapproveApp: async (by, input) => {
        const parsed = parseAppRevoke(input);
        const existing = apps.get(parsed.app);
        if (!existing || !isInForce(existing, now())) return false;
        append(by, { action: 'unapprove-app', ...parsed });
        apps.delete(parsed.app);
        return true;
      },
      list: async (filter) => {
        const subject = filter?.subject === undefined ? undefined : parsePersonId(filter.subject);
        const at = now();
        const accounts = [...accountGrants.values()]
          .filter((grant) => isInForce(grant, at) && (subject === undefined || grant.subject === subject))
          .sort(compareGrants);
        const approved = [...apps.values()].filter((app) => isInForce(app, at)).sort(compareGrants);
        return [...accounts, ...approved];
      },
      holdsGrant: async (subject, account) => {
        const grant = accountGrants.get(grantKey(parsePersonId(subject), parseAccountName(account)));
        return grant !== undefined && isInForce(grant, now());
      },
      holdsAnyGrant: async (subject) => {
        const person = parsePersonId(subject);
        const at = now();
        return [...accountGrants.values()].some((grant) => grant.subject === person && isInForce(grant, at));
      },
      isAppApproved: async (app) => {
        const approval = apps.get(parseAppName(app));
        return approval !== undefined && isInForce(approval, now());
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
      hasAcknowledged: async (person, policyVersion) => acks.has(`${parsePersonId(person)}\u0000${policyVersion}`),
      latestAcknowledged: async (person) => {
        const who = parsePersonId(person);
        // Insertion order breaks a tie in time: the later acknowledgement wins, as in the audit trail.
        let latest: Acknowledgement | undefined;
        for (const ack of acks.values()) if (ack.person === who && (latest === undefined || ack.at >= latest.at)) latest = ack;
        return latest?.policyVersion;
      },
      status: async (policyVersion) => {
        const acknowledged = [...acks.values()]
          .filter((ack) => ack.policyVersion === policyVersion)
          .sort((a, b) => compareText(a.person, b.person));
        const done = new Set(acknowledged.map((ack) => ack.person));
        const at = now();
        const known = new Set([
          ...[...acks.values()].map((ack) => ack.person),
          ...[...accountGrants.values()].filter((grant) => isInForce(grant, at)).map((grant) => grant.subject),
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
