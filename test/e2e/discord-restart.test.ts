import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDiscordAdapter } from '../../src/adapters/discord/discord-adapter.ts';
import { startDiscordFake, type DiscordFake } from './fakes/discord-fake.ts';
import { captureLogs } from './fakes/log-capture.ts';
import { stubHandler } from './fakes/stub-handler.ts';

/** With several instances, one adapter is started and stopped as leadership comes and goes. */
describe('a Discord adapter started again after a stop', () => {
  let discord: DiscordFake;
  beforeAll(async () => {
    discord = await startDiscordFake();
  });
  afterAll(async () => {
    await discord.close();
  });

  it('closes its new gateway connection when stopped again', async () => {
    const adapter = createDiscordAdapter({ token: 'test-token', applicationId: '1100000000000000001', apiUrl: discord.apiUrl, logger: captureLogs().logger });
    const stub = stubHandler();
    await adapter.start(stub.handle);
    await adapter.stop();
    await vi.waitFor(() => expect(discord.openConnections()).toBe(0));
    await adapter.start(stub.handle);
    await vi.waitFor(() => expect(discord.openConnections()).toBe(1));
    await adapter.stop();
    await vi.waitFor(() => expect(discord.openConnections()).toBe(0));
  });
});
