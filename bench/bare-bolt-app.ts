import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

/**
 * The bench's reference Slack servers: a bare Bolt app with the bot's receiver type (HTTPReceiver,
 * signature checked by Bolt) and one `/policy` listener. Run as a child process with
 * SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and SLACK_API_URL; prints `{"msg":"ready","port":…}` on
 * standard error once it listens on 127.0.0.1, and stops on SIGTERM.
 */
export const startBareBoltApp = async (listener: Parameters<App['command']>[1]): Promise<void> => {
  const signingSecret = process.env.SLACK_SIGNING_SECRET ?? '';
  const receiver = new HTTPReceiver({ signingSecret, endpoints: '/slack/events', logLevel: LogLevel.WARN });
  const app = new App({
    token: process.env.SLACK_BOT_TOKEN ?? '',
    receiver,
    logLevel: LogLevel.WARN,
    clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? '' },
    convoStore: false,
    deferInitialization: true,
  });
  await app.init();
  app.command('/policy', listener);
  const server = await receiver.start({ port: 0, host: '127.0.0.1' });
  process.stderr.write(`${JSON.stringify({ msg: 'ready', port: (server.address() as AddressInfo).port })}\n`);
  process.once('SIGTERM', () => void receiver.stop().then(() => process.exit(0)));
};
