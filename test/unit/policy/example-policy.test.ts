import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/policy/answer-question.ts';
import { createChecker } from '../../../src/policy/check-draft.ts';
import { explainTopic } from '../../../src/policy/explain-clause.ts';
import { buildWalkthrough, walkthroughStep } from '../../../src/policy/walkthrough.ts';
import { loadPolicyFile } from '../../../src/load-policy-file.ts';

/**
 * A second organisation (a small advice charity) works from its own policy file alone: its own
 * clause ids in checks, explanations, answers and the walkthrough, with no code of its own.
 */
const file = fileURLToPath(new URL('../../../policies/examples/fernhill-advice-centre.yml', import.meta.url));
const outcome = loadPolicyFile(file);
if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
const policy = outcome.policy;
const checker = createChecker(policy);
const cited = (text: string, account?: 'company' | 'personal') => {
  const result = checker.check({ text, ...(account ? { account } : {}) });
  return { verdict: result.verdict, clauses: [...new Set(result.findings.map((finding) => finding.clause))] };
};

describe('the Fernhill Advice Centre example policy', () => {
  it('checks drafts against its own clauses', () => {
    expect(cited('Drop-in advice sessions are on Tuesdays, 10am to 1pm, at the community hall.')).toEqual({ verdict: 'ok', clauses: [] });
    expect(cited('Our volunteers are f*cking amazing, thank you all')).toMatchObject({ verdict: 'stop', clauses: ['respect.abuse'] });
    expect(cited('The admin login for our Facebook is fernhill_admin / Housing2025!')).toMatchObject({ verdict: 'stop', clauses: ['accounts.who-may-post'] });
    expect(cited('Vote them out: this government has abandoned renters.', 'company').clauses).toContain('respect.political-opinions');
    expect(cited('We guarantee every tenant who comes to us will win their case!').verdict).toBe('ok');
  });

  it('cites its own clause when a personal account speaks for the charity', () => {
    expect(cited('At Fernhill Advice Centre we believe nobody should be evicted without advice.', 'personal')).toMatchObject({
      verdict: 'caution',
      clauses: ['personal.views-own'],
    });
  });

  it('explains its own clauses by id and by topic', () => {
    const byId = explainTopic(policy, 'people.photo-consent');
    expect(byId.kind === 'clauses' && byId.clauses[0]?.id).toBe('people.photo-consent');
    const byWords = explainTopic(policy, 'photos at drop-in');
    expect(byWords.kind === 'clauses' && byWords.clauses.map((clause) => clause.id)).toContain('people.photo-consent');
    const topics = explainTopic(policy, '');
    expect(topics.kind === 'topics' && topics.sections.map((section) => section.title)).toContain('Protecting the people we help');
  });

  it('answers questions from its own clauses, and names its own owner when it does not know', () => {
    expect(answerQuestion(policy, 'is it ok to post a photo from the drop-in session?').clauses[0]).toBe('people.photo-consent');
    expect(answerQuestion(policy, 'can I name and shame a letting agent who broke the law?').clauses).toContain('respect.unproven-claims');
    const unknown = answerQuestion(policy, 'how much holiday do volunteers get each year?');
    expect(unknown.clauses).toEqual([]);
    expect(unknown.answer).toContain('Marcus Okonjo');
  });

  it('walks through its own good-practice habits', () => {
    const walkthrough = buildWalkthrough(policy);
    const first = walkthroughStep(walkthrough, 0);
    expect(first?.clauseId).toBe('practice.pause');
    expect(first?.total).toBe(4);
    expect(walkthroughStep(walkthrough, 3)?.isLast).toBe(true);
  });
});

describe('the Fernhill policy binds the general detectors its rules need', () => {
  it('flags a put-down of a group and a threat without any swear word', () => {
    expect(cited('Honestly, landlords are all scum and deserve everything coming to them.', 'company').clauses).toContain('respect.abuse');
    expect(cited('We know where you live and you will regret that review.', 'company')).toMatchObject({ verdict: 'stop', clauses: expect.arrayContaining(['respect.abuse']) });
  });
});
