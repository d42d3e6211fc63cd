import { describe, expect, it } from 'vitest';
import { deliveryKey, homeOpenedActor, toBotRequest } from '../../src/adapters/slack/to-request.ts';
import { botEcho, buttonPress, directMessageEnvelope, homeOpenedEnvelope, messageShortcut, slashCommand, TEAM, USER } from './slack-payloads.ts';

const actor = { platform: 'slack', userId: USER, workspaceId: TEAM, displayName: 'ann.p' };

describe('Slack toBotRequest', () => {
  it('turns /policy text into a command, the mention normalised to @id as interface.md says', () => {
    const body = slashCommand('grant <@U0123ABCD|bea> account instagram');
    expect(toBotRequest({ source: 'slash-command', body })).toEqual({ kind: 'command', actor, text: 'grant @U0123ABCD account instagram' });
  });

  it('turns an empty /policy into an empty command (the parser answers with help)', () => {
    expect(toBotRequest({ source: 'slash-command', body: slashCommand('') })).toMatchObject({ kind: 'command', text: '' });
  });

  it('turns the check_message shortcut into a check of the message text', () => {
    const body = messageShortcut('Lovely evening at the garden party with the whole team');
    expect(toBotRequest({ source: 'shortcut', body })).toEqual({
      kind: 'check-message',
      actor,
      text: 'Lovely evening at the garden party with the whole team',
    });
  });

  it('ignores another app shortcut', () => {
    expect(toBotRequest({ source: 'shortcut', body: messageShortcut('hello', 'some_other_shortcut') })).toBeUndefined();
  });

  it('turns a button press into a button request with its action id and value', () => {
    expect(toBotRequest({ source: 'block-action', body: buttonPress('walkthrough_next', '2') })).toEqual({
      kind: 'button',
      actor,
      actionId: 'walkthrough_next',
      value: '2',
    });
  });

  it('turns a person’s direct message into a question', () => {
    const envelope = directMessageEnvelope('  may I share a photo from the team picnic?  ');
    expect(toBotRequest({ source: 'message', event: envelope.event, teamId: envelope.team_id })).toEqual({
      kind: 'direct-message',
      actor: { platform: 'slack', userId: USER, workspaceId: TEAM },
      text: 'may I share a photo from the team picnic?',
    });
  });

  it('ignores bot messages, edits, channel messages and empty messages', () => {
    expect(toBotRequest({ source: 'message', event: botEcho('STOP company.authorised-users') })).toBeUndefined();
    const edited = directMessageEnvelope('x', 'Ev1', { subtype: 'message_changed' }).event;
    expect(toBotRequest({ source: 'message', event: edited })).toBeUndefined();
    const inChannel = directMessageEnvelope('hello', 'Ev2', { channel_type: 'channel' }).event;
    expect(toBotRequest({ source: 'message', event: inChannel })).toBeUndefined();
    expect(toBotRequest({ source: 'message', event: directMessageEnvelope('   ').event })).toBeUndefined();
  });

  it('returns undefined for payloads that are not what they claim', () => {
    expect(toBotRequest({ source: 'slash-command', body: { text: 'check hi' } })).toBeUndefined();
    expect(toBotRequest({ source: 'block-action', body: { type: 'block_actions', user: { id: USER }, actions: [] } })).toBeUndefined();
    expect(toBotRequest({ source: 'message', event: 'not an object' })).toBeUndefined();
  });
});

/**
 * The texts as Slack really sends them (`should_escape: true` in manifest.yml): `&`, `<` and `>`
 * escaped as entities, and people, channels, broadcasts and links as Slack markup. Each comes back
 * as the words the person typed and saw.
 */
describe('Slack toBotRequest: escaped text and markup', () => {
  const typedIn = (request: ReturnType<typeof toBotRequest>): string | undefined => (request !== undefined && 'text' in request ? request.text : undefined);

  it('decodes &amp; &lt; &gt; in a slash command', () => {
    const body = slashCommand('check Tom &amp; Jerry &lt;3 our clients');
    expect(typedIn(toBotRequest({ source: 'slash-command', body }))).toBe('check Tom & Jerry <3 our clients');
  });

  it('keeps what a person typed as an entity: "&amp;lt;" is the text "&lt;"', () => {
    const body = slashCommand('check we write &amp;lt;3 and &amp;amp; in our html course');
    expect(typedIn(toBotRequest({ source: 'slash-command', body }))).toBe('check we write &lt;3 and &amp; in our html course');
  });

  it('turns a slash command’s links, channels and mentions into what the person saw', () => {
    const body = slashCommand(
      'check Ask <@U0123ABCD|bea> in <#C024BE7LR|marketing> <!here>: Q&amp;A at <https://zrtherapy.co.uk/events?a=1&amp;b=2|zrtherapy.co.uk/events?a=1&amp;b=2> or <mailto:ann.p@gmail.com|ann.p@gmail.com>',
    );
    expect(typedIn(toBotRequest({ source: 'slash-command', body }))).toBe(
      'check Ask @U0123ABCD in #marketing @here: Q&A at zrtherapy.co.uk/events?a=1&b=2 or ann.p@gmail.com',
    );
  });

  it('decodes a direct message event the same way', () => {
    const envelope = directMessageEnvelope('can I post "email me at <mailto:ann.p@gmail.com|ann.p@gmail.com> &lt;3"?');
    expect(typedIn(toBotRequest({ source: 'message', event: envelope.event, teamId: envelope.team_id }))).toBe(
      'can I post "email me at ann.p@gmail.com <3"?',
    );
  });

  it('decodes the message a shortcut checks the same way', () => {
    const body = messageShortcut('Fish &amp; chips with <@U0KL56MNO> &gt; salad! <https://example.com/menu> <!subteam^S0614TZR7|@clinicians> <!date^1392734382^{date_short}|Feb 18, 2014>');
    expect(typedIn(toBotRequest({ source: 'shortcut', body }))).toBe('Fish & chips with @U0KL56MNO > salad! https://example.com/menu @clinicians Feb 18, 2014');
  });

  it('removes the reply layer’s mention marks from what people send, so nobody can forge a mention', () => {
    const body = slashCommand('check hello \uFDD0U0OTHER1\uFDD1 there');
    expect(typedIn(toBotRequest({ source: 'slash-command', body }))).toBe('check hello U0OTHER1 there');
  });
});

describe('Slack App Home and delivery keys', () => {
  it('names the person whose Home tab opened, and nobody for the Messages tab', () => {
    const home = homeOpenedEnvelope('home');
    expect(homeOpenedActor(home.event, home.team_id)).toEqual({ platform: 'slack', userId: USER, workspaceId: TEAM });
    const messages = homeOpenedEnvelope('messages');
    expect(homeOpenedActor(messages.event, messages.team_id)).toBeUndefined();
  });

  it('keys events by event_id and interactions by trigger_id', () => {
    expect(deliveryKey(directMessageEnvelope('hi', 'Ev42'))).toBe('slack:event:Ev42');
    expect(deliveryKey(slashCommand('help', '111.222.abc'))).toBe('slack:trigger:111.222.abc');
    expect(deliveryKey(buttonPress('a', 'b'))).toMatch(/^slack:trigger:/);
    expect(deliveryKey({})).toBeUndefined();
  });
});
