import { featureScale, softmaxInPlace } from './linear-model.ts';

/**
 * Trains the multinomial logistic regression of `linear-model.ts`: stochastic gradient descent
 * with AdaGrad step sizes and L2 shrinkage, in a seeded order so the same corpus always gives
 * the same model (the stored model is checked against a retrain in the tests).
 */

export interface TrainingExample {
  readonly features: readonly string[];
  readonly label: number;
  /** How many features the draft had before rare ones were dropped (default: `features.length`). */
  readonly featureCount?: number;
}

export interface TrainingOptions {
  readonly labelCount: number;
  readonly epochs?: number;
  readonly learningRate?: number;
  /** L2 shrinkage per update: keeps rare words from deciding alone. */
  readonly l2?: number;
  /**
   * Average the weights over the epochs from this one on (default: the second half): the
   * average of a run's last steps generalises better than its last step alone.
   */
  readonly averageFrom?: number;
  readonly seed?: number;
}

export interface TrainedWeights {
  readonly bias: Float64Array;
  readonly weights: ReadonlyMap<string, Float64Array>;
}

/** A small seeded generator (mulberry32): deterministic shuffles without a dependency. */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
};

export const shuffled = <T>(items: readonly T[], random: () => number): T[] => {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
};

export const trainLinearModel = (examples: readonly TrainingExample[], options: TrainingOptions): TrainedWeights => {
  const { labelCount, epochs = 30, learningRate = 0.5, l2 = 1e-4, seed = 1 } = options;
  const averageFrom = options.averageFrom ?? Math.floor(epochs / 2);
  const weights = new Map<string, Float64Array>();
  const squaredGradients = new Map<string, Float64Array>();
  const bias = new Float64Array(labelCount);
  const biasSquared = new Float64Array(labelCount).fill(1e-8);
  const random = seededRandom(seed);
  const rowOf = (feature: string, table: Map<string, Float64Array>, fill: number): Float64Array => {
    let row = table.get(feature);
    if (!row) {
      row = new Float64Array(labelCount).fill(fill);
      table.set(feature, row);
    }
    return row;
  };

  // Each example's weight rows and squared-gradient rows, looked up once rather than per update.
  const prepared = examples.map((example) => ({
    label: example.label,
    scale: featureScale(example.featureCount ?? example.features.length),
    rows: example.features.map((feature) => rowOf(feature, weights, 0)),
    squares: example.features.map((feature) => rowOf(feature, squaredGradients, 1e-8)),
  }));
  const weightSums = new Map<string, Float64Array>();
  const biasSum = new Float64Array(labelCount);
  let averaged = 0;
  const scores = new Float64Array(labelCount);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { label: wanted, scale, rows, squares } of shuffled(prepared, random)) {
      scores.fill(0);
      for (const row of rows) for (let label = 0; label < labelCount; label++) scores[label]! += row[label]!;
      for (let label = 0; label < labelCount; label++) scores[label] = bias[label]! + scale * scores[label]!;
      softmaxInPlace(scores);
      for (let label = 0; label < labelCount; label++) {
        // Gradient of the cross-entropy: predicted minus wanted, times the feature's value.
        const gradient = scores[label]! - (label === wanted ? 1 : 0);
        biasSquared[label]! += gradient * gradient;
        bias[label]! -= (learningRate * gradient) / Math.sqrt(biasSquared[label]!);
        for (let index = 0; index < rows.length; index++) {
          const row = rows[index]!;
          const squared = squares[index]!;
          const step = gradient * scale + l2 * row[label]!;
          squared[label]! += step * step;
          row[label]! -= (learningRate * step) / Math.sqrt(squared[label]!);
        }
      }
    }
    if (epoch >= averageFrom) {
      averaged += 1;
      for (const [feature, row] of weights) {
        const sum = rowOf(feature, weightSums, 0);
        for (let label = 0; label < labelCount; label++) sum[label]! += row[label]!;
      }
      for (let label = 0; label < labelCount; label++) biasSum[label]! += bias[label]!;
    }
  }
  if (averaged === 0) return { bias, weights };
  for (const sum of weightSums.values()) for (let label = 0; label < labelCount; label++) sum[label]! /= averaged;
  return { bias: biasSum.map((value) => value / averaged), weights: weightSums };
};
