/**
 * Work an adapter has started and stop() must let finish: replies being computed or sent after
 * the platform was acknowledged. Draining waits for everything tracked, including work that
 * starts while draining, up to a deadline so a hung call cannot block shutdown for ever.
 */
export interface InFlight {
  /** Registers `work` until it settles; returns it. */
  track(work: Promise<void>): Promise<void>;
  /** Resolves when nothing is in flight, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
  readonly size: number;
}

/** Creates an empty in-flight set. */
export function createInFlight(): InFlight {
  const pending = new Set<Promise<void>>();
  return {
    track(work) {
      pending.add(work);
      return work.finally(() => pending.delete(work));
    },
    async drain(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0) {
        const left = deadline - Date.now();
        if (left <= 0) return;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, left)));
        await Promise.race([Promise.allSettled([...pending]), timeout]);
        clearTimeout(timer);
      }
    },
    get size() {
      return pending.size;
    },
  };
}
