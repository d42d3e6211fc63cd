import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordFake, type DiscordFake } from './fakes/discord-fake.ts';

const SCRIPT = fileURLToPath(new URL('../../src/adapters/discord/register-commands.ts', import.meta.url));
const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gabcde.registerScriptTokenValue000000';

/** Runs `npm run register-commands`' script with only the given Discord variables set. */
function runScript(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { DISCORD_TOKEN: _t, DISCORD_APPLICATION_ID: _a, DISCORD_GUILD_ID: _g, DISCORD_API_URL: _u, ...rest } = process.env;
  const child = spawn(process.execPath, [SCRIPT], { env: { ...rest, ...env }, cwd: '/tmp' });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

let discord: DiscordFake | undefined;
afterEach(async () => {
  await discord?.close();
  discord = undefined;
});

describe('npm run register-commands', () => {
  it('registers in the guild when DISCORD_GUILD_ID is set, else globally', async () => {
    discord = await startDiscordFake();
    const base = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '1100000000000000001', DISCORD_API_URL: discord.apiUrl };
    const guild = await runScript({ ...base, DISCORD_GUILD_ID: '1200000000000000002' });
    expect(guild.code).toBe(0);
    const global = await runScript(base);
    expect(global.code).toBe(0);
    const puts = discord.rest.all.filter((call) => call.method === 'PUT');
    expect(puts.map((call) => call.path)).toEqual([
      '/api/v10/applications/1100000000000000001/guilds/1200000000000000002/commands',
      '/api/v10/applications/1100000000000000001/commands',
    ]);
    expect(puts[0]?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(guild.output + global.output).not.toContain(TOKEN);
  });

  it('exits 2 with one line per problem, naming the variable and never the token', async () => {
    const result = await runScript({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: 'my-app', DISCORD_API_URL: 'ftp://example.org' });
    expect(result.code).toBe(2);
    const lines = result.output.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^DISCORD_APPLICATION_ID: /);
    expect(lines[1]).toMatch(/^DISCORD_API_URL: /);
    expect(result.output).not.toContain(TOKEN);
  });
});
