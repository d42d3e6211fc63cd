import { describe, expect, it } from 'vitest';
import { buildWalkthrough, walkthroughStep } from '../../../src/policy/walkthrough.ts';
import { loadZrtherapy } from '../../helpers/policy.ts';

describe('buildWalkthrough', () => {
  const policy = loadZrtherapy();
  const walkthrough = buildWalkthrough(policy);

  it('has one step per clause the document names, in order, with the policy version', () => {
    expect(walkthrough.steps.map((step) => step.clauseId)).toEqual(policy.document.walkthrough?.steps);
    expect(walkthrough.policyVersion).toBe(policy.version);
    expect(walkthrough.intro).toBe(policy.document.walkthrough?.intro);
  });

  it('quotes each clause verbatim with its summary and example, and marks the last', () => {
    const clauses = new Map(policy.document.clauses.map((clause) => [clause.id, clause]));
    for (const step of walkthrough.steps) {
      const clause = clauses.get(step.clauseId)!;
      expect(step.text).toBe(clause.text);
      expect(step.explanation).toBe(clause.summary);
      expect(step.example).toBe(clause.example);
      expect(step.total).toBe(walkthrough.steps.length);
    }
    expect(walkthrough.steps.filter((step) => step.isLast).map((step) => step.index)).toEqual([walkthrough.steps.length - 1]);
  });

  it('clamps a stale index into range', () => {
    expect(walkthroughStep(walkthrough, -3)?.index).toBe(0);
    expect(walkthroughStep(walkthrough, 99)?.isLast).toBe(true);
    expect(walkthroughStep(walkthrough, 1.5)?.index).toBe(0);
    expect(walkthroughStep(walkthrough, 2)?.index).toBe(2);
  });

  it('a policy without a walkthrough has no steps', () => {
    const { walkthrough: _omitted, ...document } = policy.document;
    const bare = buildWalkthrough({ document, version: policy.version });
    expect(bare.steps).toEqual([]);
    expect(walkthroughStep(bare, 0)).toBeUndefined();
  });
});

describe('the ZRTherapy walkthrough', () => {
  it('gives every step a short example of doing it right', () => {
    const walkthrough = buildWalkthrough(loadZrtherapy());
    const steps = Array.from({ length: 8 }, (_, index) => walkthroughStep(walkthrough, index));
    expect(steps.every((step) => step !== undefined && typeof step.example === 'string' && step.example.length > 20)).toBe(true);
  });
});
