import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/policy/check-draft.ts';
import { changedClauses, clauseFingerprints } from '../../../src/policy/clause-changes.ts';
import { parsePolicyDocument, type ParsedPolicy } from '../../../src/policy/policy-document.ts';
import { ZRTHERAPY_POLICY_FILE, loadZrtherapy } from '../../helpers/policy.ts';
import { createHomeView } from '../../../src/commands/router.ts';
import { command, OWNER, routerFixture, STAFF } from './router-fixture.ts';

/** The default policy with one clause reworded and one placeholder filled in. */
const revisedPolicy = (): ParsedPolicy => {
  const text = readFileSync(ZRTHERAPY_POLICY_FILE, 'utf8')
    .replace('Staff members can always consult the [social media manager] for advice.', 'Staff members can always consult Zayna Ratty for advice.')
    .replace('shared only with authorised users', 'shared only with authorised users, through the password manager');
  const outcome = parsePolicyDocument(text);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.policy;
};

describe('changedClauses', () => {
  it('names the clauses whose words changed, and those added or removed', () => {
    const original = loadZrtherapy();
    const revised = revisedPolicy();
    expect(changedClauses(clauseFingerprints(original), revised)).toEqual({
      changed: ['advice.if-unsure-dont-post', 'security.strong-passwords'],
      added: [],
      removed: [],
    });
    const withoutScope = clauseFingerprints(original).filter((fingerprint) => !fingerprint.startsWith('scope@'));
    expect(changedClauses([...withoutScope, 'retired.clause@0123456789ab'], original)).toEqual({ changed: [], added: ['scope'], removed: ['retired.clause'] });
  });
});

describe('a new policy version', () => {
  it('asks people who acknowledged the old one to acknowledge again, showing which clauses changed', async () => {
    const original = loadZrtherapy();
    let current = { policy: original, checker: createChecker(original) };
    const { handle, store } = routerFixture({ current: () => current });
    const system = { platform: 'system', userId: 'policy-bot' } as const;
    await store.audit.append(system, { action: 'policy-loaded', policyVersion: original.version, clauses: clauseFingerprints(original) });
    await store.acknowledgements.acknowledge({ platform: 'slack', userId: STAFF.userId }, original.version);
    expect((await handle(command('walkthrough'))).fallbackText).not.toContain('has changed');

    const revised = revisedPolicy();
    current = { policy: revised, checker: createChecker(revised) };
    await store.audit.append(system, { action: 'policy-loaded', policyVersion: revised.version, clauses: clauseFingerprints(revised) });
    const first = await handle(command('walkthrough'));
    expect(first.fallbackText).toContain(`The policy has changed since you acknowledged version ${original.version}.`);
    expect(first.fallbackText).toContain('Clauses changed: advice.if-unsure-dont-post, security.strong-passwords.');
    expect((await handle(command('walkthrough', OWNER))).fallbackText).not.toContain('has changed');
  });

  it('finds what changed without reading the whole audit trail', async () => {
    const original = loadZrtherapy();
    const revised = revisedPolicy();
    const { store } = routerFixture();
    const system = { platform: 'system', userId: 'policy-bot' } as const;
    await store.audit.append(system, { action: 'policy-loaded', policyVersion: original.version, clauses: clauseFingerprints(original) });
    await store.acknowledgements.acknowledge({ platform: 'slack', userId: STAFF.userId }, original.version);
    await store.audit.append(system, { action: 'policy-loaded', policyVersion: revised.version, clauses: clauseFingerprints(revised) });
    const noFullRead = { ...store, audit: { ...store.audit, all: async () => Promise.reject(new Error('read the whole audit trail')) } };
    const { handle, deps } = routerFixture({ store: noFullRead, current: () => ({ policy: revised, checker: createChecker(revised) }) });
    const reply = await handle(command('walkthrough'));
    expect(reply.fallbackText).toContain(`The policy has changed since you acknowledged version ${original.version}.`);
    expect(reply.fallbackText).toContain('Clauses changed: advice.if-unsure-dont-post, security.strong-passwords.');
    expect((await createHomeView(deps)(STAFF)).fallbackText).toContain('The policy has changed since you acknowledged');
  });
});

/** The default policy with its file edited but not its words: a comment added and a summary reworded. */
const reworkedFilePolicy = (): ParsedPolicy => {
  const text = `# Reviewed by the practice, wording unchanged.\n${readFileSync(ZRTHERAPY_POLICY_FILE, 'utf8')}`.replace(
    'summary: Access via cloud or own equipment;',
    'summary: Whether reached through the cloud or on your own equipment;',
  );
  const outcome = parsePolicyDocument(text);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.policy;
};

describe('a new version of the file with the same words', () => {
  it('keeps everyone\'s acknowledgement: no walkthrough to redo, done on the home page, counted in status', async () => {
    const original = loadZrtherapy();
    const reworked = reworkedFilePolicy();
    expect(reworked.version).not.toBe(original.version);
    const system = { platform: 'system', userId: 'policy-bot' } as const;
    const { store } = routerFixture();
    await store.audit.append(system, { action: 'policy-loaded', policyVersion: original.version, clauses: clauseFingerprints(original) });
    await store.acknowledgements.acknowledge({ platform: 'slack', userId: STAFF.userId }, original.version);
    await store.audit.append(system, { action: 'policy-loaded', policyVersion: reworked.version, clauses: clauseFingerprints(reworked) });
    const { handle, deps } = routerFixture({ store, current: () => ({ policy: reworked, checker: createChecker(reworked) }) });

    const walkthrough = await handle(command('walkthrough'));
    expect(walkthrough.fallbackText).toContain(`You have already acknowledged this version of the policy (${reworked.version})`);
    expect(walkthrough.fallbackText).not.toContain('has changed');
    expect((await createHomeView(deps)(STAFF)).fallbackText).toContain(`Done for the current version (${reworked.version})`);
    const status = await handle(command('status', OWNER));
    expect(status.fallbackText).toContain('Acknowledged (1)');
    expect(status.fallbackText).toContain('Not yet (0)');
  });

  it('still asks again when a clause\'s words changed, even if an earlier version read like the new one', async () => {
    const original = loadZrtherapy();
    const revised = revisedPolicy();
    const system = { platform: 'system', userId: 'policy-bot' } as const;
    const { store } = routerFixture();
    await store.audit.append(system, { action: 'policy-loaded', policyVersion: original.version, clauses: clauseFingerprints(original) });
    await store.acknowledgements.acknowledge({ platform: 'slack', userId: STAFF.userId }, original.version);
    await store.audit.append(system, { action: 'policy-loaded', policyVersion: revised.version, clauses: clauseFingerprints(revised) });
    const { handle } = routerFixture({ store, current: () => ({ policy: revised, checker: createChecker(revised) }) });
    expect((await handle(command('walkthrough'))).fallbackText).toContain('The policy has changed since you acknowledged');
    expect((await handle(command('status', OWNER))).fallbackText).toContain('Acknowledged (0)');

    // Back to the original words in a new file: the acknowledgement of those words counts again.
    const restored = reworkedFilePolicy();
    await store.audit.append(system, { action: 'policy-loaded', policyVersion: restored.version, clauses: clauseFingerprints(restored) });
    const again = routerFixture({ store, current: () => ({ policy: restored, checker: createChecker(restored) }) });
    expect((await again.handle(command('walkthrough'))).fallbackText).toContain('You have already acknowledged');
  });
});

describe('status for owners', () => {
  it('reports the placeholders left in the policy', async () => {
    const { handle } = routerFixture();
    const reply = await handle(command('status', OWNER));
    expect(reply.fallbackText).toContain('Policy health:');
    expect(reply.fallbackText).toContain('advice.if-unsure-dont-post still has a placeholder: [social media manager]');
  });
});
