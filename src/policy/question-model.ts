import { featureHashesOfTokens, featuresOfTokens, tokensOf, type FeatureFacts } from './learned/draft-features.ts';
import type { LinearModel } from './learned/linear-model.ts';
import { foldText } from './normalise-text.ts';
import type { PolicyDocument } from './policy-document.ts';

/**
 * A policy's question model: a linear model (learned/linear-model.ts) trained by `npm run train`
 * on staff questions written for that policy, labelled with the clause ids that answer them or
 * with NOT_COVERED. The search reads a question's words against the policy's; the model has read
 * many ways people ask, so it knows that "ex client added me on insta??" is about friend requests
 * and that "can clients bring their dogs?" is not the policy's business, whichever words they share.
 * It is data that travels with the policy file: a policy without one is answered by the search alone.
 */

/** The label of questions the policy does not answer. */
export const NOT_COVERED = 'not-covered';

/** What the model read in one question. */
export interface QuestionReading {
  /** Probability that the policy does not answer the question. */
  readonly notCovered: number;
  /** Probability of each clause being the answer, for the clauses the model knows. */
  readonly clauses: ReadonlyMap<string, number>;
}

/** Every feature of a question, as training sees them (prediction hashes the same ones, see readQuestion). */
export const questionFeatures = (question: string, facts: FeatureFacts): string[] => {
  const features: string[] = [];
  featuresOfTokens(tokensOf(foldText(question).folded, facts), (feature) => features.push(feature));
  return features;
};

/** The model's reading of one question. */
export const readQuestion = (model: LinearModel, question: string, facts: FeatureFacts): QuestionReading => {
  const tokens = tokensOf(foldText(question).folded, facts);
  const probabilities = model.probabilities((add) => featureHashesOfTokens(tokens, (hash) => add(hash)));
  const clauses = new Map<string, number>();
  let notCovered = 0;
  model.labels.forEach((label, index) => {
    if (label === NOT_COVERED) notCovered = probabilities[index]!;
    else clauses.set(label, probabilities[index]!);
  });
  return { notCovered, clauses };
};

/** True when every label of the model is a clause of the document or NOT_COVERED: a model trained for another version of the clauses is not used. */
export const fitsDocument = (model: LinearModel, document: PolicyDocument): boolean => {
  const ids = new Set(document.clauses.map((clause) => clause.id));
  return model.labels.includes(NOT_COVERED) && model.labels.every((label) => label === NOT_COVERED || ids.has(label));
};
