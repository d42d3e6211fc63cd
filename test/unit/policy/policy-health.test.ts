import { describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { describeHealthProblem, policyHealth } from '../../../src/policy/policy-health.ts';
import { parsePolicyDocument } from '../../../src/policy/policy-document.ts';
import { loadZrtherapy, ZRTHERAPY_POLICY_FILE } from '../../helpers/policy.ts';

describe('policyHealth', () => {
  const policy = loadZrtherapy();
  const problems = policyHealth(policy, new Date('2026-11-24T12:00:00Z'));

  it('warns that the seed policy is years past its review date', () => {
    expect(problems).toContainEqual({ kind: 'review-overdue', nextReview: '2020-01-01', daysOverdue: 2519 });
    expect(describeHealthProblem(problems[0]!)).toBe('The policy was due for review on 2020-01-01 (2519 days ago).');
  });

  it('finds the placeholder the seed still has', () => {
    expect(problems).toContainEqual({ kind: 'placeholder', clause: 'advice.if-unsure-dont-post', placeholder: '[social media manager]' });
  });

  it('says nothing about a review date still to come', () => {
    expect(policyHealth(policy, new Date('2019-06-01T00:00:00Z')).filter((problem) => problem.kind === 'review-overdue')).toEqual([]);
  });

  it('names clauses no check or question can reach', () => {
    const document = parse(readFileSync(ZRTHERAPY_POLICY_FILE, 'utf8'));
    Object.assign(document.clauses[2], { detectors: [], keywords: [], questions: [] });
    const outcome = parsePolicyDocument(stringify(document));
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    const unreachable = policyHealth(outcome.policy, new Date('2019-06-01T00:00:00Z')).filter((problem) => problem.kind === 'unreachable-clause');
    expect(unreachable.map((problem) => problem.kind === 'unreachable-clause' && problem.clause)).toContain(document.clauses[2].id);
  });

  it('names stop rules no check cites, but not the rules the register enforces', () => {
    expect(problems.filter((problem) => problem.kind === 'unchecked-rule')).toEqual([]);
    const document = parse(readFileSync(ZRTHERAPY_POLICY_FILE, 'utf8'));
    const defamation = document.clauses.find((clause: { id: string }) => clause.id === 'safe.defamation');
    defamation.detectors = [];
    const outcome = parsePolicyDocument(stringify(document));
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    const unchecked = policyHealth(outcome.policy, new Date('2019-06-01T00:00:00Z')).filter((problem) => problem.kind === 'unchecked-rule');
    expect(unchecked).toEqual([{ kind: 'unchecked-rule', clause: 'safe.defamation' }]);
    expect(describeHealthProblem(unchecked[0]!)).toMatch(/^safe\.defamation is a stop rule that no check cites/);
  });
});
