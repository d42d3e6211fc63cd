import type { Logger } from 'pino';
import type { FirstDelivery, FirstDeliveryHere } from './memory-deliveries.ts';
import { errorName } from './error-name.ts';

/**
 * "Has this delivery been handled already?", asked in two steps so the usual case never waits:
 * this instance's own memory first (synchronous), then, only when several instances share a
 * database, the shared record. A retried or replayed delivery is acknowledged and not answered.
 */
export interface DeliveryGate {
  /** False when this instance has seen `key` already; records it otherwise. Never waits. */
  firstHere(key: string): boolean;
  /** Whether a shared record exists, so callers can skip the await when it does not. */
  readonly shared: boolean;
  /** The shared record's answer; true when there is none or it fails (better a rare duplicate than silence). */
  firstShared(key: string, source: string): Promise<boolean>;
  /** Logs a skipped redelivery (one line, ids only). */
  skipped(key: string, source: string): void;
}


/** A gate over this instance's memory and, when given, the shared database's record. */
export function createDeliveryGate(firstHere: FirstDeliveryHere, shared: FirstDelivery | undefined, log: Logger): DeliveryGate {
  return {
    firstHere,
    shared: shared !== undefined,
    async firstShared(key, source) {
      if (shared === undefined) return true;
      try {
        return await shared(key);
      } catch (error) {
        log.warn({ platform: 'slack', source, error: errorName(error) }, 'delivery record unavailable; answering anyway');
        return true;
      }
    },
    skipped(key, source) {
      log.info({ platform: 'slack', source, key }, 'slack redelivery acknowledged, not answered again');
    },
  };
}
