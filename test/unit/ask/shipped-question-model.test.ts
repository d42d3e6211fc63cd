import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainingQuestions } from '../../../scripts/question-corpus.ts';
import { storedModelSchema } from '../../../src/policy/learned/linear-model.ts';
import { NOT_COVERED } from '../../../src/policy/question-model.ts';
import { questionModelPath } from '../../../src/question-model-file.ts';
import { loadZrtherapy, ZRTHERAPY_POLICY_FILE } from '../../helpers/policy.ts';

describe("ZRTherapy's shipped question model", () => {
  const policy = loadZrtherapy();
  const clauseIds = new Set(policy.document.clauses.map((clause) => clause.id));
  const stored = storedModelSchema.parse(JSON.parse(readFileSync(questionModelPath(ZRTHERAPY_POLICY_FILE), 'utf8')));

  it("was trained on the question corpus and the policy's example questions as they are now (run `npm run train` after editing either)", () => {
    expect(stored.corpusSha256).toBe(trainingQuestions(policy.document).sha256);
  });

  it("knows every clause of the policy, labels nothing else, and is what the loaded policy answers with", () => {
    expect(new Set(stored.labels)).toEqual(new Set([NOT_COVERED, ...clauseIds]));
    expect(policy.questionModel?.()?.labels).toEqual(stored.labels);
  });
});
