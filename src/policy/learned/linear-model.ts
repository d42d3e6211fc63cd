import { z } from 'zod';
import { createHashTable, hashText } from './feature-hash.ts';

/**
 * A multinomial logistic regression over sparse features: small, fast (one integer probe per
 * feature) and trained by `npm run train` from our own labelled drafts.
 *
 * Stored compactly and ready to use: features by their hash (`feature-hash.ts`), and each
 * feature's row of weights (one per label) quantised to signed bytes with its own scale, which
 * keeps the file small, loads in a few milliseconds, and loses less than 1% of a weight's
 * size — far below what separates the labels.
 */

export const storedModelSchema = z.object({
  version: z.literal(3),
  /** SHA-256 of the training corpus, so a test can tell when the model is stale. */
  corpusSha256: z.string().regex(/^[0-9a-f]{64}$/),
  labels: z.array(z.string().min(1)).min(2),
  /** Index into `labels` of the label meaning "nothing wrong". */
  neutralLabel: z.number().int().nonnegative(),
  /** A label is reported only when its probability reaches this. */
  threshold: z.number().gt(0).lt(1),
  bias: z.array(z.number()),
  /** Base64 of one little-endian int32 per row: `hashText` of the feature(s) the row is for. */
  hashes: z.string(),
  /** Base64 of one little-endian float32 per row: its quantisation step. */
  scales: z.string(),
  /** Base64 of rows × labels signed bytes, row by row. */
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

/**
 * The same arithmetic as `probabilities`, one step at a time over rows looked up once: the
 * learned detector reads a draft whole, then sentence by sentence, then weighs sentences, and
 * probing the table again for each reading would cost more than the sums.
 */
export interface ModelRows {
  /** The row of a feature (by hash), or -1 when the model does not know it. */
  rowOf(featureHash: number): number;
  /** Adds rows `rows[from..to)` to `sums` in that order (-1 adds nothing). */
  addRows(sums: Float64Array, rows: Int32Array, from: number, to: number): void;
  /** Turns the sums of `count` features into scores, in place: softmax of these is `probabilities`. */
  scoresInPlace(sums: Float64Array, count: number): Float64Array;
  /** `weightOf` by row (a row, not -1). */
  weightOfRow(row: number, label: number): number;
}

const rowsByModel = new WeakMap<LinearModel, ModelRows>();

/** The row-level reading of a model that `linearModel` built. */
export const modelRows = (model: LinearModel): ModelRows => {
  const rows = rowsByModel.get(model);
  if (!rows) throw new Error('the learned detector needs a model built by linearModel');
  return rows;
};

/**
 * True when softmax certainly gives `score` less than `probability`: its probability is at most
 * exp(score - max) (the sum it is divided by holds exp(0) = 1 for the top score), so a score that
 * far below the top needs no exponentials at all. The margin covers `Math.exp`'s rounding.
 */
export const belowProbability = (score: number, max: number, logProbability: number): boolean => score - max < logProbability - 1e-6;

/** The largest score (the one softmax subtracts). */
export const maxScore = (scores: Float64Array): number => {
  let max = -Infinity;
  // Indexed, not for…of: the iterator costs more than the comparisons over 25 scores.
  for (let index = 0; index < scores.length; index++) if (scores[index]! > max) max = scores[index]!;
  return max;
};

/** 1/√n: the value of each of a draft's n features once the feature vector has unit length. */
export const featureScale = (count: number): number => (count > 0 ? 1 / Math.sqrt(count) : 0);

/** Turns scores into probabilities in place (numerically stable softmax). */
export const softmaxInPlace = (scores: Float64Array): Float64Array => {
  const max = maxScore(scores);
  let sum = 0;
  for (let index = 0; index < scores.length; index++) {
    scores[index] = Math.exp(scores[index]! - max);
    sum += scores[index]!;
  }
  for (let index = 0; index < scores.length; index++) scores[index]! /= sum;
  return scores;
};

/** Packs trained weight rows (feature text → one weight per label) into the stored form. */
export const packWeights = (rows: ReadonlyMap<string, ArrayLike<number>>, labelCount: number): Pick<StoredModel, 'hashes' | 'scales' | 'weights'> => {
  // Features whose texts hash alike (rare) become one row: prediction cannot tell them apart.
  const byHash = new Map<number, Float64Array>();
  for (const [feature, weights] of rows) {
    const hash = hashText(feature);
    const row = byHash.get(hash) ?? new Float64Array(labelCount);
    for (let label = 0; label < labelCount; label++) row[label]! += weights[label]!;
    byHash.set(hash, row);
  }
  const hashes = Int32Array.from([...byHash.keys()].sort((a, b) => a - b));
  const scales = new Float32Array(hashes.length);
  const bytes = new Int8Array(hashes.length * labelCount);
  hashes.forEach((hash, row) => {
    const weights = byHash.get(hash)!;
    let largest = 0;
    for (let label = 0; label < labelCount; label++) largest = Math.max(largest, Math.abs(weights[label]!));
    const step = Math.fround(largest / 127);
    scales[row] = step;
    for (let label = 0; label < labelCount; label++) bytes[row * labelCount + label] = step === 0 ? 0 : Math.round(weights[label]! / step);
  });
  const base64 = (view: ArrayBufferView) => Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');
  return { hashes: base64(hashes), scales: base64(scales), weights: base64(bytes) };
};

/** Decodes base64 into a fresh, aligned buffer (typed-array views need their element alignment). */
const decodeBase64 = (text: string): ArrayBuffer => {
  const bytes = Buffer.from(text, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

export const linearModel = (stored: StoredModel): LinearModel => {
  const labelCount = stored.labels.length;
  if (stored.bias.length !== labelCount) throw new Error(`model bias has ${stored.bias.length} entries for ${labelCount} labels`);
  const hashes = new Int32Array(decodeBase64(stored.hashes));
  const steps = new Float32Array(decodeBase64(stored.scales));
  const quantised = new Int8Array(decodeBase64(stored.weights));
  if (steps.length !== hashes.length || quantised.length !== hashes.length * labelCount) {
    throw new Error(`model weights do not match its ${hashes.length} features and ${labelCount} labels`);
  }
  const table = createHashTable(hashes);
  const bias = Float64Array.from(stored.bias);
  // Kept quantised: a row's bytes times its step, summed, then scaled once per draft.
  const addRow = (row: number, into: Float64Array): void => {
    const start = row * labelCount;
    const step = steps[row]!;
    for (let label = 0; label < labelCount; label++) into[label]! += quantised[start + label]! * step;
  };
  const rows: ModelRows = {
    rowOf: (featureHash) => table.get(featureHash),
    addRows(sums, rowList, from, to) {
      for (let index = from; index < to; index++) {
        const row = rowList[index]!;
        if (row >= 0) addRow(row, sums);
      }
    },
    scoresInPlace(sums, count) {
      const scale = featureScale(count);
      for (let label = 0; label < labelCount; label++) sums[label] = bias[label]! + scale * sums[label]!;
      return sums;
    },
    weightOfRow: (row, label) => quantised[row * labelCount + label]! * steps[row]!,
  };

  const model: LinearModel = {
    labels: stored.labels,
    neutralLabel: stored.neutralLabel,
    threshold: stored.threshold,
    probabilities(visit) {
      const sums = new Float64Array(labelCount);
      let count = 0;
      visit((featureHash) => {
        count += 1;
        const row = table.get(featureHash);
        if (row >= 0) addRow(row, sums);
      });
      return softmaxInPlace(rows.scoresInPlace(sums, count));
    },
    weightOf(featureHash, label) {
      const row = table.get(featureHash);
      return row < 0 ? 0 : rows.weightOfRow(row, label);
    },
  };
  rowsByModel.set(model, rows);
  return model;
};
