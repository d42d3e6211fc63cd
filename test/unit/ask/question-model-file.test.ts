import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../../src/load-policy-file.ts';
import { NOT_COVERED } from '../../../src/policy/question-model.ts';
import { questionModelPath, readQuestionModel } from '../../../src/question-model-file.ts';
import { loadZrtherapy, ZRTHERAPY_POLICY_FILE } from '../../helpers/policy.ts';
import { QUESTIONS_OF_OUR_OWN, trainedQuestionModel } from '../../helpers/question-model.ts';

const { document } = loadZrtherapy();

/** A copy of the policy file in a fresh directory, with `model` (text) beside it when given. */
const policyWith = (model?: string): string => {
  const directory = mkdtempSync(join(tmpdir(), 'question-model-'));
  const path = join(directory, 'acme.yml');
  copyFileSync(ZRTHERAPY_POLICY_FILE, path);
  if (model !== undefined) writeFileSync(questionModelPath(path), model);
  return path;
};

describe('a policy file\'s question model', () => {
  it('lives beside the policy file, named after it', () => {
    expect(questionModelPath('policies/acme.yml')).toBe('policies/acme.question-model.json');
    expect(questionModelPath('/x/y/Acme.YAML')).toBe('/x/y/Acme.question-model.json');
  });

  it('is read when it fits the policy, and the loaded policy carries it', () => {
    const path = policyWith(JSON.stringify(trainedQuestionModel(QUESTIONS_OF_OUR_OWN)));
    expect(readQuestionModel(path, document)?.labels).toContain(NOT_COVERED);
    const outcome = loadPolicyFile(path);
    expect(outcome.ok && outcome.policy.questionModel?.()?.labels).toContain('company.client-friend-requests');
  });

  it.each([
    ['no model at all', undefined],
    ['a file that is not JSON', '{ not json'],
    ['JSON that is not a model', JSON.stringify({ version: 3, labels: ['a'] })],
    ['a model trained for other clause ids', JSON.stringify(trainedQuestionModel([['a question', 'clause.from-another-policy'], ['another', NOT_COVERED]]))],
  ])('is left out, and the search answers alone, with %s', (_, model) => {
    const path = policyWith(model);
    expect(readQuestionModel(path, document)).toBeUndefined();
    const outcome = loadPolicyFile(path);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.policy.questionModel?.()).toBeUndefined();
  });
});
