import { createChecker } from '../../../src/policy/check-draft.ts';
import type { Clock, Store } from '../../../src/policy/ports.ts';
import { createHandleRequest, type RouterDeps } from '../../../src/commands/router.ts';
import type { Actor, BotRequest, HandleRequest } from '../../../src/commands/request.ts';
import { createMemoryStore } from '../../../src/store/memory-store.ts';
import { loadZrtherapy } from '../../helpers/policy.ts';

/** A fixed clock: audit times and "review overdue" do not depend on when the tests run. */
export const FIXED_NOW = new Date('2026-03-02T10:00:00.000Z');
export const fixedClock: Clock = { now: () => FIXED_NOW };

export const OWNER: Actor = { platform: 'slack', userId: 'UOWNER1', workspaceId: 'T1' };
export const STAFF: Actor = { platform: 'slack', userId: 'USTAFF1', workspaceId: 'T1' };

export interface LogLine {
  readonly level: string;
  readonly msg: string;
  readonly [field: string]: unknown;
}

export interface RouterFixture {
  readonly handle: HandleRequest;
  readonly store: Store;
  readonly logs: LogLine[];
  readonly deps: RouterDeps;
}

const policy = loadZrtherapy();
const checker = createChecker(policy);

/** The router over the in-memory store, a fixed clock, `slack:UOWNER1` as the only owner, logs kept in memory. */
export const routerFixture = (overrides: Partial<RouterDeps> = {}): RouterFixture => {
  const store = createMemoryStore({ clock: fixedClock });
  const logs: LogLine[] = [];
  const record = (level: string) => (fields: object, msg?: string) => {
    logs.push({ ...(fields as Record<string, unknown>), level, msg: msg ?? '' });
  };
  const deps: RouterDeps = {
    current: () => ({ policy, checker }),
    store,
    owners: [{ platform: 'slack', userId: 'UOWNER1' }],
    clock: fixedClock,
    logger: { info: record('info'), error: record('error') } as unknown as RouterDeps['logger'],
    referenceId: () => 'ref-test01',
    ...overrides,
  };
  return { handle: createHandleRequest(deps), store, logs, deps };
};

export const command = (text: string, actor: Actor = STAFF): BotRequest => ({ kind: 'command', actor, text });
