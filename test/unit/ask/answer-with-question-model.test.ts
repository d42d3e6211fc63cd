import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/policy/answer-question.ts';
import type { LinearModel } from '../../../src/policy/learned/linear-model.ts';
import { NOT_COVERED } from '../../../src/policy/question-model.ts';
import { loadZrtherapy } from '../../helpers/policy.ts';

const shipped = loadZrtherapy();
const searchAlone = { ...shipped, questionModel: undefined };

/** A model that reads every question the same way: `probabilities` by label. */
const modelReading = (probabilities: Readonly<Record<string, number>>): LinearModel => {
  const labels = [NOT_COVERED, ...shipped.document.clauses.map((clause) => clause.id)];
  return {
    labels,
    neutralLabel: 0,
    threshold: 0.5,
    probabilities: () => Float64Array.from(labels.map((label) => probabilities[label] ?? 0)),
    weightOf: () => 0,
  };
};
const withModel = (probabilities: Readonly<Record<string, number>>) => ({ ...shipped, questionModel: () => modelReading(probabilities) });

describe('answering with a question model', () => {
  const question = 'is it ok to post a photo of the team night out on my own instagram';

  it('puts the clause the model is sure of first, among what the search found', () => {
    const alone = answerQuestion(searchAlone, question).clauses;
    expect(alone.length).toBeGreaterThan(1);
    const second = alone[1]!;
    expect(answerQuestion(withModel({ [second]: 0.95, [NOT_COVERED]: 0.01 }), question).clauses[0]).toBe(second);
  });

  it('brings in a clause the search did not find when the model is sure of it', () => {
    const alone = answerQuestion(searchAlone, question).clauses;
    const missing = shipped.document.clauses.map((clause) => clause.id).find((id) => !alone.includes(id))!;
    expect(answerQuestion(withModel({ [missing]: 0.9, [NOT_COVERED]: 0.05 }), question).clauses).toContain(missing);
  });

  it('says it does not know when the model is sure the policy does not cover the question, and the words are not enough', () => {
    const borderline = 'can clients bring their dogs along to sessions';
    expect(answerQuestion(withModel({ [NOT_COVERED]: 0.97 }), borderline).clauses).toEqual([]);
    expect(answerQuestion(withModel({ 'company.client-friend-requests': 0.6, [NOT_COVERED]: 0.02 }), borderline).clauses).not.toEqual([]);
  });

  it("leads with the first clause's own yes-or-no answer unless the model reads the question as another clause's", () => {
    const friendRequest = 'my counselling client wants to be friends on facebook, may I say yes';
    const clause = shipped.document.clauses.find((candidate) => candidate.id === 'company.client-friend-requests')!;
    const sure = answerQuestion(withModel({ [clause.id]: 0.9, [NOT_COVERED]: 0.02 }), friendRequest);
    expect(sure.clauses[0]).toBe(clause.id);
    expect(sure.answer.startsWith(clause.answer!)).toBe(true);
    // Ranked first on its words and the checker's finding while the model reads another clause, it is quoted, not answered for.
    const unsure = answerQuestion(withModel({ [clause.id]: 0.05, 'personal.value': 0.2, [NOT_COVERED]: 0.02 }), friendRequest);
    expect(unsure.clauses[0]).toBe(clause.id);
    expect(unsure.answer.startsWith(`The policy says: ${clause.summary}`)).toBe(true);
    // Read low but with no rival, the clause keeps its answer.
    expect(answerQuestion(withModel({ [clause.id]: 0.05, [NOT_COVERED]: 0.02 }), friendRequest).answer.startsWith(clause.answer!)).toBe(true);
    // Without a model there is no reading to doubt the search with.
    expect(answerQuestion(searchAlone, friendRequest).answer.startsWith(clause.answer!)).toBe(true);
  });

  it('leaves a question about practising therapy to the policy owner when the model leans towards not covered', () => {
    const therapyWork = 'a client told me in session she is being bullied on instagram, how do I support her through it?';
    expect(answerQuestion(withModel({ [NOT_COVERED]: 0.5 }), therapyWork).clauses).toEqual([]);
    // The same question read as the policy's is answered: the model's doubt decides, not the words alone.
    expect(answerQuestion(withModel({ 'safe.discussing-others': 0.6, [NOT_COVERED]: 0.1 }), therapyWork).clauses).not.toEqual([]);
    // Asked about the practice's own reply, it is a conduct question whatever the model leans to.
    const ownReply = 'a client left a review saying she is being bullied on instagram, how do I reply to her?';
    expect(answerQuestion(withModel({ [NOT_COVERED]: 0.5 }), ownReply).clauses).not.toEqual([]);
  });

  it('still answers a situation the checker recognises, whatever the model reads', () => {
    const described = 'can I post on facebook that a client told me today she is leaving her husband';
    expect(answerQuestion(withModel({ [NOT_COVERED]: 0.99 }), described).clauses).not.toEqual([]);
  });
});
