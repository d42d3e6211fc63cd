import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postToResponseUrl, ResponseUrlError } from '../../../src/adapters/slack/response-url.ts';

const bodies: string[] = [];
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  bodies.length = 0;
  await close?.();
  close = undefined;
});

const read = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(text));
  });

/** A loopback response_url; `onRequest` decides per request (by its number on its socket) what happens. */
const responseUrl = async (onRequest: (numberOnSocket: number, socket: Socket) => 'answer' | 'reset' | 500): Promise<string> => {
  const seen = new WeakMap<Socket, number>();
  const server = createServer(async (request, response) => {
    const number = (seen.get(request.socket) ?? 0) + 1;
    seen.set(request.socket, number);
    const action = onRequest(number, request.socket);
    if (action === 'reset') {
      request.socket.resetAndDestroy();
      return;
    }
    bodies.push(await read(request));
    response.writeHead(action === 'answer' ? 200 : action).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/actions/T1/1/abc`;
};

describe('postToResponseUrl', () => {
  it('sends again, once, when a kept-alive socket is reset as it is reused', async () => {
    // The second request on the first socket is reset, as when the server closed it just then.
    const url = await responseUrl((numberOnSocket) => (numberOnSocket === 2 ? 'reset' : 'answer'));
    await postToResponseUrl(url, { text: 'first' });
    await postToResponseUrl(url, { text: 'second' });
    expect(bodies.map((body) => JSON.parse(body).text)).toEqual(['first', 'second']);
  });

  it('does not send again when Slack answers with an error', async () => {
    const url = await responseUrl(() => 500);
    await expect(postToResponseUrl(url, { text: 'once' })).rejects.toBeInstanceOf(ResponseUrlError);
    expect(bodies).toHaveLength(1);
  });

  it('does not send again when a fresh socket is reset', async () => {
    const url = await responseUrl(() => 'reset');
    await expect(postToResponseUrl(url, { text: 'lost' })).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});
