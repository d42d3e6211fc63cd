import { startBareBoltApp } from './bare-bolt-app.ts';

/** The reference for the Slack HTTP bench: a bare Bolt app whose `/policy` listener only acknowledges. */
await startBareBoltApp(async ({ ack }) => {
  await ack();
});
