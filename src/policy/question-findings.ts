import { APP_APPROVAL_CLAUSE, findAppMentions } from './app-approval.ts';
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
  /**
   * Whether the policy binds that detector to a clause by name: a rule the policy chose. A
   * finding derived otherwise (a model's reading of drafts) is a hint about a question, which
   * is not a draft, so only bound findings show on their own that the policy covers it.
   */
  readonly bound: boolean;
}

/** Detector ids the policy's clauses bind by name. */
const boundDetectors = (policy: ParsedPolicy): Set<string> =>
  new Set(policy.document.clauses.flatMap((clause) => clause.detectors.map((binding) => (typeof binding === 'string' ? binding : binding.detector))));

/** Clauses the checker cites for the question's text, bound findings first, each most severe first, each clause once. */
export const questionFindings = (policy: ParsedPolicy, question: string): QuestionFinding[] => {
  let findings;
  try {
    findings = checkerFor(policy).check({ text: question }).findings;
  } catch (error) {
    // A question longer than a draft can be is still answered, from its words alone.
    if (isUserError(error)) return [];
    throw error;
  }
  const bound = boundDetectors(policy);
  const marked = findings.map((finding) => ({ clause: finding.clause, detector: finding.detector, bound: bound.has(finding.detector) }));
  const seen = new Set<string>();
  const unique: QuestionFinding[] = [];
  for (const finding of [...marked.filter((one) => one.bound), ...marked.filter((one) => !one.bound)]) {
    if (seen.has(finding.clause)) continue;
    seen.add(finding.clause);
    unique.push(finding);
  }
  return unique;
};

/**
 * The app-approval clause when a question names a tool people connect to accounts ("can we
 * schedule posts with Buffer?"), as a draft naming one is in chat. The register is not asked
 * here, so it is cited whichever app it is; empty for a policy without that clause. Naming a
 * tool says what a question is about, not that the policy answers it ("how do I schedule a post
 * in Buffer?" is a task), so it ranks the clause without settling whether to answer.
 */
export const namedAppClauses = (policy: ParsedPolicy, question: string): string[] =>
  policy.document.clauses.some((clause) => clause.id === APP_APPROVAL_CLAUSE) && findAppMentions(policy, question).length > 0
    ? [APP_APPROVAL_CLAUSE]
    : [];
