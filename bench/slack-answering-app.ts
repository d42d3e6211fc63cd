import { postToResponseUrl } from '../src/adapters/slack/response-url.ts';
import { startBareBoltApp } from './bare-bolt-app.ts';

/**
 * A second, informative reference for the Slack HTTP bench (the goal is still measured against
 * the bare app that only acknowledges): a bare Bolt app that acknowledges empty and then posts a
 * fixed private answer on the command's response_url, the way the bot delivers every answer,
 * with no policy work at all. The gap between it and the ack-only app is what answering costs by
 * itself when the acknowledgement must come first and be empty; the gap between it and the bot
 * is what the bot's own work costs.
 */
await startBareBoltApp(async ({ ack, command }) => {
  await ack();
  // A failed post shows in the bench as an answer missing from the fake; the server itself carries on.
  await postToResponseUrl(command.response_url, { response_type: 'ephemeral', text: 'OK' }).catch(() => undefined);
});
