import { describe, expect, it } from 'vitest';
import { findAppMentions } from '../../../src/policy/app-approval.ts';
import { loadZrtherapy } from '../../helpers/policy.ts';
import { command, OWNER, routerFixture, STAFF } from './router-fixture.ts';

const policy = loadZrtherapy();

describe('findAppMentions', () => {
  it('finds tools by name, once each, with where they are', () => {
    const text = 'Scheduling via Hootsuite, then Hootsuite again and ChatGPT for captions';
    expect(findAppMentions(policy, text)).toEqual([
      { app: 'hootsuite', span: [15, 24] },
      { app: 'chatgpt', span: [51, 58] },
    ]);
  });

  it('takes names that are ordinary words only when written as names', () => {
    expect(findAppMentions(policy, 'We use Buffer for the practice page').map((mention) => mention.app)).toEqual(['buffer']);
    expect(findAppMentions(policy, 'leave a buffer of ten minutes, see you later')).toEqual([]);
  });

  it('knows the apps the register knows', () => {
    expect(findAppMentions(policy, 'Posting with Quillpost today', ['Quillpost']).map((mention) => mention.app)).toEqual(['quillpost']);
  });
});

describe('checks and answers that know the register', () => {
  it('cautions about an app the register has not approved, and not once it is approved', async () => {
    const { handle } = routerFixture();
    const draft = 'New reels every Friday, scheduled with Hootsuite!';
    const before = await handle(command(`check --account company ${draft}`, OWNER));
    expect(before.fallbackText).toMatch(/CAUTION/);
    expect(before.fallbackText).toContain('security.app-approval');
    await handle(command('approve app Hootsuite', OWNER));
    const after = await handle(command(`check --account company ${draft}`, OWNER));
    expect(after.fallbackText).not.toContain('security.app-approval');
    expect((await handle(command(`check --account personal ${draft}`))).fallbackText).not.toContain('security.app-approval');
  });

  it('answers "is this app approved?" from the register first', async () => {
    const { handle } = routerFixture();
    await handle(command('approve app Canva', OWNER));
    const approved = await handle(command('ask is canva ok to use with the practice instagram?'));
    expect(approved.fallbackText).toContain("canva is approved for use with the company's accounts");
    expect(approved.fallbackText).toContain('security.app-approval');
    const unapproved = await handle({ kind: 'direct-message', actor: STAFF, text: 'can I hook Zapier up to our facebook page?' });
    expect(unapproved.fallbackText).toContain("zapier is not approved for use with the company's accounts");
  });

  it('answers "who may post on …" with the people the register authorises', async () => {
    const { handle } = routerFixture();
    await handle(command('grant @USTAFF1 account instagram', OWNER));
    const reply = await handle(command('ask who is allowed to post on the Instagram account?'));
    expect(reply.fallbackText).toMatch(/authorised to post on instagram: @USTAFF1/);
    expect(reply.fallbackText).toContain('company.authorised-users');
    const nobody = await handle(command('ask who can post on our LinkedIn page?'));
    expect(nobody.fallbackText).toContain('authorised to post on linkedin: nobody yet');
  });
});

describe('a policy without the register clauses', () => {
  it('cites none of them in grants, approvals and status replies', async () => {
    const { loadPolicyFile } = await import('../../../src/load-policy-file.ts');
    const { createChecker } = await import('../../../src/policy/check-draft.ts');
    const outcome = loadPolicyFile('policies/examples/fernhill-advice-centre.yml');
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    const fernhill = { policy: outcome.policy, checker: createChecker(outcome.policy) };
    const { handle } = routerFixture({ current: () => fernhill });
    for (const text of ['grants', 'approve app Canva', 'grant @USTAFF1 account instagram', 'status']) {
      const reply = await handle(command(text, OWNER));
      expect(reply.fallbackText).not.toMatch(/company\.authorised-users|security\.app-approval|key-details/);
    }
  });
});
