import { hashText } from '../src/policy/learned/feature-hash.ts';
import { packWeights, storedModelSchema, type LinearModel, type StoredModel } from '../src/policy/learned/linear-model.ts';
import type { TrainedWeights } from '../src/policy/learned/train-linear-model.ts';

/** What both training scripts share: the stored form of a trained model, prediction from feature texts, and rare-feature pruning. */

export interface StoredModelFacts {
  readonly labels: readonly string[];
  /** The label meaning "nothing to say" (ok, not covered). */
  readonly neutral: string;
  readonly threshold: number;
  readonly corpusSha256: string;
}

/** The model as the repository stores it (linear-model.ts), validated. */
export const toStoredModel = (trained: TrainedWeights, { labels, neutral, threshold, corpusSha256 }: StoredModelFacts): StoredModel =>
  storedModelSchema.parse({
    version: 3,
    corpusSha256,
    labels: [...labels],
    neutralLabel: labels.indexOf(neutral),
    threshold,
    bias: [...trained.bias].map((value) => Math.round(value * 10_000) / 10_000),
    ...packWeights(trained.weights, labels.length),
  });

/** Probability of each label for one example's feature texts. */
export const predict = (model: LinearModel, features: readonly string[]): Float64Array =>
  model.probabilities((add) => features.forEach((feature) => add(hashText(feature))));

/**
 * Keeps, of each example's features, those seen in at least `minimum` examples: a feature seen in
 * one example only says more about that example than about its kind.
 */
export const withoutRareFeatures = (featureLists: readonly (readonly string[])[], minimum: number): string[][] => {
  const examplesWith = new Map<string, number>();
  for (const features of featureLists) for (const feature of new Set(features)) examplesWith.set(feature, (examplesWith.get(feature) ?? 0) + 1);
  return featureLists.map((features) => features.filter((feature) => examplesWith.get(feature)! >= minimum));
};
