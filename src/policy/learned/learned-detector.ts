import { toOriginalSpan, type FoldedText } from '../normalise-text.ts';
import { sentenceIndexAt, sentencesOf } from '../rules/sentences.ts';
import type { Account, Span } from '../types.ts';
import { accountFeatureHash, featureHashesOfTokens, tokensOf, type FeatureFacts, type Token } from './draft-features.ts';
import type { LinearModel } from './linear-model.ts';

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

/** The features of a draft, each with the index of the token it belongs to. */
interface DraftFeatures {
  /** `hashText` of each feature's text. */
  readonly features: number[];
  readonly tokenOf: number[];
}

/** The sentence whose words push hardest towards `label` (against the neutral label). */
const strongestSentence = (text: FoldedText, tokens: readonly Token[], { features, tokenOf }: DraftFeatures, model: LinearModel, label: number): Span => {
  const sentences = sentencesOf(text);
  const weightBySentence = new Float64Array(sentences.length);
  features.forEach((feature, index) => {
    const token = tokens[tokenOf[index]!];
    if (!token) return; // the account, which belongs to no sentence
    const weight = model.weightOf(feature, label) - model.weightOf(feature, model.neutralLabel);
    weightBySentence[sentenceIndexAt(text, token.start)]! += weight;
  });
  let best = 0;
  for (let index = 1; index < sentences.length; index++) if (weightBySentence[index]! > weightBySentence[best]!) best = index;
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

/**
 * Sentences that, read alone, the model is nearly sure carry one of `labels` (each label once,
 * first sentence first). A sentence is read from the draft's own features (its words as they stand
 * in the draft, with the account), so nothing is hashed twice.
 */
const buriedFindings = (text: FoldedText, tokens: readonly Token[], { features, tokenOf }: DraftFeatures, model: LinearModel, labels: readonly number[]): LearnedFinding[] => {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return [];
  const findings: LearnedFinding[] = [];
  const pending = new Set(labels);
  // Features come in token order after the account's (index 0): one walk serves every sentence (linear).
  let from = 1;
  for (const sentence of sentences) {
    let to = from;
    while (to < features.length && tokens[tokenOf[to]!]!.start < sentence[1]) to += 1;
    const words = to > from ? tokenOf[to - 1]! - tokenOf[from]! + 1 : 0;
    if (words >= MIN_TOKENS) {
      const start = from;
      const scores = model.probabilities((add) => {
        add(features[0]!);
        for (let index = start; index < to; index++) add(features[index]!);
      });
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

export const createLearnedDetector = (model: LinearModel, facts: FeatureFacts, enabledLabels: ReadonlySet<string>): LearnedDetector => ({
  detect(text, account) {
    const tokens = tokensOf(text.folded, facts);
    // A word or two is too little to read a kind of post from; the rules judge those alone.
    if (tokens.length < MIN_TOKENS) return [];
    const draft: DraftFeatures = { features: [accountFeatureHash(account)], tokenOf: [-1] };
    featureHashesOfTokens(tokens, (feature, tokenIndex) => {
      draft.features.push(feature);
      draft.tokenOf.push(tokenIndex);
    });
    const scores = model.probabilities((add) => draft.features.forEach((feature) => add(feature)));
    const findings: LearnedFinding[] = [];
    // Labels the whole draft leans towards without reaching the threshold: what a sentence alone may confirm.
    const leanings: number[] = [];
    for (let label = 0; label < scores.length; label++) {
      const probability = scores[label]!;
      const detector = model.labels[label]!;
      if (label === model.neutralLabel || !enabledLabels.has(detector)) continue;
      if (probability >= model.threshold) findings.push({ detector, span: strongestSentence(text, tokens, draft, model, label), probability });
      else if (probability >= WHOLE_DRAFT_FLOOR) leanings.push(label);
    }
    if (leanings.length > 0) findings.push(...buriedFindings(text, tokens, draft, model, leanings));
    return findings;
  },
});
