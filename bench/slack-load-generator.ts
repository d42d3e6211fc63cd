import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { z } from 'zod';

/**
 * A small closed-loop load generator for Slack's HTTP mode, run as its own process so its CPU is
 * not the server's: `concurrency` keep-alive connections each send a signed `/policy check …`
 * slash command, wait for the acknowledgement, and send the next, until `durationMs` or
 * `maxRequests`. Every request has its own trigger_id and a fresh timestamp, as Slack's would.
 * Slack's contract is an empty acknowledgement (the answer comes on the `response_url`), so an
 * ack with anything in its body is counted. Prints one JSON line: count, errors, elapsed time,
 * latency percentiles, and over the whole run (warm-up included) how many were acknowledged and
 * how many of those acks had a body.
 */

const Options = z.object({
  url: z.url(),
  secret: z.string().min(1),
  concurrency: z.number().int().min(1).max(256),
  durationMs: z.number().int().min(100).max(60_000),
  maxRequests: z.number().int().min(1).max(1_000_000),
  warmUpMs: z.number().int().min(0).max(10_000),
  responseUrl: z.url(),
  drafts: z.array(z.string().min(1)).min(1),
});
const options = Options.parse(JSON.parse(process.argv[2] ?? '{}'));
const target = new URL(options.url);
const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });

const body = (sequence: number): string =>
  new URLSearchParams({
    token: 'benchVerificationToken',
    team_id: 'T0BENCH01',
    team_domain: 'bench-practice',
    channel_id: 'C0BENCH01',
    channel_name: 'general',
    user_id: `U0BENCH${sequence % 50}`,
    user_name: 'bench.user',
    command: '/policy',
    text: `check ${options.drafts[sequence % options.drafts.length]}`,
    api_app_id: 'A0BENCH01',
    is_enterprise_install: 'false',
    response_url: `${options.responseUrl}${sequence}`,
    trigger_id: `${process.pid}.${sequence}.${Date.now()}`,
  }).toString();

/** The status and whether the body held anything; a bare ack's body is empty. */
interface Outcome {
  readonly status: number;
  readonly withBody: boolean;
}

const send = (sequence: number): Promise<Outcome> => {
  const payload = body(sequence);
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', options.secret).update(`v0:${timestamp}:${payload}`).digest('hex');
  return new Promise((resolve, reject) => {
    const outgoing = request(
      target,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(payload),
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': `v0=${signature}`,
        },
      },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, withBody: bytes > 0 }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
};

let sequence = 0;
const latencies: number[] = [];
let errors = 0;
let measuring = false;
let acknowledged = 0;
let ackedWithBody = 0;

const worker = async (deadline: number): Promise<void> => {
  while (performance.now() < deadline && (!measuring || latencies.length + errors < options.maxRequests)) {
    const start = performance.now();
    let status = 0;
    try {
      const outcome = await send(sequence++);
      status = outcome.status;
      if (status === 200) acknowledged += 1;
      if (status === 200 && outcome.withBody) ackedWithBody += 1;
    } catch {
      status = 0;
    }
    if (!measuring) continue;
    if (status === 200) latencies.push(performance.now() - start);
    else errors += 1;
  }
};

const runPhase = async (ms: number): Promise<number> => {
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, () => worker(started + ms)));
  return performance.now() - started;
};

await runPhase(options.warmUpMs);
measuring = true;
const elapsedMs = await runPhase(options.durationMs);
latencies.sort((a, b) => a - b);
const at = (fraction: number) => latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? Number.NaN;
process.stdout.write(
  `${JSON.stringify({ count: latencies.length, errors, elapsedMs, throughput: latencies.length / (elapsedMs / 1000), p50: at(0.5), p99: at(0.99), sent: sequence, acknowledged, ackedWithBody })}\n`,
);
agent.destroy();
