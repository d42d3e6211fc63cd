import { createMemoryStore } from '../../src/store/memory-store.ts';
import type { Store } from '../../src/policy/ports.ts';
import type { StoreHarness } from './store-harness.ts';

/** The in-memory store: every instance of one environment is the same store (one process). */
export const memoryHarness: StoreHarness = {
  name: 'memory',
  create: async () => {
    let store: Store | undefined;
    return {
      open: async ({ clock, ids }) => (store ??= createMemoryStore({ clock, ...(ids ? { ids } : {}) })),
      exclusiveLeadership: false,
      destroy: async () => {},
    };
  },
};
