import { describe, expect, it } from 'vitest';
import { isInForce, isOwner, parseOwners } from '../../../src/policy/grants.ts';

describe('parseOwners / isOwner', () => {
  it('reads platform:userId entries and platform wildcards', () => {
    const outcome = parseOwners(' slack:U0123ABCD, discord:81234567890123456 ,shell:*,');
    expect(outcome).toEqual({
      ok: true,
      owners: [
        { platform: 'slack', userId: 'U0123ABCD' },
        { platform: 'discord', userId: '81234567890123456' },
        { platform: 'shell', userId: '*' },
      ],
    });
    if (!outcome.ok) return;
    expect(isOwner(outcome.owners, { platform: 'slack', userId: 'U0123ABCD' })).toBe(true);
    expect(isOwner(outcome.owners, { platform: 'slack', userId: 'U9999' })).toBe(false);
    expect(isOwner(outcome.owners, { platform: 'discord', userId: 'U0123ABCD' })).toBe(false);
    expect(isOwner(outcome.owners, { platform: 'shell', userId: 'anyone' })).toBe(true);
  });

  it('names every entry that is not platform:userId', () => {
    const outcome = parseOwners('U0123ABCD, slack:U1, teams:abc, slack:has space');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toHaveLength(3);
    expect(outcome.problems[0]).toContain('"U0123ABCD"');
  });

  it('refuses a name where a Slack or Discord user id belongs, saying where to find the id', () => {
    const outcome = parseOwners('slack:@ann, slack:ann.smith, discord:annsmith, slack:W0123ABCD, discord:42, shell:ann.smith');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toHaveLength(3);
    expect(outcome.problems[0]).toMatch(/^"slack:@ann": a Slack member id looks like U0123ABCD/);
    expect(outcome.problems[2]).toMatch(/^"discord:annsmith": a Discord user id is a number/);
  });

  it('an empty list makes no owners', () => {
    expect(parseOwners('')).toEqual({ ok: true, owners: [] });
    expect(isOwner([], { platform: 'shell', userId: 'me' })).toBe(false);
  });
});

describe('isInForce', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  it('is in force without expiry, or before it', () => {
    expect(isInForce({}, now)).toBe(true);
    expect(isInForce({ expiresAt: '2026-05-01T12:00:01.000Z' }, now)).toBe(true);
    expect(isInForce({ expiresAt: '2026-05-01T12:00:00.000Z' }, now)).toBe(false);
  });
});
