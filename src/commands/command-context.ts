import type { Checker } from '../policy/check-draft.ts';
import type { OwnerRule } from '../policy/grants.ts';
import type { ParsedPolicy } from '../policy/policy-document.ts';
import type { Clock, Store } from '../policy/ports.ts';
import type { Verdict } from '../policy/types.ts';
import type { Reply } from './request.ts';

/** What every command handler may use: the policy, its checker, the store's ports, the owners and a clock. */
export interface CommandContext {
  readonly policy: ParsedPolicy;
  readonly checker: Checker;
  readonly store: Pick<Store, 'audit' | 'grants' | 'acknowledgements'>;
  readonly owners: readonly OwnerRule[];
  readonly clock: Clock;
}

/** A handler's answer plus what the router may log about it (never the person's words). */
export interface Handled {
  readonly reply: Reply;
  readonly verdict?: Verdict;
  /** Every clause id the reply cites. */
  readonly clauses?: readonly string[];
}

