/**
 * The "handled deliveries" record kept in this process: remembers each delivery key for a while
 * so a Slack retry or a replayed request is acknowledged but not answered twice. It is always
 * asked first, synchronously, so a repeat reaching the same instance never costs a database
 * round trip; with several instances the shared database's `firstDelivery` is asked after it.
 */

/** True the first time `key` is seen, false afterwards (the shared, database-backed form). */
export type FirstDelivery = (key: string) => Promise<boolean>;

/** The synchronous, in-process form of `FirstDelivery`. */
export type FirstDeliveryHere = (key: string) => boolean;

export interface MemoryDeliveriesOptions {
  /** How long a key is remembered; Slack retries within minutes and signed requests go stale after five. */
  readonly ttlMs?: number;
  /** Upper bound on remembered keys, so a flood cannot grow memory without limit. */
  readonly maxKeys?: number;
  readonly now?: () => number;
}

/** An in-memory record, bounded in time and size, answered without waiting on anything. */
export function createDeliveriesHere(options: MemoryDeliveriesOptions = {}): FirstDeliveryHere {
  const ttlMs = options.ttlMs ?? 15 * 60_000;
  const maxKeys = options.maxKeys ?? 50_000;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order, so the oldest keys come first when trimming.
  const seenAt = new Map<string, number>();

  const forgetOld = (at: number): void => {
    for (const [key, time] of seenAt) {
      if (at - time < ttlMs && seenAt.size < maxKeys) break;
      seenAt.delete(key);
    }
  };

  return (key) => {
    const at = now();
    forgetOld(at);
    const time = seenAt.get(key);
    if (time !== undefined && at - time < ttlMs) return false;
    seenAt.set(key, at);
    return true;
  };
}
