import { fileURLToPath } from 'node:url';
import { createChecker } from '../../src/policy/check-draft.ts';
import type { ParsedPolicy } from '../../src/policy/policy-document.ts';
import { loadPolicyFile } from '../../src/load-policy-file.ts';

export const ZRTHERAPY_POLICY_FILE = fileURLToPath(new URL('../../policies/zrtherapy.yml', import.meta.url));

/** The default policy, loaded once per test file. */
export const loadZrtherapy = (): ParsedPolicy => {
  const outcome = loadPolicyFile(ZRTHERAPY_POLICY_FILE);
  if (!outcome.ok) throw new Error(`policies/zrtherapy.yml does not validate:\n${outcome.problems.join('\n')}`);
  return outcome.policy;
};

export const zrtherapyChecker = () => createChecker(loadZrtherapy());
