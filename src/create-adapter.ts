import type { ChatAdapter } from './adapters/adapter.ts';
import type { Actor, Reply } from './commands/request.ts';
import type { BotConfig } from './config.ts';
import type { Logger } from './logger.ts';
import type { ParsedPolicy } from './policy/policy-document.ts';
import type { Store } from './policy/ports.ts';

/**
 * Makes the adapter for one configured platform, importing its SDK only then, so the shell starts
 * without loading Slack or Discord. Used by the composition root (main.ts).
 */

/** An adapter that opened an HTTP listener reports the real port (also when PORT=0 asked for any). */
export type RunningAdapter = ChatAdapter & { readonly port?: number };

export interface AdapterDeps {
  readonly config: BotConfig;
  readonly logger: Logger;
  /** Open before the adapters are made with PostgreSQL (they use it to start); the embedded database opens while they connect. */
  readonly store: Store | undefined;
  readonly home: (actor: Actor) => Promise<Reply>;
  /** The policy running now (it can be reloaded). */
  readonly policy: () => ParsedPolicy;
}

const sharedDeliveries = (store: Store) => (key: string) => store.deliveries.firstDelivery(key);

/** The adapter for `platform`, not yet started. */
export const createAdapter = async (platform: BotConfig['adapters'][number], deps: AdapterDeps): Promise<RunningAdapter> => {
  switch (platform) {
    case 'shell':
      return (await import('./adapters/shell/shell-adapter.ts')).createShellAdapter();
    case 'slack': {
      const { createSlackAdapter } = await import('./adapters/slack/slack-adapter.ts');
      const slack = deps.config.slack;
      // loadConfig refuses BOT_ADAPTERS=slack without the Slack settings, so this is a programming error.
      if (!slack) throw new Error('the Slack adapter was chosen without Slack settings');
      return createSlackAdapter({
        botToken: slack.botToken,
        appToken: slack.appToken,
        signingSecret: slack.signingSecret,
        apiUrl: slack.apiUrl,
        port: deps.config.port,
        logger: deps.logger,
        home: deps.home,
        // Several instances share PostgreSQL, so they share what was handled; one embedded instance keeps it in memory.
        ...(deps.store && deps.config.databaseUrl ? { firstDelivery: sharedDeliveries(deps.store) } : {}),
      });
    }
    case 'discord': {
      const { createDiscordAdapter } = await import('./adapters/discord/discord-adapter.ts');
      const discord = deps.config.discord;
      if (!discord) throw new Error('the Discord adapter was chosen without Discord settings');
      const adapter = createDiscordAdapter({
        token: discord.token,
        applicationId: discord.applicationId,
        guildId: discord.guildId,
        apiUrl: discord.apiUrl,
        logger: deps.logger,
        clauseHeadings: () => deps.policy().document.clauses.map((clause) => ({ id: clause.id, heading: clause.heading })),
      });
      // Several instances share PostgreSQL, and Discord allows one gateway session: only the lock holder connects.
      if (!deps.store || !deps.config.databaseUrl) return adapter;
      const { leaderOnly } = await import('./leader-only-adapter.ts');
      return leaderOnly(adapter, { leadership: deps.store.leadership, role: 'discord-gateway', logger: deps.logger });
    }
    default: {
      const unreachable: never = platform;
      return unreachable;
    }
  }
};

