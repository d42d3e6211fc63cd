import type { Clause } from '../../policy/policy-document.ts';

/** How a clause weighs on a draft, in the verdict words: a "must not" is STOP, a "check first" CAUTION. */
export const ruleKind = (clause: Pick<Clause, 'severity'>): string | undefined => {
  switch (clause.severity) {
    case 'stop':
      return 'STOP rule: breaking it means do not post';
    case 'caution':
      return 'CAUTION rule: check before posting';
    case 'info':
      return undefined;
    default: {
      const unreachable: never = clause.severity;
      return unreachable;
    }
  }
};
