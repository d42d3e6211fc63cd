import { describe, expect, it } from 'vitest';
import { toBotRequest as shellRequest } from '../../src/adapters/shell/to-request.ts';
import { render } from '../../src/adapters/slack/render.ts';
import { toBotRequest, type SlackInput } from '../../src/adapters/slack/to-request.ts';
import type { Actor, BotRequest, Reply, ReplyBlock } from '../../src/commands/request.ts';
import { routerFixture } from '../unit/commands/router-fixture.ts';
import { messageShortcut, slashCommand } from './slack-payloads.ts';

/**
 * A draft sent through Slack is checked exactly as the same draft typed in the shell, and its
 * findings are quoted back with one layer of escaping, so Slack shows the person's own words.
 * The payloads carry the text as Slack really sends it: entities and markup.
 */

type Finding = Extract<ReplyBlock, { type: 'finding' }>;
const findings = (reply: Reply): Finding[] => reply.blocks.filter((block): block is Finding => block.type === 'finding');
const SHELL: Actor = { platform: 'shell', userId: 'ann', displayName: 'ann' };

const viaSlack = async (input: SlackInput): Promise<Reply> => {
  const request = toBotRequest(input);
  if (request === undefined) throw new Error('Slack input not understood');
  return routerFixture().handle(request);
};

const viaShell = async (line: string): Promise<Reply> => routerFixture().handle(shellRequest(line, SHELL) as BotRequest);

/** What a finding says, whoever asked: the verdict and every finding as the core made it. */
const facts = (reply: Reply) => ({ verdict: reply.fallbackText.split(/[\s:]/, 1)[0], findings: findings(reply) });

describe('escaped Slack drafts', () => {
  // "Tom & Jerry <3 our clients", as Slack sends it from `/policy check` (should_escape: true).
  const TOM = 'Tom & Jerry <3 our clients';
  const TOM_FROM_SLACK = 'Tom &amp; Jerry &lt;3 our clients';

  it('are checked exactly as the same words typed in the shell', async () => {
    const shell = await viaShell(`/policy check ${TOM}`);
    expect(facts(await viaSlack({ source: 'slash-command', body: slashCommand(`check ${TOM_FROM_SLACK}`) }))).toEqual(facts(shell));
    expect(facts(await viaSlack({ source: 'shortcut', body: messageShortcut(TOM_FROM_SLACK) }))).toEqual(facts(shell));
  });

  // Slack auto-links a typed email address: `<mailto:…|…>` in the text it sends.
  const EMAIL = 'Q&A tonight, email me at ann.p@gmail.com <3';
  const EMAIL_FROM_SLACK = 'Q&amp;A tonight, email me at <mailto:ann.p@gmail.com|ann.p@gmail.com> &lt;3';

  it('quote the span and the rewrite back with the person’s own characters, escaped once', async () => {
    const reply = await viaSlack({ source: 'slash-command', body: slashCommand(`check ${EMAIL_FROM_SLACK}`) });
    expect(facts(reply)).toEqual(facts(await viaShell(`/policy check ${EMAIL}`)));
    const [finding] = findings(reply);
    expect(finding).toMatchObject({ clause: 'security.data-protection', excerpt: 'ann.p@gmail.com', rewrite: 'Q&A tonight, email me at [email removed] <3' });

    const shown = JSON.stringify(render(reply));
    // Slack shows "&amp;" as "&" and "&lt;" as "<": exactly the person's characters.
    expect(shown).toContain('*Try instead:* Q&amp;A tonight, email me at [email removed] &lt;3');
    expect(shown).toContain('> ann.p@gmail.com');
    expect(shown).not.toContain('&amp;amp;');
    expect(shown).not.toContain('&amp;lt;');
    expect(shown).not.toContain('mailto');
  });

  it('keep where a link behind words goes, so a suspicious host is still found', async () => {
    const reply = await viaSlack({ source: 'slash-command', body: slashCommand('check Verify your booking now <http://192.0.2.7/login|on our portal> or lose it') });
    expect(reply.fallbackText).toMatch(/^STOP/);
    expect(findings(reply).map((finding) => finding.clause)).toContain('security.suspicious-links');
  });
});
