/**
 * The default "handled deliveries" record for a single instance: remembers each delivery key for
 * a while so a Slack retry or a replayed request is acknowledged but not answered twice. With
 * several instances, pass the shared database's `firstDelivery` instead.
 */

/** True the first time `key` is seen, false afterwards. */
export type FirstDelivery = (key: string) => Promise<boolean>;

export interface MemoryDeliveriesOptions {
  /** How long a key is remembered; Slack retries within minutes and signed requests go stale after five. */
  readonly ttlMs?: number;
  /** Upper bound on remembered keys, so a flood cannot grow memory without limit. */
  readonly maxKeys?: number;
  readonly now?: () => number;
}

/** An in-memory `firstDelivery`, bounded in time and size. */
export function createMemoryDeliveries(options: MemoryDeliveriesOptions = {}): FirstDelivery {
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

  return async (key) => {
    const at = now();
    forgetOld(at);
    const time = seenAt.get(key);
    if (time !== undefined && at - time < ttlMs) return false;
    seenAt.set(key, at);
    return true;
  };
}
