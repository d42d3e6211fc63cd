import { asSlackSends, directMessageEnvelope, messageShortcut, slashCommand, USER } from '../contract/slack-payloads.ts';
import type { SlackFake } from '../e2e/fakes/slack-fake.ts';
import { slackSignature } from '../e2e/fakes/slack-signing.ts';

/**
 * Plays Slack against a bot's HTTP receiver: signed slash commands, message shortcuts and DM
 * events, their text escaped as Slack escapes what a person typed, each acknowledged with an empty 200 (the driver fails otherwise) and answered through
 * the Slack fake (a `response_url` or `chat.postMessage`). Every call has its own trigger or event
 * id, so none is taken for a redelivery.
 */

/** What the bot sent back: the body Slack received, and its plain `text` fallback. */
export interface SlackAnswer {
  readonly text: string;
  readonly body: Record<string, unknown>;
}

export interface SlackDriver {
  /** `/policy <text>`, by `userId` (the payloads' owner-able user unless told). */
  command(text: string, userId?: string): Promise<SlackAnswer>;
  /** The `check_message` shortcut on a message saying `text`. */
  shortcut(text: string): Promise<SlackAnswer>;
  /** A direct message to the bot. */
  directMessage(text: string): Promise<SlackAnswer>;
}

export const SLACK_USER = USER;

const FORM = 'application/x-www-form-urlencoded';

export const createSlackDriver = (fake: SlackFake, port: number, signingSecret: string): SlackDriver => {
  let sent = 0;
  /** Posts a signed request; rejects unless the bot acknowledges with an empty 200 (the answer comes later). */
  const post = async (body: string, contentType: string): Promise<void> => {
    const headers = { 'content-type': contentType, ...slackSignature(signingSecret, body, Math.floor(Date.now() / 1000)) };
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers, body });
    if (response.status !== 200) throw new Error(`the bot answered Slack with HTTP ${response.status}`);
    if ((await response.text()) !== '') throw new Error('the bot put something in its acknowledgement; it must ack empty and answer afterwards');
  };
  const answerOf = (body: unknown): SlackAnswer => {
    const fields = body as Record<string, unknown>;
    return { text: String(fields.text ?? ''), body: fields };
  };
  const viaResponseUrl = async (name: string, send: (responseUrl: string) => Promise<void>): Promise<SlackAnswer> => {
    const answered = fake.calls.next((call) => call.path === `/respond/${name}`);
    await send(fake.responseUrl(name));
    return answerOf((await answered).body);
  };
  return {
    command(text, userId = USER) {
      sent += 1;
      const name = `cmd-${sent}`;
      return viaResponseUrl(name, (responseUrl) => {
        const fields = { ...slashCommand(asSlackSends(text), `${sent}.${Date.now()}.trigger`), user_id: userId, response_url: responseUrl };
        return post(new URLSearchParams(fields).toString(), FORM);
      });
    },
    shortcut(text) {
      sent += 1;
      const name = `shortcut-${sent}`;
      return viaResponseUrl(name, (responseUrl) => {
        const payload = { ...messageShortcut(asSlackSends(text)), trigger_id: `${sent}.${Date.now()}.shortcut`, response_url: responseUrl };
        return post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM);
      });
    },
    async directMessage(text) {
      sent += 1;
      const since = fake.calls.all.length;
      const posted = fake.calls.next((call) => call.path === '/api/chat.postMessage', since);
      await post(JSON.stringify(directMessageEnvelope(asSlackSends(text), `Ev0DRIVER${sent}`)), 'application/json');
      return answerOf((await posted).body);
    },
  };
};
