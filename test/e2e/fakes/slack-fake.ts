import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseBody, readText } from './read-body.ts';
import { Recorder } from './recorder.ts';

/**
 * A loopback stand-in for Slack: the Web API methods the adapter calls (under `/api/`), the
 * `response_url`s it answers on (under `/respond/`), and a Socket Mode WebSocket endpoint
 * (`/link`) that `apps.connections.open` hands out. Everything it receives is recorded.
 */
export interface SlackFake {
  /** Base URL for `SLACK_API_URL`. */
  readonly apiUrl: string;
  readonly calls: Recorder;
  /** A `response_url` on this fake. */
  responseUrl(name: string): string;
  /** Socket Mode: resolves with the next WebSocket the client opens (after `hello` was sent). */
  nextSocket(): Promise<WebSocket>;
  /** Socket Mode: the messages the client sent, parsed. */
  readonly socketMessages: Recorder;
  /** Holds every `apps.connections.open` answer until the returned function is called. */
  holdConnectionsOpen(): () => void;
  close(): Promise<void>;
}

const BOT = { user_id: 'U0BOT1234', bot_id: 'B0BOT5678', team_id: 'T0AB12CDE' };

function webApiAnswer(method: string, socketUrl: string): Record<string, unknown> {
  switch (method) {
    case 'auth.test':
      return { ok: true, url: 'https://zr-practice.slack.com/', team: 'ZR practice', user: 'policybot', ...BOT };
    case 'apps.connections.open':
      return { ok: true, url: socketUrl };
    case 'chat.postMessage':
    case 'chat.postEphemeral':
      return { ok: true, channel: 'D024BE91L', ts: '1700000100.000100', message_ts: '1700000100.000100' };
    case 'views.publish':
      return { ok: true, view: { id: 'V0HOME', type: 'home' } };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

/** Starts the fake on 127.0.0.1 on a free port. */
export async function startSlackFake(): Promise<SlackFake> {
  const calls = new Recorder();
  const socketMessages = new Recorder();
  const sockets: WebSocket[] = [];
  const socketWaiters: ((socket: WebSocket) => void)[] = [];
  let base = '';
  let held: Promise<void> | undefined;

  const server: Server = createServer((request, response) => {
    void (async () => {
      const text = await readText(request);
      const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
      calls.add({ method: request.method ?? 'GET', path, headers: request.headers, body: parseBody(text, request.headers['content-type']) });
      if (path === '/api/apps.connections.open' && held !== undefined) await held;
      if (path.startsWith('/api/')) {
        const answer = webApiAnswer(path.slice('/api/'.length), `${base.replace('http', 'ws')}/link`);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
        return;
      }
      response.writeHead(path.startsWith('/respond/') ? 200 : 404, { 'content-type': 'application/json' }).end('{"ok":true}');
    })();
  });
  const wss = new WebSocketServer({ server, path: '/link' });
  wss.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('message', (data) => {
      socketMessages.add({ method: 'WS', path: '/link', headers: {}, body: JSON.parse(String(data)) });
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'applink-fake', approximate_connection_time: 18060 }, connection_info: { app_id: 'A123456' } }));
    const waiter = socketWaiters.shift();
    if (waiter) waiter(socket);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let seen = 0;
  return {
    apiUrl: `${base}/api/`,
    calls,
    socketMessages,
    responseUrl: (name) => `${base}/respond/${name}`,
    holdConnectionsOpen() {
      let release = () => {};
      held = new Promise<void>((resolve) => (release = resolve));
      return () => {
        held = undefined;
        release();
      };
    },
    nextSocket() {
      const already = sockets[seen];
      seen += 1;
      if (already !== undefined) return Promise.resolve(already);
      return new Promise((resolve) => socketWaiters.push(resolve));
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
