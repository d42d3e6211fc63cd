import { createChecker, type Checker } from './check-draft.ts';
import { isUserError } from './errors.ts';
import type { ParsedPolicy } from './policy-document.ts';

/**
 * The situations a question describes, as the policy's own checker sees them. "Can I post our
 * monthly takings?" is a draft about business figures whatever words the question uses, so the
 * checker's findings over the question name clauses that word search alone can miss. The
 * checker is compiled once per policy object; the question is never stored.
 */

export interface QuestionFinding {
  readonly clause: string;
  /** Which detector raised it: the checker's own id, used to tell situations apart. */
  readonly detector: string;
}

const checkers = new WeakMap<ParsedPolicy, Checker>();

const checkerOf = (policy: ParsedPolicy): Checker => {
  let checker = checkers.get(policy);
  if (!checker) {
    checker = createChecker(policy);
    checkers.set(policy, checker);
  }
  return checker;
};

/** Clauses the checker cites for the question's text, most severe first, each once. */
export const questionFindings = (policy: ParsedPolicy, question: string): QuestionFinding[] => {
  let findings;
  try {
    findings = checkerOf(policy).check({ text: question }).findings;
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
