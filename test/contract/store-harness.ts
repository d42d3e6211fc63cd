import type { Clock, IdGenerator, Store } from '../../src/policy/ports.ts';

/** A clock the tests move by hand. */
export class ManualClock implements Clock {
  #now: number;
  constructor(start = '2026-03-02T09:00:00.000Z') {
    this.#now = Date.parse(start);
  }
  now(): Date {
    return new Date(this.#now);
  }
  advance(ms: number): void {
    this.#now += ms;
  }
}

/** Predictable ids: `prefix-1`, `prefix-2`, … */
export const sequentialIds = (prefix = 'entry'): IdGenerator => {
  let next = 0;
  return { next: () => `${prefix}-${++next}` };
};

/** Raw SQL on the engine's database, bypassing the store (to prove what the DATABASE refuses, and to tamper). */
export interface RawAccess {
  exec(statement: string): Promise<void>;
  /** Removes the append-only guard, as an attacker with file or superuser access could. */
  disableAuditGuard(): Promise<void>;
  /** PostgreSQL only: takes the audit chain's advisory lock in another session, as a slow audit writer would; returns its release. */
  holdAuditLock?(): Promise<() => Promise<void>>;
}

/** One isolated database: every `open` is another instance on it (another bot instance, same data). */
export interface StoreEnvironment {
  open(options: { clock: Clock; ids?: IdGenerator }): Promise<Store>;
  /** SQL engines only. */
  readonly raw?: RawAccess;
  /** Whether separate instances are separate leaders (PostgreSQL), or one process leads always. */
  readonly exclusiveLeadership: boolean;
  destroy(): Promise<void>;
}

export interface StoreHarness {
  readonly name: string;
  create(): Promise<StoreEnvironment>;
}
