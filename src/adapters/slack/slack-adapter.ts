import type { Server } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Actor, Reply } from '../../commands/request.ts';
import type { ChatAdapter } from '../adapter.ts';
import { createInFlight } from '../in-flight.ts';
import { close, createSlackHttpServer, listen } from './http-listener.ts';
import { createDeliveryGate } from './delivery-gate.ts';
import { createDeliveriesHere, type FirstDelivery } from './memory-deliveries.ts';
import { createPayloadFreeLogger } from './payload-free-logger.ts';
import { registerSlackListeners } from './slack-listeners.ts';
import { guardSocketModeShutdown } from './socket-mode-shutdown.ts';

/** Retries for the first call at start: about two seconds in all, not the SDK's half hour. */
const START_RETRIES = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 1000 } as const;
/** Each of those calls waits this long for an answer: a server that accepts and never answers fails the start too. */
const START_TIMEOUT_MS = 5000;

/** What the Slack adapter needs; `main.ts` fills it from the validated configuration. */
export interface SlackAdapterOptions {
  readonly botToken: string;
  /** Socket Mode (the default transport) when set. */
  readonly appToken?: string | undefined;
  /** HTTP mode when there is no app token. */
  readonly signingSecret?: string | undefined;
  /** HTTP mode's port; 0 asks for any free one (see `port` after start). Default 3000. */
  readonly port?: number | undefined;
  readonly host?: string | undefined;
  /** Base URL of Slack's Web API (a proxy, GovSlack, a test double). */
  readonly apiUrl?: string | undefined;
  readonly logger: Logger;
  /**
   * The shared "handled deliveries" record, for several instances; asked after this instance's
   * own memory, which catches repeats reaching the same instance without a database round trip.
   */
  readonly firstDelivery?: FirstDelivery | undefined;
  /** App Home content from the command layer; without it the home shows `help`. */
  readonly home?: ((actor: Actor) => Promise<Reply>) | undefined;
  /** The clock for the request-timestamp check. */
  readonly now?: (() => number) | undefined;
}

/** The Slack adapter, with the transport chosen and, in HTTP mode, the port actually bound. */
export interface SlackAdapter extends ChatAdapter {
  readonly transport: 'socket-mode' | 'http';
  readonly port: number | undefined;
}

// How long stop() lets replies in flight finish before closing anyway.
const DRAIN_TIMEOUT_MS = 10_000;

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** Creates the Slack adapter; nothing connects until `start`. */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const transport = options.appToken ? 'socket-mode' : 'http';
  if (transport === 'http' && !options.signingSecret) {
    throw new Error('Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)');
  }
  const log = options.logger.child({ adapter: 'slack' });
  const inFlight = createInFlight();
  let port: number | undefined;
  let stopTransport: (() => Promise<void>) | undefined;
  let stopping: Promise<void> | undefined;

  const start = async (handle: Parameters<ChatAdapter['start']>[0]): Promise<void> => {
    const boltLogger = createPayloadFreeLogger(log);
    const clientOptions = options.apiUrl ? { slackApiUrl: withTrailingSlash(options.apiUrl) } : {};
    const receiver = options.appToken
      ? // Socket Mode's own Web API client (apps.connections.open) takes its options from here.
        new SocketModeReceiver({ appToken: options.appToken, logger: boltLogger, installerOptions: { clientOptions: { ...clientOptions } } })
      : new HTTPReceiver({ signingSecret: options.signingSecret ?? '', endpoints: '/slack/events', logger: boltLogger });
    // Reach Slack once with few retries: the SDK's own policy retries for about thirty minutes, and
    // a bot that cannot reach Slack when it starts should say so at once (start-failure.ts). A
    // wrong token fails the start here instead of at the first request.
    const self = await new webApi.WebClient(options.botToken, { ...clientOptions, logger: boltLogger, retryConfig: START_RETRIES, timeout: START_TIMEOUT_MS, rejectRateLimitedCalls: true }).auth.test();
    // Bolt would call auth.test again for the bot's own ids (it ignores the bot's own messages by
    // them): hand it the ids just learned. Without both, Bolt asks for itself.
    const known = self.user_id !== undefined && self.bot_id !== undefined ? { botUserId: self.user_id, botId: self.bot_id, tokenVerificationEnabled: false } : {};
    // No conversation store: the bot keeps no state between messages (drafts are never kept).
    const app = new App({ token: options.botToken, receiver, logger: boltLogger, clientOptions, convoStore: false, deferInitialization: true, ...known });
    await app.init();
    registerSlackListeners(app, {
      handle,
      gate: createDeliveryGate(createDeliveriesHere(), options.firstDelivery, log),
      log,
      home: options.home,
      track: inFlight.track,
    });

    if (receiver instanceof SocketModeReceiver) {
      const guard = guardSocketModeShutdown(receiver.client);
      await app.start();
      stopTransport = guard.stop;
    } else {
      const server: Server = createSlackHttpServer({ boltListener: receiver.requestListener, log, now: options.now });
      port = await listen(server, options.port ?? 3000, options.host);
      stopTransport = () => close(server);
    }
    log.info({ platform: 'slack', transport, port }, 'slack adapter connected');
  };

  return {
    platform: 'slack',
    transport,
    get port() {
      return port;
    },
    start,
    stop() {
      stopping ??= (async () => {
        // Stop taking new deliveries first, then let the answers already under way go out.
        await Promise.all([stopTransport?.(), inFlight.drain(DRAIN_TIMEOUT_MS)]);
        log.info({ platform: 'slack' }, 'slack adapter stopped');
      })();
      return stopping;
    },
  };
}
