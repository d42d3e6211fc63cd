import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { policyCommand } from '../../../src/cli/policy-command.ts';
import { NOT_COVERED } from '../../../src/policy/question-model.ts';
import { questionModelPath } from '../../../src/question-model-file.ts';
import { ZRTHERAPY_POLICY_FILE } from '../../helpers/policy.ts';
import { QUESTIONS_OF_OUR_OWN, trainedQuestionModel } from '../../helpers/question-model.ts';

const validate = async (path: string) => {
  const stdout = new PassThrough();
  const outcome = await policyCommand.run({ args: ['validate', path], stdin: new PassThrough(), stdout, stderr: new PassThrough(), loadPolicy: () => { throw new Error('not used'); } });
  return { ...outcome, stdout: String(stdout.read() ?? '') };
};

const policyWith = (model?: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'validate-')), 'acme.yml');
  copyFileSync(ZRTHERAPY_POLICY_FILE, path);
  if (model !== undefined) writeFileSync(questionModelPath(path), model);
  return path;
};

describe('policy validate and the question model', () => {
  it('names the model a valid policy will answer questions with', async () => {
    const outcome = await validate(ZRTHERAPY_POLICY_FILE);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toMatch(/^ok: 47 clauses, version [0-9a-f]{16}\n$/);
    expect(outcome.message?.split('\n')[0]).toBe(`question model: ${questionModelPath(ZRTHERAPY_POLICY_FILE)}`);
  });

  it('says when there is none, and when the one there does not fit, without failing the policy', async () => {
    const none = await validate(policyWith());
    expect(none.exitCode).toBe(0);
    expect(none.message?.split('\n')[0]).toMatch(/^no question model .*search alone$/);
    const stranger = await validate(policyWith(JSON.stringify(trainedQuestionModel([['a question', 'clause.elsewhere'], ['another', NOT_COVERED]]))));
    expect(stranger.exitCode).toBe(0);
    expect(stranger.message).toMatch(/does not fit this policy/);
    const fits = await validate(policyWith(JSON.stringify(trainedQuestionModel(QUESTIONS_OF_OUR_OWN))));
    expect(fits.message).toMatch(/^question model: /);
  });
});
