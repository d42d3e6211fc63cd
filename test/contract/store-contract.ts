import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../src/policy/audit-chain.ts';
import type { Store } from '../../src/policy/ports.ts';
import type { AuditActor, AuditEvent } from '../../src/policy/audit-records.ts';
import { ManualClock, sequentialIds, type StoreEnvironment, type StoreHarness } from './store-harness.ts';

/**
 * THE store contract: every engine (memory, SQLite, PostgreSQL) runs exactly these cases.
 * Cases that need raw SQL or separate leaders are declared only for engines that have them.
 */
export const defineStoreContract = (harness: StoreHarness): void => {
  describe(`store contract: ${harness.name}`, () => {
    const owner: AuditActor = { platform: 'slack', userId: 'UOWNER1' };
    const ann = 'slack:UANN0001';
    const bob = 'discord:81234567890123456';
    const version = 'a1b2c3d4e5f60718';
    let env: StoreEnvironment;
    let clock: ManualClock;
    let store: Store;
    // Said in the output (and so in CI's log) how many contract cases ran on this engine.
    let ran = 0;
    afterAll(() => process.stdout.write(`store contract: ${harness.name}: ${ran} tests ran\n`));

    beforeEach(async () => {
      ran += 1;
      env = await harness.create();
      clock = new ManualClock();
      store = await env.open({ clock, ids: sequentialIds() });
    });
    afterEach(async () => {
      await env.destroy();
    });

    describe('audit log', () => {
      it('starts empty and verifies', async () => {
        expect(await store.audit.verify()).toEqual({ ok: true, count: 0 });
        expect(await store.audit.last(5)).toEqual([]);
      });

      it('chains each entry to the one before, with who, what, when and where', async () => {
        const first = await store.audit.append(owner, { action: 'policy-loaded', policyVersion: version });
        clock.advance(1000);
        const second = await store.audit.append({ platform: 'discord', userId: '42' }, { action: 'refused', attempted: 'grant', code: 'not-an-owner' });
        expect(first).toMatchObject({ seq: 1, id: 'entry-1', actor: 'slack:UOWNER1', platform: 'slack', at: '2026-03-02T09:00:00.000Z', prevHash: GENESIS_HASH });
        expect(second).toMatchObject({ seq: 2, actor: 'discord:42', platform: 'discord', at: '2026-03-02T09:00:01.000Z', prevHash: first.hash });
        expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(await store.audit.all()).toEqual([first, second]);
        expect(await store.audit.verify()).toEqual({ ok: true, count: 2 });
      });

      it('lists the last n entries oldest first', async () => {
        for (let index = 0; index < 5; index += 1) await store.audit.append(owner, { action: 'policy-loaded', policyVersion: version });
        expect((await store.audit.last(2)).map((entry) => entry.seq)).toEqual([4, 5]);
        expect((await store.audit.last(50)).map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
        expect(await store.audit.last(0)).toEqual([]);
      });

      it('finds the newest entry of one kind', async () => {
        expect(await store.audit.latest('policy-loaded')).toBeUndefined();
        await store.audit.append(owner, { action: 'policy-loaded', policyVersion: version });
        await store.grants.approveApp(owner, { app: 'Canva' });
        const newer = await store.audit.append(owner, { action: 'policy-loaded', policyVersion: 'ffffffff00000000' });
        await store.grants.grantAccount(owner, { subject: ann, account: 'instagram', reason: 'not a "action":"policy-loaded" entry' });
        expect(await store.audit.latest('policy-loaded')).toEqual(newer);
        expect((await store.audit.latest('grant'))?.seq).toBe(4);
        expect(await store.audit.latest('revoke')).toBeUndefined();
      });

      it('finds the newest policy-loaded entry of one version, and nothing else', async () => {
        const other = 'ffffffff00000000';
        expect(await store.audit.policyLoaded(version)).toBeUndefined();
        await store.audit.append(owner, { action: 'policy-loaded', policyVersion: version, clauses: ['privacy.clients@0123456789ab'] });
        const newer = await store.audit.append(owner, { action: 'policy-loaded', policyVersion: version, clauses: ['privacy.clients@ba9876543210'], reading: '0123456789abcdef' });
        await store.audit.append(owner, { action: 'policy-loaded', policyVersion: other });
        // Neither an acknowledgement of the version nor a reason quoting it is its policy-loaded entry.
        await store.acknowledgements.acknowledge({ platform: 'slack', userId: 'UANN0001' }, 'abababab00000000');
        await store.grants.grantAccount(owner, { subject: ann, account: 'instagram', reason: '{"action":"policy-loaded","policyVersion":"abababab00000000"}' });
        expect(await store.audit.policyLoaded(version)).toEqual(newer);
        expect((await store.audit.policyLoaded(other))?.event).toEqual({ action: 'policy-loaded', policyVersion: other });
        expect(await store.audit.policyLoaded('abababab00000000')).toBeUndefined();
        expect(await store.audit.policyLoaded(version.toUpperCase())).toBeUndefined();
        expect(await store.audit.policyLoaded('%')).toBeUndefined();
        expect(await store.audit.policyLoaded('a1b2c3d4%')).toBeUndefined();
      });

      it('lists every policy-loaded entry, oldest first, and nothing else', async () => {
        expect(await store.audit.policyLoads()).toEqual([]);
        const first = await store.audit.append(owner, { action: 'policy-loaded', policyVersion: version, clauses: ['privacy.clients@0123456789ab'] });
        await store.acknowledgements.acknowledge({ platform: 'slack', userId: 'UANN0001' }, version);
        await store.grants.grantAccount(owner, { subject: ann, account: 'instagram', reason: '{"action":"policy-loaded","policyVersion":"abababab00000000"}' });
        const second = await store.audit.append(owner, { action: 'policy-loaded', policyVersion: 'ffffffff00000000', reading: '0123456789abcdef' });
        expect(await store.audit.policyLoads()).toEqual([first, second]);
        // Only those after an entry already read.
        expect(await store.audit.policyLoads(first.seq)).toEqual([second]);
        expect(await store.audit.policyLoads(second.seq)).toEqual([]);
      });

      it('refuses any field that could carry a draft or question, and stores nothing', async () => {
        const withText = { action: 'policy-loaded', policyVersion: version, text: 'a draft about a client' } as unknown as AuditEvent;
        await expect(store.audit.append(owner, withText)).rejects.toMatchObject({ code: 'invalid-argument' });
        const unknownAction = { action: 'check', draft: 'x' } as unknown as AuditEvent;
        await expect(store.audit.append(owner, unknownAction)).rejects.toMatchObject({ code: 'invalid-argument' });
        await expect(
          store.grants.grantAccount(owner, { subject: ann, account: 'instagram', reason: 'line one\nthen a pasted draft' }),
        ).rejects.toMatchObject({ code: 'invalid-argument' });
        await expect(store.grants.grantAccount(owner, { subject: ann, account: 'instagram', reason: 'x'.repeat(121) })).rejects.toMatchObject({
          code: 'invalid-argument',
        });
        expect(await store.audit.all()).toEqual([]);
      });

      it('refuses a malformed actor', async () => {
        await expect(store.audit.append({ platform: 'slack', userId: 'has space' }, { action: 'policy-loaded', policyVersion: version })).rejects.toMatchObject({
          code: 'invalid-argument',
        });
      });

      it('keeps one chain under many concurrent appends', async () => {
        await Promise.all(
          Array.from({ length: 40 }, (_, index) =>
            index % 2 === 0
              ? store.audit.append(owner, { action: 'policy-loaded', policyVersion: version })
              : store.grants.grantAccount(owner, { subject: `slack:U${index}`, account: 'instagram' }),
          ),
        );
        const entries = await store.audit.all();
        expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
        expect(await store.audit.verify()).toEqual({ ok: true, count: 40 });
      });

      it('finds the register equal to the replay of its trail after every kind of change', async () => {
        const empty = await store.audit.check();
        expect(empty).toEqual({ chain: { ok: true, count: 0 }, head: { count: 0, hash: GENESIS_HASH }, differences: [] });
        await store.audit.append(owner, { action: 'policy-loaded', policyVersion: version });
        await store.grants.grantAccount(owner, { subject: ann, account: 'instagram', reason: 'runs the page' });
        await store.grants.grantAccount(owner, { subject: ann, account: 'instagram', expiresAt: '2026-03-02T10:00:00Z' });
        await store.grants.grantAccount(owner, { subject: bob, account: 'facebook' });
        await store.grants.revokeAccount(owner, { subject: bob, account: 'facebook' });
        await store.grants.approveApp(owner, { app: 'Adobe  Express', expiresAt: '2027-01-01T00:00:00Z' });
        await store.grants.approveApp(owner, { app: 'Canva' });
        await store.grants.unapproveApp(owner, { app: 'canva' });
        await store.acknowledgements.acknowledge({ platform: 'slack', userId: 'UANN0001' }, version);
        await store.audit.append({ platform: 'discord', userId: '42' }, { action: 'refused', attempted: 'grant', code: 'not-an-owner' });
        // The instagram grant expires: its row stays (until renewed or revoked), and so does the replay's.
        clock.advance(2 * 60 * 60 * 1000);
        const check = await store.audit.check();
        const entries = await store.audit.all();
        expect(check).toEqual({ chain: { ok: true, count: 10 }, head: { count: 10, hash: entries.at(-1)!.hash }, differences: [] });
      });

      it('checks the trail against a head recorded earlier', async () => {
        for (let index = 0; index < 3; index += 1) await store.audit.append(owner, { action: 'policy-loaded', policyVersion: version });
        const { head } = await store.audit.check();
        expect((await store.audit.check({ expectHead: head })).headProblem).toBeUndefined();
        await store.audit.append(owner, { action: 'policy-loaded', policyVersion: version });
        // Grown since: still the same trail.
        expect((await store.audit.check({ expectHead: head })).headProblem).toBeUndefined();
        expect((await store.audit.check({ expectHead: { count: 9, hash: head.hash } })).headProblem).toMatchObject({ problem: 'shorter' });
        expect((await store.audit.check({ expectHead: { count: 3, hash: 'f'.repeat(64) } })).headProblem).toMatchObject({ problem: 'rewritten' });
      });

      it('keeps one chain when two instances write', async () => {
        const other = await env.open({ clock, ids: sequentialIds('other') });
        await Promise.all(
          Array.from({ length: 30 }, (_, index) =>
            (index % 2 === 0 ? store : other).audit.append(owner, { action: 'policy-loaded', policyVersion: version }),
          ),
        );
        expect(await store.audit.verify()).toEqual({ ok: true, count: 30 });
        expect(await other.audit.verify()).toEqual({ ok: true, count: 30 });
      });
    });

    describe('grants register', () => {
      it('grants an account, normalising its name, and records it in the same step', async () => {
        const { record, changed } = await store.grants.grantAccount(owner, { subject: ann, account: ' Instagram ', reason: 'runs the page' });
        expect(changed).toBe(true);
        expect(record).toEqual({
          kind: 'account',
          subject: ann,
          account: 'instagram',
          grantedBy: 'slack:UOWNER1',
          grantedAt: '2026-03-02T09:00:00.000Z',
          reason: 'runs the page',
        });
        expect(await store.grants.holdsGrant(ann, 'INSTAGRAM')).toBe(true);
        expect(await store.grants.holdsGrant(ann, 'facebook')).toBe(false);
        expect(await store.grants.holdsGrant(bob, 'instagram')).toBe(false);
        const [entry] = await store.audit.all();
        expect(entry?.event).toEqual({ action: 'grant', subject: ann, account: 'instagram', reason: 'runs the page' });
      });

      it('lets a grant expire, and renewing replaces expiry and reason', async () => {
        await store.grants.grantAccount(owner, { subject: ann, account: 'instagram', expiresAt: '2026-03-02T10:00:00+00:00' });
        expect(await store.grants.holdsGrant(ann, 'instagram')).toBe(true);
        clock.advance(60 * 60 * 1000);
        expect(await store.grants.holdsGrant(ann, 'instagram')).toBe(false);
        expect(await store.grants.list()).toEqual([]);
        await store.grants.grantAccount(owner, { subject: ann, account: 'instagram', reason: 'renewed' });
        expect(await store.grants.list()).toEqual([expect.objectContaining({ subject: ann, reason: 'renewed' })]);
        expect((await store.grants.list())[0]).not.toHaveProperty('expiresAt');
        expect((await store.audit.all())[0]?.event).toMatchObject({ expiresAt: '2026-03-02T10:00:00.000Z' });
      });

      it('revokes a grant once, recording it; a second revoke changes and records nothing', async () => {
        await store.grants.grantAccount(owner, { subject: ann, account: 'instagram' });
        expect(await store.grants.revokeAccount(owner, { subject: ann, account: 'Instagram', reason: 'left the team' })).toBe(true);
        expect(await store.grants.holdsGrant(ann, 'instagram')).toBe(false);
        expect(await store.grants.revokeAccount(owner, { subject: ann, account: 'instagram' })).toBe(false);
        expect((await store.audit.all()).map((entry) => entry.event.action)).toEqual(['grant', 'revoke']);
      });

      it('approves and unapproves apps by name, whatever the case and spacing, keeping the name as written', async () => {
        await store.grants.approveApp(owner, { app: 'Google  Drive' });
        expect(await store.grants.isAppApproved('google drive')).toBe(true);
        expect(await store.grants.isAppApproved('Canva')).toBe(false);
        expect(await store.grants.list()).toEqual([expect.objectContaining({ kind: 'app', app: 'Google Drive' })]);
        expect(await store.grants.unapproveApp(owner, { app: 'GOOGLE DRIVE' })).toMatchObject({ kind: 'app', app: 'Google Drive' });
        expect(await store.grants.isAppApproved('google drive')).toBe(false);
        expect(await store.grants.unapproveApp(owner, { app: 'google drive' })).toBeUndefined();
        expect((await store.audit.all()).map((entry) => entry.event)).toEqual([
          { action: 'approve-app', app: 'google drive', name: 'Google Drive' },
          { action: 'unapprove-app', app: 'google drive', name: 'Google Drive' },
        ]);
      });

      it('accepts real app names with spaces and punctuation, and refuses what cannot be one', async () => {
        const { record } = await store.grants.approveApp(owner, { app: "Adobe Express" });
        expect(record).toMatchObject({ kind: 'app', app: 'Adobe Express' });
        await store.grants.approveApp(owner, { app: "Canva's Magic Write" });
        expect(await store.grants.isAppApproved('adobe express')).toBe(true);
        expect(await store.grants.isAppApproved("canva's magic write")).toBe(true);
        await expect(store.grants.approveApp(owner, { app: 'x'.repeat(65) })).rejects.toMatchObject({ code: 'invalid-argument' });
        await expect(store.grants.approveApp(owner, { app: '"Adobe Express"' })).rejects.toMatchObject({ code: 'invalid-argument' });
        expect(await store.audit.all()).toHaveLength(2);
      });

      it('grants what is held already, on the same terms, without recording anything; a new expiry or reason is a change', async () => {
        await store.grants.grantAccount(owner, { subject: ann, account: 'instagram', expiresAt: '2026-12-31T23:59:59.999Z', reason: 'runs the page' });
        const again = await store.grants.grantAccount(owner, { subject: ann, account: 'Instagram', expiresAt: '2026-12-31T23:59:59.999Z', reason: 'runs the page' });
        expect(again).toMatchObject({ changed: false, record: { subject: ann, account: 'instagram', reason: 'runs the page', grantedAt: '2026-03-02T09:00:00.000Z' } });
        expect(await store.audit.all()).toHaveLength(1);
        const longer = await store.grants.grantAccount(owner, { subject: ann, account: 'instagram', expiresAt: '2027-06-30T23:59:59.999Z', reason: 'runs the page' });
        expect(longer).toMatchObject({ changed: true, record: { expiresAt: '2027-06-30T23:59:59.999Z' } });
        const reasoned = await store.grants.grantAccount(owner, { subject: ann, account: 'instagram', expiresAt: '2027-06-30T23:59:59.999Z', reason: 'also the reels' });
        expect(reasoned.changed).toBe(true);
        expect((await store.audit.all()).map((entry) => entry.event.action)).toEqual(['grant', 'grant', 'grant']);
        // An expired grant given again on its old terms is given anew: it had stopped counting.
        await store.grants.grantAccount(owner, { subject: bob, account: 'x', expiresAt: '2026-03-02T10:00:00Z' });
        clock.advance(2 * 60 * 60 * 1000);
        expect((await store.grants.grantAccount(owner, { subject: bob, account: 'x', expiresAt: '2026-03-02T10:00:00Z' })).changed).toBe(true);
      });

      it('approves what is approved already, on the same terms and whatever its case, without recording anything', async () => {
        await store.grants.approveApp(owner, { app: 'Canva', reason: 'design' });
        const again = await store.grants.approveApp(owner, { app: 'canva', reason: 'design' });
        expect(again).toMatchObject({ changed: false, record: { kind: 'app', app: 'Canva' } });
        expect(await store.audit.all()).toHaveLength(1);
        expect((await store.grants.approveApp(owner, { app: 'Canva', reason: 'design and video', expiresAt: '2027-01-01T00:00:00Z' })).changed).toBe(true);
        expect((await store.audit.all()).map((entry) => entry.event.action)).toEqual(['approve-app', 'approve-app']);
      });

      it('lists account grants by account then person, then apps, and narrows to one person', async () => {
        await store.grants.approveApp(owner, { app: 'Canva' });
        await store.grants.grantAccount(owner, { subject: bob, account: 'linkedin' });
        await store.grants.grantAccount(owner, { subject: ann, account: 'linkedin' });
        await store.grants.grantAccount(owner, { subject: ann, account: 'facebook' });
        await store.grants.approveApp(owner, { app: 'Buffer', expiresAt: '2027-01-01T00:00:00Z' });
        const listed = (await store.grants.list()).map((record) => (record.kind === 'account' ? `${record.account}/${record.subject}` : `app:${record.app}`));
        expect(listed).toEqual(['facebook/slack:UANN0001', `linkedin/${bob}`, 'linkedin/slack:UANN0001', 'app:Buffer', 'app:Canva']);
        const anns = (await store.grants.list({ subject: ann })).filter((record) => record.kind === 'account');
        expect(anns).toHaveLength(2);
      });

      it('tells whether a person holds a grant for any company account, unexpired', async () => {
        expect(await store.grants.holdsAnyGrant(ann)).toBe(false);
        await store.grants.grantAccount(owner, { subject: bob, account: 'instagram' });
        await store.grants.approveApp(owner, { app: 'Canva' });
        expect(await store.grants.holdsAnyGrant(ann)).toBe(false);
        await store.grants.grantAccount(owner, { subject: ann, account: 'linkedin', expiresAt: '2026-03-02T10:00:00Z' });
        expect(await store.grants.holdsAnyGrant(ann)).toBe(true);
        expect(await store.grants.holdsAnyGrant(bob)).toBe(true);
        clock.advance(60 * 60 * 1000);
        expect(await store.grants.holdsAnyGrant(ann)).toBe(false);
        await store.grants.grantAccount(owner, { subject: ann, account: 'facebook' });
        expect(await store.grants.holdsAnyGrant(ann)).toBe(true);
        await store.grants.revokeAccount(owner, { subject: ann, account: 'facebook' });
        expect(await store.grants.holdsAnyGrant(ann)).toBe(false);
        await expect(store.grants.holdsAnyGrant('ann')).rejects.toMatchObject({ code: 'invalid-argument' });
      });

      it('refuses a person who is not platform:userId, and an account name with spaces', async () => {
        await expect(store.grants.grantAccount(owner, { subject: 'UANN0001', account: 'instagram' })).rejects.toMatchObject({ code: 'invalid-argument' });
        await expect(store.grants.grantAccount(owner, { subject: ann, account: 'the company page' })).rejects.toMatchObject({ code: 'invalid-argument' });
        await expect(store.grants.grantAccount(owner, { subject: ann, account: 'x', expiresAt: 'next week' })).rejects.toMatchObject({ code: 'invalid-argument' });
        expect(await store.audit.all()).toEqual([]);
      });
    });

    describe('acknowledgements', () => {
      it('records a version once per person, with one audit entry', async () => {
        const person: AuditActor = { platform: 'slack', userId: 'UANN0001' };
        expect(await store.acknowledgements.acknowledge(person, version)).toBe(true);
        expect(await store.acknowledgements.acknowledge(person, version)).toBe(false);
        expect(await store.acknowledgements.acknowledgedAmong(ann, [version])).toBe(version);
        expect(await store.acknowledgements.acknowledgedAmong(ann, ['ffffffffffffffff'])).toBeUndefined();
        // Any of the versions counts (versions that ask the same); none is no version.
        expect(await store.acknowledgements.acknowledgedAmong(ann, ['ffffffffffffffff', version])).toBe(version);
        expect(await store.acknowledgements.acknowledgedAmong(ann, [])).toBeUndefined();
        expect(await store.acknowledgements.acknowledgedAmong(bob, [version])).toBeUndefined();
        expect((await store.audit.all()).map((entry) => entry.event)).toEqual([{ action: 'acknowledge', policyVersion: version }]);
        // Of several acknowledged, the latest.
        clock.advance(1000);
        await store.acknowledgements.acknowledge(person, 'ffffffffffffffff');
        expect(await store.acknowledgements.acknowledgedAmong(ann, [version, 'ffffffffffffffff'])).toBe('ffffffffffffffff');
      });

      it('tells who has and who has not acknowledged the current version', async () => {
        await store.acknowledgements.acknowledge({ platform: 'slack', userId: 'UANN0001' }, 'ffffffff00000000');
        await store.acknowledgements.acknowledge({ platform: 'shell', userId: 'carol' }, version);
        await store.grants.grantAccount(owner, { subject: bob, account: 'instagram' });
        const status = await store.acknowledgements.status([version]);
        expect(status.acknowledged).toEqual([{ person: 'shell:carol', policyVersion: version, at: '2026-03-02T09:00:00.000Z' }]);
        expect(status.pending).toEqual([bob, ann]);
      });

      it('counts an acknowledgement of any of the versions given, once per person (the latest)', async () => {
        const sameWording = 'ffffffff00000000';
        await store.acknowledgements.acknowledge({ platform: 'slack', userId: 'UANN0001' }, sameWording);
        clock.advance(1000);
        await store.acknowledgements.acknowledge({ platform: 'slack', userId: 'UANN0001' }, version);
        await store.acknowledgements.acknowledge({ platform: 'shell', userId: 'carol' }, sameWording);
        await store.acknowledgements.acknowledge({ platform: 'discord', userId: '81234567890123456' }, 'abababab00000000');
        const status = await store.acknowledgements.status([version, sameWording]);
        expect(status.acknowledged).toEqual([
          { person: 'shell:carol', policyVersion: sameWording, at: '2026-03-02T09:00:01.000Z' },
          { person: ann, policyVersion: version, at: '2026-03-02T09:00:01.000Z' },
        ]);
        expect(status.pending).toEqual([bob]);
      });

      it('tells the version a person acknowledged last, or nothing', async () => {
        const person: AuditActor = { platform: 'slack', userId: 'UANN0001' };
        expect(await store.acknowledgements.latestAcknowledged(ann)).toBeUndefined();
        await store.acknowledgements.acknowledge(person, 'ffffffff00000000');
        clock.advance(1000);
        await store.acknowledgements.acknowledge(person, version);
        clock.advance(1000);
        await store.acknowledgements.acknowledge({ platform: 'shell', userId: 'carol' }, '0000000011111111');
        expect(await store.acknowledgements.latestAcknowledged(ann)).toBe(version);
        expect(await store.acknowledgements.latestAcknowledged('shell:carol')).toBe('0000000011111111');
        expect(await store.acknowledgements.latestAcknowledged(bob)).toBeUndefined();
        // At the same moment, every engine picks the same one.
        await store.acknowledgements.acknowledge({ platform: 'shell', userId: 'carol' }, 'ffffffff22222222');
        await store.acknowledgements.acknowledge({ platform: 'shell', userId: 'carol' }, 'aaaaaaaa22222222');
        expect(await store.acknowledgements.latestAcknowledged('shell:carol')).toBe('ffffffff22222222');
        await expect(store.acknowledgements.latestAcknowledged('not a person')).rejects.toMatchObject({ code: 'invalid-argument' });
      });

      it('refuses a version that is not a hash', async () => {
        await expect(store.acknowledgements.acknowledge(owner, 'v2 please')).rejects.toMatchObject({ code: 'invalid-argument' });
      });
    });

    describe('deliveries', () => {
      it('answers true the first time a key is seen, false after, in any instance', async () => {
        expect(await store.deliveries.firstDelivery('Ev0123ABC')).toBe(true);
        expect(await store.deliveries.firstDelivery('Ev0123ABC')).toBe(false);
        expect(await store.deliveries.firstDelivery('Ev0123ABD')).toBe(true);
        const other = await env.open({ clock });
        expect(await other.deliveries.firstDelivery('Ev0123ABC')).toBe(false);
      });

      it('lets exactly one of many simultaneous deliveries through', async () => {
        const other = await env.open({ clock });
        const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => (index % 2 ? store : other).deliveries.firstDelivery('trigger.123')));
        expect(answers.filter(Boolean)).toHaveLength(1);
      });

      if (harness.name === 'postgres') {
        it('records a delivery while another instance holds the audit lock', async () => {
          const release = await env.raw!.holdAuditLock!();
          try {
            // The lock is really held: an audit write waits for it and gives up as busy.
            await expect(store.audit.append(owner, { action: 'policy-loaded', policyVersion: version })).rejects.toMatchObject({ code: 'busy' });
            const started = Date.now();
            expect(await store.deliveries.firstDelivery('Ev0LOCKED1')).toBe(true);
            expect(await store.deliveries.firstDelivery('Ev0LOCKED1')).toBe(false);
            expect(Date.now() - started).toBeLessThan(500);
          } finally {
            await release();
          }
        });
      }
    });

    describe('leadership', () => {
      it('keeps leadership it holds, and can take it again after releasing', async () => {
        const role = `discord-gateway-${Math.random().toString(36).slice(2)}`;
        expect(await store.leadership.tryLead(role)).toBe(true);
        expect(await store.leadership.tryLead(role)).toBe(true);
        await store.leadership.release(role);
        expect(await store.leadership.tryLead(role)).toBe(true);
        await store.leadership.release(role);
      });

      if (harness.name === 'postgres') {
        it('gives a role to exactly one instance, and to another once released', async () => {
          const role = `discord-gateway-${Math.random().toString(36).slice(2)}`;
          const other = await env.open({ clock });
          expect(await store.leadership.tryLead(role)).toBe(true);
          expect(await other.leadership.tryLead(role)).toBe(false);
          await store.leadership.release(role);
          expect(await other.leadership.tryLead(role)).toBe(true);
          expect(await store.leadership.tryLead(role)).toBe(false);
          await other.leadership.release(role);
        });
      }
    });

    describe('persistence', () => {
      it('another instance sees what one wrote', async () => {
        await store.grants.grantAccount(owner, { subject: ann, account: 'instagram' });
        await store.acknowledgements.acknowledge(owner, version);
        const other = await env.open({ clock });
        expect(await other.grants.holdsGrant(ann, 'instagram')).toBe(true);
        expect(await other.acknowledgements.acknowledgedAmong('slack:UOWNER1', [version])).toBe(version);
        expect(await other.audit.all()).toEqual(await store.audit.all());
      });
    });

    defineDatabaseGuards(harness, () => ({ env, store, clock }));
  });
};

/** What only a real database can show: it refuses changes itself, and verify names tampering. */
const defineDatabaseGuards = (harness: StoreHarness, current: () => { env: StoreEnvironment; store: Store; clock: ManualClock }): void => {
  if (harness.name === 'memory') return;
  describe('database guards', () => {
    const owner: AuditActor = { platform: 'shell', userId: 'owner' };
    const fill = async (store: Store) => {
      for (const account of ['instagram', 'facebook', 'linkedin', 'tiktok']) {
        await store.grants.grantAccount(owner, { subject: 'slack:UANN0001', account });
      }
    };
    const raw = () => {
      const access = current().env.raw;
      if (!access) throw new Error(`${harness.name} harness gives no raw access`);
      return access;
    };

    it('refuses UPDATE and DELETE on the audit trail', async () => {
      await fill(current().store);
      await expect(raw().exec(`update audit_log set actor = 'shell:someone-else' where seq = 2`)).rejects.toThrow(/append-only/);
      await expect(raw().exec('delete from audit_log where seq = 4')).rejects.toThrow(/append-only/);
      await expect(raw().exec('delete from audit_log')).rejects.toThrow(/append-only/);
      expect(await current().store.audit.verify()).toEqual({ ok: true, count: 4 });
    });

    it('names an edited entry', async () => {
      await fill(current().store);
      await raw().disableAuditGuard();
      await raw().exec(`update audit_log set event = replace(event, 'facebook', 'myspace') where seq = 2`);
      expect(await current().store.audit.verify()).toMatchObject({ ok: false, seq: 2, problem: 'edited', count: 4 });
    });

    it('names the entry after a deleted one', async () => {
      await fill(current().store);
      await raw().disableAuditGuard();
      await raw().exec('delete from audit_log where seq = 2');
      expect(await current().store.audit.verify()).toMatchObject({ ok: false, seq: 3, problem: 'deleted' });
    });

    it('names a reordered entry', async () => {
      await fill(current().store);
      await raw().disableAuditGuard();
      await raw().exec('update audit_log set seq = 100 where seq = 2');
      await raw().exec('update audit_log set seq = 2 where seq = 3');
      await raw().exec('update audit_log set seq = 3 where seq = 100');
      expect(await current().store.audit.verify()).toMatchObject({ ok: false, seq: 2, problem: 'reordered' });
    });

    it('names renumbered entries as renumbered, not deleted', async () => {
      await fill(current().store);
      await raw().disableAuditGuard();
      await raw().exec('update audit_log set seq = seq + 10 where seq >= 3');
      expect(await current().store.audit.verify()).toMatchObject({ ok: false, seq: 13, problem: 'renumbered' });
    });

    /** The register as the audit found it: grants, an app, an acknowledgement, then a policy version loaded last. */
    const register = async (store: Store) => {
      await store.grants.grantAccount(owner, { subject: 'slack:UANN0001', account: 'instagram' });
      await store.grants.grantAccount(owner, { subject: 'slack:UBOB0001', account: 'facebook' });
      await store.grants.revokeAccount(owner, { subject: 'slack:UBOB0001', account: 'facebook' });
      await store.grants.approveApp(owner, { app: 'Canva' });
      await store.acknowledgements.acknowledge({ platform: 'slack', userId: 'UANN0001' }, 'a1b2c3d4e5f60718');
      await store.audit.append({ platform: 'system', userId: 'policy-bot' }, { action: 'policy-loaded', policyVersion: 'a1b2c3d4e5f60718' });
    };
    const problems = async () => (await current().store.audit.check()).differences.map((difference) => `${difference.table} ${difference.row}: ${difference.problem}`);

    it('finds a trail cut short whose grants are still in the register, though the chain left verifies', async () => {
      await register(current().store);
      await raw().disableAuditGuard();
      await raw().exec('delete from audit_log where seq >= 4');
      const check = await current().store.audit.check();
      expect(check.chain).toEqual({ ok: true, count: 3 });
      expect(check.differences).toEqual([
        { table: 'app-approval', row: 'canva', problem: 'unrecorded' },
        { table: 'acknowledgement', row: 'a1b2c3d4e5f60718 by slack:UANN0001', problem: 'unrecorded' },
      ]);
    });

    it('finds a missing revoke: the trail grants what the register no longer holds', async () => {
      await register(current().store);
      await raw().disableAuditGuard();
      await raw().exec('delete from audit_log where seq >= 3');
      expect(await problems()).toEqual([
        'account-grant facebook for slack:UBOB0001: missing',
        'app-approval canva: unrecorded',
        'acknowledgement a1b2c3d4e5f60718 by slack:UANN0001: unrecorded',
      ]);
    });

    it('finds a wiped trail, also once the bot has started a fresh chain on it', async () => {
      await register(current().store);
      await raw().disableAuditGuard();
      await raw().exec('delete from audit_log');
      expect(await problems()).toEqual([
        'account-grant instagram for slack:UANN0001: unrecorded',
        'app-approval canva: unrecorded',
        'acknowledgement a1b2c3d4e5f60718 by slack:UANN0001: unrecorded',
      ]);
      await current().store.audit.append({ platform: 'system', userId: 'policy-bot' }, { action: 'policy-loaded', policyVersion: 'a1b2c3d4e5f60718' });
      const check = await current().store.audit.check();
      expect(check.chain).toEqual({ ok: true, count: 1 });
      expect(check.differences).toHaveLength(3);
    });

    it('finds rows written, changed or removed behind the trail', async () => {
      await register(current().store);
      await raw().exec(
        `insert into account_grants (subject, account, granted_by, granted_at, expires_at, reason) values ('slack:UMALLORY', 'instagram', 'shell:owner', '2026-03-02T09:00:00.000Z', null, null)`,
      );
      await raw().exec(`insert into acknowledgements (person, policy_version, at) values ('slack:UMALLORY', 'a1b2c3d4e5f60718', '2026-03-02T09:00:00.000Z')`);
      await raw().exec(`update app_approvals set expires_at = '2099-01-01T00:00:00.000Z', reason = 'why not'`);
      await raw().exec(`delete from account_grants where subject = 'slack:UANN0001'`);
      expect(await current().store.grants.holdsGrant('slack:UMALLORY', 'instagram')).toBe(true);
      const check = await current().store.audit.check();
      expect(check.chain.ok).toBe(true);
      expect(check.differences).toEqual([
        { table: 'account-grant', row: 'instagram for slack:UMALLORY', problem: 'unrecorded' },
        { table: 'account-grant', row: 'instagram for slack:UANN0001', problem: 'missing', seq: 1 },
        { table: 'app-approval', row: 'canva', problem: 'differs', seq: 4, fields: ['expiresAt', 'reason'] },
        { table: 'acknowledgement', row: 'a1b2c3d4e5f60718 by slack:UMALLORY', problem: 'unrecorded' },
      ]);
    });

    it('finds the end of a trail cut where the register cannot, against a recorded head', async () => {
      await register(current().store);
      const { head } = await current().store.audit.check();
      await raw().disableAuditGuard();
      await raw().exec('delete from audit_log where seq = 6');
      const check = await current().store.audit.check({ expectHead: head });
      expect(check.chain).toEqual({ ok: true, count: 5 });
      expect(check.differences).toEqual([]);
      expect(check.headProblem).toEqual({ problem: 'shorter', expected: head });
    });

    it('records the name of an app approved before names were kept, when the owner writes it again', async () => {
      const { store } = current();
      await store.grants.approveApp(owner, { app: 'hootsuite' });
      // As a row from before migration 002 holds it: the key, no name.
      await raw().exec(`update app_approvals set name = null where app = 'hootsuite'`);
      expect((await store.grants.approveApp(owner, { app: 'hootsuite' })).changed).toBe(false);
      const renamed = await store.grants.approveApp(owner, { app: 'Hootsuite' });
      expect(renamed).toMatchObject({ changed: true, record: { app: 'Hootsuite' } });
      expect((await store.grants.approveApp(owner, { app: 'HOOTSUITE' })).changed).toBe(false);
    });

    it('runs each migration once, however many instances start', async () => {
      const { env, clock } = current();
      await Promise.all([env.open({ clock }), env.open({ clock }), env.open({ clock })]);
      const other = await env.open({ clock });
      await fill(other);
      expect(await other.audit.verify()).toEqual({ ok: true, count: 4 });
    });
  });
};
