import type { ParsedPolicy } from '../../policy/policy-document.ts';

/**
 * The clause ids the command layer knows by name (`company.authorised-users` for grants, …) that
 * the running policy really has. Another organisation's policy may not, and a reply must never
 * cite a clause the policy does not contain.
 */
export const presentClauses = (policy: ParsedPolicy, ids: readonly string[]): string[] =>
  ids.filter((id) => policy.document.clauses.some((clause) => clause.id === id));

/** " (a, b)" for the clauses present, or "" when none is. */
export const clauseNote = (policy: ParsedPolicy, ids: readonly string[]): string => {
  const present = presentClauses(policy, ids);
  return present.length > 0 ? ` (${present.join(', ')})` : '';
};
