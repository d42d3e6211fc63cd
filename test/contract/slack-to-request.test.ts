import { describe, expect, it } from 'vitest';
import { deliveryKey, homeOpenedActor, toBotRequest } from '../../src/adapters/slack/to-request.ts';
import { botEcho, buttonPress, directMessageEnvelope, homeOpenedEnvelope, messageShortcut, slashCommand, TEAM, USER } from './slack-payloads.ts';

const actor = { platform: 'slack', userId: USER, workspaceId: TEAM, displayName: 'ann.p' };

describe('Slack toBotRequest', () => {
  it('turns /policy text into a command, mentions left for the parser', () => {
    const body = slashCommand('grant <@U0123ABCD|bea> account instagram');
    expect(toBotRequest({ source: 'slash-command', body })).toEqual({ kind: 'command', actor, text: 'grant <@U0123ABCD|bea> account instagram' });
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
