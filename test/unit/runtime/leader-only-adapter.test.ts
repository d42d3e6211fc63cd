import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatAdapter } from '../../../src/adapters/adapter.ts';
import type { HandleRequest } from '../../../src/commands/request.ts';
import { leaderOnly } from '../../../src/leader-only-adapter.ts';
import type { LeadershipLock } from '../../../src/policy/ports.ts';

const recordingAdapter = () => {
  const events: string[] = [];
  const adapter: ChatAdapter = {
    platform: 'discord',
    start: async () => void events.push('start'),
    stop: async () => void events.push('stop'),
  };
  return { adapter, events };
};

/** A lock another instance holds until `free()` is called. */
const sharedLock = () => {
  let holder: 'other' | 'us' | undefined = 'other';
  const lock: LeadershipLock = {
    tryLead: async () => {
      if (holder === 'other') return false;
      holder = 'us';
      return true;
    },
    release: async () => {
      if (holder === 'us') holder = undefined;
    },
  };
  return { lock, free: () => (holder = undefined), holder: () => holder };
};

const handle: HandleRequest = async () => ({ visibility: 'private', blocks: [], fallbackText: '' });
const silent = { info: () => {}, error: () => {} };

describe('leaderOnly', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts the adapter at once when the lock is free, and releases it on stop', async () => {
    const { adapter, events } = recordingAdapter();
    const shared = sharedLock();
    shared.free();
    const wrapped = leaderOnly(adapter, { leadership: shared.lock, role: 'discord-gateway', logger: silent });
    await wrapped.start(handle);
    expect(events).toEqual(['start']);
    await wrapped.stop();
    expect(events).toEqual(['start', 'stop']);
    expect(shared.holder()).toBeUndefined();
  });

  it('stands by while another instance leads, then takes over when its lock is freed', async () => {
    const { adapter, events } = recordingAdapter();
    const shared = sharedLock();
    vi.useFakeTimers();
    const wrapped = leaderOnly(adapter, { leadership: shared.lock, role: 'discord-gateway', logger: silent, retryMs: 1000 });
    await wrapped.start(handle);
    await vi.advanceTimersByTimeAsync(3000);
    expect(events).toEqual([]);
    shared.free();
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(['start']);
    await wrapped.stop();
    expect(events).toEqual(['start', 'stop']);
  });

  it('never starts after stop, and stopping a standby does not stop the adapter', async () => {
    const { adapter, events } = recordingAdapter();
    const shared = sharedLock();
    vi.useFakeTimers();
    const wrapped = leaderOnly(adapter, { leadership: shared.lock, role: 'discord-gateway', logger: silent, retryMs: 1000 });
    await wrapped.start(handle);
    await wrapped.stop();
    shared.free();
    await vi.advanceTimersByTimeAsync(5000);
    expect(events).toEqual([]);
  });
});
