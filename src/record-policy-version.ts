import type { ParsedPolicy } from './policy/policy-document.ts';
import type { Store } from './policy/ports.ts';

/**
 * Records a policy version in the audit trail once, with its clause and reading fingerprints, so
 * acknowledgements can be read against it. A version recorded before reading fingerprints were
 * kept is recorded again, once, so its acknowledgements can carry over to a later edit.
 */
export const recordPolicyVersion = async (store: Store, policy: ParsedPolicy): Promise<void> => {
  const lastLoaded = await store.audit.latest('policy-loaded');
  if (lastLoaded?.event.action === 'policy-loaded' && lastLoaded.event.policyVersion === policy.version && lastLoaded.event.reading !== undefined) return;
  const { policyLoadedEvent } = await import('./policy/clause-changes.ts');
  await store.audit.append({ platform: 'system', userId: 'policy-bot' }, policyLoadedEvent(policy));
};
