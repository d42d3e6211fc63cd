import { AUTHORISED_USERS_CLAUSE } from './account-authorisation.ts';
import { APP_APPROVAL_CLAUSE } from './app-approval.ts';
import type { ParsedPolicy } from './policy-document.ts';

/**
 * What a policy owner should look after: a review date that has passed, placeholders left in
 * the text ("[social media manager]"), and clauses that neither a check nor a question can
 * reach (no detector bound, no keywords, no example questions).
 */
export type HealthProblem =
  | { readonly kind: 'review-overdue'; readonly nextReview: string; readonly daysOverdue: number }
  | { readonly kind: 'placeholder'; readonly clause: string; readonly placeholder: string }
  | { readonly kind: 'unreachable-clause'; readonly clause: string }
  | { readonly kind: 'unchecked-rule'; readonly clause: string };

/** Rules the register enforces in chat (who may post, which apps), not a detector. */
const REGISTER_RULES: ReadonlySet<string> = new Set([AUTHORISED_USERS_CLAUSE, APP_APPROVAL_CLAUSE]);

/** "[social media manager]", "[insert name]", "<owner>", "TBC", "XXX". */
const PLACEHOLDER = /\[[^\]\n]{1,60}\]|<[a-z][^>\n]{0,40}>|\b(?:TBC|TBD|XXX+)\b/g;
const DAY_MS = 24 * 60 * 60 * 1000;

export const policyHealth = (policy: ParsedPolicy, today: Date): HealthProblem[] => {
  const { document } = policy;
  const problems: HealthProblem[] = [];
  const daysOverdue = Math.floor((today.getTime() - Date.parse(`${document.dates.nextReview}T00:00:00Z`)) / DAY_MS);
  if (daysOverdue > 0) problems.push({ kind: 'review-overdue', nextReview: document.dates.nextReview, daysOverdue });
  for (const clause of document.clauses) {
    for (const placeholder of new Set(clause.text.match(PLACEHOLDER) ?? [])) problems.push({ kind: 'placeholder', clause: clause.id, placeholder });
  }
  for (const clause of document.clauses) {
    if (clause.severity === 'stop' && clause.detectors.length === 0 && !REGISTER_RULES.has(clause.id)) {
      // A "must not" no detector is bound to: every draft that breaks it is checked as fine.
      problems.push({ kind: 'unchecked-rule', clause: clause.id });
    } else if (clause.detectors.length === 0 && clause.keywords.length === 0 && clause.questions.length === 0) {
      problems.push({ kind: 'unreachable-clause', clause: clause.id });
    }
  }
  return problems;
};

/** One line per problem, for a person. */
export const describeHealthProblem = (problem: HealthProblem): string => {
  switch (problem.kind) {
    case 'review-overdue':
      return `The policy was due for review on ${problem.nextReview} (${problem.daysOverdue} days ago).`;
    case 'placeholder':
      return `${problem.clause} still has a placeholder: ${problem.placeholder}`;
    case 'unreachable-clause':
      return `${problem.clause} cannot be reached by a check or a question: bind a detector or add keywords or example questions.`;
    case 'unchecked-rule':
      return `${problem.clause} is a stop rule that no check cites: bind the detectors that find what it forbids (detectors:), or it is never flagged.`;
  }
};
