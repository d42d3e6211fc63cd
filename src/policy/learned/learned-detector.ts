import { toOriginalSpan, type FoldedText } from '../normalise-text.ts';
import { sentencesOf } from '../rules/sentences.ts';
import type { Account, Span } from '../types.ts';
import { FeatureHashes, type FeatureFacts } from './draft-features.ts';
import { belowProbability, maxScore, modelRows, softmaxInPlace, type LinearModel, type ModelRows } from './linear-model.ts';

/**
 * The learned second opinion. The rules are precise about the wording they know; the model has
 * read a few thousand of our own example drafts per rubric row and recognises the same kind of
 * post in other words. Each label is a detector id, so the policy document's bindings decide
 * which clauses a learned finding cites, exactly as for the rule of the same id.
 */

export interface LearnedFinding {
  /** The detector id the model recognised. */
  readonly detector: string;
  /** The sentence that weighs most towards it, in the original draft. */
  readonly span: Span;
  readonly probability: number;
}

export interface LearnedDetector {
  detect(text: FoldedText, account: Account | undefined): LearnedFinding[];
}

const MIN_TOKENS = 3;
/**
 * A problem buried in one sentence of a long, friendly post is diluted in the whole draft's
 * reading (features are scaled to unit length). So each sentence is also read alone, as a short
 * post would be; alone it has no context ("£65 a session" reads as figures given away, even in a
 * published price list), so a sentence counts only when the model is nearly sure of it and the
 * whole draft leans that way too. Chosen on our stand-in held-out sets and the dev set: at
 * 0.97 / 0.10 two more buried problems were caught and no fine post was flagged.
 */
const SENTENCE_THRESHOLD = 0.97;
const WHOLE_DRAFT_FLOOR = 0.1;

const LOG_SENTENCE_THRESHOLD = Math.log(SENTENCE_THRESHOLD);

/**
 * A draft's features as model rows (-1 for a feature the model does not know): the account's at
 * index 0, then each token's in token order, with the index of the token each belongs to and
 * where each token starts.
 */
interface DraftRows {
  readonly rows: Int32Array;
  readonly count: number;
  readonly tokenOf: Int32Array;
  readonly tokenStarts: Int32Array;
  /** Room for one reading's scores, one per label. */
  readonly scores: Float64Array;
  /** The model read row by row. */
  readonly weights: ModelRows;
}

/** The sentence whose words push hardest towards `label` (against the neutral label). */
const strongestSentence = (text: FoldedText, { rows, count, tokenOf, tokenStarts, weights }: DraftRows, model: LinearModel, label: number): Span => {
  const sentences = sentencesOf(text);
  let best = 0;
  if (sentences.length > 1) {
    const weightBySentence = new Float64Array(sentences.length);
    // Tokens come in text order, so their sentences are met in order too (index 0 is the account's, in none).
    let sentence = 0;
    for (let index = 1; index < count; index++) {
      const row = rows[index]!;
      if (row < 0) continue; // weighs nothing either way
      const start = tokenStarts[tokenOf[index]!]!;
      while (sentence + 1 < sentences.length && sentences[sentence + 1]![0] <= start) sentence += 1;
      weightBySentence[sentence]! += weights.weightOfRow(row, label) - weights.weightOfRow(row, model.neutralLabel);
    }
    for (let index = 1; index < sentences.length; index++) if (weightBySentence[index]! > weightBySentence[best]!) best = index;
  }
  const sentence = sentences[best];
  if (!sentence) return [0, text.original.length];
  return trimmedSpan(text, sentence);
};

/** A sentence's span over its words, not the white space and punctuation around them. */
const trimmedSpan = (text: FoldedText, sentence: readonly [number, number]): Span => {
  let [start, end] = sentence;
  while (start < end && /\s/.test(text.folded[start]!)) start += 1;
  while (end > start && /[\s.!?…]/.test(text.folded[end - 1]!)) end -= 1;
  return start < end ? toOriginalSpan(text, start, end) : toOriginalSpan(text, sentence[0], sentence[1]);
};

/** A sentence's scores read alone, into `scores`: the account's feature, then its own (`rows[from..to)`). */
const sentenceScores = (weights: ModelRows, rows: Int32Array, from: number, to: number, scores: Float64Array): Float64Array => {
  scores.fill(0);
  weights.addRows(scores, rows, 0, 1);
  weights.addRows(scores, rows, from, to);
  return weights.scoresInPlace(scores, 1 + to - from);
};

/** Whether some pending label may reach the sentence threshold (a loop: this runs once per sentence). */
const mayReach = (pending: ReadonlySet<number>, scores: Float64Array, max: number): boolean => {
  for (const label of pending) if (!belowProbability(scores[label]!, max, LOG_SENTENCE_THRESHOLD)) return true;
  return false;
};

/**
 * Sentences that, read alone, the model is nearly sure carry one of `labels` (each label once,
 * first sentence first). A sentence is read from the draft's own features (its words as they stand
 * in the draft, with the account), so nothing is hashed twice.
 */
const buriedFindings = (text: FoldedText, { rows, count, tokenOf, tokenStarts, scores: scratch, weights }: DraftRows, model: LinearModel, labels: readonly number[]): LearnedFinding[] => {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return [];
  const findings: LearnedFinding[] = [];
  const pending = new Set(labels);
  // Features come in token order after the account's (index 0): one walk serves every sentence (linear).
  let from = 1;
  for (const sentence of sentences) {
    let to = from;
    while (to < count && tokenStarts[tokenOf[to]!]! < sentence[1]) to += 1;
    const words = to > from ? tokenOf[to - 1]! - tokenOf[from]! + 1 : 0;
    const scores = words >= MIN_TOKENS ? sentenceScores(weights, rows, from, to, scratch) : undefined;
    const max = scores ? maxScore(scores) : 0;
    // Most sentences are plainly not sure of any pending label: those need no exponentials.
    if (scores && mayReach(pending, scores, max)) {
      softmaxInPlace(scores);
      for (const label of pending) {
        if (scores[label]! < SENTENCE_THRESHOLD) continue;
        pending.delete(label);
        findings.push({ detector: model.labels[label]!, span: trimmedSpan(text, sentence), probability: scores[label]! });
      }
      if (pending.size === 0) break;
    }
    from = to;
  }
  return findings;
};

/** The learned detector for a model built by `linearModel`, reporting only `enabledLabels` (detector ids the policy binds). */
export const createLearnedDetector = (model: LinearModel, facts: FeatureFacts, enabledLabels: ReadonlySet<string>): LearnedDetector => {
  const weights = modelRows(model);
  const labelCount = model.labels.length;
  const reported = model.labels.map((detector, label) => label !== model.neutralLabel && enabledLabels.has(detector));
  // A label is reported at the threshold, or read sentence by sentence from the floor: below both, nothing.
  const logLeast = Math.log(Math.min(model.threshold, WHOLE_DRAFT_FLOOR));
  // Reused from draft to draft (detection is synchronous), grown for a longer draft. Scores too:
  // a fresh Float64Array of 25 doubles lives outside the heap and costs more than the sums.
  const features = new FeatureHashes();
  let rows = new Int32Array(256);
  const scores = new Float64Array(labelCount);

  /** Whether some reported label's score may reach the least probability that matters (a loop, not `some` with a closure: this runs on every draft). */
  const mayReachLeast = (max: number): boolean => {
    for (let label = 0; label < labelCount; label++) if (reported[label] && !belowProbability(scores[label]!, max, logLeast)) return true;
    return false;
  };

  /** The rows of the features just read. */
  const draftRows = (): DraftRows => {
    if (rows.length < features.count) rows = new Int32Array(2 * features.count);
    for (let index = 0; index < features.count; index++) rows[index] = weights.rowOf(features.hashes[index]!);
    return { rows, count: features.count, tokenOf: features.tokenOf, tokenStarts: features.tokenStarts, scores, weights };
  };

  return {
    detect(text, account) {
      features.read(text.folded, account, facts);
      // A word or two is too little to read a kind of post from, and so is one word said over and
      // over ("a a a …" weighed as hundreds of the same word): the rules judge those alone.
      if (features.tokenCount < MIN_TOKENS || features.distinctWords < MIN_TOKENS) return [];
      const draft = draftRows();
      // A loop, not scores.fill(0): for 25 scores the builtin's call costs more than the stores.
      for (let label = 0; label < labelCount; label++) scores[label] = 0;
      weights.addRows(scores, draft.rows, 0, draft.count);
      weights.scoresInPlace(scores, draft.count);
      const max = maxScore(scores);
      // Most drafts lean towards no label at all: those need no exponentials.
      if (!mayReachLeast(max)) return [];
      softmaxInPlace(scores);
      const findings: LearnedFinding[] = [];
      // Labels the whole draft leans towards without reaching the threshold: what a sentence alone may confirm.
      const leanings: number[] = [];
      for (let label = 0; label < labelCount; label++) {
        const probability = scores[label]!;
        if (!reported[label]) continue;
        if (probability >= model.threshold) findings.push({ detector: model.labels[label]!, span: strongestSentence(text, draft, model, label), probability });
        else if (probability >= WHOLE_DRAFT_FLOOR) leanings.push(label);
      }
      // The sentences are read into the same scores: the whole draft's are no longer needed.
      if (leanings.length > 0) findings.push(...buriedFindings(text, draft, model, leanings));
      return findings;
    },
  };
};
