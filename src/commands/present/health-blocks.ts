import type { ParsedPolicy } from '../../policy/policy-document.ts';
import { describeHealthProblem, policyHealth } from '../../policy/policy-health.ts';
import type { ReplyBlock } from '../request.ts';

const MAX_LISTED = 10;

/** Policy health for owners: placeholders left in the text and clauses nothing can reach (the review date is shown on its own). */
export const presentHealth = (policy: ParsedPolicy, now: Date): ReplyBlock[] => {
  const problems = policyHealth(policy, now).filter((problem) => problem.kind !== 'review-overdue');
  if (problems.length === 0) return [];
  const lines = problems.slice(0, MAX_LISTED).map((problem) => `• ${describeHealthProblem(problem)}`);
  if (problems.length > MAX_LISTED) lines.push(`• and ${problems.length - MAX_LISTED} more: see \`npm run --silent cli -- policy validate\`.`);
  return [{ type: 'text', text: `Policy health:\n${lines.join('\n')}` }];
};
