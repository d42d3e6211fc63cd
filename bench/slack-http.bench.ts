import { readFileSync } from 'node:fs';
import { startSlackFake, type SlackFake } from '../test/e2e/fakes/slack-fake.ts';
import { round, type BenchPart } from './bench-section.ts';
import { TWEET_CORPUS } from './fixtures/tweet-corpus.ts';
import { freshDir, median, sleep, spawnNode, type Spawned } from './runtime-processes.ts';

/**
 * Slack's HTTP mode under load, on 127.0.0.1: the bot (`node src/main.ts`, Slack only, replies to
 * a loopback fake Slack) against a bare Bolt app with the same receiver that only acknowledges.
 * A load generator in its own process sends signed `/policy check …` slash commands over
 * keep-alive connections. Rounds alternate bot and reference; each figure is the median round.
 * Throughput counts acknowledgements (all Slack waits for). The bot answers in the ack body when
 * it can and on the response_url otherwise: both are counted, a round ends only when every
 * acknowledged command has its answer, and the figures say whether each got exactly one.
 * Each server's CPU time per acknowledged request is reported too: on a small shared machine it
 * moves less with the neighbours' load than throughput does.
 */

const SECRET = 'bench0signing0secret0value';
const BOT_TOKEN = 'xoxb-0000-1111-benchBotToken';
const CONCURRENCIES = [10, 50] as const;
const ROUNDS = 3;
const ROUND_MS = 2000;
const WARM_UP_MS = 500;
const MAX_REQUESTS = 200_000;
const DRAIN_TIMEOUT_MS = 30_000;

interface LoadResult {
  readonly count: number;
  readonly errors: number;
  readonly throughput: number;
  readonly p50: number;
  readonly p99: number;
  /** Requests sent, warm-up included (each one acknowledged is answered). */
  readonly sent: number;
  /** Acknowledged with 200, warm-up included. */
  readonly acknowledged: number;
  /** Of those, acknowledged with the answer in the body, warm-up included. */
  readonly answeredInAck: number;
}

const isReply = (path: string) => path.startsWith('/respond/');

/** CPU time (user + system, all threads) a process has used, in ms; NaN where there is no Linux /proc. */
const cpuMs = (pid: number | undefined): number => {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, counted after the parenthesised command name; in clock ticks (100 Hz).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
};

const runLoad = async (url: string, concurrency: number, slack: SlackFake, serverPid: number | undefined): Promise<LoadResult & { serverCpuUsPerAck: number }> => {
  const cpuBefore = cpuMs(serverPid);
  const generator = spawnNode(
    ['bench/slack-load-generator.ts', JSON.stringify({ url, secret: SECRET, concurrency, durationMs: ROUND_MS, maxRequests: MAX_REQUESTS, warmUpMs: WARM_UP_MS, responseUrl: slack.responseUrl(''), drafts: TWEET_CORPUS })],
    {},
  );
  const { line } = await generator.waitFor('stdout', (text) => text.startsWith('{'), ROUND_MS + WARM_UP_MS + 30_000);
  const cpuUsed = cpuMs(serverPid) - cpuBefore;
  await generator.stop();
  const result = JSON.parse(line) as LoadResult;
  return { ...result, serverCpuUsPerAck: (cpuUsed * 1000) / Math.max(1, result.acknowledged) };
};

/** Waits until every acknowledged command has its answer on the fake, bounded. */
const drain = async (slack: SlackFake, expected: number): Promise<number> => {
  const started = performance.now();
  while (slack.calls.count((call) => isReply(call.path)) < expected && performance.now() - started < DRAIN_TIMEOUT_MS) await sleep(25);
  return performance.now() - started;
};

const startServer = async (which: 'bot' | 'bare', slack: SlackFake): Promise<{ server: Spawned; url: string }> => {
  const env = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: undefined, SLACK_API_URL: slack.apiUrl, DISCORD_TOKEN: undefined, DISCORD_APPLICATION_ID: undefined };
  const server =
    which === 'bot'
      ? spawnNode(['src/launch.mjs'], { ...env, BOT_ADAPTERS: 'slack', PORT: '0', LOG_LEVEL: 'info', DATA_DIR: freshDir('slack-bench-'), DATABASE_URL: undefined })
      : spawnNode(['bench/slack-bare-app.ts'], env);
  // Default log level: a `handled` line per request is part of what the bot costs.
  const ready = await server.waitFor('stderr', (line) => line.includes('"ready"'), 60_000);
  const port = (JSON.parse(ready.line) as { port: number }).port;
  return { server, url: `http://127.0.0.1:${port}/slack/events` };
};

interface Side {
  readonly rounds: (LoadResult & { serverCpuUsPerAck: number })[];
  /** Per bot round: answers that came on a response_url. */
  readonly onResponseUrl: number[];
  readonly drainMs: number[];
}

export const slackHttpBench: BenchPart = async () => {
  const slack = await startSlackFake();
  const bot = await startServer('bot', slack);
  const bare = await startServer('bare', slack);
  const results = new Map<string, Side>();
  try {
    for (let index = 0; index < ROUNDS; index++) {
      for (const concurrency of CONCURRENCIES) {
        // Alternate which side goes first so neither always gets the cooler machine.
        const order = index % 2 === 0 ? (['bare', 'bot'] as const) : (['bot', 'bare'] as const);
        for (const which of order) {
          const key = `${which}@${concurrency}`;
          const side = results.get(key) ?? { rounds: [], onResponseUrl: [], drainMs: [] };
          results.set(key, side);
          const before = slack.calls.count((call) => isReply(call.path));
          const server = which === 'bot' ? bot : bare;
          const result = await runLoad(server.url, concurrency, slack, server.server.child.pid);
          side.rounds.push(result);
          if (which === 'bot') {
            // Warm-up requests are acknowledged too; wait for every answer that did not come in its ack.
            side.drainMs.push(await drain(slack, before + result.acknowledged - result.answeredInAck));
            side.onResponseUrl.push(slack.calls.count((call) => isReply(call.path)) - before);
          }
        }
      }
    }
  } finally {
    await Promise.all([bot.server.stop(), bare.server.stop()]);
    await slack.close();
  }

  const table: string[][] = [['server @ connections', 'acks/s', 'p50 ms', 'p99 ms', 'server CPU µs/ack', 'errors', 'answered in ack', 'answer drain ms']];
  const figures: Record<string, number | boolean> = {};
  for (const concurrency of CONCURRENCIES) {
    const summary = (which: 'bot' | 'bare') => {
      const side = results.get(`${which}@${concurrency}`)!;
      return {
        throughput: median(side.rounds.map((result) => result.throughput)),
        p50: median(side.rounds.map((result) => result.p50)),
        p99: median(side.rounds.map((result) => result.p99)),
        cpuUsPerAck: median(side.rounds.map((result) => result.serverCpuUsPerAck)),
        errors: side.rounds.reduce((sum, result) => sum + result.errors, 0),
        drainMs: side.drainMs.length > 0 ? median(side.drainMs) : Number.NaN,
        acknowledged: side.rounds.reduce((sum, result) => sum + result.acknowledged, 0),
        inAck: side.rounds.reduce((sum, result) => sum + result.answeredInAck, 0),
        onResponseUrl: side.onResponseUrl.reduce((sum, count) => sum + count, 0),
      };
    };
    const ours = summary('bot');
    const reference = summary('bare');
    for (const [name, row] of [[`policy bot @ ${concurrency}`, ours], [`bare Bolt ack @ ${concurrency}`, reference]] as const) {
      const inAck = row === ours ? `${((100 * row.inAck) / Math.max(1, row.acknowledged)).toFixed(1)}%` : '';
      table.push([name, String(Math.round(row.throughput)), row.p50.toFixed(2), row.p99.toFixed(2), row.cpuUsPerAck.toFixed(0), String(row.errors), inAck, Number.isNaN(row.drainMs) ? '' : row.drainMs.toFixed(0)]);
    }
    const throughputRatio = ours.throughput / reference.throughput;
    const p99Ratio = ours.p99 / reference.p99;
    Object.assign(figures, {
      [`c${concurrency}BotAcksPerSec`]: Math.round(ours.throughput),
      [`c${concurrency}BareAcksPerSec`]: Math.round(reference.throughput),
      [`c${concurrency}BotP99Ms`]: round(ours.p99, 2),
      [`c${concurrency}BareP99Ms`]: round(reference.p99, 2),
      [`c${concurrency}ThroughputRatio`]: round(throughputRatio, 2),
      [`c${concurrency}P99Ratio`]: round(p99Ratio, 2),
      [`c${concurrency}BotCpuUsPerAck`]: Math.round(ours.cpuUsPerAck),
      [`c${concurrency}BareCpuUsPerAck`]: Math.round(reference.cpuUsPerAck),
      [`c${concurrency}CpuPerAckRatio`]: round(ours.cpuUsPerAck / reference.cpuUsPerAck, 2),
      [`c${concurrency}BotErrors`]: ours.errors,
      [`c${concurrency}AnswerDrainMs`]: Math.round(ours.drainMs),
      [`c${concurrency}AnsweredInAckShare`]: round(ours.inAck / Math.max(1, ours.acknowledged), 3),
      // Every acknowledged command answered exactly once, in its ack or on its response_url.
      [`c${concurrency}EveryCommandAnsweredOnce`]: ours.inAck + ours.onResponseUrl === ours.acknowledged,
      [`c${concurrency}MeetsThroughputGoal`]: throughputRatio >= 0.85,
      [`c${concurrency}MeetsP99Goal`]: p99Ratio <= 1.25,
    });
  }
  return { name: 'slackHttp', table, figures };
};
