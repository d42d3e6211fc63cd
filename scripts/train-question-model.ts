import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadPolicyFile } from '../src/load-policy-file.ts';
import { featureFactsOf } from '../src/policy/learned/draft-features.ts';
import { linearModel } from '../src/policy/learned/linear-model.ts';
import { seededRandom, shuffled, trainLinearModel, type TrainedWeights, type TrainingExample } from '../src/policy/learned/train-linear-model.ts';
import { NOT_COVERED, questionFeatures } from '../src/policy/question-model.ts';
import { questionModelPath } from '../src/question-model-file.ts';
import { labelsOf, trainingQuestions, type CorpusQuestion } from './question-corpus.ts';
import { predict, toStoredModel, withoutRareFeatures } from './stored-model.ts';

/**
 * `npm run train` (second step): trains a policy's question model from `training/questions/` and
 * the policy's own example questions and headings, and writes it next to the policy file (`policies/zrtherapy.question-model.json` for
 * `policies/zrtherapy.yml`), then prints a 5-fold cross-validation: how often the first clause is
 * right, and how questions the policy does not answer are told apart at each threshold.
 * Another organisation writes its own questions and runs `node scripts/train-question-model.ts <policy.yml> <corpus dir>`.
 */

const POLICY_FILE = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'policies/zrtherapy.yml';
const CORPUS = process.argv[3] && !process.argv[3].startsWith('--') ? process.argv[3] : undefined;
const FOLDS = 5;
const MIN_QUESTIONS_PER_FEATURE = 2;
/**
 * AdaGrad averaged over its second half, as for drafts, but with a little L2 shrinkage: a few
 * dozen questions per clause, so unshrunk weights made the model sure of readings it had seen once
 * (cross-validated: its likeliest clause answers the question 50% of the time instead of 42%, and
 * half as many answered questions were read as not covered).
 */
const TRAINING = { epochs: 30, l2: 1e-4, learningRate: 1 };

/** Questions are never flagged: how a reading weighs in is the answerer's business, so the threshold is nominal. */
const storedModelOf = (trained: TrainedWeights, labels: readonly string[], corpusSha256: string) =>
  toStoredModel(trained, { labels, neutral: NOT_COVERED, threshold: 0.5, corpusSha256 });

/** One example per label a question trains (see labelsOf), over the features other questions share. */
const examplesOf = (questions: readonly CorpusQuestion[], featureLists: readonly string[][], labels: readonly string[]): TrainingExample[] => {
  const kept = withoutRareFeatures(featureLists, MIN_QUESTIONS_PER_FEATURE);
  return questions.flatMap((question, index) =>
    labelsOf(question).map((label) => ({ features: kept[index]!, featureCount: featureLists[index]!.length, label: labels.indexOf(label) })),
  );
};

const crossValidate = (questions: readonly CorpusQuestion[], featureLists: readonly string[][], labels: readonly string[]): void => {
  if (labels.length < 2) return;
  const order = shuffled(questions.map((_, index) => index), seededRandom(11));
  const notCovered = labels.indexOf(NOT_COVERED);
  const results: { covered: boolean; right: boolean; pNot: number }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const heldOut = new Set(order.filter((_, position) => position % FOLDS === fold));
    const training = questions.filter((_, index) => !heldOut.has(index));
    const trained = trainLinearModel(examplesOf(training, featureLists.filter((_, index) => !heldOut.has(index)), labels), { labelCount: labels.length, ...TRAINING });
    const model = linearModel(storedModelOf(trained, labels, '0'.repeat(64)));
    for (const index of heldOut) {
      const probabilities = predict(model, featureLists[index]!);
      let best = notCovered === 0 ? 1 : 0;
      probabilities.forEach((probability, label) => {
        if (label !== notCovered && probability > probabilities[best]!) best = label;
      });
      const question = questions[index]!;
      results.push({ covered: question.clauses.length > 0, right: question.clauses.includes(labels[best]!), pNot: probabilities[notCovered]! });
    }
  }
  const covered = results.filter((result) => result.covered);
  const uncovered = results.filter((result) => !result.covered);
  process.stderr.write(`cross-validated: the likeliest clause is one that answers it for ${((100 * covered.filter((result) => result.right).length) / covered.length).toFixed(1)}% of ${covered.length} answered questions\n`);
  process.stderr.write('P(not covered) ≥  not-covered caught  answered wrongly refused\n');
  for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7]) {
    const caught = uncovered.filter((result) => result.pNot >= threshold).length / uncovered.length;
    const refused = covered.filter((result) => result.pNot >= threshold).length / covered.length;
    process.stderr.write(`${threshold.toFixed(2).padStart(17)}  ${(100 * caught).toFixed(1).padStart(17)}%  ${(100 * refused).toFixed(1).padStart(23)}%\n`);
  }
};

/** A reason the corpus folder cannot be trained on, or undefined: one with no questions would give a model that knows only the policy's examples. */
const corpusProblem = (directory: string | undefined): string | undefined => {
  if (directory === undefined) return undefined;
  if (!existsSync(directory) || !statSync(directory).isDirectory()) return `${directory} is not a folder: give the folder that holds your questions as .jsonl files (training/questions/ shows the format)`;
  if (!readdirSync(directory).some((name) => name.endsWith('.jsonl'))) return `${directory} holds no .jsonl files: write your questions there first (training/questions/ shows the format)`;
  return undefined;
};

const main = (): void => {
  const problem = corpusProblem(CORPUS);
  if (problem !== undefined) {
    process.stderr.write(`${problem}\n`);
    process.exitCode = 2;
    return;
  }
  const outcome = loadPolicyFile(POLICY_FILE);
  if (!outcome.ok) {
    process.stderr.write(`${POLICY_FILE} does not validate:\n${outcome.problems.map((line) => `  ${line}`).join('\n')}\n`);
    process.exitCode = 2;
    return;
  }
  const { document } = outcome.policy;
  const corpus = trainingQuestions(document, CORPUS);
  const facts = featureFactsOf(document);
  const labels = [NOT_COVERED, ...[...new Set(corpus.questions.flatMap(labelsOf))].filter((label) => label !== NOT_COVERED).sort()];
  const featureLists = corpus.questions.map((question) => questionFeatures(question.question, facts));
  process.stderr.write(`${corpus.questions.length} questions, ${labels.length - 1} clauses besides ${NOT_COVERED}\n`);
  const stored = storedModelOf(trainLinearModel(examplesOf(corpus.questions, featureLists, labels), { labelCount: labels.length, ...TRAINING }), labels, corpus.sha256);
  const path = questionModelPath(POLICY_FILE);
  writeFileSync(path, `${JSON.stringify(stored)}\n`);
  process.stderr.write(`${Buffer.from(stored.hashes, 'base64').length / 4} features written to ${path}\n`);
  if (!process.argv.includes('--no-report')) crossValidate(corpus.questions, featureLists, labels);
};

main();
