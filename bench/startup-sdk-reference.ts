import { enableCompileCache } from 'node:module';

/**
 * The reference for the start-up bench: import @slack/bolt and discord.js and construct an App
 * (HTTP receiver) and a Client, nothing else; then stay idle until SIGTERM so its resident memory
 * can be read. Same compile cache as the bot gets, so neither side is helped more than the other.
 * Prints `constructed` on standard error when both exist.
 */

enableCompileCache();
const [{ App, LogLevel }, { Client, GatewayIntentBits, Partials }] = await Promise.all([import('@slack/bolt'), import('discord.js')]);
const app = new App({ token: 'xoxb-0000-1111-reference', signingSecret: 'reference0secret', logLevel: LogLevel.WARN, deferInitialization: true });
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages], partials: [Partials.Channel] });
process.stderr.write(`constructed ${typeof app.command} ${typeof client.login}\n`);
const idle = setInterval(() => {}, 60_000);
process.once('SIGTERM', () => {
  clearInterval(idle);
  void client.destroy().then(() => process.exit(0));
});
