import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { isFreshSlackTimestamp } from './request-freshness.ts';

/**
 * The HTTP front of Slack's HTTP mode: `GET /healthz`, and `POST /slack/events` handed to Bolt's
 * own receiver (which checks the signature) once the timestamp is known to be within five
 * minutes either way. Only headers are read here, so Bolt still sees the untouched body.
 */

export const SLACK_EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';

export interface SlackHttpListenerOptions {
  /** Bolt's `HTTPReceiver.requestListener`. */
  readonly boltListener: (request: IncomingMessage, response: ServerResponse) => void;
  readonly log: Logger;
  readonly now?: () => number;
}

function reply(response: ServerResponse, status: number, body?: object): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** An unstarted HTTP server for Slack's HTTP mode. */
export function createSlackHttpServer(options: SlackHttpListenerOptions): Server {
  const now = options.now ?? Date.now;
  return createServer((request, response) => {
    const path = (request.url ?? '/').split('?', 1)[0];
    if (path === HEALTH_PATH && (request.method === 'GET' || request.method === 'HEAD')) {
      reply(response, 200, { status: 'ok' });
      return;
    }
    if (path !== SLACK_EVENTS_PATH || request.method !== 'POST') {
      reply(response, 404);
      return;
    }
    if (!isFreshSlackTimestamp(request.headers['x-slack-request-timestamp'], now())) {
      options.log.warn({ platform: 'slack', status: 401 }, 'slack request refused: timestamp missing or more than five minutes away');
      // The body is never read; close rather than drain it.
      response.setHeader('connection', 'close');
      reply(response, 401);
      return;
    }
    try {
      options.boltListener(request, response);
    } catch (error) {
      options.log.error({ platform: 'slack', error: error instanceof Error ? error.name : 'unknown' }, 'slack request could not be dispatched');
      if (!response.headersSent) reply(response, 500);
    }
  });
}

/** Listens on `port` (0 = any free one) and resolves with the port actually bound. */
export function listen(server: Server, port: number, host: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

/** Stops accepting connections and resolves once the open ones have ended. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
