import { readsTheSame } from '../policy/clause-changes.ts';
import type { PersonId } from '../policy/audit-records.ts';
import { changesSinceLastAcknowledgement, type ChangesSinceAcknowledged } from './changes-since-acknowledged.ts';
import type { CommandContext } from './command-context.ts';

/**
 * The policy versions whose acknowledgement counts for the current one: itself, and every
 * version loaded before whose clauses read exactly the same. Editing a comment, a summary or a
 * detector makes a new version of the file; nobody should have to acknowledge it again, since
 * the words they agreed to are unchanged. Read per request, not once at start: another instance
 * may have loaded a version of the same wording since.
 */
export const versionsOfSameWording = async ({ policy, store }: Pick<CommandContext, 'policy' | 'store'>): Promise<readonly string[]> => {
  const same = (await store.audit.policyLoads()).flatMap(({ event }) =>
    event.action === 'policy-loaded' && event.policyVersion !== policy.version && event.clauses !== undefined && readsTheSame(event.clauses, policy) ? [event.policyVersion] : [],
  );
  return [policy.version, ...new Set(same)];
};

/** Where a person stands: acknowledged (this version or one of the same wording), or not, with what changed since they last did. */
export interface AcknowledgementStanding {
  readonly acknowledged: boolean;
  /** Only when not acknowledged and they acknowledged an earlier version. */
  readonly since?: ChangesSinceAcknowledged;
}

export const acknowledgementStanding = async (person: PersonId, context: CommandContext): Promise<AcknowledgementStanding> => {
  if (await context.store.acknowledgements.hasAcknowledged(person, await versionsOfSameWording(context))) return { acknowledged: true };
  const since = await changesSinceLastAcknowledgement(person, context);
  return since ? { acknowledged: false, since } : { acknowledged: false };
};
