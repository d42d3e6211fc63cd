import type { Actor, HandleRequest, Reply } from './commands/request.ts';
import type { CurrentPolicy, RouterDeps } from './commands/router.ts';
import type { Checker } from './policy/check-draft.ts';
import type { ParsedPolicy } from './policy/policy-document.ts';
import type { Store } from './policy/ports.ts';

/**
 * The request handler and the home view, with the router and the checking code loaded when the
 * first request comes rather than at start: they are most of the bot's own code, and the rules
 * build large pattern tables as they load (hundreds of ms and tens of MB), which a bot that is
 * up but not yet asked anything does not need. A policy's checker is compiled on its first check.
 */
export interface Routing {
  readonly handle: HandleRequest;
  readonly home: (actor: Actor) => Promise<Reply>;
  /** Loads the code now (the shell answers at once); requests await the same load. */
  load(): Promise<void>;
}

interface Loaded {
  readonly handle: HandleRequest;
  readonly home: (actor: Actor) => Promise<Reply>;
}

export interface LazyRoutingDeps extends Omit<RouterDeps, 'current' | 'store'> {
  /** The policy running now; the router gets it with its checker. */
  readonly policy: () => ParsedPolicy;
  /** The store, once open: requests that come sooner wait for it. */
  readonly store: Promise<Store>;
  /**
   * Runs once before the code loads, e.g. to install the literal gate's disk cache that the
   * rules' modules use as they load. Only for what makes loading faster: a failure is ignored.
   */
  readonly prepare?: () => Promise<void>;
}

/** A handler and home view that load the router (and through it the rules) on their first call. */
export const lazyRouting = ({ policy: policyNow, store: opening, prepare, ...deps }: LazyRoutingDeps): Routing => {
  let loading: Promise<Loaded> | undefined;
  let prepared: Promise<void> | undefined;
  const loadCode = (): Promise<Loaded> => {
    // Prepared once, and before the router's modules are evaluated (a concurrent import could evaluate them first).
    prepared ??= (prepare?.() ?? Promise.resolve()).catch(() => undefined);
    loading ??= prepared.then(() => Promise.all([import('./commands/router.ts'), import('./policy/check-draft.ts'), opening])).then(([router, { checkerFor }, store]) => {
      let current: CurrentPolicy | undefined;
      const routerDeps: RouterDeps = {
        ...deps,
        store,
        current: () => {
          const policy = policyNow();
          if (current?.policy !== policy) {
            // Compiled on the first check of this policy version (checkerFor keeps one per policy), not on a help or a status.
            const checker: Checker = { policy, check: (input) => checkerFor(policy).check(input) };
            current = { policy, checker };
          }
          return current;
        },
      };
      return { handle: router.createHandleRequest(routerDeps), home: router.createHomeView(routerDeps) };
    });
    // A failed load (a broken install) is tried again by the next request rather than kept.
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
  return {
    handle: async (request) => (await loadCode()).handle(request),
    home: async (actor) => (await loadCode()).home(actor),
    load: async () => {
      await loadCode();
    },
  };
};
