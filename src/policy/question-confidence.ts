import type { ClauseHit, SearchOutcome } from './search-index.ts';

/**
 * Whether the best clause really answers the question or only shares a common word with it.
 * BM25 scores are not comparable across questions, so the decision uses the question's own
 * concepts: how telling the ones the clause matched are (inverse document frequency), how much of
 * the question that covers, how close the nearest example question is, and what kind of question
 * it is (question-kind.ts). Weights and thresholds were calibrated on the project's own example questions
 * (test/fixtures/ask-questions.jsonl), in scope and out of scope, never on an evaluation set.
 */

export interface Confidence {
  /** Sum of the weights of the question's concepts the clause matched. */
  readonly matchedMass: number;
  /** That share of all the question's weight (a word no clause knows weighs a little less). */
  readonly coverage: number;
}

export interface ConfidenceThresholds {
  /** Below this the match is a passing word, whatever the coverage. */
  readonly minMass: number;
  /** At or above this the match is answered, whatever else the question says. */
  readonly strongMass: number;
  /** Between the two, the share of the question the clause must cover. */
  readonly minCoverage: number;
  /** Weight of a word no clause knows (weighed as a rare word), as a share of that weight. */
  readonly unknownShare: number;
}

/** Topics are a few words chosen to name a clause, so a single telling word is enough (explain). */
export const TOPIC_THRESHOLDS: ConfidenceThresholds = { minMass: 0.43, strongMass: 1.15, minCoverage: 0.5, unknownShare: 1 };

/** How well one clause hit covers the question that found it. */
export const confidenceOf = (outcome: SearchOutcome, hit: ClauseHit, thresholds: ConfidenceThresholds): Confidence => {
  const matchedMass = hit.matched.reduce((sum, index) => sum + outcome.weights[index]!, 0);
  const total = outcome.weights.reduce(
    (sum, weight, index) => sum + (outcome.known[index] ? weight : weight * thresholds.unknownShare),
    0,
  );
  return { matchedMass, coverage: total === 0 ? 0 : matchedMass / total };
};

/** True when the clause is a real answer rather than a coincidence of words. */
export const isConfident = (confidence: Confidence, thresholds: ConfidenceThresholds): boolean =>
  confidence.matchedMass >= thresholds.strongMass ||
  (confidence.matchedMass >= thresholds.minMass && confidence.coverage >= thresholds.minCoverage);

/**
 * Weights of the evidence that a question is answered (ask); answered when the sum reaches 1.
 * Being about social media counts for a little: a conduct policy answers questions about doing
 * something online. Naming a matter such a policy does not govern (pay, wifi, hashtags), or asking
 * for a task or a fact ("how do I…", "how many…"), counts against. Calibrated on the project's own questions by a grid over these weights, keeping
 * wrongly abstained in-scope questions under 4%.
 */
export const QUESTION_EVIDENCE = { matchedMass: 0.5, nearestExample: 1.25, asksPermission: 0.2, socialMedia: 0.5, offTopic: -0.3, taskOrFact: -0.3 } as const;

/**
 * With a question model, its reading counts too: its likeliest clause's probability minus the
 * probability that the policy does not answer the question, times this. So a model unsure of every
 * clause adds little for answering, however unsure it is that the question is off-topic, and one
 * sure the question is off-topic takes away nearly this much. 1 was chosen by a five-fold
 * cross-validation of the whole answerer over the question corpus and on the project's own
 * questions; with long stories weighed per STORY_WORDS, 1.25 refused more out-of-scope stories on
 * the tuning pools and no more of the project's own answered questions (beyond that, more of them).
 */
export const READING_EVIDENCE = 1.25;

/**
 * Words of a question beyond which its matched mass is read per this many words. Each word of a
 * long story ("came up in the team meeting today… our receptionist asked…") finds some clause, so
 * the mass grows with the telling whether or not the policy answers what is finally asked; the
 * question model's reading does not (its features are scaled to unit length) and carries more of
 * the decision there. Chosen on the project's example questions and the question pools written for
 * tuning (outside the repository), never on an evaluation set: 25 words kept wrongly abstained
 * in-scope questions where they were while long out-of-scope stories went from 30% to about half refused.
 */
export const STORY_WORDS = 25;

export interface QuestionEvidence {
  /** Matched mass of the best clause (see Confidence). */
  readonly matchedMass: number;
  /** How many words the question has. */
  readonly words: number;
  /** Similarity of the nearest example question, 0…1. */
  readonly nearestExample: number;
  /** Whether the question asks what may, must or should be done (question-kind.ts). */
  readonly asksPermission: boolean;
  /** Whether it is about doing something online or names one of the policy's networks. */
  readonly socialMedia: boolean;
  /** Whether it names a matter a social media policy does not govern. */
  readonly offTopic: boolean;
  /** Whether it asks how to do something or for a fact rather than what may be done. */
  readonly taskOrFact: boolean;
  /** The question model's reading, when the policy has a model: its likeliest clause's probability and that the policy does not answer it. */
  readonly reading?: { readonly bestClause: number; readonly notCovered: number };
}

const flag = (value: boolean): number => (value ? 1 : 0);

/** True when the evidence says the policy answers the question; false means "I don't know". */
export const answersQuestion = (evidence: QuestionEvidence): boolean =>
  // "How do I grow our followers?", "where do I claim expenses?": a task about a matter the
  // policy does not govern is not answered from a word it shares with a clause.
  !(evidence.offTopic && evidence.taskOrFact) &&
  QUESTION_EVIDENCE.matchedMass * evidence.matchedMass * Math.min(1, STORY_WORDS / Math.max(1, evidence.words)) +
    QUESTION_EVIDENCE.nearestExample * evidence.nearestExample +
    QUESTION_EVIDENCE.asksPermission * flag(evidence.asksPermission) +
    QUESTION_EVIDENCE.socialMedia * flag(evidence.socialMedia) +
    QUESTION_EVIDENCE.offTopic * flag(evidence.offTopic) +
    QUESTION_EVIDENCE.taskOrFact * flag(evidence.taskOrFact) +
    (evidence.reading === undefined ? 0 : READING_EVIDENCE * (evidence.reading.bestClause - evidence.reading.notCovered)) >=
  1;
