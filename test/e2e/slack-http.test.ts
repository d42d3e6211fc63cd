import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/slack-adapter.ts';
import type { FirstDelivery } from '../../src/adapters/slack/memory-deliveries.ts';
import type { HandleRequest, Reply } from '../../src/commands/request.ts';
import { buttonPress, directMessageEnvelope, homeOpenedEnvelope, messageShortcut, slashCommand } from '../contract/slack-payloads.ts';
import { captureLogs, type CapturedLogs } from './fakes/log-capture.ts';
import type { Recorded } from './fakes/recorder.ts';
import { startSlackFake, type SlackFake } from './fakes/slack-fake.ts';
import { slackSignature } from './fakes/slack-signing.ts';
import { STUB_CLAUSE, stubHandler, type StubHandler } from './fakes/stub-handler.ts';

const BOT_TOKEN = 'xoxb-1111-2222-e2eBotTokenValue';
const SIGNING_SECRET = 'e2e0signing0secret0value';
const DRAFT = 'Lovely chat with Priya after her Tuesday session, she is doing so much better';

interface Running {
  readonly adapter: SlackAdapter;
  readonly slack: SlackFake;
  readonly logs: CapturedLogs;
  readonly stub: StubHandler;
  post(body: string, contentType: string, options?: { timestamp?: number; secret?: string; headers?: Record<string, string> }): Promise<Response>;
}

let running: Running | undefined;

async function start(options: { firstDelivery?: FirstDelivery; gate?: Promise<void>; handle?: HandleRequest } = {}): Promise<Running> {
  const slack = await startSlackFake();
  const logs = captureLogs('debug');
  const stub = stubHandler(options.gate);
  const adapter = createSlackAdapter({
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: slack.apiUrl,
    logger: logs.logger,
    firstDelivery: options.firstDelivery,
  });
  await adapter.start(options.handle ?? stub.handle);
  const post: Running['post'] = (body, contentType, extra = {}) => {
    const timestamp = extra.timestamp ?? Math.floor(Date.now() / 1000);
    const headers = { 'content-type': contentType, ...slackSignature(extra.secret ?? SIGNING_SECRET, body, timestamp), ...extra.headers };
    return fetch(`http://127.0.0.1:${adapter.port}/slack/events`, { method: 'POST', headers, body });
  };
  running = { adapter, slack, logs, stub, post };
  return running;
}

afterEach(async () => {
  if (running === undefined) return;
  await running.adapter.stop();
  await running.slack.close();
  // The rule of the house: nothing a person typed and no secret ever reaches the logs.
  const logged = running.logs.text();
  for (const secret of [DRAFT, BOT_TOKEN, SIGNING_SECRET]) expect(logged).not.toContain(secret);
  running = undefined;
});

const form = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();
const interaction = (payload: unknown): string => form({ payload: JSON.stringify(payload) });
const toResponseUrl = (name: string) => (call: Recorded) => call.path === `/respond/${name}`;
const FORM = 'application/x-www-form-urlencoded';

/** Slack's contract for an ack that answers later: 200 with nothing in the body. */
async function expectEmptyAck(ack: Response): Promise<void> {
  expect(ack.status).toBe(200);
  expect(await ack.text()).toBe('');
}

describe('Slack over HTTP, through Bolt’s own receiver', () => {
  it('reports the real port and answers /healthz', async () => {
    const { adapter } = await start();
    expect(adapter.port).toBeGreaterThan(0);
    const health = await fetch(`http://127.0.0.1:${adapter.port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('acknowledges /policy empty while the command layer is still working, then answers privately on the response_url', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { adapter, slack, stub, post } = await start({ gate });
    const answered = slack.calls.next(toResponseUrl('cmd'));
    const body = form({ ...slashCommand(`check ${DRAFT}`, '111.222.cmd'), response_url: slack.responseUrl('cmd') });

    // The command layer is held (gated) and Slack already has its empty 200.
    await expectEmptyAck(await post(body, FORM));
    expect(await stub.nextRequest()).toMatchObject({ kind: 'command', text: `check ${DRAFT}` });
    expect(slack.calls.count(toResponseUrl('cmd'))).toBe(0);
    release();

    const response = (await answered).body as Record<string, unknown>;
    // Ephemeral: only the person who ran the command sees it.
    expect(response.response_type).toBe('ephemeral');
    expect(response.text).toContain('STOP');
    expect(response.text).toContain(STUB_CLAUSE);
    expect(response.text).toContain(DRAFT);
    expect(JSON.stringify(response.blocks)).toContain('*STOP*');
    // Answered once: stop() lets any work in flight finish.
    await adapter.stop();
    expect(slack.calls.count(toResponseUrl('cmd'))).toBe(1);
  });

  it('answers with an apology and a logged reference when the answer cannot be rendered', async () => {
    // A reply the renderer cannot read stands for a fault outside the command layer.
    const broken: HandleRequest = async () => ({ visibility: 'private', blocks: null, fallbackText: 'OK' }) as unknown as Reply;
    const { slack, logs, post } = await start({ handle: broken });
    const answered = slack.calls.next(toResponseUrl('broken'));
    await expectEmptyAck(await post(form({ ...slashCommand('help', '999.000.broken'), response_url: slack.responseUrl('broken') }), FORM));
    const answer = (await answered).body as { response_type: string; text: string };
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toContain('Sorry');
    const logged = await logs.waitFor('slack answer failed');
    expect(logged.reference).toMatch(/^ref-[0-9a-f]{8}$/);
    expect(answer.text).toContain(`reference ${String(logged.reference)}`);
  });

  it('refuses a bad signature and timestamps five minutes away either way with 401', async () => {
    const { stub, post } = await start();
    const body = form({ ...slashCommand(`check ${DRAFT}`), response_url: 'http://127.0.0.1:9/never' });
    const now = Math.floor(Date.now() / 1000);
    expect((await post(body, FORM, { secret: 'not-the-secret' })).status).toBe(401);
    expect((await post(body, FORM, { timestamp: now - 10 * 60 })).status).toBe(401);
    expect((await post(body, FORM, { timestamp: now + 10 * 60 })).status).toBe(401);
    expect((await post(body, FORM, { timestamp: now + 6 * 60 })).status).toBe(401);
    expect(stub.requests).toHaveLength(0);
  });

  it('answers a replayed request once', async () => {
    const { adapter, slack, stub, logs, post } = await start();
    const body = form({ ...slashCommand('help', '333.444.replay'), response_url: slack.responseUrl('replay') });
    const timestamp = Math.floor(Date.now() / 1000);
    const answered = slack.calls.next(toResponseUrl('replay'));
    await expectEmptyAck(await post(body, FORM, { timestamp }));
    expect(((await answered).body as { text: string }).text).toContain(STUB_CLAUSE);
    await expectEmptyAck(await post(body, FORM, { timestamp }));
    await logs.waitFor('slack redelivery acknowledged, not answered again');
    await adapter.stop();
    expect(stub.requests).toHaveLength(1);
    expect(slack.calls.count(toResponseUrl('replay'))).toBe(1);
  });

  it('acknowledges a retried event (x-slack-retry-num) without answering the DM again', async () => {
    const { slack, stub, logs, post } = await start();
    const envelope = JSON.stringify(directMessageEnvelope(DRAFT, 'Ev0RETRY01'));
    const posted = slack.calls.next((call) => call.path === '/api/chat.postMessage');
    await expectEmptyAck(await post(envelope, 'application/json'));
    const message = (await posted).body as Record<string, unknown>;
    expect(message.channel).toBe('D024BE91L');
    expect(message.text).toContain(STUB_CLAUSE);
    await expectEmptyAck(await post(envelope, 'application/json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } }));
    await logs.waitFor('slack redelivery acknowledged, not answered again');
    expect(stub.requests).toEqual([expect.objectContaining({ kind: 'direct-message', text: DRAFT })]);
    // The start-up auth.test gave Bolt the bot's ids: no second call at start or per event.
    expect(slack.calls.count((call) => call.path === '/api/auth.test')).toBe(1);
  });

  it("ignores the bot's own message echoed back, whose ids Bolt learned from the start-up check", async () => {
    const { slack, stub, post } = await start();
    const own = JSON.stringify(directMessageEnvelope('Our answer, echoed', 'Ev0OWNMSG1', { user: 'U0BOT1234' }));
    await expectEmptyAck(await post(own, 'application/json'));
    const person = JSON.stringify(directMessageEnvelope(DRAFT, 'Ev0PERSON1'));
    const posted = slack.calls.next((call) => call.path === '/api/chat.postMessage');
    await expectEmptyAck(await post(person, 'application/json'));
    await posted;
    expect(stub.requests).toEqual([expect.objectContaining({ kind: 'direct-message', text: DRAFT })]);
  });

  it('never lets the shared delivery record hold up the acknowledgement', async () => {
    let recordAnswer = (_first: boolean) => {};
    const firstDelivery: FirstDelivery = () => new Promise((resolve) => (recordAnswer = resolve));
    const { slack, stub, post } = await start({ firstDelivery });
    const answered = slack.calls.next(toResponseUrl('slow-db'));
    const body = form({ ...slashCommand('help', '555.666.db'), response_url: slack.responseUrl('slow-db') });
    // The database is "locked": firstDelivery has not answered, yet Slack gets its (empty) 200.
    await expectEmptyAck(await post(body, FORM));
    expect(stub.requests).toHaveLength(0);
    recordAnswer(true);
    expect(((await answered).body as { response_type: string }).response_type).toBe('ephemeral');
    expect(stub.requests).toHaveLength(1);
  });

  it('does not answer a command another instance already handled (the shared record says so)', async () => {
    const asked: string[] = [];
    const firstDelivery: FirstDelivery = async (key) => (asked.push(key), false);
    const { adapter, slack, stub, logs, post } = await start({ firstDelivery });
    const body = form({ ...slashCommand('help', '777.888.elsewhere'), response_url: slack.responseUrl('elsewhere') });
    await expectEmptyAck(await post(body, FORM));
    await logs.waitFor('slack redelivery acknowledged, not answered again');
    await adapter.stop();
    expect(asked).toEqual(['slack:trigger:777.888.elsewhere']);
    expect(stub.requests).toHaveLength(0);
    expect(slack.calls.count(toResponseUrl('elsewhere'))).toBe(0);
  });

  it('checks a message from the shortcut, privately', async () => {
    const { slack, stub, post } = await start();
    const answered = slack.calls.next(toResponseUrl('shortcut'));
    const payload = { ...messageShortcut(DRAFT), response_url: slack.responseUrl('shortcut') };
    await expectEmptyAck(await post(interaction(payload), FORM));
    const answer = (await answered).body as { response_type: string; text: string };
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toContain(STUB_CLAUSE);
    expect(stub.requests).toEqual([expect.objectContaining({ kind: 'check-message', text: DRAFT })]);
  });

  it('routes a button press and replaces the private step it came from', async () => {
    const { slack, stub, post } = await start();
    const answered = slack.calls.next(toResponseUrl('button'));
    const payload = { ...buttonPress('walkthrough_next', '2'), response_url: slack.responseUrl('button') };
    await expectEmptyAck(await post(interaction(payload), FORM));
    expect((await answered).body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(stub.requests).toEqual([expect.objectContaining({ kind: 'button', actionId: 'walkthrough_next', value: '2' })]);
  });

  it('replaces the step whose button was pressed in an ordinary (not ephemeral) message too', async () => {
    const { slack, post } = await start();
    const answered = slack.calls.next(toResponseUrl('dm-button'));
    const inDm = { type: 'message', message_ts: '1548261231.000300', channel_id: 'D024BE91L', is_ephemeral: false };
    const payload = { ...buttonPress('walkthrough_next', '3'), container: inDm, channel: { id: 'D024BE91L', name: 'directmessage' }, response_url: slack.responseUrl('dm-button') };
    await expectEmptyAck(await post(interaction(payload), FORM));
    expect((await answered).body).toMatchObject({ replace_original: true });
  });

  it('publishes the App Home when it is opened', async () => {
    const { slack, post } = await start();
    const published = slack.calls.next((call) => call.path === '/api/views.publish');
    await expectEmptyAck(await post(JSON.stringify(homeOpenedEnvelope()), 'application/json'));
    const body = (await published).body as { user_id: string; view: { type: string } };
    expect(body.user_id).toBe('U0FG34HIJ');
    expect(body.view.type).toBe('home');
  });
});
