import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { PolicyDocument } from '../src/policy/policy-document.ts';
import { NOT_COVERED } from '../src/policy/question-model.ts';
import { readJsonlCorpus } from './jsonl-corpus.ts';

/**
 * The question model's training corpus: staff questions written by hand for one policy, one JSON
 * object per line in `training/questions/*.jsonl`, each with the clause ids that answer it (best
 * first), or none when the policy does not answer it.
 */

export const QUESTION_CORPUS_DIRECTORY = 'training/questions';

const questionLineSchema = z.strictObject({
  question: z.string().min(1),
  clauses: z.array(z.string().min(1)).max(3),
});
export type CorpusQuestion = z.infer<typeof questionLineSchema>;

/** Reads and validates the corpus against the policy's clause ids; throws one message listing every bad line. */
export const readQuestionCorpus = (clauseIds: ReadonlySet<string>, directory = QUESTION_CORPUS_DIRECTORY) => {
  const { items, sha256 } = readJsonlCorpus(directory, questionLineSchema, (line) => {
    const unknown = line.clauses.filter((id) => !clauseIds.has(id));
    return unknown.length > 0 ? `unknown clause id(s) ${unknown.map((id) => `"${id}"`).join(', ')}` : undefined;
  });
  return { questions: items, sha256 };
};

/** The labels a question trains: each clause that answers it, or NOT_COVERED. */
export const labelsOf = (question: CorpusQuestion): readonly string[] => (question.clauses.length > 0 ? question.clauses : [NOT_COVERED]);

/**
 * What the model trains on: the corpus, and the policy's own example questions and headings (each
 * labelled with its clause). The digest covers both, so the shipped model is stale when either changes.
 */
export const trainingQuestions = (document: PolicyDocument, directory = QUESTION_CORPUS_DIRECTORY) => {
  const corpus = readQuestionCorpus(new Set(document.clauses.map((clause) => clause.id)), directory);
  const own = document.clauses.flatMap((clause) => [clause.heading, ...clause.questions].map((question) => ({ question, clauses: [clause.id] })));
  const sha256 = createHash('sha256').update(corpus.sha256).update(JSON.stringify(own)).digest('hex');
  return { questions: [...corpus.questions, ...own], sha256 };
};
