import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/slack-adapter.ts';
import { directMessageEnvelope, slashCommand } from '../contract/slack-payloads.ts';
import { captureLogs, type CapturedLogs } from './fakes/log-capture.ts';
import type { Recorded } from './fakes/recorder.ts';
import { startSlackFake, type SlackFake } from './fakes/slack-fake.ts';
import { STUB_CLAUSE, stubHandler } from './fakes/stub-handler.ts';

const BOT_TOKEN = 'xoxb-3333-4444-e2eSocketBotToken';
const APP_TOKEN = 'xapp-1-A123456-5555-e2eAppLevelTokenValue';
const DRAFT = 'Our Wednesday client Sam finally opened up about the divorce';

let slack: SlackFake | undefined;
let adapter: SlackAdapter | undefined;
let logs: CapturedLogs | undefined;

afterEach(async () => {
  await adapter?.stop();
  await slack?.close();
  const logged = logs?.text() ?? '';
  for (const secret of [DRAFT, BOT_TOKEN, APP_TOKEN]) expect(logged).not.toContain(secret);
  adapter = undefined;
  slack = undefined;
});

const acked = (envelopeId: string) => (message: Recorded) => (message.body as { envelope_id?: string }).envelope_id === envelopeId;

function sendSlashCommand(socket: WebSocket, fake: SlackFake, envelopeId: string, text: string): void {
  const payload = { ...slashCommand(text, `${envelopeId}.trigger`), response_url: fake.responseUrl(envelopeId) };
  socket.send(JSON.stringify({ envelope_id: envelopeId, type: 'slash_commands', payload, accepts_response_payload: true }));
}

describe('Slack in Socket Mode', () => {
  it('connects through apps.connections.open at SLACK_API_URL, acks envelopes and answers', async () => {
    slack = await startSlackFake();
    logs = captureLogs('debug');
    const stub = stubHandler();
    adapter = createSlackAdapter({ botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: slack.apiUrl, logger: logs.logger });
    expect(adapter.transport).toBe('socket-mode');
    await adapter.start(stub.handle);

    const open = await slack.calls.next((call) => call.path === '/api/apps.connections.open', 0);
    expect(open.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    const socket = await slack.nextSocket();

    const answered = slack.calls.next((call) => call.path === '/respond/env-1');
    sendSlashCommand(socket, slack, 'env-1', `check ${DRAFT}`);
    await slack.socketMessages.next(acked('env-1'), 0);
    const response = (await answered).body as Record<string, unknown>;
    expect(response).toMatchObject({ response_type: 'ephemeral' });
    expect(response.text).toContain(STUB_CLAUSE);

    const posted = slack.calls.next((call) => call.path === '/api/chat.postMessage');
    const events = { envelope_id: 'env-2', type: 'events_api', payload: directMessageEnvelope(DRAFT, 'Ev0SOCKET1'), accepts_response_payload: false, retry_attempt: 0, retry_reason: '' };
    socket.send(JSON.stringify(events));
    await slack.socketMessages.next(acked('env-2'), 0);
    expect(((await posted).body as { text: string }).text).toContain('STOP');

    // The same event again (a retry after a lost ack) is acked and not answered twice.
    socket.send(JSON.stringify({ ...events, envelope_id: 'env-3', retry_attempt: 1, retry_reason: 'timeout' }));
    await slack.socketMessages.next(acked('env-3'), 0);
    await logs.waitFor('slack redelivery acknowledged, not answered again');
    expect(stub.requests.map((request) => request.kind)).toEqual(['command', 'direct-message']);
    // The start-up check's auth.test gave Bolt the bot's ids: one call, not one more from Bolt.
    expect(slack.calls.count((call) => call.path === '/api/auth.test')).toBe(1);

    const closed = once(socket, 'close');
    await adapter.stop();
    await closed;
  });

  it('reconnects when Slack asks it to, and answers on the new connection', async () => {
    slack = await startSlackFake();
    logs = captureLogs('info');
    const stub = stubHandler();
    adapter = createSlackAdapter({ botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: slack.apiUrl, logger: logs.logger });
    await adapter.start(stub.handle);
    const first = await slack.nextSocket();
    first.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'applink-fake' } }));

    const second = await slack.nextSocket();
    const answered = slack.calls.next((call) => call.path === '/respond/env-after');
    sendSlashCommand(second, slack, 'env-after', 'help');
    await slack.socketMessages.next(acked('env-after'), 0);
    await answered;
    expect(stub.requests).toHaveLength(1);
  });

  it('stops cleanly when shutdown races a reconnect half-way through apps.connections.open', async () => {
    slack = await startSlackFake();
    logs = captureLogs('info');
    adapter = createSlackAdapter({ botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: slack.apiUrl, logger: logs.logger });
    await adapter.start(stubHandler().handle);
    const first = await slack.nextSocket();
    const release = slack.holdConnectionsOpen();
    const since = slack.calls.all.length;
    first.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
    // The client is now reconnecting: its apps.connections.open call is held by the fake.
    await slack.calls.next((call) => call.path === '/api/apps.connections.open', since);

    const stopped = adapter.stop();
    release();
    // The connection the reconnect opens after stop() must be closed again, and stop() must end.
    const late = await slack.nextSocket();
    const closed = once(late, 'close');
    await stopped;
    await closed;
    adapter = undefined;
  });
});
