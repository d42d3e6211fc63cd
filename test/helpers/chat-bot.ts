import { GUILD } from '../contract/discord-payloads.ts';
import { startDiscordFake, type DiscordFake } from '../e2e/fakes/discord-fake.ts';
import { startSlackFake, type SlackFake } from '../e2e/fakes/slack-fake.ts';
import { startBot, type RunningBot } from './bot-process.ts';
import { createDiscordDriver, DISCORD_USER, type DiscordDriver } from './discord-driver.ts';
import { createSlackDriver, SLACK_USER, type SlackDriver } from './slack-driver.ts';

/**
 * One `node src/main.ts` serving Slack (HTTP mode, Bolt's own receiver on a free port) and
 * Discord (discord.js on the fake gateway) at once, as production does with both sets of
 * variables, with a driver for each platform.
 */

export const SLACK_BOT_TOKEN = 'xoxb-4444-5555-sameAnswerBotTokenValue';
export const SLACK_SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
export const DISCORD_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfakeE.sameAnswerDiscordTokenValue000000';
const DISCORD_APPLICATION_ID = '1100000000000000001';

/** The people the drivers act as by default: owners, so a company check adds no grant finding. */
export const OWNERS = `shell:*,slack:${SLACK_USER},discord:${DISCORD_USER}`;

export interface ChatBot {
  readonly bot: RunningBot;
  readonly slackFake: SlackFake;
  readonly discordFake: DiscordFake;
  readonly slack: SlackDriver;
  readonly discord: DiscordDriver;
  /** Stops the bot (SIGTERM) and the fakes; the bot's exit code. */
  stop(): Promise<number | null>;
}

/** Starts the fakes and the bot; `env` adds to (or overrides) DATA_DIR, LOG_LEVEL, POLICY_OWNERS… */
export const startChatBot = async (env: Readonly<Record<string, string>>): Promise<ChatBot> => {
  const slackFake = await startSlackFake();
  const discordFake = await startDiscordFake();
  try {
    const bot = await startBot({
      POLICY_OWNERS: OWNERS,
      PORT: '0',
      SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET,
      SLACK_API_URL: slackFake.apiUrl,
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID,
      DISCORD_GUILD_ID: GUILD,
      DISCORD_API_URL: discordFake.apiUrl,
      ...env,
    });
    const port = bot.ready.port;
    if (typeof port !== 'number') throw new Error(`the bot opened no HTTP port: ${JSON.stringify(bot.ready)}`);
    return {
      bot,
      slackFake,
      discordFake,
      slack: createSlackDriver(slackFake, port, SLACK_SIGNING_SECRET),
      discord: createDiscordDriver(discordFake),
      async stop() {
        const code = await bot.stop();
        await slackFake.close();
        await discordFake.close();
        return code;
      },
    };
  } catch (error) {
    await slackFake.close();
    await discordFake.close();
    throw error;
  }
};
