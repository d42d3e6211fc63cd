import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseBody, readText } from './read-body.ts';
import { Recorder } from './recorder.ts';

/**
 * A loopback stand-in for Discord: the REST routes the adapter uses (under `/api/v10`) and a
 * gateway (`/gateway`) that says HELLO, answers IDENTIFY with READY and RESUME with RESUMED,
 * acknowledges heartbeats, and lets a test dispatch events or ask the client to reconnect (op 7).
 */
export interface DiscordFake {
  /** Base URL for `DISCORD_API_URL`. */
  readonly apiUrl: string;
  readonly rest: Recorder;
  /** Gateway payloads the client sent (IDENTIFY, RESUME, heartbeats…). */
  readonly gateway: Recorder;
  /** Sends a dispatch (op 0) to the open gateway connection. */
  dispatch(event: string, data: unknown): void;
  /** Sends op 7: Discord asking the client to reconnect and resume. */
  requestReconnect(): void;
  /** Sends op 9 (invalid session, not resumable): the client must identify afresh. */
  invalidateSession(): void;
  /** The next interaction callback for `interactionId` fails with 10062 (the interaction expired). */
  expireInteraction(interactionId: string): void;
  /** How many gateway connections are open now. */
  openConnections(): number;
  close(): Promise<void>;
}

export const FAKE_BOT_ID = '1100000000000000001';

function json(response: ServerResponse, status: number, body: unknown): void {
  if (status === 204) {
    response.writeHead(204).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function messageFrom(body: Record<string, unknown>, channelId: string, flags: number): Record<string, unknown> {
  return {
    id: String(2_100_000_000_000_000_000n + BigInt(Math.floor(Math.random() * 1e6))),
    type: 0,
    channel_id: channelId,
    author: { id: FAKE_BOT_ID, username: 'Policy Bot', discriminator: '0', avatar: null, bot: true, global_name: null },
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags,
  };
}

/** Starts the fake on 127.0.0.1 on a free port. */
export async function startDiscordFake(): Promise<DiscordFake> {
  const rest = new Recorder();
  const gateway = new Recorder();
  const expired = new Set<string>();
  let socket: WebSocket | undefined;
  let sequence = 0;
  let base = '';

  const server = createServer((request, response) => {
    void (async () => {
      const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
      const body = parseBody(await readText(request), request.headers['content-type']) as Record<string, unknown> | undefined;
      rest.add({ method: request.method ?? 'GET', path, headers: request.headers, body });
      const route = path.replace(/^\/api\/v10/, '');
      const parts = route.split('/');
      if (route === '/gateway/bot') {
        json(response, 200, { url: `${base.replace('http', 'ws')}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
      } else if (request.method === 'PUT' && route.endsWith('/commands')) {
        const commands = (body as unknown as Record<string, unknown>[] | undefined) ?? [];
        json(response, 200, commands.map((command, i) => ({ ...command, id: String(1_700_000_000_000_000_100n + BigInt(i)), application_id: FAKE_BOT_ID, version: '1' })));
      } else if (parts[1] === 'interactions' && parts[4] === 'callback') {
        const id = parts[2] ?? '';
        if (expired.delete(id)) json(response, 404, { message: 'Unknown interaction', code: 10062 });
        else json(response, 204, undefined);
      } else if (parts[1] === 'webhooks' && request.method === 'PATCH') {
        json(response, 200, messageFrom(body ?? {}, '1300000000000000003', 64));
      } else if (parts[1] === 'channels' && parts[3] === 'messages' && request.method === 'POST') {
        json(response, 200, messageFrom(body ?? {}, parts[2] ?? '', 0));
      } else {
        json(response, 404, { message: '404: Not Found', code: 0 });
      }
    })();
  });

  const wss = new WebSocketServer({ server, path: '/gateway' });
  const open = new Set<WebSocket>();
  wss.on('connection', (connection) => {
    open.add(connection);
    connection.on('close', () => open.delete(connection));
    socket = connection;
    connection.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    connection.on('message', (data) => {
      const payload = JSON.parse(String(data)) as { op: number; d: unknown };
      gateway.add({ method: `op${payload.op}`, path: '/gateway', headers: {}, body: payload });
      if (payload.op === 1) {
        connection.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      } else if (payload.op === 2) {
        sequence = 0;
        const ready = {
          v: 10,
          user: { id: FAKE_BOT_ID, username: 'Policy Bot', discriminator: '0', avatar: null, bot: true, global_name: null, flags: 0 },
          guilds: [],
          session_id: 'fake-session-1',
          resume_gateway_url: `${base.replace('http', 'ws')}/gateway`,
          shard: [0, 1],
          application: { id: FAKE_BOT_ID, flags: 0 },
        };
        connection.send(JSON.stringify({ op: 0, t: 'READY', s: ++sequence, d: ready }));
      } else if (payload.op === 6) {
        connection.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++sequence, d: null }));
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api`,
    rest,
    gateway,
    dispatch(event, data) {
      socket?.send(JSON.stringify({ op: 0, t: event, s: ++sequence, d: data }));
    },
    requestReconnect() {
      socket?.send(JSON.stringify({ op: 7, d: null, s: null, t: null }));
    },
    invalidateSession() {
      socket?.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
    },
    expireInteraction(id) {
      expired.add(id);
    },
    openConnections: () => open.size,
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
