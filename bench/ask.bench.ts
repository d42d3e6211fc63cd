import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { loadPolicyFile } from '../src/load-policy-file.ts';
import { answerQuestion } from '../src/policy/answer-question.ts';
import type { ParsedPolicy } from '../src/policy/policy-document.ts';
import { policyIndex } from '../src/policy/search-index.ts';
import { percentile, round, type BenchPart } from './bench-section.ts';

/**
 * Question answering over the whole policy: index build time at start, then p50/p99 per question
 * over the project's own question corpus, side by side with the reference people reach for
 * first: minisearch with its defaults over the clause text alone (no synonyms, no confidence).
 * Goals: build ≤ 100 ms, p99 ≤ 5 ms. The first answer is reported apart: it also pays for the
 * checker's first run (its patterns compile on first use), as the first `check` does.
 */

const ROUNDS = 40;
const WARM_UP_ROUNDS = 5;
const BUILDS = 20;

const loadPolicy = (): ParsedPolicy => {
  const outcome = loadPolicyFile('policies/zrtherapy.yml');
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.policy;
};

const questions = (): string[] =>
  readFileSync('test/fixtures/ask-questions.jsonl', 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { question: string }).question);

const millisecondsOf = (run: () => unknown): number => {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/** CPU milliseconds the process spent on the run: unlike wall time, not inflated when other processes hold the cores. */
const cpuMillisecondsOf = (run: () => unknown): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const perQuestion = (corpus: readonly string[], answer: (question: string) => unknown) => {
  for (let index = 0; index < WARM_UP_ROUNDS; index++) corpus.forEach(answer);
  const timings: number[] = [];
  const cpuTimings: number[] = [];
  for (let index = 0; index < ROUNDS; index++) {
    for (const question of corpus) {
      timings.push(millisecondsOf(() => answer(question)));
      cpuTimings.push(cpuMillisecondsOf(() => answer(question)));
    }
  }
  const sorted = timings.sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), cpuP99: percentile(cpuTimings.sort((a, b) => a - b), 0.99) };
};

export const askBench: BenchPart = async () => {
  const corpus = questions();
  // Each build gets a freshly parsed policy: the index is cached per policy object.
  const fresh = loadPolicy();
  const firstBuild = millisecondsOf(() => policyIndex(fresh));
  // The first question also compiles the policy's checker, which reads the situations questions describe.
  const firstAnswer = millisecondsOf(() => answerQuestion(fresh, 'can I post our monthly takings on facebook?'));
  const policies = Array.from({ length: BUILDS }, loadPolicy);
  const builds = policies.map((policy) => millisecondsOf(() => policyIndex(policy))).sort((a, b) => a - b);
  const policy = policies[0]!;
  const ours = perQuestion(corpus, (question) => answerQuestion(policy, question));

  const reference = new MiniSearch({ fields: ['heading', 'text'], idField: 'id' });
  const referenceBuild = millisecondsOf(() => reference.addAll(policy.document.clauses));
  const theirs = perQuestion(corpus, (question) => reference.search(question, { fuzzy: 0.2, prefix: true }).slice(0, 5));

  return {
    name: 'ask',
    table: [
      ['', 'build ms', 'p50 ms', 'p99 ms'],
      ['answerQuestion (index, synonyms, confidence, quote)', `${round(percentile(builds, 0.5), 2)}`, `${round(ours.p50)}`, `${round(ours.p99)}`],
      ['minisearch defaults over heading+text (reference)', `${round(referenceBuild, 2)}`, `${round(theirs.p50)}`, `${round(theirs.p99)}`],
    ],
    figures: {
      questions: corpus.length,
      clauses: policy.document.clauses.length,
      firstBuildMs: round(firstBuild, 2),
      buildMs: round(percentile(builds, 0.5), 2),
      firstAnswerMs: round(firstAnswer, 2),
      p50Ms: round(ours.p50),
      p99Ms: round(ours.p99),
      p99CpuMs: round(ours.cpuP99),
      referenceP99CpuMs: round(theirs.cpuP99),
      referenceP50Ms: round(theirs.p50),
      referenceP99Ms: round(theirs.p99),
      buildGoalMet: firstBuild <= 100,
      p99GoalMet: ours.p99 <= 5,
    },
  };
};
