import type { ChatAdapter } from './adapters/adapter.ts';
import type { HandleRequest } from './commands/request.ts';
import type { Logger } from './logger.ts';
import type { LeadershipLock } from './policy/ports.ts';

export interface LeaderOnlyOptions {
  readonly leadership: LeadershipLock;
  /** The role's lock name, e.g. `discord-gateway`. */
  readonly role: string;
  readonly logger: Pick<Logger, 'info' | 'error'>;
  /** How often a standby instance tries to take over. */
  readonly retryMs?: number;
}

/**
 * Runs an adapter in exactly one instance: the one holding the role's lock. The others stand by
 * and take over when the holder dies (the database frees its lock). Discord allows one gateway
 * session per bot, so with several instances behind PostgreSQL only one may connect.
 */
export const leaderOnly = (adapter: ChatAdapter, options: LeaderOnlyOptions): ChatAdapter => {
  let handle: HandleRequest | undefined;
  let leading = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const attempt = async (): Promise<void> => {
    if (leading || stopped || !handle) return;
    if (!(await options.leadership.tryLead(options.role))) return;
    leading = true;
    clearInterval(timer);
    options.logger.info({ adapter: adapter.platform, role: options.role }, 'leading');
    await adapter.start(handle);
  };

  return {
    platform: adapter.platform,
    start: async (next) => {
      handle = next;
      await attempt();
      if (leading) return;
      options.logger.info({ adapter: adapter.platform, role: options.role }, 'standing by: another instance leads');
      timer = setInterval(() => {
        attempt().catch(() => options.logger.error({ adapter: adapter.platform, role: options.role }, 'take-over attempt failed'));
      }, options.retryMs ?? 15_000);
      timer.unref();
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      if (leading) await adapter.stop();
      await options.leadership.release(options.role);
    },
  };
};
