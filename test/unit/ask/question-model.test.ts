import { describe, expect, it } from 'vitest';
import { fitsDocument, NOT_COVERED, questionFeatures, readQuestion } from '../../../src/policy/question-model.ts';
import { featureFactsOf, featureHashesOfTokens, tokensOf } from '../../../src/policy/learned/draft-features.ts';
import { hashText } from '../../../src/policy/learned/feature-hash.ts';
import { linearModel } from '../../../src/policy/learned/linear-model.ts';
import { foldText } from '../../../src/policy/normalise-text.ts';
import { loadZrtherapy } from '../../helpers/policy.ts';
import { ourQuestionModel, trainedQuestionModel } from '../../helpers/question-model.ts';

const policy = loadZrtherapy();
const facts = featureFactsOf(policy.document);

describe('the question model', () => {
  it('reads a question with the features training saw, hashed the same way', () => {
    const question = "My ex-client added me on Insta, can I accept? It's been 2 years";
    const hashes: number[] = [];
    featureHashesOfTokens(tokensOf(foldText(question).folded, facts), (hash) => hashes.push(hash));
    expect(hashes).toEqual(questionFeatures(question, facts).map((feature) => hashText(feature)));
  });

  it('names the clause a paraphrase is about, and knows what the policy does not cover', () => {
    const model = ourQuestionModel();
    const friend = readQuestion(model, 'former client wants to be friends on facebook', facts);
    expect([...friend.clauses].sort((a, b) => b[1] - a[1])[0]![0]).toBe('company.client-friend-requests');
    expect(friend.notCovered).toBeLessThan(0.5);
    expect(readQuestion(model, 'how many days of holiday are left this year', facts).notCovered).toBeGreaterThan(0.5);
  });

  it('fits a document only when every label is one of its clause ids or not-covered', () => {
    expect(fitsDocument(ourQuestionModel(), policy.document)).toBe(true);
    const stranger = linearModel(trainedQuestionModel([['a', 'clause.nobody-has'], ['b', NOT_COVERED]]));
    expect(fitsDocument(stranger, policy.document)).toBe(false);
    const noNotCovered = linearModel({ ...trainedQuestionModel([['a', 'scope'], ['b', 'key-details']]), labels: ['introduction', 'scope', 'key-details'] });
    expect(fitsDocument(noNotCovered, policy.document)).toBe(false);
  });
});
