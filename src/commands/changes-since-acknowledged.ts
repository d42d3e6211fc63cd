import { changedClauses, type ClauseChanges } from '../policy/clause-changes.ts';
import type { PersonId } from '../policy/audit-records.ts';
import type { CommandContext } from './command-context.ts';
import type { ReplyBlock } from './request.ts';

/** What changed in the policy since a person last acknowledged it; undefined when they are up to date or never acknowledged. */
export interface ChangesSinceAcknowledged {
  readonly acknowledgedVersion: string;
  /** Undefined when the earlier version's clauses were not recorded. */
  readonly changes?: ClauseChanges;
}

/** What changed since the person's last acknowledgement, for a caller that knows they have not acknowledged this version. */
export const changesSinceLastAcknowledgement = async (person: PersonId, context: CommandContext): Promise<ChangesSinceAcknowledged | undefined> => {
  const { policy, store } = context;
  // Two indexed lookups, not the whole trail: this runs on every App Home open and walkthrough start.
  const acknowledgedVersion = await store.acknowledgements.latestAcknowledged(person);
  if (acknowledgedVersion === undefined) return undefined;
  const loaded = await store.audit.policyLoaded(acknowledgedVersion);
  const fingerprints = loaded?.event.action === 'policy-loaded' ? loaded.event.clauses : undefined;
  return fingerprints ? { acknowledgedVersion, changes: changedClauses(fingerprints, policy) } : { acknowledgedVersion };
};

const list = (label: string, ids: readonly string[]): string[] => (ids.length > 0 ? [`${label}: ${ids.join(', ')}`] : []);

/** "The policy has changed since you acknowledged version …; changed: a, b; new: c." */
export const presentChanges = ({ acknowledgedVersion, changes }: ChangesSinceAcknowledged): ReplyBlock => {
  const parts = changes ? [...list('changed', changes.changed), ...list('new', changes.added), ...list('removed', changes.removed)] : [];
  const what = parts.length > 0 ? ` Clauses ${parts.join('; ')}.` : '';
  return {
    type: 'text',
    text: `The policy has changed since you acknowledged version ${acknowledgedVersion}.${what} Please read it again and acknowledge the current version.`,
  };
};
