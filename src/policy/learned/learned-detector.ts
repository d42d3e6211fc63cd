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
  let [start, end] = sentence;
  // The span covers the sentence's words, not the white space and punctuation around them.
  while (start < end && /\s/.test(text.folded[start]!)) start += 1;
  while (end > start && /[\s.!?…]/.test(text.folded[end - 1]!)) end -= 1;
  return start < end ? toOriginalSpan(text, start, end) : toOriginalSpan(text, sentence[0], sentence[1]);
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
    for (let label = 0; label < scores.length; label++) {
      const probability = scores[label]!;
      const detector = model.labels[label]!;
      if (label === model.neutralLabel || probability < model.threshold || !enabledLabels.has(detector)) continue;
      findings.push({ detector, span: strongestSentence(text, tokens, draft, model, label), probability });
    }
    return findings;
  },
});
