import { describe, expect, it } from 'vitest';
import type { Actor, Reply } from '../../../src/commands/request.ts';
import type { RouterDeps } from '../../../src/commands/router.ts';
import { lazyRouting } from '../../../src/lazy-routing.ts';
import { checkDraft } from '../../../src/policy/check-draft.ts';
import type { ParsedPolicy } from '../../../src/policy/policy-document.ts';
import { createMemoryStore } from '../../../src/store/memory-store.ts';
import { loadZrtherapy } from '../../helpers/policy.ts';
import { loadTinyPolicy } from '../../helpers/tiny-policy.ts';

const STAFF: Actor = { platform: 'slack', userId: 'USTAFF9', workspaceId: 'T9' };
const silent = { info: () => {}, error: () => {} } as unknown as RouterDeps['logger'];
/** Every word of a reply, findings' clause ids included. */
const text = (reply: Reply): string => JSON.stringify(reply.blocks);

const routingOver = (policy: () => ParsedPolicy) =>
  lazyRouting({ policy, store: Promise.resolve(createMemoryStore()), owners: [], clock: { now: () => new Date('2026-05-04T09:00:00Z') }, logger: silent });

describe('lazyRouting', () => {
  it('checks each draft against the policy running at the time of the request', async () => {
    const zrtherapy = loadZrtherapy();
    const bakery = loadTinyPolicy();
    let running = zrtherapy;
    const routing = routingOver(() => running);
    // A shop login under the bakery's policy; nothing the therapy practice's clauses bind a credential detector to here.
    const draft = 'New starter? The TikTok login is crumbs2024 with password Sourdough!77';
    const check = { kind: 'command', actor: STAFF, text: `check ${draft}` } as const;

    const first = text(await routing.handle(check));
    running = bakery;
    const second = text(await routing.handle(check));

    const expected = checkDraft(bakery, { text: draft });
    expect(expected.findings.map((finding) => finding.clause)).toContain('accounts.login');
    expect(second).toContain('accounts.login');
    expect(first).not.toContain('accounts.login');
  });

  it('answers help and the home view, and loads once however many requests wait for it', async () => {
    const routing = routingOver(() => loadTinyPolicy());
    const [help, again, home] = await Promise.all([
      routing.handle({ kind: 'command', actor: STAFF, text: 'help' }),
      routing.handle({ kind: 'command', actor: STAFF, text: 'help' }),
      routing.home(STAFF),
    ]);
    expect(text(help)).toContain('Crumb & Co');
    expect(text(again)).toBe(text(help));
    expect(home.blocks.length).toBeGreaterThan(0);
    await expect(routing.load()).resolves.toBeUndefined();
  });

  it('loads the checking code (preparing once) only for requests that may check, and a failed preparation only costs its speed-up', async () => {
    let preparations = 0;
    const routing = lazyRouting({
      policy: () => loadTinyPolicy(),
      store: Promise.resolve(createMemoryStore()),
      owners: [],
      clock: { now: () => new Date('2026-05-04T09:00:00Z') },
      logger: silent,
      prepare: async () => {
        preparations += 1;
        throw new Error('no cache directory today');
      },
    });
    const command = (text: string) => routing.handle({ kind: 'command', actor: STAFF, text });
    const [help, again] = await Promise.all([command('help'), command('help')]);
    const others = await Promise.all(
      ['status', 'explain', 'explain hashtags', 'walkthrough', 'grants', 'audit', 'grant @ann instagram', 'approve Canva', 'frobnicate the kettle'].map(command),
    );
    await Promise.all([routing.home(STAFF), routing.load()]);
    expect(preparations).toBe(0);
    // Answered (or refused with a reason), never a fault from a checker that was not loaded.
    for (const reply of others) expect(text(reply)).not.toMatch(/something went wrong/i);
    expect(text(help)).toContain('Crumb & Co');
    expect(text(again)).toBe(text(help));

    const [checked, asked, messaged] = await Promise.all([
      command('check Fresh sourdough out of the oven at 8, come early!'),
      command('ask Can I post a photo of the new oven?'),
      routing.handle({ kind: 'check-message', actor: STAFF, text: 'Croissants are half price after 4pm today' }),
    ]);
    expect(preparations).toBe(1);
    for (const reply of [checked, asked, messaged]) expect(text(reply)).not.toMatch(/something went wrong/i);
  });
});
