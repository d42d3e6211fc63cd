import { checkerFor } from './check-draft.ts';
import { isUserError } from './errors.ts';
import type { ParsedPolicy } from './policy-document.ts';

/**
 * The situations a question describes, as the policy's own checker sees them. "Can I post our
 * monthly takings?" is a draft about business figures whatever words the question uses, so the
 * checker's findings over the question name clauses that word search alone can miss. The
 * policy's one checker is shared with drafts (`checkerFor`); the question is never stored.
 */

export interface QuestionFinding {
  readonly clause: string;
  /** Which detector raised it: the checker's own id, used to tell situations apart. */
  readonly detector: string;
}

/** Clauses the checker cites for the question's text, most severe first, each once. */
export const questionFindings = (policy: ParsedPolicy, question: string): QuestionFinding[] => {
  let findings;
  try {
    findings = checkerFor(policy).check({ text: question }).findings;
  } catch (error) {
    // A question longer than a draft can be is still answered, from its words alone.
    if (isUserError(error)) return [];
    throw error;
  }
  const seen = new Set<string>();
  const unique: QuestionFinding[] = [];
  for (const finding of findings) {
    if (seen.has(finding.clause)) continue;
    seen.add(finding.clause);
    unique.push({ clause: finding.clause, detector: finding.detector });
  }
  return unique;
};
