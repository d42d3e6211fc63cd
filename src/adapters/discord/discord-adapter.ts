import { Client, DiscordAPIError, Events, GatewayIntentBits, MessageFlags, Partials, RESTJSONErrorCodes, type Interaction, type Message } from 'discord.js';
import type { Logger } from 'pino';
import type { HandleRequest, Reply } from '../../commands/request.ts';
import type { ChatAdapter } from '../adapter.ts';
import { answerSafely } from '../answer-safely.ts';
import { createInFlight } from '../in-flight.ts';
import { registerCommands } from './register-commands.ts';
import { render } from './render.ts';
import { autocompleteQuery, toBotRequest, topicChoices, type ClauseHeading } from './to-request.ts';

/** What the Discord adapter needs; `main.ts` fills it from the validated configuration. */
export interface DiscordAdapterOptions {
  readonly token: string;
  readonly applicationId: string;
  /** Register the commands in this guild (instant) instead of globally. */
  readonly guildId?: string | undefined;
  /** Base URL of Discord's REST API; the gateway URL is then discovered from it. */
  readonly apiUrl?: string | undefined;
  readonly logger: Logger;
  /** The policy's clauses, for `/policy explain topic:` autocomplete. */
  /** The policy's clause headings for `explain` autocomplete; a function reads the policy running now (it can be reloaded). */
  readonly clauseHeadings?: readonly ClauseHeading[] | (() => readonly ClauseHeading[]) | undefined;
}

// How long stop() lets replies in flight finish before disconnecting anyway.
const DRAIN_TIMEOUT_MS = 10_000;
// Raw payloads waiting for their discord.js event; bounded in case an event is never emitted.
const MAX_PENDING_RAW = 1_000;

const NOT_UNDERSTOOD: Reply = {
  visibility: 'private',
  blocks: [{ type: 'text', text: 'I did not understand that command; the command list may be out of date. Try `/policy help`.' }],
  fallbackText: 'I did not understand that command; the command list may be out of date. Try /policy help.',
};

/** Creates the Discord adapter; nothing connects until `start`. */
export function createDiscordAdapter(options: DiscordAdapterOptions): ChatAdapter {
  const log = options.logger.child({ adapter: 'discord' });
  const inFlight = createInFlight();
  const headings = (): readonly ClauseHeading[] => {
    const source = options.clauseHeadings ?? [];
    return typeof source === 'function' ? source() : source;
  };
  // toBotRequest reads the gateway's own JSON; discord.js emits it as `raw` just before the event.
  const rawById = new Map<string, unknown>();
  let client: Client | undefined;
  let stopping: Promise<void> | undefined;

  /** Only the words before any JSON payload, with the token masked: discord.js debug lines can carry both. */
  const safeText = (text: string): string => {
    const payloadAt = text.indexOf('{');
    return (payloadAt === -1 ? text : text.slice(0, payloadAt)).slice(0, 300).replaceAll(options.token, '[token]');
  };

  const report = (error: unknown, source: string): void => {
    if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction) {
      log.warn({ platform: 'discord', source, code: error.code }, 'interaction expired before it was acknowledged');
      return;
    }
    const code = error instanceof DiscordAPIError ? error.code : undefined;
    log.error({ platform: 'discord', source, code, error: error instanceof Error ? error.name : 'unknown' }, 'discord answer failed');
  };

  const takeRaw = (id: string): unknown => {
    const raw = rawById.get(id);
    rawById.delete(id);
    return raw;
  };

  const onInteraction = async (interaction: Interaction, handle: HandleRequest): Promise<void> => {
    const raw = takeRaw(interaction.id);
    if (interaction.isAutocomplete()) {
      await interaction.respond(topicChoices(headings(), autocompleteQuery(raw)));
      return;
    }
    if (!interaction.isRepliable()) return;
    // Discord allows three seconds to acknowledge; nothing else happens before this. A button's
    // answer replaces the message it is on (the walkthrough's next step), so its buttons do not pile up.
    if (interaction.isButton()) await interaction.deferUpdate();
    else await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const request = toBotRequest({ source: 'interaction', payload: raw });
    const reply = request === undefined ? NOT_UNDERSTOOD : await answerSafely(handle, request, log);
    await interaction.editReply(render(reply));
  };

  const onMessage = async (message: Message, handle: HandleRequest): Promise<void> => {
    const raw = takeRaw(message.id);
    if (message.guildId !== null || message.author.bot) return;
    const request = toBotRequest({ source: 'message', payload: raw });
    if (request === undefined) return;
    const reply = await answerSafely(handle, request, log);
    await message.reply({ ...render(reply), allowedMentions: { parse: [], repliedUser: false } });
  };

  const listen = (discord: Client, handle: HandleRequest): void => {
    discord.on(Events.Raw, (packet: { t?: string | null; d?: { id?: string } }) => {
      if ((packet.t !== 'INTERACTION_CREATE' && packet.t !== 'MESSAGE_CREATE') || typeof packet.d?.id !== 'string') return;
      if (rawById.size >= MAX_PENDING_RAW) rawById.delete(rawById.keys().next().value ?? '');
      rawById.set(packet.d.id, packet.d);
    });
    // Every handler catches: discord.js exits the process on an unhandled rejection from a listener.
    discord.on(Events.InteractionCreate, (interaction) => {
      void inFlight.track(onInteraction(interaction, handle).catch((error: unknown) => report(error, 'interaction')));
    });
    discord.on(Events.MessageCreate, (message) => {
      void inFlight.track(onMessage(message, handle).catch((error: unknown) => report(error, 'direct-message')));
    });
    discord.on(Events.Error, (error) => log.error({ platform: 'discord', error: error.name }, 'discord client error'));
    discord.on(Events.ShardError, (error, shardId) => log.warn({ platform: 'discord', shardId, error: error.name }, 'gateway connection error; discord.js reconnects'));
    discord.on(Events.Warn, (message) => log.warn({ platform: 'discord' }, safeText(message)));
    discord.on(Events.ShardDisconnect, (event, shardId) => log.warn({ platform: 'discord', shardId, code: event.code }, 'gateway disconnected'));
    discord.on(Events.ShardReconnecting, (shardId) => log.info({ platform: 'discord', shardId }, 'gateway reconnecting'));
    discord.on(Events.ShardResume, (shardId, replayed) => log.info({ platform: 'discord', shardId, replayed }, 'gateway session resumed'));
    discord.on(Events.Invalidated, () => log.warn({ platform: 'discord' }, 'gateway session invalidated'));
    if (log.isLevelEnabled('debug')) discord.on(Events.Debug, (message) => log.debug({ platform: 'discord', sdk: 'discord' }, safeText(message)));
  };

  const register = async (): Promise<void> => {
    try {
      const done = await registerCommands(options);
      log.info({ platform: 'discord', scope: done.scope, commands: done.count }, 'discord commands registered');
    } catch (error) {
      // Commands registered earlier keep working; a failure here should not keep the bot down.
      log.error({ platform: 'discord', status: (error as { status?: number }).status, error: error instanceof Error ? error.name : 'unknown' }, 'registering discord commands failed');
    }
  };

  return {
    platform: 'discord',
    async start(handle) {
      // A new session: a later stop() must stop this client, not return the last session's stop.
      stopping = undefined;
      const discord = new Client({
        intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
        // DM channels are not cached before their first message; without this, DMs are dropped.
        partials: [Partials.Channel],
        ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
      });
      client = discord;
      listen(discord, handle);
      const ready = new Promise<void>((resolve) => discord.once(Events.ClientReady, () => resolve()));
      try {
        await Promise.all([register(), discord.login(options.token), ready]);
      } catch (error) {
        await discord.destroy();
        throw error;
      }
      log.info({ platform: 'discord', user: discord.user?.id }, 'discord adapter connected');
    },
    stop() {
      stopping ??= (async () => {
        await inFlight.drain(DRAIN_TIMEOUT_MS);
        await client?.destroy();
        log.info({ platform: 'discord' }, 'discord adapter stopped');
      })();
      return stopping;
    },
  };
}
