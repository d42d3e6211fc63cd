import { describe, expect, it } from 'vitest';
import { loadConfig, type BotConfig } from '../../src/config.ts';

const ok = (env: Record<string, string | undefined>): BotConfig => {
  const outcome = loadConfig(env);
  if (!outcome.ok) throw new Error(`unexpected problems: ${outcome.problems.join('; ')}`);
  return outcome.config;
};

const problems = (env: Record<string, string | undefined>): readonly string[] => {
  const outcome = loadConfig(env);
  if (outcome.ok) throw new Error('the configuration was accepted');
  return outcome.problems;
};

const SLACK_BOT = 'xoxb-1111-2222-secretbotvalue';
const SLACK_APP = 'xapp-1-A111-secretappvalue';
const SIGNING = 'signingsecretvalue0123456789';
const DISCORD = 'MTIz.discord-secret-token-value';

describe('loadConfig: defaults and adapter choice', () => {
  it('starts the shell on the embedded database with no tokens', () => {
    expect(ok({})).toEqual({
      policyFile: 'policies/zrtherapy.yml',
      dataDir: './data',
      owners: [{ platform: 'shell', userId: '*' }],
      port: 3000,
      logLevel: 'info',
      adapters: ['shell'],
    });
  });

  it('treats empty values as unset, as a copied .env.example leaves them', () => {
    expect(ok({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: ' ', PORT: '', DATABASE_URL: '' }).adapters).toEqual(['shell']);
  });

  it('picks Slack in Socket Mode when the app token is present', () => {
    const config = ok({ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_APP, SLACK_API_URL: 'http://127.0.0.1:9/api/' });
    expect(config.adapters).toEqual(['slack']);
    expect(config.slack).toEqual({ botToken: SLACK_BOT, appToken: SLACK_APP, apiUrl: 'http://127.0.0.1:9/api', mode: 'socket' });
  });

  it('picks Slack HTTP mode with a signing secret and no app token', () => {
    expect(ok({ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_SIGNING_SECRET: SIGNING, PORT: '0' })).toMatchObject({ port: 0, slack: { mode: 'http' } });
  });

  it('picks both platforms when both are configured, and not the shell', () => {
    const config = ok({ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_APP, DISCORD_TOKEN: DISCORD, DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_GUILD_ID: '42' });
    expect(config.adapters).toEqual(['slack', 'discord']);
    expect(config.discord).toEqual({ token: DISCORD, applicationId: '123456789012345678', guildId: '42' });
  });

  it('lets BOT_ADAPTERS override the tokens', () => {
    const config = ok({ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_APP, BOT_ADAPTERS: 'shell' });
    expect(config.adapters).toEqual(['shell']);
    expect(config.slack).toBeUndefined();
  });

  it('reads owners, the database URL and the log level', () => {
    const config = ok({ POLICY_OWNERS: 'slack:U0123ABCD, discord:81234567890123456', DATABASE_URL: 'postgres://bot@db/policy', LOG_LEVEL: 'DEBUG' });
    expect(config.owners).toEqual([
      { platform: 'slack', userId: 'U0123ABCD' },
      { platform: 'discord', userId: '81234567890123456' },
    ]);
    expect(config.databaseUrl).toBe('postgres://bot@db/policy');
    expect(config.logLevel).toBe('debug');
  });
});

describe('loadConfig: one readable problem per mistake, never a secret', () => {
  it.each([
    [{ PORT: 'eighty' }, /^PORT: must be a whole number/],
    [{ PORT: '70000' }, /^PORT: must be a whole number/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: must be one of fatal, error/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: must be a postgres:\/\/ URL; leave it unset/],
    [{ POLICY_OWNERS: 'U0123ABCD' }, /^POLICY_OWNERS: "U0123ABCD" is not platform:userId/],
    [{ BOT_ADAPTERS: 'teams' }, /^BOT_ADAPTERS: names an unknown adapter/],
    [{ BOT_ADAPTERS: 'slack' }, /^BOT_ADAPTERS: asks for slack, but SLACK_BOT_TOKEN is not set/],
    [{ SLACK_BOT_TOKEN: SLACK_BOT }, /^SLACK_APP_TOKEN: is not set; set it for Socket Mode.*or set SLACK_SIGNING_SECRET/],
    [{ SLACK_APP_TOKEN: SLACK_APP }, /^SLACK_BOT_TOKEN: is not set/],
    [{ SLACK_BOT_TOKEN: SLACK_APP, SLACK_APP_TOKEN: SLACK_APP }, /^SLACK_BOT_TOKEN: holds an app-level token/],
    [{ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_BOT }, /^SLACK_APP_TOKEN: holds an OAuth token/],
    [{ SLACK_BOT_TOKEN: 'xoxb-has space', SLACK_APP_TOKEN: SLACK_APP }, /^SLACK_BOT_TOKEN: contains spaces/],
    [{ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_APP, SLACK_API_URL: 'not a url' }, /^SLACK_API_URL: is not an http\(s\) URL/],
    [{ DISCORD_TOKEN: DISCORD }, /^DISCORD_APPLICATION_ID: is not set/],
    [{ DISCORD_APPLICATION_ID: '123' }, /^DISCORD_TOKEN: is not set/],
    [{ DISCORD_TOKEN: DISCORD, DISCORD_APPLICATION_ID: 'my-app' }, /^DISCORD_APPLICATION_ID: must be the numeric Application ID/],
    [{ DISCORD_TOKEN: DISCORD, DISCORD_APPLICATION_ID: '1', DISCORD_GUILD_ID: 'guild' }, /^DISCORD_GUILD_ID: must be a numeric/],
  ])('%o', (env, expected) => {
    const found = problems(env);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });

  it('reports every problem at once', () => {
    expect(problems({ PORT: '-1', LOG_LEVEL: 'x', DISCORD_TOKEN: DISCORD })).toHaveLength(3);
  });

  it('never repeats a secret or a bad value', () => {
    const secrets = {
      SLACK_BOT_TOKEN: 'xoxb-with a-space-TOPSECRET1',
      SLACK_APP_TOKEN: 'xoxb-TOPSECRET2',
      SLACK_SIGNING_SECRET: 'TOP SECRET3',
      DISCORD_TOKEN: 'TOPSECRET4 x',
      DISCORD_APPLICATION_ID: 'TOPSECRET5',
      DATABASE_URL: 'mysql://user:TOPSECRET6@db',
      SLACK_API_URL: 'TOPSECRET7',
      PORT: 'TOPSECRET8',
    };
    const text = problems(secrets).join('\n');
    expect(text).not.toMatch(/TOPSECRET/);
    expect(text).toMatch(/SLACK_BOT_TOKEN/);
    expect(text).toMatch(/DATABASE_URL/);
  });
});
