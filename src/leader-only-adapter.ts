import type { ChatAdapter } from './adapters/adapter.ts';
import type { HandleRequest } from './commands/request.ts';
import type { Logger } from './logger.ts';
import type { LeadershipLock } from './policy/ports.ts';

/**
 * How often every instance asks for the lock. A standby takes over at most this long after the
 * database frees a dead holder's lock, so it has to sit well inside the 15 s take-over budget.
 */
export const LEADERSHIP_POLL_MS = 5_000;

export interface LeaderOnlyOptions {
  readonly leadership: LeadershipLock;
  /** The role's lock name, e.g. `discord-gateway`. */
  readonly role: string;
  readonly logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** How often to ask for the lock, leading or standing by (default {@link LEADERSHIP_POLL_MS}). */
  readonly retryMs?: number;
}

const faultName = (error: unknown): string => (error instanceof Error ? error.name : 'unknown');

/**
 * Runs an adapter in exactly one instance: the one holding the role's lock. Every instance keeps
 * asking for the lock: a standby starts the adapter when it gets it (the database frees a dead
 * holder's lock), and a leader stops its adapter as soon as it learns it lost the lock, so two
 * instances never keep a session each. Discord allows one gateway session per bot.
 *
 * The wrapped adapter is started and stopped once per term of leadership, so it must support
 * `start` again after `stop`.
 */
export const leaderOnly = (adapter: ChatAdapter, options: LeaderOnlyOptions): ChatAdapter => {
  const pollMs = options.retryMs ?? LEADERSHIP_POLL_MS;
  const context = { adapter: adapter.platform, role: options.role };
  let handle: HandleRequest | undefined;
  let leading = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // The lock request in flight: `stop` waits for it, so a lock it takes is released rather than kept.
  let asking: Promise<boolean> | undefined;

  const holdsLock = async (): Promise<boolean> => {
    try {
      return await options.leadership.tryLead(options.role);
    } catch (error) {
      // An unanswerable lock cannot vouch for our leadership: treat it as lost.
      options.logger.error({ ...context, fault: faultName(error) }, 'leadership check failed');
      return false;
    }
  };

  const release = async (): Promise<void> => {
    try {
      await options.leadership.release(options.role);
    } catch (error) {
      options.logger.error({ ...context, fault: faultName(error) }, 'releasing leadership failed');
    }
  };

  /** One round: start the adapter on gaining the lock, stop it on losing it. Rejects only when `adapter.start` fails. */
  const poll = async (): Promise<void> => {
    asking = holdsLock();
    const held = await asking;
    asking = undefined;
    if (stopped || !handle || held === leading) return;
    if (!held) {
      leading = false;
      options.logger.warn(context, 'leadership lost: stopping the adapter');
      await adapter.stop().catch((error: unknown) => options.logger.error({ ...context, fault: faultName(error) }, 'stopping the adapter failed'));
      await release();
      return;
    }
    // Set before awaiting, so a `stop` arriving during `start` stops the adapter too.
    leading = true;
    options.logger.info(context, 'leading');
    try {
      await adapter.start(handle);
    } catch (error) {
      if (stopped) return;
      // Holding the lock without serving would keep every instance off the platform.
      leading = false;
      await release();
      throw error;
    }
  };

  // Rounds are chained, never overlapping: a slow lock check delays the next one instead of racing it.
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      poll()
        .catch((error: unknown) => options.logger.error({ ...context, fault: faultName(error) }, 'take-over failed: the adapter did not start; trying again'))
        .finally(schedule);
    }, pollMs);
    timer.unref();
  };

  return {
    platform: adapter.platform,
    standingBy: () => !leading && !stopped,
    start: async (next) => {
      handle = next;
      // A first start that fails is the process's start failure, reported as without the lock.
      await poll();
      if (!leading && !stopped) options.logger.info(context, 'standing by: another instance leads');
      schedule();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await asking;
      try {
        if (leading) {
          leading = false;
          await adapter.stop();
        }
      } finally {
        await release();
      }
    },
  };
};
