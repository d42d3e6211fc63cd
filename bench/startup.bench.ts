import { startDiscordFake } from '../test/e2e/fakes/discord-fake.ts';
import { startSlackFake } from '../test/e2e/fakes/slack-fake.ts';
import { round, type BenchPart } from './bench-section.ts';
import { freshDir, median, rssMb, sleep, spawnNode } from './runtime-processes.ts';

/**
 * Start-up, on 127.0.0.1, each side by side with its reference in the same run (rounds
 * alternate; figures are medians):
 * - start to `ready` with Slack (HTTP mode) and Discord configured against loopback fakes, vs a
 *   script that only imports @slack/bolt and discord.js and constructs an App and a Client;
 * - idle resident memory of those two processes, read after they have sat idle;
 * - the shell (no tokens, one piped line) to its first answer on stdout, vs `node -e 0` to exit.
 * The bot is started as `npm start` starts it (src/launch.mjs); `node src/main.ts` is timed too.
 */

const ROUNDS = 5;
const IDLE_MS = 3000;
const NO_PLATFORM = {
  SLACK_BOT_TOKEN: undefined,
  SLACK_APP_TOKEN: undefined,
  SLACK_SIGNING_SECRET: undefined,
  SLACK_API_URL: undefined,
  DISCORD_TOKEN: undefined,
  DISCORD_APPLICATION_ID: undefined,
  DISCORD_GUILD_ID: undefined,
  DISCORD_API_URL: undefined,
  BOT_ADAPTERS: undefined,
  DATABASE_URL: undefined,
  LOG_LEVEL: undefined,
};
const CHECK_LINE = '/policy check Our Saturday drop-in is back next month, 10am to noon. Tea and biscuits!\n';
const HELP_LINE = '/policy help\n';
/** What `npm start` runs (package.json), and the TypeScript entry people may run directly. */
const START = 'src/launch.mjs';
const MAIN = 'src/main.ts';

const timeShell = async (dataDir: string, line: string, entry = START): Promise<number> => {
  const shell = spawnNode([entry], { ...NO_PLATFORM, DATA_DIR: dataDir, POLICY_FILE: undefined }, line);
  const { atMs } = await shell.waitFor('stdout', (text) => text.trim() !== '', 30_000);
  await shell.stop();
  return atMs;
};

const timeBareNode = async (): Promise<number> => {
  const started = performance.now();
  const bare = spawnNode(['-e', '0'], {});
  await new Promise<void>((resolve) => bare.child.once('exit', () => resolve()));
  return performance.now() - started;
};

export const startupBench: BenchPart = async () => {
  const slack = await startSlackFake();
  const discord = await startDiscordFake();
  const dataDir = freshDir('startup-bench-');
  const bothAdapters = {
    ...NO_PLATFORM,
    SLACK_BOT_TOKEN: 'xoxb-0000-1111-benchBotToken',
    SLACK_SIGNING_SECRET: 'bench0signing0secret0value',
    SLACK_API_URL: slack.apiUrl,
    DISCORD_TOKEN: 'bench.discord.token',
    DISCORD_APPLICATION_ID: '1100000000000000001',
    DISCORD_GUILD_ID: '1200000000000000002',
    DISCORD_API_URL: discord.apiUrl,
    PORT: '0',
    DATA_DIR: dataDir,
  };
  const ready: number[] = [];
  const constructed: number[] = [];
  const botRss: number[] = [];
  const sdkRss: number[] = [];
  const shellCheck: number[] = [];
  const shellHelp: number[] = [];
  const shellMainTs: number[] = [];
  const bareNode: number[] = [];
  try {
    // One untimed start of each: the database is created and compile caches are written, as after any first run.
    await timeShell(dataDir, CHECK_LINE);
    for (let index = 0; index < ROUNDS; index++) {
      const bot = spawnNode([START], bothAdapters);
      // One after the other, so each start has the machine to itself; then both sit idle together.
      ready.push((await bot.waitFor('stderr', (line) => line.includes('"ready"'), 60_000)).atMs);
      const alone = spawnNode(['bench/startup-sdk-reference.ts'], {});
      constructed.push((await alone.waitFor('stderr', (line) => line.startsWith('constructed'), 60_000)).atMs);
      await sleep(IDLE_MS);
      botRss.push(rssMb(bot.child.pid!));
      sdkRss.push(rssMb(alone.child.pid!));
      await Promise.all([bot.stop(), alone.stop()]);

      shellCheck.push(await timeShell(dataDir, CHECK_LINE));
      bareNode.push(await timeBareNode());
      shellHelp.push(await timeShell(dataDir, HELP_LINE));
      shellMainTs.push(await timeShell(dataDir, CHECK_LINE, MAIN));
    }
  } finally {
    await Promise.all([slack.close(), discord.close()]);
  }
  const readyMs = median(ready);
  const constructedMs = median(constructed);
  const bot = median(botRss);
  const sdk = median(sdkRss);
  const check = median(shellCheck);
  const help = median(shellHelp);
  const bare = median(bareNode);
  const mainTs = median(shellMainTs);
  return {
    name: 'startup',
    table: [
      ['measure (median of ' + ROUNDS + ')', 'ours', 'reference', 'ratio', 'goal'],
      ['start to ready, Slack HTTP + Discord, ms / import+construct both SDKs', readyMs.toFixed(0), constructedMs.toFixed(0), (readyMs / constructedMs).toFixed(2), '≤ 1.25'],
      ['idle RSS MB, both adapters / both SDKs loaded', bot.toFixed(1), sdk.toFixed(1), (bot / sdk).toFixed(2), '≤ 1.3'],
      ['shell to first answer (/policy check) ms / node -e 0', check.toFixed(0), bare.toFixed(0), (check / bare).toFixed(2), '≤ 3'],
      ['shell to first answer (/policy help) ms / node -e 0', help.toFixed(0), bare.toFixed(0), (help / bare).toFixed(2), '≤ 3'],
      ['the same /policy check via node src/main.ts (strips TS first) ms', mainTs.toFixed(0), bare.toFixed(0), (mainTs / bare).toFixed(2), ''],
    ],
    figures: {
      readyMs: Math.round(readyMs),
      sdkImportConstructMs: Math.round(constructedMs),
      readyRatio: round(readyMs / constructedMs, 2),
      meetsReadyGoal: readyMs / constructedMs <= 1.25,
      idleRssMb: round(bot, 1),
      sdkIdleRssMb: round(sdk, 1),
      idleRssRatio: round(bot / sdk, 2),
      meetsIdleRssGoal: bot / sdk <= 1.3,
      shellFirstAnswerCheckMs: Math.round(check),
      shellFirstAnswerHelpMs: Math.round(help),
      bareNodeMs: Math.round(bare),
      shellFirstAnswerCheckMainTsMs: Math.round(mainTs),
      shellCheckRatio: round(check / bare, 2),
      shellHelpRatio: round(help / bare, 2),
      meetsShellGoal: check / bare <= 3,
    },
  };
};
