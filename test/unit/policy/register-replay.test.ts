import { describe, expect, it } from 'vitest';
import { nextEntry } from '../../../src/policy/audit-chain.ts';
import type { RegisterTables } from '../../../src/policy/ports.ts';
import type { AuditEntry, AuditEvent } from '../../../src/policy/audit-records.ts';
import { compareRegister, replayRegister } from '../../../src/policy/register-replay.ts';
import { checkTrail } from '../../../src/policy/trail-check.ts';

/** A chain of `events`, one a second from 09:00, by `slack:UOWNER` (or the actor given with an event). */
const trail = (...events: (AuditEvent | [string, AuditEvent])[]): AuditEntry[] => {
  const entries: AuditEntry[] = [];
  for (const [index, item] of events.entries()) {
    const [actor, event] = Array.isArray(item) ? item : ['slack:UOWNER', item];
    entries.push(
      nextEntry(entries.at(-1), { id: `e${index + 1}`, at: new Date(Date.UTC(2026, 2, 2, 9, 0, index)).toISOString(), actor, platform: 'slack', event }),
    );
  }
  return entries;
};
const at = (second: number) => new Date(Date.UTC(2026, 2, 2, 9, 0, second)).toISOString();
const NONE: RegisterTables = { accountGrants: [], appApprovals: [], acknowledgements: [] };

describe('replayRegister', () => {
  it('applies grants, renewals, revokes, approvals, withdrawals and acknowledgements in chain order', () => {
    const replayed = replayRegister(
      trail(
        { action: 'policy-loaded', policyVersion: 'abcdef0123456789' },
        { action: 'grant', subject: 'slack:UANN', account: 'instagram', reason: 'runs the page' },
        { action: 'grant', subject: 'slack:UANN', account: 'instagram', expiresAt: '2027-01-31T23:59:59.999Z' },
        { action: 'grant', subject: 'slack:UBOB', account: 'x' },
        { action: 'revoke', subject: 'slack:UBOB', account: 'x' },
        { action: 'approve-app', app: 'canva' },
        { action: 'approve-app', app: 'adobe express', name: 'Adobe Express' },
        { action: 'unapprove-app', app: 'canva' },
        ['slack:UANN', { action: 'acknowledge', policyVersion: 'abcdef0123456789' }],
        { action: 'refused', attempted: 'grant', code: 'not-an-owner' },
      ),
    );
    expect([...replayed.accountGrants.values()]).toEqual([
      {
        seq: 3,
        row: { subject: 'slack:UANN', account: 'instagram', grantedBy: 'slack:UOWNER', grantedAt: at(2), expiresAt: '2027-01-31T23:59:59.999Z', reason: null },
      },
    ]);
    expect([...replayed.appApprovals.values()]).toEqual([
      { seq: 7, row: { app: 'adobe express', name: 'Adobe Express', grantedBy: 'slack:UOWNER', grantedAt: at(6), expiresAt: null, reason: null } },
    ]);
    expect([...replayed.acknowledgements.values()]).toEqual([{ seq: 9, row: { person: 'slack:UANN', policyVersion: 'abcdef0123456789', at: at(8) } }]);
  });

  it('skips an entry whose event is no longer an object (the chain check names it)', () => {
    const entries = trail({ action: 'grant', subject: 'slack:UANN', account: 'x' });
    const tampered = [{ ...entries[0]!, event: 'not json' as unknown as AuditEvent }];
    expect(replayRegister(tampered).accountGrants.size).toBe(0);
  });
});

describe('compareRegister', () => {
  const entries = trail(
    { action: 'grant', subject: 'slack:UANN', account: 'instagram' },
    { action: 'approve-app', app: 'canva', name: 'Canva' },
    ['slack:UANN', { action: 'acknowledge', policyVersion: 'abcdef0123456789' }],
  );
  const matching: RegisterTables = {
    accountGrants: [{ subject: 'slack:UANN', account: 'instagram', grantedBy: 'slack:UOWNER', grantedAt: at(0), expiresAt: null, reason: null }],
    appApprovals: [{ app: 'canva', name: 'Canva', grantedBy: 'slack:UOWNER', grantedAt: at(1), expiresAt: null, reason: null }],
    acknowledgements: [{ person: 'slack:UANN', policyVersion: 'abcdef0123456789', at: at(2) }],
  };

  it('finds nothing when the tables are the replay', () => {
    expect(compareRegister(entries, matching)).toEqual([]);
    expect(compareRegister([], NONE)).toEqual([]);
  });

  it('reports every row no entry made, every row the trail made that is gone, and every row unlike its entry', () => {
    const tables: RegisterTables = {
      accountGrants: [
        { ...matching.accountGrants[0]!, expiresAt: '2099-01-01T00:00:00.000Z' },
        { subject: 'slack:UMALLORY', account: 'instagram', grantedBy: 'slack:UOWNER', grantedAt: at(0), expiresAt: null, reason: null },
      ],
      appApprovals: [],
      acknowledgements: [...matching.acknowledgements, { person: 'slack:UMALLORY', policyVersion: 'abcdef0123456789', at: at(2) }],
    };
    expect(compareRegister(entries, tables)).toEqual([
      { table: 'account-grant', row: 'instagram for slack:UANN', problem: 'differs', seq: 1, fields: ['expiresAt'] },
      { table: 'account-grant', row: 'instagram for slack:UMALLORY', problem: 'unrecorded' },
      { table: 'app-approval', row: 'canva', problem: 'missing', seq: 2 },
      { table: 'acknowledgement', row: 'abcdef0123456789 by slack:UMALLORY', problem: 'unrecorded' },
    ]);
  });

  it('finds an emptied trail while the register still holds its rows', () => {
    expect(compareRegister([], matching).map((difference) => difference.problem)).toEqual(['unrecorded', 'unrecorded', 'unrecorded']);
  });
});

describe('checkTrail', () => {
  it('gives the chain verdict, the head and the differences together', () => {
    const entries = trail({ action: 'grant', subject: 'slack:UANN', account: 'x' });
    const check = checkTrail(entries, NONE, { expectHead: { count: 2, hash: entries[0]!.hash } });
    expect(check).toEqual({
      chain: { ok: true, count: 1 },
      head: { count: 1, hash: entries[0]!.hash },
      headProblem: { problem: 'shorter', expected: { count: 2, hash: entries[0]!.hash } },
      differences: [{ table: 'account-grant', row: 'x for slack:UANN', problem: 'missing', seq: 1 }],
    });
  });
});

describe('checkTrail at start (hashLast)', () => {
  it('hashes only the newest entries again, yet finds a deletion anywhere and an edit that changes the register', () => {
    const entries = trail(
      { action: 'grant', subject: 'slack:UANN', account: 'instagram' },
      { action: 'policy-loaded', policyVersion: 'abcdef0123456789' },
      { action: 'policy-loaded', policyVersion: 'abcdef0123456789' },
      { action: 'policy-loaded', policyVersion: 'abcdef0123456789' },
    );
    const tables: RegisterTables = {
      ...NONE,
      accountGrants: [{ subject: 'slack:UANN', account: 'instagram', grantedBy: 'slack:UOWNER', grantedAt: at(0), expiresAt: null, reason: null }],
    };
    const edited = [{ ...entries[0]!, event: { action: 'grant' as const, subject: 'slack:UANN', account: 'facebook' } }, ...entries.slice(1)];
    expect(checkTrail(edited, tables).chain).toMatchObject({ ok: false, seq: 1, problem: 'edited' });
    const cheap = checkTrail(edited, tables, { hashLast: 2 });
    expect(cheap.chain).toEqual({ ok: true, count: 4 });
    expect(cheap.differences.map((difference) => difference.problem)).toEqual(['unrecorded', 'missing']);
    expect(checkTrail([entries[0]!, ...entries.slice(2)], tables, { hashLast: 1 }).chain).toMatchObject({ ok: false, seq: 3, problem: 'deleted' });
  });
});
