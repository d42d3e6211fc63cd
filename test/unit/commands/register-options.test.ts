import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.ts';
import { command, OWNER, routerFixture } from './router-fixture.ts';

describe('register options: --until and --reason', () => {
  it('parses them after a grant or an approval, in either order', () => {
    expect(parseCommand('grant @ann account instagram --until 2027-01-31 --reason covering the spring campaign')).toEqual({
      name: 'grant', user: 'ann', account: 'instagram', until: '2027-01-31', reason: 'covering the spring campaign',
    });
    expect(parseCommand('approve app Canva --reason design team asked --until 2026-12-31')).toEqual({
      name: 'approve', app: 'Canva', until: '2026-12-31', reason: 'design team asked',
    });
    expect(parseCommand('revoke @ann account x --reason left the practice')).toEqual({ name: 'revoke', user: 'ann', account: 'x', reason: 'left the practice' });
  });

  it('refuses a date that is not one, and an end date on a revoke', () => {
    expect(() => parseCommand('grant @ann account x --until next-week')).toThrow(/--until 2027-01-31/);
    expect(() => parseCommand('revoke @ann account x --until 2027-01-01')).toThrow(/takes no `--until`/);
  });

  it('records the end date and reason, and refuses a date already past', async () => {
    const { handle, store } = routerFixture();
    const reply = await handle(command('grant @U7 account instagram --until 2026-06-30 --reason maternity cover', OWNER));
    expect(reply.fallbackText).toContain('until the end of 2026-06-30');
    const [grant] = await store.grants.list({ subject: 'slack:U7' });
    expect(grant).toMatchObject({ kind: 'account', account: 'instagram', expiresAt: '2026-06-30T23:59:59.999Z', reason: 'maternity cover' });
    const [entry] = await store.audit.last(1);
    expect(entry?.event).toMatchObject({ action: 'grant', reason: 'maternity cover' });
    expect((await handle(command('grant @U7 account instagram --until 2025-01-01', OWNER))).fallbackText).toMatch(/has passed/);
    expect((await handle(command(`approve app Canva --reason ${'x'.repeat(130)}`, OWNER))).fallbackText).toMatch(/at most 120 characters/);
  });
});
