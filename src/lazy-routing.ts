import type { Actor, BotRequest, HandleRequest, Reply } from './commands/request.ts';
import type { CurrentPolicy, RouterDeps } from './commands/router.ts';
import type { Checker } from './policy/check-draft.ts';
import type { ParsedPolicy } from './policy/policy-document.ts';
import type { Store } from './policy/ports.ts';

/**
 * The request handler and the home view, with the router loaded when the first request comes
 * rather than at start, and the checking code (the rules) when the first request that may
 * check comes: the rules build large pattern tables as they load (hundreds of ms and tens of
 * MB), which a bot that is up but not yet asked anything, or asked only for help, does not
 * need. A policy's checker is compiled on its first check.
 */
export interface Routing {
  readonly handle: HandleRequest;
  readonly home: (actor: Actor) => Promise<Reply>;
  /** Loads the router now (the shell answers at once); requests await the same load. */
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
   * Runs once before the checking code loads, e.g. to install the literal gate's disk cache that
   * the rules' modules use as they load. Only for what makes loading faster: a failure is ignored.
   */
  readonly prepare?: () => Promise<void>;
}

/**
 * Commands whose handlers never check a draft (none reads `context.checker`, none imports the
 * rules): they are answered without loading them. Every other request, new commands included,
 * waits for the checking code first.
 */
const NEEDS_NO_CHECKER: ReadonlySet<string> = new Set(['help', 'status', 'explain', 'walkthrough', 'grants', 'grant', 'revoke', 'approve', 'unapprove', 'audit']);

type CheckingCode = typeof import('./policy/check-draft.ts');
type ParseCommand = typeof import('./commands/parse-command.ts').parseCommand;

/** A handler and home view that load the router on their first call, and the rules on the first request that may check. */
export const lazyRouting = ({ policy: policyNow, store: opening, prepare, ...deps }: LazyRoutingDeps): Routing => {
  let checking: CheckingCode | undefined;
  let loadingChecker: Promise<CheckingCode> | undefined;
  const loadChecker = (): Promise<CheckingCode> => {
    // Prepared first: the rules' modules register their patterns with the literal gate as they are evaluated.
    loadingChecker ??= (prepare?.() ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => import('./policy/check-draft.ts'))
      .then((code) => (checking = code));
    // A failed load (a broken install) is tried again by the next request rather than kept.
    loadingChecker.catch(() => {
      loadingChecker = undefined;
    });
    return loadingChecker;
  };

  let loading: Promise<Loaded> | undefined;
  const loadCode = (): Promise<Loaded> => {
    loading ??= Promise.all([import('./commands/router.ts'), opening]).then(([router, store]) => {
      let current: CurrentPolicy | undefined;
      const routerDeps: RouterDeps = {
        ...deps,
        store,
        current: () => {
          const policy = policyNow();
          if (current?.policy !== policy) {
            // Compiled on the first check of this policy version (checkerFor keeps one per policy), not on a help or a status.
            const checker: Checker = {
              policy,
              check: (input) => {
                // `handle` loads the checking code before any request that may check; reaching here without it is a bug.
                if (!checking) throw new Error('a draft was checked before the checking code loaded');
                return checking.checkerFor(policy).check(input);
              },
            };
            current = { policy, checker };
          }
          return current;
        },
      };
      return { handle: router.createHandleRequest(routerDeps), home: router.createHomeView(routerDeps) };
    });
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
  let parsing: Promise<ParseCommand> | undefined;
  /** Whether a request may check a draft (so it needs the checking code); a few small modules decide. */
  const mayCheck = async (request: BotRequest): Promise<boolean> => {
    if (request.kind !== 'command') return true;
    parsing ??= import('./commands/parse-command.ts').then(({ parseCommand }) => parseCommand);
    // Not cached on failure: the router's own load would fail the same way and report it.
    parsing.catch(() => {
      parsing = undefined;
    });
    const parseCommand = await parsing;
    try {
      return !NEEDS_NO_CHECKER.has(parseCommand(request.text).name);
    } catch {
      // Refused by the parser: the router answers with the reason, which needs no checker.
      return false;
    }
  };
  return {
    handle: async (request) => {
      // The router and (when needed) the checking code load side by side.
      const [loaded] = await Promise.all([loadCode(), mayCheck(request).then((needed) => (needed ? loadChecker() : undefined))]);
      return loaded.handle(request);
    },
    home: async (actor) => (await loadCode()).home(actor),
    load: async () => {
      await loadCode();
    },
  };
};
