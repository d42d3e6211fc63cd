import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/**
 * Posts an answer to a Slack `response_url`. Bolt's `respond()` goes through global `fetch`,
 * which measured here at several times the CPU cost per request of `node:http` with a keep-alive
 * agent; under load that cost decided throughput, so answers take this path instead.
 */

// Slack's hooks host is one origin: a few kept-alive sockets serve every answer.
const agents = { 'http:': new HttpAgent({ keepAlive: true, maxSockets: 64 }), 'https:': new HttpsAgent({ keepAlive: true, maxSockets: 64 }) };
const TIMEOUT_MS = 10_000;

/** The error when Slack (or whatever is at the URL) does not take the answer. */
export class ResponseUrlError extends Error {
  override readonly name = 'ResponseUrlError';
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

/**
 * POSTs `payload` as JSON to `url`; resolves once Slack answered 2xx. A kept-alive socket that
 * the other end closed just as it was reused resets before any answer (the race Node's http
 * documentation describes): that one case is sent again, once, on a fresh socket. The reset almost
 * always comes before the request was read; a rare duplicate answer is better than a lost one.
 * Nothing else is retried.
 */
export async function postToResponseUrl(url: string, payload: object): Promise<void> {
  const target = new URL(url);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new ResponseUrlError('response_url is not http(s)');
  const body = JSON.stringify(payload);
  try {
    await send(target, body);
  } catch (error) {
    if (!(error instanceof StaleSocketError)) throw error;
    await send(target, body);
  }
}

/** The request failed with a reset on a reused keep-alive socket, before any answer. */
class StaleSocketError extends Error {
  override readonly name = 'StaleSocketError';
}

function send(target: URL, body: string): Promise<void> {
  const open = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = open(
      target,
      {
        method: 'POST',
        agent: agents[target.protocol as 'http:' | 'https:'],
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) },
        timeout: TIMEOUT_MS,
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else reject(new ResponseUrlError(`response_url answered ${status}`, status));
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new ResponseUrlError('response_url did not answer in time')));
    request.on('error', (error: NodeJS.ErrnoException) => {
      reject(request.reusedSocket && error.code === 'ECONNRESET' ? new StaleSocketError(error.message) : error);
    });
    request.end(body);
  });
}
