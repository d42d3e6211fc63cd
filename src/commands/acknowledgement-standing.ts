import type { AuditEntry, PersonId } from '../policy/audit-records.ts';
import { readsTheSame } from '../policy/clause-changes.ts';
import type { AuditLog } from '../policy/ports.ts';
import { changesSinceLastAcknowledgement, type ChangesSinceAcknowledged } from './changes-since-acknowledged.ts';
import type { CommandContext } from './command-context.ts';

/**
 * The policy-loaded entries read so far, per audit log: entries are never changed, so each
 * request asks only for those after the last one seen (another instance may have loaded a version
 * since), a read the sequence number bounds, instead of scanning the trail on every App Home open.
 */
const loadsSeen = new WeakMap<AuditLog, { afterSeq: number; entries: AuditEntry[] }>();

const policyLoads = async (audit: AuditLog): Promise<readonly AuditEntry[]> => {
  let seen = loadsSeen.get(audit);
  if (!seen) loadsSeen.set(audit, (seen = { afterSeq: 0, entries: [] }));
  const newer = await audit.policyLoads(seen.afterSeq);
  for (const entry of newer) {
    // Two requests may ask at once; each entry is kept once.
    if (entry.seq <= seen.afterSeq) continue;
    seen.entries.push(entry);
    seen.afterSeq = entry.seq;
  }
  return seen.entries;
};

/**
 * The policy versions whose acknowledgement counts for the current one: itself, and every
 * version loaded before that asked people to agree to the same thing (the same clauses, sections
 * and walkthrough; see `readsTheSame`). Editing a comment, a detector or a clause's keywords
 * makes a new version of the file; nobody should have to acknowledge it again.
 */
export const versionsOfSameWording = async ({ policy, store }: Pick<CommandContext, 'policy' | 'store'>): Promise<readonly string[]> => {
  const same = (await policyLoads(store.audit)).flatMap(({ event }) =>
    event.action === 'policy-loaded' && event.policyVersion !== policy.version && readsTheSame(event, policy) ? [event.policyVersion] : [],
  );
  return [policy.version, ...new Set(same)];
};

/** Where a person stands with the current policy. */
export interface AcknowledgementStanding {
  /** The version they acknowledged that counts for the current one (itself, or one of the same wording); undefined when none does. */
  readonly acknowledged?: string;
  /** Only when none counts and they acknowledged an earlier version: what changed since. */
  readonly since?: ChangesSinceAcknowledged;
}

export interface StandingOptions {
  /** The versions of the same wording, when the caller has them already. */
  readonly versions?: readonly string[];
  /** Also what changed since (default true); a caller that only needs `acknowledged` saves the lookups. */
  readonly changes?: boolean;
}

export const acknowledgementStanding = async (person: PersonId, context: CommandContext, options: StandingOptions = {}): Promise<AcknowledgementStanding> => {
  const acknowledged = await context.store.acknowledgements.acknowledgedAmong(person, options.versions ?? (await versionsOfSameWording(context)));
  if (acknowledged !== undefined) return { acknowledged };
  const since = options.changes === false ? undefined : await changesSinceLastAcknowledgement(person, context);
  return since ? { since } : {};
};
