import { writeFileSync } from 'node:fs';
import { loadPolicyFile } from '../src/load-policy-file.ts';
import { draftFeatures, featureFactsOf } from '../src/policy/learned/draft-features.ts';
import { linearModel } from '../src/policy/learned/linear-model.ts';
import { seededRandom, shuffled, trainLinearModel, type TrainingExample } from '../src/policy/learned/train-linear-model.ts';
import { foldText } from '../src/policy/normalise-text.ts';
import { DETECTOR_IDS } from '../src/policy/rules/index.ts';
import { NEUTRAL_LABEL, readDraftCorpus } from './draft-corpus.ts';
import { MODEL_PATH } from './model-path.ts';
import { predict, toStoredModel, withoutRareFeatures } from './stored-model.ts';

/**
 * `npm run train`: trains the learned detector from `training/drafts/` and writes
 * `src/policy/learned/draft-model.json`, then prints a 5-fold cross-validation of the corpus
 * (how many ok drafts each threshold would flag, how many problem drafts it would catch with
 * the right label).
 *
 * The settings were chosen on an independent stand-in for the held-out set (written from
 * verdicts.md alone by someone who never saw the corpus or the dev set), never on the dev set:
 * cross-validation alone over-counts false alarms, because our ok drafts are deliberately the
 * hardest near-misses we could write.
 */

const FOLDS = 5;
/**
 * The model speaks only when this sure; below it, the rules' answer stands. Set where the
 * cross-validation below flags about 3% of our hardest fine drafts: 0.7 on the 9,239-draft
 * corpus, 0.6 once it grew to 11,819, which catches three more problems in a hundred at the same
 * rate of false alarms (and still 0.6 at 12,713: 3.1% flagged, 74.8% caught).
 */
const FLAG_THRESHOLD = 0.6;
const MIN_DRAFTS_PER_FEATURE = 2;
/** Unregularised AdaGrad averaged over its second half; a larger step learned overconfident weights. */
const TRAINING = { epochs: 30, l2: 0, learningRate: 1 };

interface HeldOutPrediction {
  readonly truth: number;
  /** The most likely label other than ok, and its probability. */
  readonly best: number;
  readonly probability: number;
}

const crossValidate = (examples: readonly TrainingExample[], labels: readonly string[], neutral: number): HeldOutPrediction[] => {
  const order = shuffled(examples.map((_, index) => index), seededRandom(7));
  const predictions: HeldOutPrediction[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const heldOut = new Set(order.filter((_, position) => position % FOLDS === fold));
    const trained = trainLinearModel(examples.filter((_, index) => !heldOut.has(index)), { labelCount: labels.length, ...TRAINING });
    const model = linearModel(toStoredModel(trained, { labels, neutral: NEUTRAL_LABEL, threshold: 0.5, corpusSha256: '0'.repeat(64) }));
    for (const index of heldOut) {
      const example = examples[index]!;
      const probabilities = predict(model, example.features);
      let best = neutral === 0 ? 1 : 0;
      probabilities.forEach((probability, label) => {
        if (label !== neutral && probability > probabilities[best]!) best = label;
      });
      predictions.push({ truth: example.label, best, probability: probabilities[best]! });
    }
  }
  return predictions;
};

const reportThresholds = (predictions: readonly HeldOutPrediction[], neutral: number): void => {
  const neutralCount = predictions.filter((prediction) => prediction.truth === neutral).length;
  const positiveCount = predictions.length - neutralCount;
  process.stderr.write('threshold  ok flagged  rows caught (right label)\n');
  for (let threshold = 0.95; threshold >= 0.2 - 1e-9; threshold -= 0.05) {
    const falseAlarms = predictions.filter((p) => p.truth === neutral && p.probability >= threshold).length / neutralCount;
    const caught = predictions.filter((p) => p.truth !== neutral && p.best === p.truth && p.probability >= threshold).length / positiveCount;
    process.stderr.write(`${threshold.toFixed(2).padStart(9)}  ${(100 * falseAlarms).toFixed(1).padStart(9)}%  ${(100 * caught).toFixed(1).padStart(6)}%\n`);
  }
};

const main = (): void => {
  const outcome = loadPolicyFile('policies/zrtherapy.yml');
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  const facts = featureFactsOf(outcome.policy.document);
  const corpus = readDraftCorpus(undefined, DETECTOR_IDS);
  const labels = [NEUTRAL_LABEL, ...[...new Set(corpus.drafts.map((draft) => draft.label))].filter((label) => label !== NEUTRAL_LABEL).sort()];
  const featureLists = corpus.drafts.map((draft) => draftFeatures(foldText(draft.text).folded, draft.account, facts));
  const kept = withoutRareFeatures(featureLists, MIN_DRAFTS_PER_FEATURE);
  const examples: TrainingExample[] = corpus.drafts.map((draft, index) => ({
    features: kept[index]!,
    featureCount: featureLists[index]!.length,
    label: labels.indexOf(draft.label),
  }));
  process.stderr.write(`${examples.length} drafts, ${labels.length - 1} labels besides ok\n`);
  const stored = toStoredModel(trainLinearModel(examples, { labelCount: labels.length, ...TRAINING }), { labels, neutral: NEUTRAL_LABEL, threshold: FLAG_THRESHOLD, corpusSha256: corpus.sha256 });
  writeFileSync(MODEL_PATH, `${JSON.stringify(stored)}\n`);
  process.stderr.write(`${Buffer.from(stored.hashes, 'base64').length / 4} features written to ${MODEL_PATH} (threshold ${FLAG_THRESHOLD})\n`);
  if (!process.argv.includes('--no-report')) reportThresholds(crossValidate(examples, labels, 0), 0);
};

main();
