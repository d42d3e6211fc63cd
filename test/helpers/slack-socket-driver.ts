import type { WebSocket } from 'ws';
import { asSlackSends, directMessageEnvelope, messageShortcut, slashCommand } from '../contract/slack-payloads.ts';
import type { SlackFake } from '../e2e/fakes/slack-fake.ts';
import type { SlackAnswer, SlackDriver } from './slack-driver.ts';

/**
 * Plays Slack in Socket Mode: the same three ways in as over HTTP (slash command, message
 * shortcut, DM), sent as envelopes on the WebSocket the bot opened to the fake, their text escaped
 * as Slack escapes it. Each envelope has its own id and is acknowledged before its answer is
 * awaited. One call at a time.
 */
/** A driver for the bot on `socket`; commands come from the payloads' user. */
export const createSlackSocketDriver = (fake: SlackFake, socket: WebSocket): SlackDriver => {
  let sent = 0;
  const send = async (type: string, payload: unknown, acceptsResponsePayload: boolean): Promise<void> => {
    sent += 1;
    const envelopeId = `env-driver-${sent}`;
    const acked = fake.socketMessages.next((message) => (message.body as { envelope_id?: string }).envelope_id === envelopeId);
    const extra = type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {};
    socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: acceptsResponsePayload, ...extra }));
    await acked;
  };
  const answerOf = (body: unknown): SlackAnswer => {
    const fields = body as Record<string, unknown>;
    return { text: String(fields.text ?? ''), body: fields };
  };
  const viaResponseUrl = async (name: string, sendIt: (responseUrl: string) => Promise<void>): Promise<SlackAnswer> => {
    const answered = fake.calls.next((call) => call.path === `/respond/${name}`);
    await sendIt(fake.responseUrl(name));
    return answerOf((await answered).body);
  };
  return {
    command(text) {
      const name = `socket-cmd-${sent + 1}`;
      return viaResponseUrl(name, (responseUrl) => send('slash_commands', { ...slashCommand(asSlackSends(text), `${sent + 1}.${Date.now()}.socket`), response_url: responseUrl }, true));
    },
    shortcut(text) {
      const name = `socket-shortcut-${sent + 1}`;
      return viaResponseUrl(name, (responseUrl) => send('interactive', { ...messageShortcut(asSlackSends(text)), trigger_id: `${sent + 1}.${Date.now()}.socket`, response_url: responseUrl }, false));
    },
    async directMessage(text) {
      const since = fake.calls.all.length;
      const posted = fake.calls.next((call) => call.path === '/api/chat.postMessage', since);
      await send('events_api', directMessageEnvelope(asSlackSends(text), `Ev0SOCKET${sent + 1}`), false);
      return answerOf((await posted).body);
    },
  };
};
