import { z } from 'zod';
import { createHashTable, hashText } from './feature-hash.ts';

/**
 * A multinomial logistic regression over sparse features: small, fast (one integer probe per
 * feature) and trained by `npm run train` from our own labelled drafts.
 *
 * Stored compactly: each feature's row of weights (one per label) is quantised to signed bytes
 * with its own scale, which keeps the file a few hundred kilobytes and loses less than 1% of a
 * weight's size — far below what separates the labels.
 */

export const storedModelSchema = z.object({
  version: z.literal(2),
  /** SHA-256 of the training corpus, so a test can tell when the model is stale. */
  corpusSha256: z.string().regex(/^[0-9a-f]{64}$/),
  labels: z.array(z.string().min(1)).min(2),
  /** Index into `labels` of the label meaning "nothing wrong". */
  neutralLabel: z.number().int().nonnegative(),
  /** A label is reported only when its probability reaches this. */
  threshold: z.number().gt(0).lt(1),
  bias: z.array(z.number()),
  features: z.array(z.string()),
  /** Base64 of one little-endian float32 per feature: its row's quantisation step. */
  scales: z.string(),
  /** Base64 of features × labels signed bytes, row by row. */
  weights: z.string(),
});
export type StoredModel = z.infer<typeof storedModelSchema>;

/** A stored model made ready for prediction. */
export interface LinearModel {
  readonly labels: readonly string[];
  readonly neutralLabel: number;
  readonly threshold: number;
  /**
   * Probability of each label for the features `visit` emits, as `hashText` of their text
   * (repeats count). The features are scaled to unit length, as in training, so a long draft is
   * not more certain than a short one merely for having more words.
   */
  probabilities(visit: (add: (featureHash: number) => void) => void): Float64Array;
  /** Weight of one feature (by hash) for one label (0 when the model does not know the feature). */
  weightOf(featureHash: number, label: number): number;
}

/** 1/√n: the value of each of a draft's n features once the feature vector has unit length. */
export const featureScale = (count: number): number => (count > 0 ? 1 / Math.sqrt(count) : 0);

/** Turns scores into probabilities in place (numerically stable softmax). */
export const softmaxInPlace = (scores: Float64Array): Float64Array => {
  let max = -Infinity;
  for (const score of scores) if (score > max) max = score;
  let sum = 0;
  for (let index = 0; index < scores.length; index++) {
    scores[index] = Math.exp(scores[index]! - max);
    sum += scores[index]!;
  }
  for (let index = 0; index < scores.length; index++) scores[index]! /= sum;
  return scores;
};

/** Packs trained weight rows (feature → one weight per label) into the stored form. */
export const packWeights = (rows: ReadonlyMap<string, ArrayLike<number>>, labelCount: number): Pick<StoredModel, 'features' | 'scales' | 'weights'> => {
  const features = [...rows.keys()].sort();
  const scales = new Float32Array(features.length);
  const bytes = new Int8Array(features.length * labelCount);
  features.forEach((feature, row) => {
    const weights = rows.get(feature)!;
    let largest = 0;
    for (let label = 0; label < labelCount; label++) largest = Math.max(largest, Math.abs(weights[label]!));
    const step = largest / 127;
    scales[row] = step;
    for (let label = 0; label < labelCount; label++) bytes[row * labelCount + label] = step === 0 ? 0 : Math.round(weights[label]! / Math.fround(step));
  });
  const base64 = (view: ArrayBufferView) => Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');
  return { features, scales: base64(scales), weights: base64(bytes) };
};

const decodeBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (character) => character.charCodeAt(0));

export const linearModel = (stored: StoredModel): LinearModel => {
  const labelCount = stored.labels.length;
  const featureCount = stored.features.length;
  if (stored.bias.length !== labelCount) throw new Error(`model bias has ${stored.bias.length} entries for ${labelCount} labels`);
  const scaleBytes = decodeBase64(stored.scales);
  const weightBytes = decodeBase64(stored.weights);
  if (scaleBytes.length !== featureCount * 4 || weightBytes.length !== featureCount * labelCount) {
    throw new Error(`model weights do not match its ${featureCount} features and ${labelCount} labels`);
  }
  // Dequantised once at load, into one row per distinct feature hash: prediction adds plain floats.
  const steps = new Float32Array(scaleBytes.buffer, scaleBytes.byteOffset, featureCount);
  const quantised = new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.length);
  const { table, rowOf } = createHashTable(stored.features.map((feature) => hashText(feature)));
  const weights = new Float32Array(featureCount * labelCount);
  for (let feature = 0; feature < featureCount; feature++) {
    const into = rowOf[feature]! * labelCount;
    for (let label = 0; label < labelCount; label++) weights[into + label]! += quantised[feature * labelCount + label]! * steps[feature]!;
  }
  const bias = Float64Array.from(stored.bias);

  return {
    labels: stored.labels,
    neutralLabel: stored.neutralLabel,
    threshold: stored.threshold,
    probabilities(visit) {
      const sums = new Float64Array(labelCount);
      let count = 0;
      visit((featureHash) => {
        count += 1;
        const row = table.get(featureHash);
        if (row < 0) return;
        const start = row * labelCount;
        for (let label = 0; label < labelCount; label++) sums[label]! += weights[start + label]!;
      });
      const scale = featureScale(count);
      for (let label = 0; label < labelCount; label++) sums[label] = bias[label]! + scale * sums[label]!;
      return softmaxInPlace(sums);
    },
    weightOf(featureHash, label) {
      const row = table.get(featureHash);
      return row < 0 ? 0 : weights[row * labelCount + label]!;
    },
  };
};
