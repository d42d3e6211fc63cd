import { describe, expect, it } from 'vitest';
import { render as renderDiscord } from '../../src/adapters/discord/render.ts';
import { renderReply as renderShell } from '../../src/adapters/shell/render.ts';
import { render as renderSlack, renderHome } from '../../src/adapters/slack/render.ts';
import { toBotRequest } from '../../src/adapters/slack/to-request.ts';
import { makeReply } from '../../src/commands/present/make-reply.ts';
import { showPerson } from '../../src/commands/present/person.ts';
import type { Actor, HandleRequest, Reply } from '../../src/commands/request.ts';
import { routerFixture } from '../unit/commands/router-fixture.ts';
import { slashCommand } from './slack-payloads.ts';

/**
 * People named in replies (grant, grants, status): on Slack a real mention, which Slack shows as
 * the person's name; on Discord a mention that shows the name and notifies nobody; in the shell
 * and the plain fallback the readable `@id`.
 */

const OWNER_ID = 'UOWNER1';
const NONCHARACTER = /[\uFDD0-\uFDEF]/;

/** `/policy <text>` as Slack sends it, by the owner, answered by the real command layer. */
const slackCommand = async (handle: HandleRequest, text: string): Promise<Reply> => {
  const request = toBotRequest({ source: 'slash-command', body: { ...slashCommand(text), user_id: OWNER_ID } });
  if (request === undefined) throw new Error('not a request');
  return handle(request);
};

const mrkdwnOf = (reply: Reply): string => JSON.stringify(renderSlack(reply).blocks);

describe('people in Slack replies', () => {
  it('mentions the person granted, in the blocks and the notification text', async () => {
    const { handle } = routerFixture();
    const reply = await slackCommand(handle, 'grant <@U0STAFF2|bob> account instagram');
    const message = renderSlack(reply);
    expect(message.text).toContain("<@U0STAFF2> may now post on the company's instagram account");
    expect(mrkdwnOf(reply)).toContain("<@U0STAFF2> may now post on the company's instagram account");
    expect(JSON.stringify(message)).not.toMatch(NONCHARACTER);
    expect(JSON.stringify(message)).not.toContain('&lt;@U0STAFF2');
  });

  it('mentions the people in `grants`, `grants @user` and `status`', async () => {
    const { handle } = routerFixture();
    await slackCommand(handle, 'grant <@U0STAFF2|bob> account instagram');
    expect(mrkdwnOf(await slackCommand(handle, 'grants'))).toContain('<@U0STAFF2>');

    const forBob = renderSlack(await slackCommand(handle, 'grants <@U0STAFF2|bob>'));
    // A header is plain text and cannot mention: the heading naming bob is bold mrkdwn instead.
    expect(forBob.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*Grants for <@U0STAFF2>*' } });
    expect(forBob.text).toContain('Grants for <@U0STAFF2>');

    const status = await slackCommand(handle, 'status');
    expect(mrkdwnOf(status)).toContain('<@U0STAFF2>');
    expect(renderSlack(status).text).toContain('Not yet (1): <@U0STAFF2>');
  });

  it('keeps the plain fallback, and the shell, readable: @id', async () => {
    const { handle } = routerFixture();
    const reply = await slackCommand(handle, 'grant <@U0STAFF2|bob> account instagram');
    expect(reply.fallbackText).toContain("@U0STAFF2 may now post on the company's instagram account");
    expect(reply.fallbackText).not.toMatch(NONCHARACTER);
    expect(renderShell(reply, { colour: false })).toContain("@U0STAFF2 may now post on the company's instagram account");
    expect(renderShell(reply, { colour: true })).not.toMatch(NONCHARACTER);
  });

  it('mentions people in the App Home too', () => {
    const owner: Actor = { platform: 'slack', userId: OWNER_ID };
    const reply = makeReply([{ type: 'fields', fields: [{ label: 'Not yet', value: showPerson('slack:U0STAFF2', owner) }] }]);
    expect(JSON.stringify(renderHome(reply))).toContain('<@U0STAFF2>');
  });

  it('still escapes everything else, and never mentions someone from another platform or a non-id', () => {
    const owner: Actor = { platform: 'slack', userId: OWNER_ID };
    const reply = makeReply([
      { type: 'text', text: `${showPerson('discord:81234567890123456', owner)} & ${showPerson('slack:not<an>id', owner)} <!channel>` },
    ]);
    const message = renderSlack(reply);
    expect(message.text).toBe('discord:81234567890123456 &amp; @not&lt;an&gt;id &lt;!channel&gt;');
    expect(mrkdwnOf(reply)).not.toContain('<@');
  });
});

describe('people in Discord replies', () => {
  const viewer: Actor = { platform: 'discord', userId: '81234567890123456' };
  const reply = makeReply([{ type: 'text', text: `${showPerson('discord:1400000000000000777', viewer)} may now post on the company's instagram account.` }]);

  it('writes a mention Discord shows by name, and allows no mention to notify', () => {
    const message = renderDiscord(reply);
    expect(message.embeds[0]?.description).toBe("<@1400000000000000777> may now post on the company's instagram account.");
    expect(message.allowedMentions).toEqual({ parse: [] });
  });

  it('keeps the plain fallback readable', () => {
    expect(reply.fallbackText).toBe("@1400000000000000777 may now post on the company's instagram account.");
  });
});
