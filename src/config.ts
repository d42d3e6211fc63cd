import { z } from 'zod';
import type { Platform } from './commands/request.ts';
import { parseOwners, type OwnerRule } from './policy/grants.ts';

/**
 * The bot's configuration, read once from the environment (interface.md, "Starting the bot") and
 * validated with zod. A problem names the variable, says what is wrong and how to fix it, and
 * never repeats the value: a value may be a secret.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];


export interface SlackConfig {
  readonly botToken: string;
  /** Socket Mode (the default transport) when set; HTTP mode with the signing secret otherwise. */
  readonly appToken?: string;
  readonly signingSecret?: string;
  readonly apiUrl?: string;
  readonly mode: 'socket' | 'http';
}

export interface DiscordConfig {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId?: string;
  readonly apiUrl?: string;
}

export interface BotConfig {
  readonly policyFile: string;
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly owners: readonly OwnerRule[];
  readonly slack?: SlackConfig;
  readonly discord?: DiscordConfig;
  readonly port: number;
  readonly logLevel: LogLevel;
  readonly adapters: readonly Platform[];
}

export type ConfigOutcome = { readonly ok: true; readonly config: BotConfig } | { readonly ok: false; readonly problems: readonly string[] };

const PLATFORMS = ['slack', 'discord', 'shell'] as const;
const SNOWFLAKE = /^\d{1,20}$/;

/** An empty value (`FOO=` in a copied .env.example) means "not set". */
const optional = z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().optional());

/** A secret: problems describe it, never quote it. */
const secret = (fix: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().regex(/^\S+$/, `contains spaces or line breaks; ${fix}`).optional(),
  );

const httpUrl = (example: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z
      .url({ protocol: /^https?$/, error: `is not an http(s) URL; use a full URL such as ${example}` })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  );

const ownerRules = z.string().transform((raw, context): OwnerRule[] => {
  const outcome = parseOwners(raw);
  if (outcome.ok) return [...outcome.owners];
  for (const problem of outcome.problems) context.addIssue({ code: 'custom', message: `${problem}; separate entries with commas` });
  return [];
});

/** The policy the bot and the CLI load when POLICY_FILE is not set. */
export const DEFAULT_POLICY_FILE = 'policies/zrtherapy.yml';

/** Every variable of interface.md's table, each defined once; other entry points pick the ones they need. */
export const environmentSchema = z.object({
  POLICY_FILE: optional.transform((value) => value ?? DEFAULT_POLICY_FILE),
  DATABASE_URL: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z
      .string()
      .regex(/^postgres(?:ql)?:\/\/\S+$/, 'must be a postgres:// URL; leave it unset to use the embedded database under DATA_DIR')
      .optional(),
  ),
  DATA_DIR: optional.transform((value) => value ?? './data'),
  POLICY_OWNERS: optional.transform((value) => value ?? 'shell:*').pipe(ownerRules),
  SLACK_BOT_TOKEN: secret('paste the Bot User OAuth Token (xoxb-…) again from the app\'s "OAuth & Permissions" page'),
  SLACK_APP_TOKEN: secret('paste the app-level token (xapp-…) again from the app\'s "Basic Information" page'),
  SLACK_SIGNING_SECRET: secret('paste the Signing Secret again from the app\'s "Basic Information" page'),
  SLACK_API_URL: httpUrl('https://slack.com/api/'),
  DISCORD_TOKEN: secret('reset and copy the bot token again from the application\'s "Bot" page'),
  DISCORD_APPLICATION_ID: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().regex(SNOWFLAKE, 'must be the numeric Application ID from the Developer Portal\'s "General Information" page').optional(),
  ),
  DISCORD_GUILD_ID: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().regex(SNOWFLAKE, 'must be a numeric server (guild) id; copy it with Developer Mode on, or leave it unset to register globally').optional(),
  ),
  DISCORD_API_URL: httpUrl('http://127.0.0.1:4200/api'),
  PORT: optional.transform((value, context) => {
    const text = value ?? '3000';
    const port = Number(text);
    if (!/^\d{1,5}$/.test(text) || port > 65535) {
      context.addIssue({ code: 'custom', message: 'must be a whole number from 0 to 65535 (0 picks any free port)' });
      return 0;
    }
    return port;
  }),
  LOG_LEVEL: optional.transform((value) => (value ?? 'info').toLowerCase()).pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })),
  BOT_ADAPTERS: optional.transform((value, context): Platform[] | undefined => {
    if (value === undefined) return undefined;
    const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
    const unknown = names.filter((name) => !PLATFORMS.includes(name as Platform));
    if (unknown.length > 0 || names.length === 0) {
      context.addIssue({ code: 'custom', message: `names an unknown adapter; use a comma-separated list of ${PLATFORMS.join(', ')}` });
      return undefined;
    }
    return [...new Set(names as Platform[])];
  }),
});

type Environment = z.infer<typeof environmentSchema>;

/** Cross-variable rules: which combinations make a working Slack or Discord set-up. */
const platformProblems = (raw: Readonly<Record<string, string | undefined>>): string[] => {
  const set = (name: string): string | undefined => (raw[name]?.trim() ? raw[name] : undefined);
  const env = Object.fromEntries(
    ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'].map((name) => [name, set(name)]),
  ) as Partial<Record<'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN' | 'SLACK_SIGNING_SECRET' | 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID', string>>;
  const wanted = set('BOT_ADAPTERS')?.toLowerCase().split(',').map((name) => name.trim());
  const problems: string[] = [];
  if (env.SLACK_BOT_TOKEN?.startsWith('xapp-')) problems.push('SLACK_BOT_TOKEN: holds an app-level token; put the Bot User OAuth Token (xoxb-…) here and the xapp- token in SLACK_APP_TOKEN');
  if (env.SLACK_APP_TOKEN?.startsWith('xox')) problems.push('SLACK_APP_TOKEN: holds an OAuth token, not an app-level token; generate one (xapp-…) with the connections:write scope under "Basic Information"');
  if (env.SLACK_BOT_TOKEN === undefined && (env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET)) {
    problems.push('SLACK_BOT_TOKEN: is not set, but other SLACK_ variables are; set it to the Bot User OAuth Token (xoxb-…) or unset the other SLACK_ variables');
  }
  if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
    problems.push('SLACK_APP_TOKEN: is not set; set it for Socket Mode (recommended), or set SLACK_SIGNING_SECRET for HTTP mode');
  }
  if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) problems.push('DISCORD_APPLICATION_ID: is not set; copy the Application ID from the Developer Portal, it is needed with DISCORD_TOKEN');
  if (!env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID) problems.push('DISCORD_TOKEN: is not set, but DISCORD_APPLICATION_ID is; set the bot token or unset DISCORD_APPLICATION_ID');
  if (wanted?.includes('slack') && !env.SLACK_BOT_TOKEN) problems.push('BOT_ADAPTERS: asks for slack, but SLACK_BOT_TOKEN is not set; set the Slack variables or remove slack from the list');
  if (wanted?.includes('discord') && !env.DISCORD_TOKEN) problems.push('BOT_ADAPTERS: asks for discord, but DISCORD_TOKEN is not set; set the Discord variables or remove discord from the list');
  return problems;
};

const toConfig = (env: Environment): BotConfig => {
  const slack: SlackConfig | undefined = env.SLACK_BOT_TOKEN
    ? {
        botToken: env.SLACK_BOT_TOKEN,
        ...(env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : {}),
        ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
        ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL } : {}),
        mode: env.SLACK_APP_TOKEN ? 'socket' : 'http',
      }
    : undefined;
  const discord: DiscordConfig | undefined =
    env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID
      ? {
          token: env.DISCORD_TOKEN,
          applicationId: env.DISCORD_APPLICATION_ID,
          ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
          ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
        }
      : undefined;
  const fromTokens: Platform[] = [...(slack ? (['slack'] as const) : []), ...(discord ? (['discord'] as const) : [])];
  const adapters = env.BOT_ADAPTERS ?? (fromTokens.length > 0 ? fromTokens : ['shell']);
  return {
    policyFile: env.POLICY_FILE,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    dataDir: env.DATA_DIR,
    owners: env.POLICY_OWNERS,
    ...(slack && adapters.includes('slack') ? { slack } : {}),
    ...(discord && adapters.includes('discord') ? { discord } : {}),
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    adapters,
  };
};

/** Reads the configuration from an environment; every problem is reported, none repeats a value. */
export const loadConfig = (environment: Readonly<Record<string, string | undefined>>): ConfigOutcome => {
  const parsed = environmentSchema.safeParse(environment);
  // Every message in the schema is ours and none quotes the value.
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')}: ${issue.message}`)),
    ...platformProblems(environment),
  ];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: [...new Set(problems)] };
  return { ok: true, config: toConfig(parsed.data) };
};
