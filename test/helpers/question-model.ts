import { toStoredModel } from '../../scripts/stored-model.ts';
import { linearModel, type StoredModel } from '../../src/policy/learned/linear-model.ts';
import { trainLinearModel } from '../../src/policy/learned/train-linear-model.ts';
import { NOT_COVERED, questionFeatures } from '../../src/policy/question-model.ts';

/** A small question model trained here from a few labelled questions of our own (label = clause id or NOT_COVERED). */
export const trainedQuestionModel = (questions: readonly (readonly [string, string])[]): StoredModel => {
  const labels = [NOT_COVERED, ...new Set(questions.map(([, label]) => label).filter((label) => label !== NOT_COVERED))];
  const facts = { names: ['zrtherapy'] };
  const trained = trainLinearModel(
    questions.map(([question, label]) => ({ features: questionFeatures(question, facts), label: labels.indexOf(label) })),
    { labelCount: labels.length, epochs: 40, learningRate: 1, l2: 0 },
  );
  return toStoredModel(trained, { labels, neutral: NOT_COVERED, threshold: 0.5, corpusSha256: '0'.repeat(64) });
};

export const QUESTIONS_OF_OUR_OWN: readonly (readonly [string, string])[] = [
  ['a client wants to be my friend on facebook', 'company.client-friend-requests'],
  ['ex client followed me on insta should i follow back', 'company.client-friend-requests'],
  ['my client sent me a friend request', 'company.client-friend-requests'],
  ['is it ok to add a former client as a friend', 'company.client-friend-requests'],
  ['how strong does the page password need to be', 'security.strong-passwords'],
  ['can we all share one password for the instagram', 'security.strong-passwords'],
  ['what makes a good password for the practice account', 'security.strong-passwords'],
  ['how many days holiday do i get', NOT_COVERED],
  ['when is payday this month', NOT_COVERED],
  ['can i bring my cat to the office', NOT_COVERED],
  ['who fixes the printer', NOT_COVERED],
];

export const ourQuestionModel = () => linearModel(trainedQuestionModel(QUESTIONS_OF_OUR_OWN));
