import type { ParsedPolicy } from './policy-document.ts';
import { VERDICT_RANK, type Account, type CheckResult, type Finding } from './types.ts';

/** The clause that reserves company accounts to authorised people (interface.md names it for `grant`). */
export const AUTHORISED_USERS_CLAUSE = 'company.authorised-users';

/** What the register says about the person checking a draft. */
export interface AuthorisationFacts {
  readonly account: Account | undefined;
  /** Holds an unexpired grant for at least one company account. */
  readonly holdsGrant: boolean;
  /** A policy owner: the person who authorises others, so authorised themselves. */
  readonly isOwner: boolean;
}


/**
 * Adds a `company.authorised-users` finding to a check of a company-account draft by someone the
 * register does not authorise. Pure: the caller asks the register, this decides what it means.
 * A policy without that clause is returned unchanged.
 */
export const withAccountAuthorisation = (policy: ParsedPolicy, result: CheckResult, facts: AuthorisationFacts): CheckResult => {
  if (facts.account !== 'company' || facts.holdsGrant || facts.isOwner) return result;
  const clause = policy.document.clauses.find((candidate) => candidate.id === AUTHORISED_USERS_CLAUSE);
  if (!clause) return result;
  const severity = clause.severity === 'caution' ? 'caution' : 'stop';
  const finding: Finding = {
    clause: clause.id,
    // The whole draft: it is who posts, not what the draft says, that breaches the clause.
    span: [0, 0],
    reason: `Only authorised people may post on the company's accounts, and you hold no authorisation; ask ${policy.document.owner.name} for one.`,
    severity,
    detector: 'account-authorisation',
  };
  const findings = [finding, ...result.findings].sort((a, b) => VERDICT_RANK[b.severity] - VERDICT_RANK[a.severity]);
  const verdict = VERDICT_RANK[severity] > VERDICT_RANK[result.verdict] ? severity : result.verdict;
  return { verdict, findings };
};
