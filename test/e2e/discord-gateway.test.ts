import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../src/adapters/discord/discord-adapter.ts';
import type { ChatAdapter } from '../../src/adapters/adapter.ts';
import { buttonPress, checkMessageCommand, directMessage, explainAutocomplete, GUILD, slashCommand } from '../contract/discord-payloads.ts';
import { startDiscordFake, type DiscordFake } from './fakes/discord-fake.ts';
import { captureLogs, type CapturedLogs } from './fakes/log-capture.ts';
import type { Recorded } from './fakes/recorder.ts';
import { STUB_CLAUSE, stubHandler, type StubHandler } from './fakes/stub-handler.ts';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfakeE.e2eDiscordBotTokenValue0000000000';
const DRAFT = 'Bumped into my client Alex at the gym, what a small world';
// GuildMembers, GuildPresences and MessageContent: the privileged intents.
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

let discord: DiscordFake | undefined;
let adapter: ChatAdapter | undefined;
let logs: CapturedLogs | undefined;

async function start(): Promise<{ discord: DiscordFake; stub: StubHandler; logs: CapturedLogs }> {
  discord = await startDiscordFake();
  logs = captureLogs('debug');
  const stub = stubHandler();
  adapter = createDiscordAdapter({
    token: TOKEN,
    applicationId: '1100000000000000001',
    guildId: GUILD,
    apiUrl: discord.apiUrl,
    logger: logs.logger,
    clauseHeadings: [{ id: 'content.photos', heading: 'Photos and videos' }],
  });
  await adapter.start(stub.handle);
  return { discord, stub, logs };
}

afterEach(async () => {
  await adapter?.stop();
  await discord?.close();
  const logged = logs?.text() ?? '';
  for (const secret of [DRAFT, TOKEN]) expect(logged).not.toContain(secret);
  adapter = undefined;
  discord = undefined;
});

const callbackOf = (id: string) => (call: Recorded) => call.path === `/api/v10/interactions/${id}/${tokenOf(id)}/callback`;
const tokenOf = (id: string) => `aW50ZXJhY3Rpb246${id}ZmFrZS1pbnRlcmFjdGlvbi10b2tlbg`;
const originalOf = (id: string) => (call: Recorded) => call.method === 'PATCH' && decodeURIComponent(call.path).endsWith(`/${tokenOf(id)}/messages/@original`);

describe('Discord through the real discord.js against a fake gateway and REST', () => {
  it('registers the commands in the guild and identifies without privileged intents', async () => {
    const { discord } = await start();
    const put = await discord.rest.next((call) => call.method === 'PUT', 0);
    expect(put.path).toBe(`/api/v10/applications/1100000000000000001/guilds/${GUILD}/commands`);
    expect((put.body as { name: string }[]).map((command) => command.name)).toEqual(['policy', 'Check against policy']);
    const identify = await discord.gateway.next((message) => message.method === 'op2', 0);
    const intents = (identify.body as { d: { intents: number } }).d.intents;
    expect(intents & PRIVILEGED_INTENTS).toBe(0);
  });

  it('READY → interaction → deferred ephemeral reply → edit of the original response', async () => {
    const { discord, stub } = await start();
    const id = '1600000000000000101';
    const deferred = discord.rest.next(callbackOf(id));
    const edited = discord.rest.next(originalOf(id));
    discord.dispatch('INTERACTION_CREATE', slashCommand('check', [{ name: 'text', type: 3, value: DRAFT }], id));

    expect((await deferred).body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = (await edited).body as { embeds: { description: string }[]; allowed_mentions: unknown };
    expect(edit.embeds[0]?.description).toContain('STOP');
    expect(edit.embeds[0]?.description).toContain(STUB_CLAUSE);
    expect(edit.allowed_mentions).toEqual({ parse: [] });
    expect(stub.requests).toEqual([expect.objectContaining({ kind: 'command', text: `check ${DRAFT}` })]);
    // Acknowledged before the command layer was asked anything.
    const order = discord.rest.all.findIndex(callbackOf(id));
    expect(order).toBeLessThan(discord.rest.all.findIndex(originalOf(id)));
  });

  it('checks a message from the context menu and offers topics while typing', async () => {
    const { discord, stub } = await start();
    const edited = discord.rest.next(originalOf('1600000000000000026'));
    discord.dispatch('INTERACTION_CREATE', checkMessageCommand(DRAFT));
    await edited;
    expect(stub.requests).toEqual([expect.objectContaining({ kind: 'check-message', text: DRAFT })]);

    const choices = discord.rest.next(callbackOf('1600000000000000046'));
    discord.dispatch('INTERACTION_CREATE', explainAutocomplete('photo'));
    expect((await choices).body).toEqual({ type: 8, data: { choices: [{ name: 'Photos and videos', value: 'content.photos' }] } });
  });

  it('routes a button press as a button request and answers by updating the message it is on', async () => {
    const { discord, stub } = await start();
    const deferred = discord.rest.next(callbackOf('1600000000000000036'));
    const edited = discord.rest.next(originalOf('1600000000000000036'));
    discord.dispatch('INTERACTION_CREATE', buttonPress('walkthrough.next|2'));
    // DEFERRED_UPDATE_MESSAGE: the answer then edits the button's own message, not a new one.
    expect((await deferred).body).toEqual({ type: 6 });
    await edited;
    expect(stub.requests).toEqual([expect.objectContaining({ kind: 'button', actionId: 'walkthrough.next', value: '2' })]);
  });

  it('answers a direct message in the DM', async () => {
    const { discord, stub } = await start();
    const sent = discord.rest.next((call) => call.method === 'POST' && call.path === '/api/v10/channels/1800000000000000008/messages');
    discord.dispatch('MESSAGE_CREATE', directMessage(DRAFT));
    const body = (await sent).body as { embeds: { description: string }[]; message_reference?: unknown };
    expect(body.embeds[0]?.description).toContain(STUB_CLAUSE);
    expect(stub.requests).toEqual([expect.objectContaining({ kind: 'direct-message', text: DRAFT })]);
  });

  it('logs an expired interaction (10062) and keeps answering', async () => {
    const { discord, logs } = await start();
    discord.expireInteraction('1600000000000000201');
    discord.dispatch('INTERACTION_CREATE', slashCommand('help', [], '1600000000000000201'));
    await logs.waitFor('interaction expired before it was acknowledged');

    const edited = discord.rest.next(originalOf('1600000000000000202'));
    discord.dispatch('INTERACTION_CREATE', slashCommand('help', [], '1600000000000000202'));
    await edited;
  });

  it('survives a gateway reconnect request (op 7) by resuming, then answers', async () => {
    const { discord } = await start();
    const resumed = discord.gateway.next((message) => message.method === 'op6');
    discord.requestReconnect();
    expect(((await resumed).body as { d: { session_id: string } }).d.session_id).toBe('fake-session-1');

    const edited = discord.rest.next(originalOf('1600000000000000301'));
    discord.dispatch('INTERACTION_CREATE', slashCommand('help', [], '1600000000000000301'));
    await edited;
  });

  it('survives an invalid session (op 9) by identifying again, then answers', async () => {
    const { discord } = await start();
    const since = discord.gateway.all.length;
    discord.invalidateSession();
    await discord.gateway.next((message) => message.method === 'op2', since);

    const edited = discord.rest.next(originalOf('1600000000000000401'));
    discord.dispatch('INTERACTION_CREATE', slashCommand('help', [], '1600000000000000401'));
    await edited;
  });
});
