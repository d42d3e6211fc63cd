import { describe, expect, it } from 'vitest';
import type { Reply, ReplyBlock } from '../../../src/commands/request.ts';
import { createHomeView } from '../../../src/commands/router.ts';
import { UserError } from '../../../src/policy/errors.ts';
import { command, FIXED_NOW, OWNER, routerFixture, STAFF } from './router-fixture.ts';

const PHONE_DRAFT = 'Lovely evening at the open day, text me on 07700 900456 for details';
const BENIGN_DRAFT = 'Lovely walk along the river this morning, the autumn colours were glorious';

const findings = (reply: Reply) => reply.blocks.filter((block): block is Extract<ReplyBlock, { type: 'finding' }> => block.type === 'finding');
const citedClauses = (reply: Reply): string[] =>
  reply.blocks.flatMap((block) => (block.type === 'finding' ? block.clause.split(', ') : block.type === 'quote' && block.source ? [block.source] : []));

/** Every reply: its plain text names every clause its blocks cite. */
const expectFallbackCitesAll = (reply: Reply): void => {
  for (const clause of citedClauses(reply)) expect(reply.fallbackText).toContain(clause);
};

describe('check', () => {
  it('answers a draft privately with the verdict word and every clause id', async () => {
    const { handle, logs } = routerFixture();
    const reply = await handle(command(`check ${PHONE_DRAFT}`));
    expect(reply.visibility).toBe('private');
    expect(reply.fallbackText).toMatch(/^STOP\b/);
    expect(citedClauses(reply)).toContain('security.data-protection');
    expectFallbackCitesAll(reply);
    expect(findings(reply)[0]?.excerpt).toBe('07700 900456');
    expect(logs.at(-1)).toMatchObject({ msg: 'handled', kind: 'command', command: 'check', verdict: 'stop', userId: 'USTAFF1' });
  });

  it('says OK to a harmless draft', async () => {
    const { handle } = routerFixture();
    const reply = await handle(command(`check ${BENIGN_DRAFT}`));
    expect(reply.fallbackText).toMatch(/^OK\b/);
    expect(findings(reply)).toEqual([]);
  });

  it('checks the text of a message shortcut the same way', async () => {
    const { handle } = routerFixture();
    const viaCommand = await handle(command(`check ${PHONE_DRAFT}`));
    const viaShortcut = await handle({ kind: 'check-message', actor: STAFF, text: PHONE_DRAFT });
    expect(viaShortcut).toEqual(viaCommand);
  });

  it('adds company.authorised-users for a company draft from someone without a grant', async () => {
    const { handle } = routerFixture();
    const reply = await handle(command(`check --account company ${BENIGN_DRAFT}`));
    expect(reply.fallbackText).toMatch(/^STOP\b/);
    expect(findings(reply).map((finding) => finding.clause)).toEqual(['company.authorised-users']);
    expect(reply.fallbackText).toContain('Zayna Ratty');
  });

  it('does not add it once the person holds a grant, nor for owners, nor for personal accounts', async () => {
    const { handle } = routerFixture();
    expect((await handle(command(`check --account company ${BENIGN_DRAFT}`, OWNER))).fallbackText).toMatch(/^OK\b/);
    expect((await handle(command(`check --account personal ${BENIGN_DRAFT}`))).fallbackText).toMatch(/^OK\b/);
    await handle(command('grant <@USTAFF1|sam> account instagram', OWNER));
    expect((await handle(command(`check --account company ${BENIGN_DRAFT}`))).fallbackText).toMatch(/^OK\b/);
  });

  it('refuses a checked message with no text (an image alone) instead of calling it OK', async () => {
    const { handle, logs } = routerFixture();
    for (const text of ['', '  \n ']) {
      const reply = await handle({ kind: 'check-message', actor: STAFF, text });
      expect(reply.fallbackText).toBe('That message has no text to check.');
      expect(reply.fallbackText).not.toMatch(/^OK\b/);
      expect(logs.at(-1)).toMatchObject({ msg: 'refused', refused: 'draft-empty' });
    }
  });

  it('authorises a company draft by asking whether the person holds any grant, not by listing the register', async () => {
    const { store, handle: asOwner } = routerFixture();
    const unlisted = { ...store, grants: { ...store.grants, list: async () => Promise.reject(new Error('listed the whole register')) } };
    const { handle } = routerFixture({ store: unlisted });
    expect((await handle(command(`check --account company ${BENIGN_DRAFT}`))).fallbackText).toMatch(/^STOP\b/);
    await asOwner(command('grant <@USTAFF1|sam> account linkedin', OWNER));
    expect((await handle(command(`check --account company ${BENIGN_DRAFT}`))).fallbackText).toMatch(/^OK\b/);
  });

  it('refuses a draft over the limit with what to do instead', async () => {
    const { handle, logs } = routerFixture();
    const reply = await handle(command(`check ${'word '.repeat(1000)}`));
    expect(reply.fallbackText).toMatch(/limit is 3000.*in parts/);
    expect(logs.at(-1)).toMatchObject({ msg: 'refused', refused: 'draft-too-long' });
  });
});

describe('explain, ask and direct messages', () => {
  it('explains a topic by quoting clauses, each id in the plain text', async () => {
    const { handle } = routerFixture();
    const reply = await handle(command('explain security.two-factor'));
    expect(reply.visibility).toBe('private');
    expect(reply.blocks.find((block) => block.type === 'quote')).toMatchObject({ source: 'security.two-factor' });
    expectFallbackCitesAll(reply);
  });

  it('lists the topics without a topic', async () => {
    const { handle } = routerFixture();
    const reply = await handle(command('explain'));
    expect(reply.fallbackText).toContain('company.authorised-users');
    expect(reply.fallbackText).toContain('safe.spam');
  });

  it('answers a direct message as a question, citing clauses', async () => {
    const { handle, logs } = routerFixture();
    const reply = await handle({ kind: 'direct-message', actor: STAFF, text: 'Should I turn on two-factor authentication for the company accounts?' });
    expect(reply.fallbackText).toContain('security.two-factor');
    expectFallbackCitesAll(reply);
    expect(logs.at(-1)).toMatchObject({ kind: 'direct-message', msg: 'handled' });
    expect(await handle(command('ask Should I turn on two-factor authentication for the company accounts?'))).toEqual(reply);
  });

  it('says honestly when the policy does not cover a question', async () => {
    const { handle } = routerFixture();
    const reply = await handle({ kind: 'direct-message', actor: STAFF, text: 'What is the recipe for a good sourdough loaf?' });
    expect(reply.fallbackText).toMatch(/don't know/);
    expect(reply.fallbackText).toContain('Zayna Ratty');
  });

  it('shows help for a bare "help" in a direct message', async () => {
    const { handle } = routerFixture();
    const reply = await handle({ kind: 'direct-message', actor: STAFF, text: 'help' });
    expect(reply.fallbackText).toContain('check [--account company|personal] <draft>');
    expect(reply.fallbackText).toContain('grant @user account <name>');
  });
});

describe('owners and the register', () => {
  it('refuses a non-owner, says what to do, and records the attempt without its arguments', async () => {
    const { handle, store } = routerFixture();
    const reply = await handle(command('grant @UOTHER account instagram'));
    expect(reply.fallbackText).toMatch(/Only policy owners.*Zayna Ratty/);
    const [entry] = await store.audit.last(1);
    expect(entry).toMatchObject({ actor: 'slack:USTAFF1', event: { action: 'refused', attempted: 'grant', code: 'not-an-owner' } });
    expect(await store.grants.list()).toEqual([]);
  });

  it.each([
    ['revoke @U1 account instagram', 'revoke'],
    ['approve app Canva', 'approve-app'],
    ['unapprove app Canva', 'unapprove-app'],
    ['status', 'status'],
    ['audit', 'audit'],
  ])('refuses "%s" to a non-owner', async (text, attempted) => {
    const { handle, store } = routerFixture();
    expect((await handle(command(text))).fallbackText).toMatch(/Only policy owners/);
    expect((await store.audit.last(1))[0]?.event).toEqual({ action: 'refused', attempted, code: 'not-an-owner' });
  });

  it('lets an owner grant and revoke by mention, resolving the account by network name', async () => {
    const { handle, store } = routerFixture();
    const granted = await handle(command('grant <@USTAFF1|sam> account Instagram', OWNER));
    expect(granted.fallbackText).toMatch(/@USTAFF1 may now post on the company's instagram account.*company.authorised-users/s);
    expect(await store.grants.holdsGrant('slack:USTAFF1', 'instagram')).toBe(true);
    const listed = await handle(command('grants', STAFF));
    expect(listed.fallbackText).toContain('instagram: @USTAFF1');
    const revoked = await handle(command('revoke <@USTAFF1> account instagram', OWNER));
    expect(revoked.fallbackText).toMatch(/no longer post/);
    expect((await handle(command('revoke <@USTAFF1> account instagram', OWNER))).fallbackText).toMatch(/held no grant.*Nothing changed/);
  });

  it('refuses an account the policy does not list, naming the ones it does', async () => {
    const { handle } = routerFixture();
    expect((await handle(command('grant @U2 account myspace', OWNER))).fallbackText).toMatch(/instagram, facebook, linkedin, x/);
  });

  it('approves and withdraws apps', async () => {
    const { handle, store } = routerFixture();
    expect((await handle(command('approve app Canva', OWNER))).fallbackText).toMatch(/Canva is now approved.*security.app-approval/s);
    expect(await store.grants.isAppApproved('canva')).toBe(true);
    expect((await handle(command('grants'))).fallbackText).toContain('Approved apps: Canva.');
    expect((await handle(command('unapprove app Canva', OWNER))).fallbackText).toMatch(/Canva is no longer approved/);
    expect((await handle(command('unapprove app Canva', OWNER))).fallbackText).toMatch(/Canva was not approved/);
  });

  it('shows owners the status with the review date against the clock', async () => {
    const { handle, store, deps } = routerFixture();
    await handle(command('grant @USTAFF1 account x', OWNER));
    await store.acknowledgements.acknowledge({ platform: 'slack', userId: 'UOWNER1' }, deps.current().policy.version);
    const reply = await handle(command('status', OWNER));
    expect(reply.fallbackText).toContain('Acknowledged (1): @UOWNER1');
    expect(reply.fallbackText).toContain('Not yet (1): @USTAFF1');
    const overdue = Math.floor((FIXED_NOW.getTime() - Date.parse('2020-01-01T00:00:00Z')) / 86_400_000);
    expect(reply.fallbackText).toContain(`Next review was due on 2020-01-01: ${overdue} days overdue.`);
  });

  it('shows owners the last n audit entries', async () => {
    const { handle } = routerFixture();
    await handle(command('approve app Buffer', OWNER));
    await handle(command('grant @U9 account linkedin', OWNER));
    const reply = await handle(command('audit 1', OWNER));
    expect(reply.fallbackText).toContain('#2 2026-03-02 10:00:00 UTC slack:UOWNER1 granted linkedin to slack:U9');
    expect(reply.fallbackText).not.toContain('Buffer');
  });
});

describe('walkthrough', () => {
  const buttons = (reply: Reply) => reply.blocks.flatMap((block) => (block.type === 'actions' ? block.buttons : []));

  it('goes one step per reply with Next and Back, and records the acknowledgement at the end', async () => {
    const { handle, store, deps } = routerFixture();
    let reply = await handle(command('walkthrough'));
    expect(reply.fallbackText).toMatch(/^Step 1 of 8/);
    expect(buttons(reply).map((button) => button.label)).toEqual(['Next']);
    for (let step = 2; step <= 8; step += 1) {
      const next = buttons(reply).find((button) => button.label === 'Next')!;
      reply = await handle({ kind: 'button', actor: STAFF, actionId: next.actionId, value: next.value });
      expect(reply.fallbackText).toMatch(new RegExp(`^Step ${step} of 8`));
      expectFallbackCitesAll(reply);
    }
    const back = buttons(reply).find((button) => button.label === 'Back')!;
    expect((await handle({ kind: 'button', actor: STAFF, actionId: back.actionId, value: back.value })).fallbackText).toMatch(/^Step 7 of 8/);
    const acknowledge = buttons(reply).find((button) => button.actionId === 'walkthrough.acknowledge')!;
    expect(acknowledge.value).toBe(deps.current().policy.version);
    const thanks = await handle({ kind: 'button', actor: STAFF, actionId: acknowledge.actionId, value: acknowledge.value });
    expect(thanks.fallbackText).toMatch(/Recorded on 2026-03-02/);
    expect(await store.acknowledgements.acknowledgedAmong('slack:USTAFF1', [acknowledge.value])).toBe(acknowledge.value);
    const again = await handle({ kind: 'button', actor: STAFF, actionId: acknowledge.actionId, value: acknowledge.value });
    expect(again.fallbackText).toMatch(/already acknowledged/);
    // Starting again says so first, then shows step 1 as before.
    const reread = await handle(command('walkthrough'));
    expect(reread.fallbackText).toMatch(/^You have already acknowledged this version of the policy/);
    expect(reread.fallbackText).toContain('Step 1 of 8');
  });

  it('refuses to acknowledge a version that is no longer current', async () => {
    const { handle, store } = routerFixture();
    const reply = await handle({ kind: 'button', actor: STAFF, actionId: 'walkthrough.acknowledge', value: '0123456789abcdef' });
    expect(reply.fallbackText).toMatch(/policy has changed.*walkthrough/);
    expect(await store.audit.all()).toEqual([]);
  });

  it('answers an unknown or malformed button with a way to start again', async () => {
    const { handle } = routerFixture();
    expect((await handle({ kind: 'button', actor: STAFF, actionId: 'something.else', value: '1' })).fallbackText).toMatch(/expired.*walkthrough/);
    expect((await handle({ kind: 'button', actor: STAFF, actionId: 'walkthrough.next', value: 'x' })).fallbackText).toMatch(/expired/);
  });
});

describe('faults', () => {
  it('apologises with a reference that is also logged, never the error text', async () => {
    const { logs, store } = routerFixture();
    const failing = { ...store, grants: { ...store.grants, list: async () => Promise.reject(new Error('disk on fire at /var/secret')) } };
    const broken = routerFixture({ store: failing });
    const reply = await broken.handle(command('grants'));
    expect(reply.fallbackText).toMatch(/Sorry.*ref-test01/);
    expect(reply.fallbackText).not.toMatch(/disk|fire|secret|Error/);
    expect(broken.logs.at(-1)).toMatchObject({ level: 'error', msg: 'fault', ref: 'ref-test01', fault: { type: 'Error' } });
    expect(JSON.stringify(broken.logs)).not.toContain('disk on fire');
    expect(logs).toEqual([]);
  });

  it('passes a store refusal through as a user error', async () => {
    const { store } = routerFixture();
    const busy = { ...store, grants: { ...store.grants, list: async () => Promise.reject(new UserError('busy', 'The database is busy; try again in a moment.')) } };
    const reply = await routerFixture({ store: busy }).handle(command('grants'));
    expect(reply.fallbackText).toBe('The database is busy; try again in a moment.');
  });
});

describe('home view', () => {
  it('shows a person their acknowledgement and grants, and owners the team', async () => {
    const { handle, deps } = routerFixture();
    const home = createHomeView(deps);
    const before = await home(STAFF);
    expect(before.fallbackText).toMatch(/Your acknowledgement: Not yet: run `walkthrough`/);
    expect(before.fallbackText).toMatch(/Company accounts you may post on: None \(company.authorised-users\)/);
    expect(before.fallbackText).not.toContain('The team');
    await handle(command('grant @USTAFF1 account facebook', OWNER));
    await handle({ kind: 'button', actor: STAFF, actionId: 'walkthrough.acknowledge', value: deps.current().policy.version });
    const after = await home(STAFF);
    expect(after.fallbackText).toMatch(/Your acknowledgement: Done for the current version/);
    expect(after.fallbackText).toContain('Company accounts you may post on: facebook');
    const owner = await home(OWNER);
    expect(owner.fallbackText).toContain('The team (you are a policy owner)');
    expect(owner.fallbackText).toContain('Account grants: facebook: @USTAFF1');
    expect(owner.fallbackText).toContain('Acknowledged: 1');
  });

  it('apologises with a logged reference when the store fails', async () => {
    const { store } = routerFixture();
    const failing = { ...store, grants: { ...store.grants, list: async () => Promise.reject(new Error('gone')) } };
    const broken = routerFixture({ store: failing });
    expect((await createHomeView(broken.deps)(STAFF)).fallbackText).toMatch(/Sorry.*ref-test01/);
    expect(broken.logs.at(-1)).toMatchObject({ kind: 'home', msg: 'fault', ref: 'ref-test01' });
  });
});
