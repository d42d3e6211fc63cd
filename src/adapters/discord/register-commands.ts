import { REST, Routes } from 'discord.js';
import { environmentSchema } from '../../config.ts';
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

/** Discord's variables as the bot reads them (config.ts); registering needs the token and the application id. */
const environment = environmentSchema
  .pick({ DISCORD_TOKEN: true, DISCORD_APPLICATION_ID: true, DISCORD_GUILD_ID: true, DISCORD_API_URL: true })
  .superRefine((env, context) => {
    if (!env.DISCORD_TOKEN) context.addIssue({ code: 'custom', path: ['DISCORD_TOKEN'], message: 'is required: the bot token from the Developer Portal → Bot → Reset Token' });
    if (!env.DISCORD_APPLICATION_ID) context.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required: the Application ID from the Developer Portal → General Information' });
  });

/** `npm run register-commands`: reads `.env` and the environment; exit 2 on a bad configuration. */
async function main(): Promise<number> {
  await import('dotenv/config');
  const parsed = environment.safeParse(process.env);
  if (!parsed.success) {
    // One line per problem, naming the variable; never the value (it may be the token).
    for (const issue of parsed.error.issues) process.stderr.write(`${String(issue.path[0])}: ${issue.message}\n`);
    return 2;
  }
  const env = parsed.data;
  try {
    const done = await registerCommands({ token: env.DISCORD_TOKEN!, applicationId: env.DISCORD_APPLICATION_ID!, guildId: env.DISCORD_GUILD_ID, apiUrl: env.DISCORD_API_URL });
    process.stdout.write(`registered ${done.count} commands ${done.scope === 'guild' ? `in guild ${env.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}\n`);
    return 0;
  } catch (error) {
    const status = (error as { status?: number }).status;
    process.stderr.write(`registering the commands failed${status === undefined ? '' : ` (HTTP ${status})`}: ${error instanceof Error ? error.message : 'unknown error'}\n`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await main();
