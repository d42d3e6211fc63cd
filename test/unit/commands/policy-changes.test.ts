import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/policy/check-draft.ts';
import { changedClauses, clauseFingerprints, policyLoadedEvent } from '../../../src/policy/clause-changes.ts';
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
    await store.audit.append(system, policyLoadedEvent(original));
    await store.acknowledgements.acknowledge({ platform: 'slack', userId: STAFF.userId }, original.version);
    expect((await handle(command('walkthrough'))).fallbackText).not.toContain('has changed');

    const revised = revisedPolicy();
    current = { policy: revised, checker: createChecker(revised) };
    await store.audit.append(system, policyLoadedEvent(revised));
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
    await store.audit.append(system, policyLoadedEvent(original));
    await store.acknowledgements.acknowledge({ platform: 'slack', userId: STAFF.userId }, original.version);
    await store.audit.append(system, policyLoadedEvent(revised));
    const noFullRead = { ...store, audit: { ...store.audit, all: async () => Promise.reject(new Error('read the whole audit trail')) } };
    const { handle, deps } = routerFixture({ store: noFullRead, current: () => ({ policy: revised, checker: createChecker(revised) }) });
    const reply = await handle(command('walkthrough'));
    expect(reply.fallbackText).toContain(`The policy has changed since you acknowledged version ${original.version}.`);
    expect(reply.fallbackText).toContain('Clauses changed: advice.if-unsure-dont-post, security.strong-passwords.');
    expect((await createHomeView(deps)(STAFF)).fallbackText).toContain('The policy has changed since you acknowledged');
  });
});

/** The default policy file with `edit` applied to its text. */
const editedPolicy = (edit: (text: string) => string): ParsedPolicy => {
  const outcome = parsePolicyDocument(edit(readFileSync(ZRTHERAPY_POLICY_FILE, 'utf8')));
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.policy;
};

/** A comment added, a clause's summary (not a walkthrough step's) and keywords reworded: a new file asking the same of people. */
const reworkedFilePolicy = (): ParsedPolicy =>
  editedPolicy((text) =>
    `# Reviewed by the practice, wording unchanged.\n${text}`
      .replace('summary: Access via cloud or own equipment;', 'summary: Whether reached through the cloud or on your own equipment;')
      .replace('  - swearing\n', '  - swearing\n  - cursing\n'),
  );

/** A store where STAFF acknowledged `first`, then `second` was loaded; and a router running `second`. */
const afterReload = async (first: ParsedPolicy, second: ParsedPolicy, options: { readonly recordFirst?: 'in full' | 'clauses only' } = {}) => {
  const system = { platform: 'system', userId: 'policy-bot' } as const;
  const { store } = routerFixture();
  const firstEvent = policyLoadedEvent(first);
  // A version loaded before reading fingerprints were kept has none.
  const { reading: _reading, ...clausesOnly } = firstEvent as Extract<typeof firstEvent, { action: 'policy-loaded' }>;
  await store.audit.append(system, options.recordFirst === 'clauses only' ? clausesOnly : firstEvent);
  await store.acknowledgements.acknowledge({ platform: 'slack', userId: STAFF.userId }, first.version);
  await store.audit.append(system, policyLoadedEvent(second));
  return { ...routerFixture({ store, current: () => ({ policy: second, checker: createChecker(second) }) }), store };
};

describe('a new version of the file that asks the same of people', () => {
  it("keeps everyone's acknowledgement: no walkthrough to redo, done on the home page, counted in status and on the owner's page", async () => {
    const original = loadZrtherapy();
    const reworked = reworkedFilePolicy();
    expect(reworked.version).not.toBe(original.version);
    const { handle, deps } = await afterReload(original, reworked);

    const walkthrough = await handle(command('walkthrough'));
    expect(walkthrough.fallbackText).toContain(`You acknowledged version ${original.version}, which asked you to agree to the same as this one (${reworked.version})`);
    expect(walkthrough.fallbackText).not.toContain('has changed');
    expect((await createHomeView(deps)(STAFF)).fallbackText).toContain(`Done: you acknowledged version ${original.version}`);
    const status = await handle(command('status', OWNER));
    expect(status.fallbackText).toContain('Acknowledged (1)');
    expect(status.fallbackText).toContain('Not yet (0)');
    const ownersHome = (await createHomeView(deps)(OWNER)).blocks.find((block) => block.type === 'fields' && block.fields.some((field) => field.label === 'Acknowledged'));
    expect(ownersHome).toMatchObject({ fields: expect.arrayContaining([{ label: 'Acknowledged', value: '1' }]) });
  });

  it('shows the last step without the button, and takes a button from a page of the earlier version', async () => {
    const original = loadZrtherapy();
    const reworked = reworkedFilePolicy();
    const { handle, store } = await afterReload(original, reworked);
    const steps = reworked.document.walkthrough!.steps.length;
    const last = await handle({ kind: 'button', actor: STAFF, actionId: 'walkthrough.next', value: String(steps - 1) });
    expect(last.fallbackText).toContain(`You acknowledged version ${original.version}`);
    expect(JSON.stringify(last.blocks)).not.toContain('walkthrough.acknowledge');

    // Someone else opened the walkthrough before the reload; their button names the earlier version.
    const other = { ...STAFF, userId: 'USTAFF2' };
    const answer = await handle({ kind: 'button', actor: other, actionId: 'walkthrough.acknowledge', value: original.version });
    expect(answer.fallbackText).toContain(`you have read and understood the policy (version ${reworked.version})`);
    expect(await store.acknowledgements.acknowledgedAmong('slack:USTAFF2', [reworked.version])).toBe(reworked.version);
  });

  it.each([
    ['a section preamble', (text: string) => text.replace("following these simple rules helps avoid the most common pitfalls:'\n- id: company", "following these rules avoids pitfalls:'\n- id: company")],
    ['the walkthrough intro', (text: string) => text.replace("following these simple rules helps avoid the most common pitfalls:'\n  steps:", "these rules help:'\n  steps:")],
    ['a step added to the walkthrough', (text: string) => text.replace('  - advice.dont-escalate\nlexicons:', '  - advice.dont-escalate\n  - security.strong-passwords\nlexicons:')],
    ["a walkthrough step's explanation", (text: string) => text.replace('summary: Basic good manners online.', 'summary: Good manners, always.')],
  ])('asks again when %s changed, though every clause reads the same', async (_what, edit) => {
    const original = loadZrtherapy();
    const edited = editedPolicy(edit);
    expect(edited.version).not.toBe(original.version);
    const { handle } = await afterReload(original, edited);
    expect((await handle(command('walkthrough'))).fallbackText).toContain('The policy has changed since you acknowledged');
    expect((await handle(command('status', OWNER))).fallbackText).toContain('Acknowledged (0)');
  });

  it('asks again when a clause was added or removed', async () => {
    const original = loadZrtherapy();
    const removed = 'power-of-social-media';
    const withoutOne = editedPolicy((text) => {
      const start = text.indexOf(`- id: ${removed}\n`);
      const end = text.indexOf('\n- id: ', start + 1);
      return (text.slice(0, start) + text.slice(end + 1)).replaceAll(`  - ${removed}\n`, '');
    });
    expect(withoutOne.document.clauses.some((clause) => clause.id === removed)).toBe(false);
    for (const [first, second] of [[original, withoutOne], [withoutOne, original]] as const) {
      const { handle } = await afterReload(first, second);
      expect((await handle(command('walkthrough'))).fallbackText).toContain('The policy has changed since you acknowledged');
    }
  });

  it('asks again after a version recorded before reading fingerprints were kept', async () => {
    const { handle } = await afterReload(loadZrtherapy(), reworkedFilePolicy(), { recordFirst: 'clauses only' });
    expect((await handle(command('walkthrough'))).fallbackText).not.toContain('You acknowledged version');
  });

  it('counts the acknowledgement again when the words go back to those acknowledged', async () => {
    const original = loadZrtherapy();
    const revised = revisedPolicy();
    const { store, handle } = await afterReload(original, revised);
    expect((await handle(command('walkthrough'))).fallbackText).toContain('The policy has changed since you acknowledged');
    const restored = reworkedFilePolicy();
    await store.audit.append({ platform: 'system', userId: 'policy-bot' }, policyLoadedEvent(restored));
    const again = routerFixture({ store, current: () => ({ policy: restored, checker: createChecker(restored) }) });
    expect((await again.handle(command('walkthrough'))).fallbackText).toContain(`You acknowledged version ${original.version}`);
  });

  it('reads only the policy versions loaded since the last request, not the whole trail each time', async () => {
    const { store } = await afterReload(loadZrtherapy(), reworkedFilePolicy());
    const asked: (number | undefined)[] = [];
    const audit = { ...store.audit, policyLoads: (afterSeq?: number) => (asked.push(afterSeq), store.audit.policyLoads(afterSeq)) };
    const { handle } = routerFixture({ store: { ...store, audit }, current: () => ({ policy: reworkedFilePolicy(), checker: createChecker(reworkedFilePolicy()) }) });
    await handle(command('walkthrough'));
    await handle(command('walkthrough'));
    expect(asked[0]).toBe(0);
    expect(asked.at(-1)).toBeGreaterThan(0);
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
