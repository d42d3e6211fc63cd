import type { ParsedPolicy } from './policy-document.ts';

/**
 * The walkthrough of the policy's basic advice: one step per clause named in the document's
 * `walkthrough.steps`, each with the policy's verbatim words, a plain explanation (the clause
 * summary) and a short example of doing it right (the clause example). The last step asks for an
 * acknowledgement of `policyVersion`.
 */
export interface WalkthroughStep {
  /** From 0. */
  readonly index: number;
  readonly total: number;
  readonly clauseId: string;
  readonly heading: string;
  /** The policy's own words, verbatim. */
  readonly text: string;
  readonly explanation: string;
  readonly example?: string;
  readonly isLast: boolean;
}

export interface Walkthrough {
  readonly intro?: string;
  /** The version a person acknowledges at the end (the policy document's hash). */
  readonly policyVersion: string;
  readonly steps: readonly WalkthroughStep[];
}

/** Builds the walkthrough of a policy; a policy without one has no steps. */
export const buildWalkthrough = (policy: ParsedPolicy): Walkthrough => {
  const { document } = policy;
  const stepIds = document.walkthrough?.steps ?? [];
  const byId = new Map(document.clauses.map((clause) => [clause.id, clause]));
  const steps = stepIds.map((clauseId, index): WalkthroughStep => {
    // The schema already refused unknown step ids, so a missing clause is a programming error.
    const clause = byId.get(clauseId);
    if (!clause) throw new Error(`walkthrough step "${clauseId}" names no clause`);
    return {
      index,
      total: stepIds.length,
      clauseId,
      heading: clause.heading,
      text: clause.text,
      explanation: clause.summary,
      ...(clause.example === undefined ? {} : { example: clause.example }),
      isLast: index === stepIds.length - 1,
    };
  });
  return { ...(document.walkthrough?.intro === undefined ? {} : { intro: document.walkthrough.intro }), policyVersion: policy.version, steps };
};

/** The step at `index`, clamped into range (a stale Back/Next button cannot fall off either end); undefined when there are no steps. */
export const walkthroughStep = (walkthrough: Walkthrough, index: number): WalkthroughStep | undefined => {
  if (walkthrough.steps.length === 0) return undefined;
  const clamped = Math.min(Math.max(Number.isInteger(index) ? index : 0, 0), walkthrough.steps.length - 1);
  return walkthrough.steps[clamped];
};
