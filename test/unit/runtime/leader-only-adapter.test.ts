import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatAdapter } from '../../../src/adapters/adapter.ts';
import type { HandleRequest } from '../../../src/commands/request.ts';
import { LEADERSHIP_POLL_MS, leaderOnly } from '../../../src/leader-only-adapter.ts';
import type { LeadershipLock } from '../../../src/policy/ports.ts';

/** An adapter that records its starts and stops; `failStarts` makes the next starts reject. */
const recordingAdapter = () => {
  const events: string[] = [];
  let failures = 0;
  const adapter: ChatAdapter = {
    platform: 'discord',
    start: async () => {
      if (failures > 0) {
        failures -= 1;
        events.push('start failed');
        throw new Error('gateway refused');
      }
      events.push('start');
    },
    stop: async () => void events.push('stop'),
  };
  return { adapter, events, failStarts: (count: number) => (failures = count) };
};

/** A lock another instance holds until `free()`; `steal()` hands it to the other instance (our connection died). */
const sharedLock = () => {
  let holder: 'other' | 'us' | undefined = 'other';
  let broken = false;
  let asked = 0;
  const lock: LeadershipLock = {
    tryLead: async () => {
      asked += 1;
      if (broken) throw new Error('connection reset');
      if (holder === 'other') return false;
      holder = 'us';
      return true;
    },
    release: async () => {
      if (holder === 'us') holder = undefined;
    },
  };
  return {
    lock,
    free: () => (holder = undefined),
    steal: () => (holder = 'other'),
    breakDown: (value: boolean) => (broken = value),
    holder: () => holder,
    asked: () => asked,
  };
};

const handle: HandleRequest = async () => ({ visibility: 'private', blocks: [], fallbackText: '' });

const recordingLogger = () => {
  const lines: string[] = [];
  const record = (...args: unknown[]) => void lines.push(String(args[1]));
  return { logger: { info: record, warn: record, error: record }, lines };
};

describe('leaderOnly', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const wrap = (adapter: ChatAdapter, lock: LeadershipLock, retryMs: number | 'default' = 1000) => {
    const { logger, lines } = recordingLogger();
    const wrapped = leaderOnly(adapter, { leadership: lock, role: 'discord-gateway', logger, ...(retryMs === 'default' ? {} : { retryMs }) });
    return { wrapped, lines };
  };

  it('starts the adapter at once when the lock is free, and releases it on stop', async () => {
    const { adapter, events } = recordingAdapter();
    const shared = sharedLock();
    shared.free();
    const { wrapped } = wrap(adapter, shared.lock);
    await wrapped.start(handle);
    expect(events).toEqual(['start']);
    await wrapped.stop();
    expect(events).toEqual(['start', 'stop']);
    expect(shared.holder()).toBeUndefined();
  });

  it('stands by while another instance leads, then takes over when its lock is freed', async () => {
    const { adapter, events } = recordingAdapter();
    const shared = sharedLock();
    const { wrapped } = wrap(adapter, shared.lock);
    await wrapped.start(handle);
    await vi.advanceTimersByTimeAsync(3000);
    expect(events).toEqual([]);
    // The process's `ready` line says it stands by rather than claiming a connection.
    expect(wrapped.standingBy?.()).toBe(true);
    shared.free();
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(['start']);
    expect(wrapped.standingBy?.()).toBe(false);
    await wrapped.stop();
    expect(events).toEqual(['start', 'stop']);
    expect(wrapped.standingBy?.()).toBe(false);
  });

  it('takes over within the default poll interval, well inside 15 s', async () => {
    expect(LEADERSHIP_POLL_MS).toBeLessThanOrEqual(5000);
    const { adapter, events } = recordingAdapter();
    const shared = sharedLock();
    const { wrapped } = wrap(adapter, shared.lock, 'default');
    await wrapped.start(handle);
    shared.free();
    await vi.advanceTimersByTimeAsync(LEADERSHIP_POLL_MS - 1);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(events).toEqual(['start']);
    await wrapped.stop();
  });

  it('stops the adapter when the lock is lost while leading, and starts it again when the lock comes back', async () => {
    const { adapter, events } = recordingAdapter();
    const shared = sharedLock();
    shared.free();
    const { wrapped, lines } = wrap(adapter, shared.lock);
    await wrapped.start(handle);
    await vi.advanceTimersByTimeAsync(3000);
    expect(events).toEqual(['start']);
    shared.steal();
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(['start', 'stop']);
    expect(lines).toContain('leadership lost: stopping the adapter');
    // A standby again: no start while the other instance holds the lock.
    await vi.advanceTimersByTimeAsync(3000);
    expect(events).toEqual(['start', 'stop']);
    shared.free();
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(['start', 'stop', 'start']);
    await wrapped.stop();
    expect(events).toEqual(['start', 'stop', 'start', 'stop']);
  });

  it('treats a lock check that throws while leading as a lost lock, and lets it go', async () => {
    const { adapter, events } = recordingAdapter();
    const shared = sharedLock();
    shared.free();
    const { wrapped } = wrap(adapter, shared.lock);
    await wrapped.start(handle);
    shared.breakDown(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(['start', 'stop']);
    expect(shared.holder()).toBeUndefined();
    shared.breakDown(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(['start', 'stop', 'start']);
    await wrapped.stop();
  });

  it('releases the lock when a take-over start fails, and tries again on the next round', async () => {
    const { adapter, events, failStarts } = recordingAdapter();
    const shared = sharedLock();
    const { wrapped, lines } = wrap(adapter, shared.lock);
    await wrapped.start(handle);
    failStarts(1);
    shared.free();
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(['start failed']);
    // Released, so another instance could serve instead of nobody.
    expect(shared.holder()).toBeUndefined();
    expect(lines).toContain('take-over failed: the adapter did not start; trying again');
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(['start failed', 'start']);
    expect(shared.holder()).toBe('us');
    await wrapped.stop();
    expect(events).toEqual(['start failed', 'start', 'stop']);
  });

  it('rejects start when the first start fails, without keeping the lock', async () => {
    const { adapter, events, failStarts } = recordingAdapter();
    const shared = sharedLock();
    shared.free();
    failStarts(1);
    const { wrapped } = wrap(adapter, shared.lock);
    await expect(wrapped.start(handle)).rejects.toThrow('gateway refused');
    expect(shared.holder()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(5000);
    expect(events).toEqual(['start failed']);
  });

  it('never starts when stop lands while a lock request is in flight, and releases what that request took', async () => {
    const { adapter, events } = recordingAdapter();
    const shared = sharedLock();
    shared.free();
    // Takes the free lock only when `grant()` is called, after `stop` has begun.
    let grant: () => void = () => {};
    const slowLock: LeadershipLock = {
      tryLead: (name) => new Promise((resolve) => (grant = () => void shared.lock.tryLead(name).then(resolve))),
      release: shared.lock.release,
    };
    const { wrapped } = wrap(adapter, slowLock);
    const starting = wrapped.start(handle);
    const stopping = wrapped.stop();
    grant();
    await Promise.all([starting, stopping]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(events).toEqual([]);
    expect(shared.holder()).toBeUndefined();
  });

  it('never overlaps lock requests: a slow one delays the next round', async () => {
    const { adapter } = recordingAdapter();
    let asked = 0;
    let answer: (value: boolean) => void = () => {};
    const slowLock: LeadershipLock = {
      tryLead: () => {
        asked += 1;
        return new Promise((resolve) => (answer = resolve));
      },
      release: async () => {},
    };
    const { wrapped } = wrap(adapter, slowLock);
    const starting = wrapped.start(handle);
    answer(false);
    await starting;
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toBe(2);
    // The second request hangs: no further rounds pile up behind it.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(asked).toBe(2);
    answer(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toBe(3);
    answer(false);
    await wrapped.stop();
  });

  it('never starts after stop, and stopping a standby does not stop the adapter', async () => {
    const { adapter, events } = recordingAdapter();
    const shared = sharedLock();
    const { wrapped } = wrap(adapter, shared.lock);
    await wrapped.start(handle);
    await wrapped.stop();
    shared.free();
    await vi.advanceTimersByTimeAsync(5000);
    expect(events).toEqual([]);
    expect(shared.asked()).toBe(1);
  });
});
