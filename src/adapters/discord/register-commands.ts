import { REST, Routes } from 'discord.js';
import { z } from 'zod';
import { POLICY_COMMANDS } from './command-data.ts';

/**
 * Registers `/policy` and `Check against policy` with Discord: in one guild when a guild id is
 * given (instant, for a single server or testing), else globally. `PUT` replaces the whole set,
 * so running it again is harmless. Run at start by the adapter and by `npm run register-commands`.
 */

export interface RegisterCommandsOptions {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId?: string | undefined;
  /** Base URL of Discord's REST API (a proxy or test double). */
  readonly apiUrl?: string | undefined;
}

/** Registers the commands and resolves with where they went. */
export async function registerCommands(options: RegisterCommandsOptions): Promise<{ scope: 'guild' | 'global'; count: number }> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  await rest.put(route, { body: POLICY_COMMANDS });
  return { scope: options.guildId ? 'guild' : 'global', count: POLICY_COMMANDS.length };
}

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits; Developer Portal → General Information)');
const environment = z.object({
  DISCORD_TOKEN: z.string().min(1, 'is required: the bot token from the Developer Portal → Bot → Reset Token'),
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://127.0.0.1:4200/api' }).optional(),
});

/** `npm run register-commands`: reads `.env` and the environment; exit 2 on a bad configuration. */
async function main(): Promise<number> {
  await import('dotenv/config');
  const blank = (value: string | undefined) => (value === '' ? undefined : value);
  const parsed = environment.safeParse({
    DISCORD_TOKEN: process.env.DISCORD_TOKEN ?? '',
    DISCORD_APPLICATION_ID: process.env.DISCORD_APPLICATION_ID ?? '',
    DISCORD_GUILD_ID: blank(process.env.DISCORD_GUILD_ID),
    DISCORD_API_URL: blank(process.env.DISCORD_API_URL),
  });
  if (!parsed.success) {
    // One line per problem, naming the variable; never the value (it may be the token).
    for (const issue of parsed.error.issues) process.stderr.write(`${String(issue.path[0])}: ${issue.message}\n`);
    return 2;
  }
  const env = parsed.data;
  try {
    const done = await registerCommands({ token: env.DISCORD_TOKEN, applicationId: env.DISCORD_APPLICATION_ID, guildId: env.DISCORD_GUILD_ID, apiUrl: env.DISCORD_API_URL });
    process.stdout.write(`registered ${done.count} commands ${done.scope === 'guild' ? `in guild ${env.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}\n`);
    return 0;
  } catch (error) {
    const status = (error as { status?: number }).status;
    process.stderr.write(`registering the commands failed${status === undefined ? '' : ` (HTTP ${status})`}: ${error instanceof Error ? error.message : 'unknown error'}\n`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await main();
