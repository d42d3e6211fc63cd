import { readFileSync } from 'node:fs';
import { startSlackFake, type SlackFake } from '../test/e2e/fakes/slack-fake.ts';
import { round, type BenchPart } from './bench-section.ts';
import { TWEET_CORPUS } from './fixtures/tweet-corpus.ts';
import { freshDir, median, sleep, spawnNode, type Spawned } from './runtime-processes.ts';

/**
 * Slack's HTTP mode under load, on 127.0.0.1: the bot (`node src/main.ts`, Slack only, replies to
 * a loopback fake Slack) against a bare Bolt app with the same receiver that only acknowledges
 * (the goal's reference), and, for information, a bare Bolt app that acknowledges and then posts a
 * fixed answer the way the bot does (slack-answering-app.ts): what answering costs with no policy work.
 * A load generator in its own process sends signed `/policy check …` slash commands over
 * keep-alive connections. Rounds rotate which server goes first; each figure is the median round.
 * Throughput counts acknowledgements (all Slack waits for). The bot acknowledges empty and
 * answers on each command's own response_url: a round ends only when every acknowledged command
 * has its answer, and the figures say whether every ack was empty and every command got exactly
 * one private answer (and how many the bot itself logged as undelivered or skipped as repeats). Each server's CPU time per acknowledged command is reported too (the bot's
 * until its last answer is out, so the answers are paid for): on a small shared machine it moves
 * less with the neighbours' load than throughput does.
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
  /** Of those, acknowledgements that carried a body (the contract says none should), warm-up included. */
  readonly ackedWithBody: number;
}

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

/** One round's load; every command's response_url starts with `responseUrl`, so its answers can be told apart. */
const runLoad = async (url: string, concurrency: number, responseUrl: string): Promise<LoadResult> => {
  const generator = spawnNode(
    ['bench/slack-load-generator.ts', JSON.stringify({ url, secret: SECRET, concurrency, durationMs: ROUND_MS, maxRequests: MAX_REQUESTS, warmUpMs: WARM_UP_MS, responseUrl, drafts: TWEET_CORPUS })],
    {},
  );
  const { line } = await generator.waitFor('stdout', (text) => text.startsWith('{'), ROUND_MS + WARM_UP_MS + 30_000);
  await generator.stop();
  return JSON.parse(line) as LoadResult;
};

/** The answers a round's commands got so far: all of them, distinct response_urls, private ones. */
interface Answers {
  readonly total: number;
  readonly distinct: number;
  readonly ephemeral: number;
}

const answersTo = (slack: SlackFake, pathPrefix: string): Answers => {
  const calls = slack.calls.all.filter((call) => call.path.startsWith(pathPrefix));
  return {
    total: calls.length,
    distinct: new Set(calls.map((call) => call.path)).size,
    ephemeral: calls.filter((call) => (call.body as { response_type?: unknown } | undefined)?.response_type === 'ephemeral').length,
  };
};

/** Waits until every acknowledged command of the round has its answer on the fake, bounded. */
const drain = async (slack: SlackFake, pathPrefix: string, expected: number): Promise<number> => {
  const started = performance.now();
  while (answersTo(slack, pathPrefix).distinct < expected && performance.now() - started < DRAIN_TIMEOUT_MS) await sleep(25);
  return performance.now() - started;
};

interface Server {
  readonly server: Spawned;
  readonly url: string;
  /**
   * Answers the server logged it could not deliver, or skipped as a repeat, so far: a missing
   * answer can then be told from one the bench lost.
   */
  readonly unanswered: () => number;
}

type Which = 'bot' | 'bare' | 'answering';

const startServer = async (which: Which, slack: SlackFake): Promise<Server> => {
  const env = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: undefined, SLACK_API_URL: slack.apiUrl, DISCORD_TOKEN: undefined, DISCORD_APPLICATION_ID: undefined };
  const server =
    which === 'bot'
      ? spawnNode(['src/launch.mjs'], { ...env, BOT_ADAPTERS: 'slack', PORT: '0', LOG_LEVEL: 'info', DATA_DIR: freshDir('slack-bench-'), DATABASE_URL: undefined })
      : spawnNode([which === 'bare' ? 'bench/slack-bare-app.ts' : 'bench/slack-answering-app.ts'], env);
  // Default log level: a `handled` line per request is part of what the bot costs.
  const ready = await server.waitFor('stderr', (line) => line.includes('"ready"'), 60_000);
  const port = (JSON.parse(ready.line) as { port: number }).port;
  let unanswered = 0;
  server.child.stderr?.on('data', (chunk: string | Buffer) => {
    const text = String(chunk);
    unanswered += text.split('could not be delivered').length - 1 + (text.split('not answered again').length - 1);
  });
  return { server, url: `http://127.0.0.1:${port}/slack/events`, unanswered: () => unanswered };
};

interface Side {
  readonly rounds: (LoadResult & { serverCpuUsPerAck: number })[];
  /** Per bot round: the answers its commands got. */
  readonly answers: Answers[];
  /** Per bot round: answers the bot logged it could not deliver or skipped as a repeat. */
  readonly unanswered: number[];
  readonly drainMs: number[];
}

export const slackHttpBench: BenchPart = async () => {
  const slack = await startSlackFake();
  const bot = await startServer('bot', slack);
  const bare = await startServer('bare', slack);
  const answering = await startServer('answering', slack);
  const servers = { bot, bare, answering } as const;
  const results = new Map<string, Side>();
  try {
    for (let index = 0; index < ROUNDS; index++) {
      for (const concurrency of CONCURRENCIES) {
        // Rotate which server goes first so none always gets the cooler machine.
        const sides: readonly Which[] = ['bare', 'bot', 'answering'];
        const order = sides.map((_, offset) => sides[(index + offset) % sides.length]!);
        for (const which of order) {
          const key = `${which}@${concurrency}`;
          const side = results.get(key) ?? { rounds: [], answers: [], unanswered: [], drainMs: [] };
          results.set(key, side);
          const server = servers[which];
          const round = `${which}-c${concurrency}-r${index}-`;
          const responseUrl = slack.responseUrl(round);
          const pathPrefix = new URL(responseUrl).pathname;
          const cpuBefore = cpuMs(server.server.child.pid);
          const unansweredBefore = server.unanswered();
          const result = await runLoad(server.url, concurrency, responseUrl);
          // Warm-up requests are acknowledged too; wait for every answer the round caused, so its CPU time is counted.
          if (which === 'answering') {
            await drain(slack, pathPrefix, result.acknowledged);
            side.answers.push(answersTo(slack, pathPrefix));
          }
          if (which === 'bot') {
            side.drainMs.push(await drain(slack, pathPrefix, result.acknowledged));
            side.answers.push(answersTo(slack, pathPrefix));
            side.unanswered.push(server.unanswered() - unansweredBefore);
          }
          const cpuUsed = cpuMs(server.server.child.pid) - cpuBefore;
          side.rounds.push({ ...result, serverCpuUsPerAck: (cpuUsed * 1000) / Math.max(1, result.acknowledged) });
        }
      }
    }
  } finally {
    await Promise.all([bot.server.stop(), bare.server.stop(), answering.server.stop()]);
    await slack.close();
  }

  const table: string[][] = [['server @ connections', 'acks/s', 'p50 ms', 'p99 ms', 'server CPU µs/ack', 'errors', 'acks with a body', 'answered once, privately', 'answer drain ms']];
  const figures: Record<string, number | boolean> = {};
  for (const concurrency of CONCURRENCIES) {
    const summary = (which: Which) => {
      const side = results.get(`${which}@${concurrency}`)!;
      return {
        throughput: median(side.rounds.map((result) => result.throughput)),
        p50: median(side.rounds.map((result) => result.p50)),
        p99: median(side.rounds.map((result) => result.p99)),
        cpuUsPerAck: median(side.rounds.map((result) => result.serverCpuUsPerAck)),
        errors: side.rounds.reduce((sum, result) => sum + result.errors, 0),
        drainMs: side.drainMs.length > 0 ? median(side.drainMs) : Number.NaN,
        drainMaxMs: side.drainMs.length > 0 ? Math.max(...side.drainMs) : Number.NaN,
        unanswered: side.unanswered.reduce((sum, count) => sum + count, 0),
        acknowledged: side.rounds.reduce((sum, result) => sum + result.acknowledged, 0),
        withBody: side.rounds.reduce((sum, result) => sum + result.ackedWithBody, 0),
        answers: side.answers.reduce((sum, answers) => sum + answers.total, 0),
        distinct: side.answers.reduce((sum, answers) => sum + answers.distinct, 0),
        ephemeral: side.answers.reduce((sum, answers) => sum + answers.ephemeral, 0),
      };
    };
    const ours = summary('bot');
    const reference = summary('bare');
    const answeringOnly = summary('answering');
    // Each acknowledged command answered exactly once (one call per response_url, none missing), and privately.
    const answeredOnce = ours.answers === ours.acknowledged && ours.distinct === ours.acknowledged;
    const answeredPrivately = ours.ephemeral === ours.answers;
    // The answering reference's figures count only if its answers all arrived too.
    const referenceAnsweredAll = answeringOnly.distinct === answeringOnly.acknowledged;
    for (const [name, row] of [[`policy bot @ ${concurrency}`, ours], [`bare Bolt ack @ ${concurrency}`, reference], [`bare Bolt ack + fixed answer @ ${concurrency}`, answeringOnly]] as const) {
      const once =
        row === ours
          ? `${row.distinct}/${row.acknowledged}${answeredOnce && answeredPrivately ? '' : ' (NOT once, privately)'}`
          : row === answeringOnly
            ? `${row.distinct}/${row.acknowledged}${referenceAnsweredAll ? '' : ' (answers MISSING)'}`
            : '';
      table.push([name, String(Math.round(row.throughput)), row.p50.toFixed(2), row.p99.toFixed(2), row.cpuUsPerAck.toFixed(0), String(row.errors), String(row.withBody), once, Number.isNaN(row.drainMs) ? '' : row.drainMs.toFixed(0)]);
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
      [`c${concurrency}AnswerDrainMaxMs`]: Math.round(ours.drainMaxMs),
      [`c${concurrency}BotLoggedUnanswered`]: ours.unanswered,
      [`c${concurrency}BotAcksWithBody`]: ours.withBody,
      [`c${concurrency}EveryAckEmpty`]: ours.withBody === 0,
      [`c${concurrency}EveryCommandAnsweredOnce`]: answeredOnce,
      [`c${concurrency}EveryAnswerEphemeral`]: answeredPrivately,
      [`c${concurrency}AnsweringOnlyAcksPerSec`]: Math.round(answeringOnly.throughput),
      [`c${concurrency}AnsweringOnlyThroughputRatio`]: round(answeringOnly.throughput / reference.throughput, 2),
      [`c${concurrency}AnsweringOnlyP99Ratio`]: round(answeringOnly.p99 / reference.p99, 2),
      [`c${concurrency}BotVsAnsweringOnlyThroughputRatio`]: round(ours.throughput / answeringOnly.throughput, 2),
      [`c${concurrency}AnsweringOnlyAnsweredAll`]: referenceAnsweredAll,
      [`c${concurrency}MeetsThroughputGoal`]: throughputRatio >= 0.85,
      [`c${concurrency}MeetsP99Goal`]: p99Ratio <= 1.25,
    });
  }
  return { name: 'slackHttp', table, figures };
};
