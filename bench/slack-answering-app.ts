import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { postToResponseUrl } from '../src/adapters/slack/response-url.ts';

/**
 * A second, informative reference for the Slack HTTP bench (the goal is still measured against
 * the bare app that only acknowledges): a bare Bolt app that acknowledges empty and then posts a
 * fixed private answer on the command's response_url, the way the bot delivers every answer,
 * with no policy work at all. The gap between it and the ack-only app is what answering costs by
 * itself when the acknowledgement must come first and be empty; the gap between it and the bot
 * is what the bot's own work costs. Same environment and `ready` line as slack-bare-app.ts.
 */

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
app.command('/policy', async ({ ack, command }) => {
  await ack();
  // A failed post shows in the bench as an answer missing from the fake; the server itself carries on.
  await postToResponseUrl(command.response_url, { response_type: 'ephemeral', text: 'OK' }).catch(() => undefined);
});
const server = await receiver.start({ port: 0, host: '127.0.0.1' });
process.stderr.write(`${JSON.stringify({ msg: 'ready', port: (server.address() as AddressInfo).port })}\n`);
process.once('SIGTERM', () => void receiver.stop().then(() => process.exit(0)));
